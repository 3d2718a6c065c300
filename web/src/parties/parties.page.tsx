import { useState, type SubmitEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Party } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { Field } from '../ui/field';
import { PageHeader } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { partyRoleChoices, RoleBadges, ScreeningBadge, type PartyRole } from './party-labels';

const pageSize = 100;
const filterNames = ['q', 'role', 'country'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

function readFilters(params: URLSearchParams): Filters {
  return { q: params.get('q') ?? '', role: params.get('role') ?? '', country: params.get('country') ?? '' };
}

/** The query the list and the CSV export share: only the filters that are set. */
function filterQuery(filters: Filters): { q?: string; role?: PartyRole; country?: string } {
  const role = partyRoleChoices.find((c) => c.value === filters.role)?.value;
  return {
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(role ? { role } : {}),
    ...(filters.country.trim() ? { country: filters.country.trim().toUpperCase() } : {}),
  };
}

/**
 * Exporters, buyers, consignees and end users, by legal name. Filters and the page live in the URL so a
 * view can be linked; a buyer's list holds its own party only.
 */
export function PartiesPage() {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const offsetParam = Number(params.get('offset'));
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0;
  const [draft, setDraft] = useState<Filters>(applied);
  const may = useMay();

  // One more than a page tells whether there is a next page without counting them all.
  const parties = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/parties', {
          params: { query: { ...filterQuery(applied), limit: pageSize + 1, offset } },
          signal,
        }),
      ),
    [params.toString()],
  );

  const navigate = (filters: Filters, nextOffset: number) => {
    const next = new URLSearchParams();
    for (const name of filterNames) if (filters[name].trim()) next.set(name, filters[name].trim());
    if (nextOffset > 0) next.set('offset', String(nextOffset));
    setParams(next);
  };
  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(draft, 0);
  };
  const reset = () => {
    const empty = readFilters(new URLSearchParams());
    setDraft(empty);
    navigate(empty, 0);
  };
  const set = (name: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: e.target.value }));
  const fieldError = (name: string) =>
    parties.error?.fieldMessage(`querystring.${name}`) ?? parties.error?.fieldMessage(name);
  const exportQuery = new URLSearchParams(filterQuery(applied)).toString();

  return (
    <>
      <PageHeader
        title="Parties"
        description="Exporters, buyers, consignees and end users, with their identifiers, addresses and screening status."
        actions={
          <>
            <a
              className="button button--small"
              href={`/api/parties.csv${exportQuery ? `?${exportQuery}` : ''}`}
              download
            >
              Export CSV
            </a>
            {may('parties:write') && (
              <>
                <Link className="button button--small" to="/parties/import">
                  Import CSV
                </Link>
                <Link className="button button--small button--primary" to="/parties/new">
                  New party
                </Link>
              </>
            )}
          </>
        }
      />
      <form className="card filters" onSubmit={apply} noValidate aria-label="Filter parties">
        <Field label="Name" error={fieldError('q')}>
          <input
            name="q"
            type="search"
            value={draft.q}
            onChange={set('q')}
            placeholder="Legal or other name"
          />
        </Field>
        <Field label="Role" error={fieldError('role')}>
          <select name="role" value={draft.role} onChange={set('role')}>
            <option value="">Any role</option>
            {partyRoleChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Country" error={fieldError('country')}>
          <input
            name="country"
            value={draft.country}
            onChange={set('country')}
            maxLength={2}
            placeholder="e.g. CN"
          />
        </Field>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Apply filters
          </button>
          <button type="button" className="button button--ghost" onClick={reset}>
            Reset
          </button>
        </div>
      </form>
      <Loaded data={parties.data} error={parties.error} what="parties">
        {(list) => (
          <div className={`card card--flush${parties.loading ? ' is-refreshing' : ''}`}>
            <PartyTable parties={list.slice(0, pageSize)} />
            {(offset > 0 || list.length > pageSize) && (
              <div className="pager">
                <span className="muted">
                  Parties {offset + 1}–{offset + Math.min(list.length, pageSize)}
                </span>
                <div className="pager__buttons">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={offset === 0}
                    onClick={() => navigate(applied, Math.max(0, offset - pageSize))}
                  >
                    Previous
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={list.length <= pageSize}
                    onClick={() => navigate(applied, offset + pageSize)}
                  >
                    Next
                  </button>
                </div>
              </div>
            )}
          </div>
        )}
      </Loaded>
    </>
  );
}

function PartyTable({ parties }: { parties: readonly Party[] }) {
  return (
    <table className="table" data-testid="parties">
      <thead>
        <tr>
          <th>Party</th>
          <th>Roles</th>
          <th>Country</th>
          <th>HQ</th>
          <th>Identifiers</th>
          <th>Screening</th>
        </tr>
      </thead>
      <tbody>
        {parties.map((party) => (
          <tr key={party.id} data-party-id={party.id}>
            <td>
              <Link to={`/parties/${encodeURIComponent(party.id)}`} className="table__primary-link">
                {party.legalName}
              </Link>
              {party.otherNames.length > 0 && (
                <div className="table__secondary">{party.otherNames.join(' · ')}</div>
              )}
            </td>
            <td>
              <RoleBadges roles={party.roles} />
            </td>
            <td>{party.country}</td>
            <td>{party.hqCountry}</td>
            <td>
              {party.identifiers.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                <div className="cell-stack">
                  {party.identifiers.map((identifier) => (
                    <span key={`${identifier.scheme}:${identifier.value}`} className="code-chip">
                      {identifier.scheme} {identifier.value}
                    </span>
                  ))}
                </div>
              )}
            </td>
            <td data-column="screening">
              <ScreeningBadge status={party.screeningStatus} />
            </td>
          </tr>
        ))}
        {parties.length === 0 && (
          <tr>
            <td colSpan={6} className="table__empty">
              No parties match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
