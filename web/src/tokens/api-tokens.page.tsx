import { useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { ApiToken } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatInstant } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';

const formFields = ['name', 'expiresInDays'] as const;

function tokenState(token: ApiToken): { label: string; tone: 'success' | 'muted' | 'warning' } {
  if (token.revokedAt) return { label: 'Revoked', tone: 'muted' };
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now())
    return { label: 'Expired', tone: 'warning' };
  return { label: 'Active', tone: 'success' };
}

/** The signed-in user's API tokens for scripts: create one (shown once), see them, revoke them. */
export function ApiTokensPage() {
  const tokens = useApiQuery((signal) => unwrap(api.GET('/api/tokens', { signal })), []);
  const [revokeError, setRevokeError] = useState<ApiError | undefined>(undefined);

  async function revoke(token: ApiToken) {
    if (!window.confirm(`Revoke "${token.name}"? Scripts using it stop working at once.`)) return;
    setRevokeError(undefined);
    try {
      await unwrap(api.DELETE('/api/tokens/{id}', { params: { path: { id: token.id } } }));
      tokens.reload();
    } catch (cause) {
      setRevokeError(asApiError(cause));
    }
  }

  return (
    <>
      <PageHeader
        title="My API tokens"
        description="Tokens let scripts call the API as you, with your role. Send one as Authorization: Bearer <token>."
      />
      <div className="layout-split">
        <div className="layout-split__main">
          {revokeError && <ErrorNotice error={revokeError} />}
          <Loaded data={tokens.data} error={tokens.error} what="your tokens">
            {(list) => (
              <div className="card card--flush">
                <table className="table" data-testid="api-tokens">
                  <thead>
                    <tr>
                      <th>Name</th>
                      <th>State</th>
                      <th>Created</th>
                      <th>Expires</th>
                      <th aria-label="Actions" />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((token) => {
                      const state = tokenState(token);
                      return (
                        <tr key={token.id}>
                          <td>{token.name}</td>
                          <td>
                            <Badge tone={state.tone}>{state.label}</Badge>
                          </td>
                          <td className="nowrap muted">{formatInstant(token.createdAt)}</td>
                          <td className="nowrap muted">
                            {token.expiresAt ? formatInstant(token.expiresAt) : 'Never'}
                          </td>
                          <td className="actions-cell">
                            {state.label === 'Active' && (
                              <button
                                type="button"
                                className="button button--small button--danger-ghost"
                                onClick={() => void revoke(token)}
                              >
                                Revoke
                              </button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                    {list.length === 0 && (
                      <tr>
                        <td colSpan={5} className="table__empty">
                          You have no API tokens.
                        </td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </div>
            )}
          </Loaded>
        </div>
        <div className="layout-split__side">
          <Section title="Create a token">
            <div className="card__body">
              <CreateTokenForm onCreated={tokens.reload} />
            </div>
          </Section>
        </div>
      </div>
    </>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [expiresInDays, setExpiresInDays] = useState('90');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [issued, setIssued] = useState<{ name: string; token: string } | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setIssued(undefined);
    try {
      // An empty expiry means "never"; anything else goes to the server as typed, which validates the range.
      const days = expiresInDays.trim() === '' ? undefined : Number(expiresInDays);
      const created = await unwrap(
        api.POST('/api/tokens', { body: { name, ...(days === undefined ? {} : { expiresInDays: days }) } }),
      );
      setIssued({ name: created.name, token: created.token });
      setName('');
      onCreated();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      {error && <ErrorNotice error={error} claimedFields={formFields} />}
      {issued && (
        <div className="notice notice--success" role="status">
          <div>
            <strong>{issued.name}</strong> was created. Copy it now: it will not be shown again.
          </div>
          <div className="secret">
            <code data-testid="new-token">{issued.token}</code>
            <button
              type="button"
              className="button button--small"
              onClick={() => void navigator.clipboard.writeText(issued.token)}
            >
              Copy
            </button>
          </div>
        </div>
      )}
      <Field label="Name" error={error?.fieldMessage('name')} hint="What will use it, e.g. nightly-export.">
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field
        label="Expires after (days)"
        error={error?.fieldMessage('expiresInDays')}
        hint="1–366; empty for never."
      >
        <input
          name="expiresInDays"
          inputMode="numeric"
          value={expiresInDays}
          onChange={(e) => setExpiresInDays(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}
