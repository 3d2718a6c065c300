import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { AuditEventTable } from '../audit/audit-event-table';
import { useMay } from '../auth/session-context';
import { formatNumber } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { ExpiryBadge, KindBadge } from './authorisation-badges';
import { termsOf, type Authorisation, type AuthorisationTerms } from './authorisation-model';
import { AuthorisationTermsList } from './authorisation-terms';
import { BalanceBar, ValueFigures } from './balance-bar';
import { LedgerTable } from './ledger-table';
import { namesFrom, useParties, useProducts } from './lookups';
import { MovementForm, movementsFor } from './movement-form';

/** One authorisation: its terms, what is left of it, its ledger, the movements the role may record, its audit. */
export function AuthorisationPage() {
  const { authorisationId = '' } = useParams();
  const may = useMay();
  const authorisation = useApiQuery(
    (signal) =>
      unwrap(api.GET('/api/authorisations/{id}', { params: { path: { id: authorisationId } }, signal })),
    [authorisationId],
  );
  const ledger = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/authorisations/{id}/ledger', { params: { path: { id: authorisationId } }, signal }),
      ),
    [authorisationId],
  );
  const mayReadAudit = may('audit:read');
  const history = useApiQuery(
    (signal) =>
      mayReadAudit
        ? unwrap(
            api.GET('/api/audit-events', {
              params: { query: { entityType: 'authorisation', entityId: authorisationId, limit: 50 } },
              signal,
            }),
          )
        : Promise.resolve(undefined),
    [authorisationId, mayReadAudit],
  );
  const parties = useParties();
  const products = useProducts();
  const names = namesFrom(parties.data, products.data);

  const onRecorded = () => {
    authorisation.reload();
    ledger.reload();
    history.reload();
  };

  return (
    <>
      <div className="breadcrumbs">
        <Link to="/authorisations">Authorisations</Link>
        <span aria-hidden="true">/</span>
        <span>
          {authorisation.data
            ? `${termsOf(authorisation.data).authority} ${termsOf(authorisation.data).number}`
            : authorisationId}
        </span>
      </div>
      <Loaded data={authorisation.data} error={authorisation.error} what="the authorisation">
        {(view) => {
          const terms = termsOf(view);
          const mayMove = movementsFor(terms, may).length > 0;
          return (
            <div
              className={authorisation.loading ? 'is-refreshing' : undefined}
              data-testid="authorisation"
              data-authorisation-id={view.id}
            >
              <PageHeader
                eyebrow={<>Issued by {terms.authority}</>}
                title={`${terms.authority} ${terms.number}`}
                description={
                  <span className="header-badges">
                    <KindBadge kind={terms.kind} />
                    <ExpiryBadge authorisation={view} terms={terms} />
                  </span>
                }
                actions={
                  may('coverage:check') && (
                    <Link className="button button--small" to="/coverage">
                      Check an order line
                    </Link>
                  )
                }
              />
              <div className="stack">
                <BalanceSection authorisation={view} terms={terms} />
                <div className={`layout-split${mayMove ? '' : ' layout-split--single'}`}>
                  <div className="layout-split__main">
                    <Section
                      title="Ledger"
                      actions={
                        <a
                          className="button button--ghost button--small"
                          href={`/api/authorisations/${encodeURIComponent(view.id)}/ledger.csv`}
                          download
                        >
                          Download CSV
                        </a>
                      }
                    >
                      <Loaded data={ledger.data} error={ledger.error} what="the ledger">
                        {(entries) => (
                          <div className={ledger.loading ? 'is-refreshing' : undefined}>
                            <LedgerTable
                              entries={entries}
                              valueLimited={view.balance.valueLimited}
                              currency={view.currency}
                            />
                          </div>
                        )}
                      </Loaded>
                    </Section>
                    <Section title="Terms">
                      <AuthorisationTermsList authorisation={view} terms={terms} names={names} />
                    </Section>
                  </div>
                  {mayMove && (
                    <div className="layout-split__side">
                      <Section title="Record a movement">
                        <MovementForm
                          authorisation={view}
                          terms={terms}
                          parties={parties.data ?? []}
                          names={names}
                          onRecorded={onRecorded}
                        />
                      </Section>
                    </div>
                  )}
                </div>
                {mayReadAudit && (
                  <Section
                    title="Audit history"
                    actions={
                      <Link
                        className="button button--ghost button--small"
                        to={`/audit?entityType=authorisation&entityId=${encodeURIComponent(view.id)}`}
                      >
                        Open in audit trail
                      </Link>
                    }
                  >
                    <Loaded data={history.data} error={history.error} what="the audit history">
                      {(page) => <AuditEventTable events={page.events} showEntity={false} />}
                    </Loaded>
                  </Section>
                )}
              </div>
            </div>
          );
        }}
      </Loaded>
    </>
  );
}

function BalanceSection({
  authorisation,
  terms,
}: {
  authorisation: Authorisation;
  terms: AuthorisationTerms;
}) {
  const { balance, currency } = authorisation;
  return (
    <Section
      title="Balance"
      actions={
        <span className="muted small">
          {formatNumber(balance.entryCount)} ledger entr{balance.entryCount === 1 ? 'y' : 'ies'}
          {terms.kind === 'ratio-cap' && ' · grows with each reference-market shipment'}
        </span>
      }
    >
      <div className="card__body">
        <BalanceBar balance={balance} currency={currency} size="large" />
        <ValueFigures balance={balance} currency={currency} />
      </div>
    </Section>
  );
}
