import { useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { Role } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatInstant } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';

const roleChoices: readonly Role[] = ['compliance', 'planner', 'shipping', 'auditor', 'buyer', 'admin'];
const formFields = ['username', 'displayName', 'password', 'role', 'partyId'] as const;

/** Accounts (admins only): who can sign in, with which role, and for buyers which party they act for. */
export function UsersPage() {
  const users = useApiQuery((signal) => unwrap(api.GET('/api/users', { signal })), []);
  return (
    <>
      <PageHeader
        title="Users"
        description="Accounts and their roles. A buyer account acts for exactly one party."
      />
      <div className="layout-split">
        <div className="layout-split__main">
          <Loaded data={users.data} error={users.error} what="users">
            {(list) => (
              <div className="card card--flush">
                <table className="table" data-testid="users">
                  <thead>
                    <tr>
                      <th>Name</th>
                      <th>Username</th>
                      <th>Role</th>
                      <th>Party</th>
                      <th>Created</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((user) => (
                      <tr key={user.id}>
                        <td>
                          {user.displayName} {user.disabled && <Badge tone="muted">Disabled</Badge>}
                        </td>
                        <td>
                          <code>{user.username}</code>
                        </td>
                        <td>
                          <Badge>{user.role}</Badge>
                        </td>
                        <td>{user.partyId ?? <span className="muted">—</span>}</td>
                        <td className="nowrap muted">{formatInstant(user.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Loaded>
        </div>
        <div className="layout-split__side">
          <Section title="Create a user">
            <div className="card__body">
              <CreateUserForm onCreated={users.reload} />
            </div>
          </Section>
        </div>
      </div>
    </>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('compliance');
  const [partyId, setPartyId] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [created, setCreated] = useState<string | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const parties = useApiQuery((signal) => unwrap(api.GET('/api/parties', { signal })), []);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const user = await unwrap(
        api.POST('/api/users', {
          body: { username, displayName, password, role, partyId: role === 'buyer' ? partyId || null : null },
        }),
      );
      setCreated(`Created ${user.username}. Give them the password through a separate channel.`);
      setUsername('');
      setDisplayName('');
      setPassword('');
      setPartyId('');
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
      {created && (
        <div className="notice notice--success" role="status">
          {created}
        </div>
      )}
      <Field label="Username" error={error?.fieldMessage('username')}>
        <input
          name="username"
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </Field>
      <Field label="Display name" error={error?.fieldMessage('displayName')}>
        <input name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </Field>
      <Field label="Initial password" error={error?.fieldMessage('password')} hint="At least 12 characters.">
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Field label="Role" error={error?.fieldMessage('role')}>
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roleChoices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </Field>
      {role === 'buyer' && (
        <Field
          label="Party"
          error={error?.fieldMessage('partyId')}
          hint="The buyer sees only this party's data."
        >
          <select name="partyId" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
            <option value="">Choose a party…</option>
            {(parties.data ?? []).map((party) => (
              <option key={party.id} value={party.id}>
                {party.legalName}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}
