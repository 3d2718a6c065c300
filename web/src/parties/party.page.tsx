import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Party } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { AuditEventTable } from '../audit/audit-event-table';
import { useMay } from '../auth/session-context';
import { formatInstant } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { formatAddress, identifierSchemeChoices, RoleBadges, ScreeningBadge } from './party-labels';
import { PartyScreening } from './party-screening';

/** One party: who it is, how it is identified, where it is, and (for roles that may read it) its audit history. */
export function PartyPage() {
  const { partyId = '' } = useParams();
  const may = useMay();
  const party = useApiQuery(
    (signal) => unwrap(api.GET('/api/parties/{id}', { params: { path: { id: partyId } }, signal })),
    [partyId],
  );
  const mayReadAudit = may('audit:read');
  const history = useApiQuery(
    (signal) =>
      mayReadAudit
        ? unwrap(
            api.GET('/api/audit-events', {
              params: { query: { entityType: 'party', entityId: partyId, limit: 50 } },
              signal,
            }),
          )
        : Promise.resolve(undefined),
    [partyId, mayReadAudit],
  );

  return (
    <Loaded data={party.data} error={party.error} what="the party">
      {(view) => (
        <div className={party.loading ? 'is-refreshing' : undefined}>
          <div className="breadcrumbs">
            <Link to="/parties">Parties</Link>
            <span aria-hidden="true">/</span>
            <span>{view.legalName}</span>
          </div>
          <PageHeader
            eyebrow={<code>{view.id}</code>}
            title={view.legalName}
            description={
              <span className="header-badges">
                <RoleBadges roles={view.roles} />
                <ScreeningBadge status={view.screeningStatus} />
              </span>
            }
            actions={
              may('parties:write') && (
                <Link className="button button--small" to={`/parties/${encodeURIComponent(view.id)}/edit`}>
                  Edit party
                </Link>
              )
            }
          />
          <div className="layout-split">
            <div className="layout-split__main">
              <Section title="Details">
                <PartyDetails party={view} />
              </Section>
              <Section title="Addresses">
                {view.addresses.length === 0 ? (
                  <p className="card__body muted">No address recorded.</p>
                ) : (
                  <ol className="timeline" data-testid="party-addresses">
                    {view.addresses.map((address, index) => (
                      <li key={index} className="timeline__item">
                        {formatAddress(address)}
                      </li>
                    ))}
                  </ol>
                )}
              </Section>
            </div>
            <div className="layout-split__side">
              <Section title="Identifiers">
                {view.identifiers.length === 0 ? (
                  <p className="card__body muted">No identifiers recorded.</p>
                ) : (
                  <table className="table" data-testid="party-identifiers">
                    <thead>
                      <tr>
                        <th>Scheme</th>
                        <th>Value</th>
                      </tr>
                    </thead>
                    <tbody>
                      {view.identifiers.map((identifier) => (
                        <tr key={`${identifier.scheme}:${identifier.value}`}>
                          <td
                            title={identifierSchemeChoices.find((c) => c.value === identifier.scheme)?.label}
                          >
                            {identifier.scheme}
                          </td>
                          <td>
                            <code>{identifier.value}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </Section>
            </div>
          </div>
          {may('screening:read') && (
            <PartyScreening
              partyId={view.id}
              onStatusChanged={() => {
                party.reload();
                history.reload();
              }}
            />
          )}
          {mayReadAudit && (
            <Section
              title="Audit history"
              actions={
                <Link
                  className="button button--ghost button--small"
                  to={`/audit?entityType=party&entityId=${encodeURIComponent(view.id)}`}
                >
                  Open in audit trail
                </Link>
              }
            >
              <Loaded data={history.data} error={history.error} what="the audit history">
                {(page) => (
                  <>
                    {!page.events.some((event) => event.action === 'party.created') && (
                      <p className="card__body muted small">
                        Created by a CSV import on {formatInstant(view.createdAt)}: the import&apos;s audit
                        event (entity type <code>party-import</code>) lists this party.
                      </p>
                    )}
                    <AuditEventTable events={page.events} showEntity={false} />
                  </>
                )}
              </Loaded>
            </Section>
          )}
        </div>
      )}
    </Loaded>
  );
}

function PartyDetails({ party }: { party: Party }) {
  return (
    <div className="card__body">
      <dl className="event-details" data-testid="party-details">
        <dt>Legal name</dt>
        <dd>{party.legalName}</dd>
        <dt>Other names</dt>
        <dd>
          {party.otherNames.length > 0 ? party.otherNames.join(' · ') : <span className="muted">—</span>}
        </dd>
        <dt>Country</dt>
        <dd>{party.country}</dd>
        <dt>Headquarters country</dt>
        <dd>{party.hqCountry}</dd>
        <dt>Screening</dt>
        <dd>
          <ScreeningBadge status={party.screeningStatus} />
        </dd>
        <dt>Created</dt>
        <dd>{formatInstant(party.createdAt)}</dd>
        <dt>Last changed</dt>
        <dd>{formatInstant(party.updatedAt)}</dd>
      </dl>
    </div>
  );
}
