import { useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { ListVersion } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatInstant } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';

const kindLabels: Record<ListVersion['kind'], string> = {
  csl: 'Consolidated Screening List',
  'ofac-consolidated': 'OFAC consolidated (non-SDN)',
};

/** The list versions imported, newest first, and (for compliance and admins) the import of a new one. */
export function ScreeningListsPage() {
  const may = useMay();
  const versions = useApiQuery((signal) => unwrap(api.GET('/api/screening/lists', { signal })), []);
  return (
    <div className={versions.loading ? 'is-refreshing' : undefined}>
      <PageHeader
        title="Restricted-party lists"
        description="Each import is a dated version of its list; the newest of each kind is in force and the others stay stored. An import re-screens only the parties its changes can affect."
      />
      {may('screening:lists') && <ListImportForm onImported={versions.reload} />}
      <Section title="Versions">
        <Loaded data={versions.data} error={versions.error} what="the list versions">
          {(rows) =>
            rows.length === 0 ? (
              <p className="card__body muted">No list has been imported: parties stay unscreened.</p>
            ) : (
              <table className="table" data-testid="list-versions">
                <thead>
                  <tr>
                    <th>List</th>
                    <th>Imported</th>
                    <th className="num">Entries</th>
                    <th>Changes</th>
                    <th className="num">Parties re-screened</th>
                    <th>Files</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((version) => (
                    <tr key={version.id}>
                      <td>
                        {kindLabels[version.kind]}{' '}
                        {version.active ? (
                          <Badge tone="success">In force</Badge>
                        ) : (
                          <Badge tone="muted">Superseded</Badge>
                        )}
                      </td>
                      <td>
                        {formatInstant(version.importedAt)}
                        <div className="table__secondary">{version.importedBy}</div>
                      </td>
                      <td className="num">{version.entryCount.toLocaleString('en-US')}</td>
                      <td>
                        +{version.delta.added} · ~{version.delta.changed} · −{version.delta.removed}
                      </td>
                      <td className="num">{version.delta.parties.touched.toLocaleString('en-US')}</td>
                      <td>
                        {version.files.map((file) => (
                          <div key={file.sha256} title={`SHA-256 ${file.sha256}`}>
                            {file.name}{' '}
                            <span className="muted small">({file.rows.toLocaleString('en-US')} rows)</span>
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Loaded>
      </Section>
    </div>
  );
}

function ListImportForm({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setSaved(undefined);
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    try {
      const result = await unwrap(
        api.POST('/api/screening/lists', {
          params: { query: {} },
          body: form as unknown as string,
          // The browser sets the multipart boundary itself.
          bodySerializer: (body) => body,
        }),
      );
      const { version } = result;
      setSaved(
        `Imported ${kindLabels[version.kind]}: ${version.entryCount.toLocaleString('en-US')} entries; ` +
          `${version.delta.parties.touched.toLocaleString('en-US')} parties re-screened.`,
      );
      onImported();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Section title="Import a list version">
      <form
        className="card__body stack"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="list-import"
      >
        {error && <ErrorNotice error={error} />}
        {saved && (
          <div className="notice notice--success" role="status">
            {saved}
          </div>
        )}
        <Field
          label="List files"
          hint="One Consolidated Screening List file (CSV, TSV or JSON, gzipped or not), or OFAC’s cons_prim.csv with cons_alt, cons_add and cons_comments."
        >
          <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </Field>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={submitting || files.length === 0}
          >
            {submitting ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </Section>
  );
}
