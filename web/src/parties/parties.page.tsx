import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Party } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import { CsvListActions, FilterForm, OffsetPager } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { csvExportHref, queryFieldError, useUrlFilters } from '../ui/use-url-filters';
import { partyRoleChoices, RoleBadges, ScreeningBadge, type PartyRole } from './party-labels';

const pageSize = 100;
const filterNames = ['q', 'role', 'country'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

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
  const { key, applied, draft, page, set, apply, reset, goTo } = useUrlFilters(filterNames);
  const offset = page ?? 0;
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
    [key],
  );
  const fieldError = (name: string) => queryFieldError(parties.error, name);

  return (
    <>
      <PageHeader
        title="Parties"
        description="Exporters, buyers, consignees and end users, with their identifiers, addresses and screening status."
        actions={
          <CsvListActions
            exportHref={csvExportHref('/api/parties.csv', filterQuery(applied))}
            canWrite={may('parties:write')}
            importTo="/parties/import"
            newTo="/parties/new"
            newLabel="New party"
          />
        }
      />
      <FilterForm label="Filter parties" onApply={apply} onReset={reset}>
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
          <ChoiceSelect
            name="role"
            value={draft.role}
            onChange={set('role')}
            empty="Any role"
            choices={partyRoleChoices}
          />
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
      </FilterForm>
      <Loaded data={parties.data} error={parties.error} what="parties">
        {(list) => (
          <div className={`card card--flush${parties.loading ? ' is-refreshing' : ''}`}>
            <PartyTable parties={list.slice(0, pageSize)} />
            <OffsetPager
              noun="Parties"
              offset={offset}
              pageSize={pageSize}
              fetched={list.length}
              onOffset={goTo}
            />
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
