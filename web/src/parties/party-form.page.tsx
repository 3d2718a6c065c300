import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { Party } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';
import {
  identifierSchemeChoices,
  partyRoleChoices,
  type IdentifierScheme,
  type NewPartyBody,
  type PartyRole,
} from './party-labels';

interface AddressDraft {
  /** One street line per text line. */
  lines: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

interface PartyDraft {
  id: string;
  legalName: string;
  /** One name per text line. */
  otherNames: string;
  roles: PartyRole[];
  country: string;
  hqCountry: string;
  identifiers: { scheme: IdentifierScheme; value: string }[];
  addresses: AddressDraft[];
}

const emptyAddress: AddressDraft = { lines: '', city: '', region: '', postalCode: '', country: '' };

function draftOf(party: Party | undefined): PartyDraft {
  if (!party) {
    return {
      id: '',
      legalName: '',
      otherNames: '',
      roles: [],
      country: '',
      hqCountry: '',
      identifiers: [],
      addresses: [],
    };
  }
  return {
    id: party.id,
    legalName: party.legalName,
    otherNames: party.otherNames.join('\n'),
    roles: [...party.roles],
    country: party.country,
    hqCountry: party.hqCountry,
    identifiers: party.identifiers.map((i) => ({ ...i })),
    addresses: party.addresses.map((a) => ({
      lines: a.lines.join('\n'),
      city: a.city ?? '',
      region: a.region ?? '',
      postalCode: a.postalCode ?? '',
      country: a.country,
    })),
  };
}

const textLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const optional = (text: string) => text.trim() || undefined;

/** The fields every party has, as the API takes them; the server validates and normalises. */
function bodyOf(draft: PartyDraft): Omit<NewPartyBody, 'id'> {
  return {
    legalName: draft.legalName,
    otherNames: textLines(draft.otherNames),
    roles: draft.roles,
    country: draft.country.trim().toUpperCase(),
    hqCountry: draft.hqCountry.trim().toUpperCase(),
    identifiers: draft.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })),
    addresses: draft.addresses.map((a) => ({
      lines: textLines(a.lines),
      city: optional(a.city),
      region: optional(a.region),
      postalCode: optional(a.postalCode),
      country: a.country.trim().toUpperCase(),
    })),
  };
}

const topFields = [
  'id',
  'legalName',
  'otherNames',
  'roles',
  'country',
  'hqCountry',
  'identifiers',
  'addresses',
];

/** Whether an error detail's path (`identifiers[0].value`, `body.roles`) is at or under a field. */
function isUnder(path: string | undefined, field: string): boolean {
  if (path === undefined) return false;
  const bare = path.startsWith('body.') ? path.slice('body.'.length) : path;
  return bare === field || bare.startsWith(`${field}[`) || bare.startsWith(`${field}.`);
}

