import { useState, type ReactNode, type SubmitEvent } from 'react';
import { asApiError, type ApiError, type FieldError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ErrorNotice } from './error-notice';
import { Field } from './field';
import { formatNumber } from './format';
import { Section } from './page-header';

export type CsvImportResult =
  | components['schemas']['PartyImportResult']
  | components['schemas']['AuthorisationImportResult']
  | components['schemas']['OrderImportResult'];

/** The API's CSV imports: each takes the file as a text/csv body, with its name and dryRun in the query. */
export type CsvImportPath = '/api/parties/import' | '/api/authorisations/import' | '/api/orders/import';

/** `row 7, column hq_country` → row 7, hq_country; other paths stay whole. */
function rowProblem(detail: FieldError): { row: string; column: string; message: string } {
  const match = /^row (\d+)(?:, column (.+))?$/.exec(detail.path ?? '');
  return match
    ? { row: match[1] ?? '', column: match[2] ?? '', message: detail.message }
    : { row: '', column: detail.path ?? '', message: detail.message };
}

/**
 * A CSV import, all or nothing: check the file first (nothing is written), then import it. Every problem
 * is listed by row and column so the file can be fixed in one pass; the side lists the format's columns.
 */
export function CsvImport({
  path,
  testId,
  columns,
  imported,
}: {
  path: CsvImportPath;
  /** Prefix of the form's, the result's and the problems' test ids: `party-import`. */
  testId: string;
  /** Each column of the format with what goes in it. */
  columns: readonly (readonly [string, string])[];
  /** The notice once a file is imported. */
  imported: (result: CsvImportResult) => ReactNode;
}) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [result, setResult] = useState<CsvImportResult | undefined>(undefined);
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
          api.POST(path, {
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
    <div className="layout-split">
      <div className="layout-split__main">
        <Section title="CSV file">
          <form className="card__body stack" onSubmit={submit} noValidate data-testid={`${testId}-form`}>
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
              <button type="submit" className="button button--primary" disabled={!file || busy !== undefined}>
                {busy === 'import' ? 'Importing…' : 'Import'}
              </button>
            </div>
          </form>
        </Section>
        {result && (
          <div className="notice notice--success" role="status" data-testid={`${testId}-result`}>
            {result.dryRun ? (
              <>
                All {formatNumber(result.rows)} rows of {result.fileName} are valid. Nothing was written:
                import the file to add them.
              </>
            ) : (
              imported(result)
            )}
          </div>
        )}
        {error && problems.length === 0 && <ErrorNotice error={error} />}
        {error && problems.length > 0 && (
          <Section
            title={`${formatNumber(problems.length)} problem${problems.length === 1 ? '' : 's'}: nothing was imported`}
          >
            <p className="card__body muted">{error.message}</p>
            <table className="table" data-testid={`${testId}-errors`}>
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
  );
}
