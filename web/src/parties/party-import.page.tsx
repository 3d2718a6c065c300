import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { asApiError, type ApiError, type FieldError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatNumber } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import type { PartyImportResult } from './party-labels';

const columns = [
  ['id', 'lower-case letters, digits and hyphens; new ids only'],
  ['legal_name', 'the registered name'],
  ['other_names', 'names separated by |'],
  ['roles', 'exporter, buyer, consignee or end-user, separated by |'],
  ['country', 'ISO 3166 two-letter code'],
  ['hq_country', 'ISO 3166 two-letter code'],
  ['identifiers', 'SCHEME:value separated by |, e.g. USCC:…|LEI:…'],
  ['address_lines', 'street lines separated by |'],
  ['address_city', ''],
  ['address_postal_code', ''],
  ['address_country', 'ISO 3166 two-letter code; needed when any address column is filled'],
] as const;

/** `row 7, column hq_country` → row 7, hq_country; other paths stay whole. */
function rowProblem(detail: FieldError): { row: string; column: string; message: string } {
  const match = /^row (\d+)(?:, column (.+))?$/.exec(detail.path ?? '');
  return match
    ? { row: match[1] ?? '', column: match[2] ?? '', message: detail.message }
    : { row: '', column: detail.path ?? '', message: detail.message };
}

/**
 * CSV import of parties, all or nothing: check the file first (nothing is written), then import it. Every
 * problem is listed by row and column so the file can be fixed in one pass.
 */
export function PartyImportPage() {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [result, setResult] = useState<PartyImportResult | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState<'check' | 'import' | undefined>(undefined);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setError(undefined);
    setResult(undefined);
    try {
      const text = await file.text();
      setResult(
        await unwrap(
          api.POST('/api/parties/import', {
            params: { query: { fileName: file.name, dryRun: dryRun ? 'true' : 'false' } },
            body: text,
            bodySerializer: (body) => body,
            headers: { 'Content-Type': 'text/csv' },
          }),
        ),
      );
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(undefined);
    }
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };
  const problems = error?.details.filter((d) => d.path?.startsWith('row ')) ?? [];

  return (
    <>
      <div className="breadcrumbs">
        <Link to="/parties">Parties</Link>
        <span aria-hidden="true">/</span>
        <span>Import</span>
      </div>
      <PageHeader
        title="Import parties"
        description="All or nothing: if any row is wrong, nothing is imported and every problem is listed by row and column."
      />
      <div className="layout-split">
        <div className="layout-split__main">
          <Section title="CSV file">
            <form className="card__body stack" onSubmit={submit} noValidate data-testid="party-import-form">
              <Field label="File" hint="UTF-8 CSV with a header row; the header is row 1.">
                <input
                  name="file"
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(e) => {
                    setFile(e.target.files?.[0]);
                    setResult(undefined);
                    setError(undefined);
                  }}
                />
              </Field>
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  disabled={!file || busy !== undefined}
                  onClick={() => void send(true)}
                >
                  {busy === 'check' ? 'Checking…' : 'Check file'}
                </button>
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={!file || busy !== undefined}
                >
                  {busy === 'import' ? 'Importing…' : 'Import'}
                </button>
              </div>
            </form>
          </Section>
          {result && (
            <div className="notice notice--success" role="status" data-testid="party-import-result">
              {result.dryRun ? (
                <>
                  All {formatNumber(result.rows)} rows of {result.fileName} are valid. Nothing was written:
                  import the file to add them.
                </>
              ) : (
                <>
                  Imported {formatNumber(result.imported)} parties from {result.fileName}
                  {result.auditEventSeq !== null && <> (audit event {result.auditEventSeq})</>}.{' '}
                  <Link to="/parties">See the parties</Link>
                </>
              )}
            </div>
          )}
          {error && problems.length === 0 && <ErrorNotice error={error} />}
          {error && problems.length > 0 && (
            <Section
              title={`${formatNumber(problems.length)} problem${problems.length === 1 ? '' : 's'}: nothing was imported`}
            >
              <p className="card__body muted">{error.message}</p>
              <table className="table" data-testid="party-import-errors">
                <thead>
                  <tr>
                    <th className="num">Row</th>
                    <th>Column</th>
                    <th>Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((detail, index) => {
                    const problem = rowProblem(detail);
                    return (
                      <tr key={index}>
                        <td className="num">{problem.row}</td>
                        <td>
                          {problem.column ? <code>{problem.column}</code> : <span className="muted">—</span>}
                        </td>
                        <td>{problem.message}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Section>
          )}
        </div>
        <div className="layout-split__side">
          <Section title="Columns">
            <table className="table">
              <tbody>
                {columns.map(([name, what]) => (
                  <tr key={name}>
                    <td>
                      <code>{name}</code>
                    </td>
                    <td className="muted">{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </div>
      </div>
    </>
  );
}