/** Every message at or under a field, joined; a list item's message names its line. */
function messagesUnder(error: ApiError | undefined, field: string, itemLabel = 'line'): string | undefined {
  const messages = (error?.details ?? [])
    .filter((d) => isUnder(d.path, field))
    .map((d) => {
      const item = new RegExp(`${field.replace(/[[\].]/g, '\\$&')}\\[(\\d+)\\]$`).exec(d.path ?? '');
      return item ? `${itemLabel} ${Number(item[1]) + 1}: ${d.message}` : d.message;
    });
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/**
 * Creating and editing a party share this form. Errors come back from the API by path and are shown at the
 * field they belong to, down to one identifier's value or one address's city.
 */
function PartyForm({
  initial,
  submitLabel,
  onSubmit,
  cancelTo,
}: {
  initial: Party | undefined;
  submitLabel: string;
  onSubmit: (draft: PartyDraft) => Promise<void>;
  cancelTo: string;
}) {
  const editing = initial !== undefined;
  const [draft, setDraft] = useState<PartyDraft>(() => draftOf(initial));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof PartyDraft>(key: K, value: PartyDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setIdentifier = (index: number, change: Partial<PartyDraft['identifiers'][number]>) =>
    set(
      'identifiers',
      draft.identifiers.map((item, i) => (i === index ? { ...item, ...change } : item)),
    );
  const setAddress = (index: number, change: Partial<AddressDraft>) =>
    set(
      'addresses',
      draft.addresses.map((item, i) => (i === index ? { ...item, ...change } : item)),
    );
  const toggleRole = (role: PartyRole) =>
    set('roles', draft.roles.includes(role) ? draft.roles.filter((r) => r !== role) : [...draft.roles, role]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(draft);
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  const claimed = (error?.details ?? [])
    .filter((d) => topFields.some((field) => isUnder(d.path, field)))
    .map((d) => d.path ?? '');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="layout-split__main" data-testid="party-form">
      {error && <ErrorNotice error={error} claimedFields={claimed} />}
      <Section title="Party">
        <div className="card__body stack">
          {!editing && (
            <Field
              label="Id"
              error={messagesUnder(error, 'id')}
              hint="Lower-case letters, digits and hyphens, e.g. tencent-cloud. It cannot be changed later."
            >
              <input
                name="id"
                autoComplete="off"
                value={draft.id}
                onChange={(e) => set('id', e.target.value)}
              />
            </Field>
          )}
          <Field label="Legal name" error={messagesUnder(error, 'legalName')}>
            <input
              name="legalName"
              value={draft.legalName}
              onChange={(e) => set('legalName', e.target.value)}
            />
          </Field>
          <Field
            label="Other names"
            error={messagesUnder(error, 'otherNames')}
            hint="Trade names and names in other scripts, one per line."
          >
            <textarea
              name="otherNames"
              rows={3}
              value={draft.otherNames}
              onChange={(e) => set('otherNames', e.target.value)}
            />
          </Field>
          <fieldset
            className="fieldset"
            aria-describedby={error && messagesUnder(error, 'roles') ? 'roles-error' : undefined}
          >
            <legend className="field__label">Roles</legend>
            {partyRoleChoices.map((choice) => (
              <label key={choice.value} className="checkbox">
                <input
                  type="checkbox"
                  name="roles"
                  value={choice.value}
                  checked={draft.roles.includes(choice.value)}
                  onChange={() => toggleRole(choice.value)}
                />
                {choice.label}
              </label>
            ))}
            {messagesUnder(error, 'roles') && (
              <div className="field__error" id="roles-error" role="alert">
                {messagesUnder(error, 'roles', 'role')}
              </div>
            )}
          </fieldset>
          <Field
            label="Country"
            error={messagesUnder(error, 'country')}
            hint="ISO 3166 two-letter code, e.g. CN."
          >
            <input
              name="country"
              maxLength={2}
              value={draft.country}
              onChange={(e) => set('country', e.target.value)}
            />
          </Field>
          <Field
            label="Headquarters country"
            error={messagesUnder(error, 'hqCountry')}
            hint="Where the party, or its ultimate parent, is headquartered."
          >
            <input
              name="hqCountry"
              maxLength={2}
              value={draft.hqCountry}
              onChange={(e) => set('hqCountry', e.target.value)}
            />
          </Field>
        </div>
      </Section>

      <Section
        title="Identifiers"
        actions={
          <button
            type="button"
            className="button button--small"
            onClick={() => set('identifiers', [...draft.identifiers, { scheme: 'USCC', value: '' }])}
          >
            Add identifier
          </button>
        }
      >
        <div className="card__body stack">
          {draft.identifiers.length === 0 && <p className="muted">No identifiers.</p>}
          {draft.identifiers.map((identifier, index) => (
            <div key={index} className="stack" data-testid={`identifier-${index}`}>
              <Field
                label={`Identifier ${index + 1} scheme`}
                error={messagesUnder(error, `identifiers[${index}].scheme`)}
              >
                <select
                  value={identifier.scheme}
                  onChange={(e) => setIdentifier(index, { scheme: e.target.value as IdentifierScheme })}
                >
                  {identifierSchemeChoices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field
                label={`Identifier ${index + 1} value`}
                error={
                  messagesUnder(error, `identifiers[${index}].value`) ??
                  error?.details.find((d) => d.path === `identifiers[${index}]`)?.message
                }
              >
                <input
                  value={identifier.value}
                  onChange={(e) => setIdentifier(index, { value: e.target.value })}
                />
              </Field>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--ghost button--small button--danger-ghost"
                  onClick={() =>
                    set(
                      'identifiers',
                      draft.identifiers.filter((_, i) => i !== index),
                    )
                  }
                >
                  Remove identifier {index + 1}
                </button>
              </div>
            </div>
          ))}
        </div>
      </Section>

      <Section
        title="Addresses"
        actions={
          <button
            type="button"
            className="button button--small"
            onClick={() => set('addresses', [...draft.addresses, emptyAddress])}
          >
            Add address
          </button>
        }
      >
        <div className="card__body stack">
          {draft.addresses.length === 0 && <p className="muted">No addresses.</p>}
          {draft.addresses.map((address, index) => {
            const at = `addresses[${index}]`;
            return (
              <div key={index} className="stack" data-testid={`address-${index}`}>
                <Field
                  label={`Address ${index + 1} street lines`}
                  error={messagesUnder(error, `${at}.lines`)}
                  hint="One per line; may be left empty for a city-level address."
                >
                  <textarea
                    rows={2}
                    value={address.lines}
                    onChange={(e) => setAddress(index, { lines: e.target.value })}
                  />
                </Field>
                <Field label={`Address ${index + 1} city`} error={messagesUnder(error, `${at}.city`)}>
                  <input value={address.city} onChange={(e) => setAddress(index, { city: e.target.value })} />
                </Field>
                <Field label={`Address ${index + 1} region`} error={messagesUnder(error, `${at}.region`)}>
                  <input
                    value={address.region}
                    onChange={(e) => setAddress(index, { region: e.target.value })}
                  />
                </Field>
                <Field
                  label={`Address ${index + 1} postal code`}
                  error={messagesUnder(error, `${at}.postalCode`)}
                >
                  <input
                    value={address.postalCode}
                    onChange={(e) => setAddress(index, { postalCode: e.target.value })}
                  />
                </Field>
                <Field label={`Address ${index + 1} country`} error={messagesUnder(error, `${at}.country`)}>
                  <input
                    maxLength={2}
                    value={address.country}
                    onChange={(e) => setAddress(index, { country: e.target.value })}
                  />
                </Field>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--ghost button--small button--danger-ghost"
                    onClick={() =>
                      set(
                        'addresses',
                        draft.addresses.filter((_, i) => i !== index),
                      )
                    }
                  >
                    Remove address {index + 1}
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      </Section>

      <div className="form-actions">
        <Link className="button button--ghost" to={cancelTo}>
          Cancel
        </Link>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** How each identifier is written, beside the form. */
function FormatHelp() {
  return (
    <div className="layout-split__side">
      <Section title="Identifier formats">
        <ul className="card__body reasons">
          <li>
            <strong>USCC</strong>: China&apos;s Unified Social Credit Code, 18 characters of digits and
            upper-case letters other than I, O, Z, S and V.
          </li>
          <li>
            <strong>LEI</strong>: 20 characters, 18 letters or digits then 2 check digits.
          </li>
          <li>
            <strong>D-U-N-S</strong>: 9 digits.
          </li>
          <li>
            <strong>EIN</strong>: 9 digits, written 12-3456789.
          </li>
        </ul>
      </Section>
    </div>
  );
}

/** A new party (compliance, admins): it starts unscreened. */
export function NewPartyPage() {
  const navigate = useNavigate();
  return (
    <>
      <div className="breadcrumbs">
        <Link to="/parties">Parties</Link>
        <span aria-hidden="true">/</span>
        <span>New party</span>
      </div>
      <PageHeader title="New party" description="The party starts unscreened; the change is audited." />
      <div className="layout-split">
        <PartyForm
          initial={undefined}
          submitLabel="Create party"
          cancelTo="/parties"
          onSubmit={async (draft) => {
            const party = await unwrap(
              api.POST('/api/parties', { body: { id: draft.id.trim(), ...bodyOf(draft) } }),
            );
            void navigate(`/parties/${encodeURIComponent(party.id)}`);
          }}
        />
        <FormatHelp />
      </div>
    </>
  );
}

/** Changes to a party; its id stays. Only what changed is audited, with its value before and after. */
export function EditPartyPage() {
  const { partyId = '' } = useParams();
  const navigate = useNavigate();
  const party = useApiQuery(
    (signal) => unwrap(api.GET('/api/parties/{id}', { params: { path: { id: partyId } }, signal })),
    [partyId],
  );
  return (
    <Loaded data={party.data} error={party.error} what="the party">
      {(view) => (
        <>
          <div className="breadcrumbs">
            <Link to="/parties">Parties</Link>
            <span aria-hidden="true">/</span>
            <Link to={`/parties/${encodeURIComponent(view.id)}`}>{view.legalName}</Link>
            <span aria-hidden="true">/</span>
            <span>Edit</span>
          </div>
          <PageHeader
            eyebrow={<code>{view.id}</code>}
            title={`Edit ${view.legalName}`}
            description="Only the fields you change are recorded, each with its value before and after."
          />
          <div className="layout-split">
            <PartyForm
              initial={view}
              submitLabel="Save changes"
              cancelTo={`/parties/${encodeURIComponent(view.id)}`}
              onSubmit={async (draft) => {
                await unwrap(
                  api.PATCH('/api/parties/{id}', { params: { path: { id: view.id } }, body: bodyOf(draft) }),
                );
                void navigate(`/parties/${encodeURIComponent(view.id)}`);
              }}
            />
            <FormatHelp />
          </div>
        </>
      )}
    </Loaded>
  );
}
