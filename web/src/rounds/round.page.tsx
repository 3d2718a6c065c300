import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type {
  AuditEvent,
  Order,
  Party,
  Round,
  RoundListItem,
  RoundSimulation,
  SupplyPlan,
} from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useCurrentUser, useMay } from '../auth/session-context';
import type { Permission } from '../auth/permissions';
import { namesFrom, useParties, useProducts, type Names } from '../authorisations/lookups';
import { ErrorNotice } from '../ui/error-notice';
import { formatInstant, formatNumber } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';
import { AwardsByBuyer, GroupCaps, SupplyDemand } from './round-charts';
import { SideBySide } from './round-comparison';
import { RoundFlow } from './round-flow';
import { roundFlow, type Flow } from './round-flow-model';
import { monthsLabel, ruleLabel, statusTone, type StatementRow } from './round-model';
import { StatementsTable } from './statements-table';
import { WhatIfPanel } from './what-if-panel';

type StepPath = 'simulation' | 'approval' | 'commit' | 'closure';

const noParties: readonly Party[] = [];

interface Step {
  path: StepPath;
  label: string;
  permission: Permission;
  primary: boolean;
}

/** The steps the round's status allows, in the order they are taken; the server checks them all again. */
function stepsFor(round: Round): Step[] {
  const steps: Step[] = [];
  if (round.status === 'draft' || round.status === 'simulated' || round.status === 'approved') {
    steps.push({
      path: 'simulation',
      label: round.status === 'draft' ? 'Simulate' : 'Simulate again',
      permission: 'rounds:plan',
      primary: round.status === 'draft',
    });
  }
  if (round.status === 'simulated')
    steps.push({ path: 'approval', label: 'Approve', permission: 'rounds:approve', primary: true });
  if (round.status === 'approved')
    steps.push({ path: 'commit', label: 'Commit', permission: 'rounds:commit', primary: true });
  if (round.status !== 'closed')
    steps.push({ path: 'closure', label: 'Close', permission: 'rounds:plan', primary: false });
  return steps;
}

function takeStep(path: StepPath, id: string): Promise<Round> {
  const params = { params: { path: { id } } };
  switch (path) {
    case 'simulation':
      // Simulating again as the terms stand; the what-if panel is where changes to them are adopted.
      return unwrap(api.POST('/api/rounds/{id}/simulation', { ...params, body: {} }));
    case 'approval':
      return unwrap(api.POST('/api/rounds/{id}/approval', params));
    case 'commit':
      return unwrap(api.POST('/api/rounds/{id}/commit', params));
    case 'closure':
      return unwrap(api.POST('/api/rounds/{id}/closure', params));
  }
}

/**
 * One round: its terms and published criteria, who took which step, the steps the role may take next, and
 * after a simulation what it found: supply against demand, awards by buyer, the caps, every statement and
 * every order left without coverage.
 */
export function RoundPage() {
  const { roundId = '' } = useParams();
  const may = useMay();
  const user = useCurrentUser();
  const round = useApiQuery(
    (signal) => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id: roundId } }, signal })),
    [roundId],
  );
  const productId = round.data?.productId;
  // Orders name claims by their reference; ids are for machines.
  const orders = useApiQuery(
    (signal) =>
      productId && may('orders:read')
        ? unwrap(api.GET('/api/orders', { params: { query: { productId } }, signal }))
        : Promise.resolve<Order[]>([]),
    [productId],
  );
  const mayReadAudit = may('audit:read');
  const history = useApiQuery(
    (signal) =>
      mayReadAudit
        ? unwrap(
            api.GET('/api/audit-events', {
              params: { query: { entityType: 'round', entityId: roundId, limit: 50 } },
              signal,
            }),
          ).then((page) => page.events)
        : Promise.resolve<AuditEvent[]>([]),
    [roundId, mayReadAudit],
  );
  // The product's other rounds: what they hold of its supply, and the names of those claims carry from.
  const siblings = useApiQuery(
    (signal) =>
      productId
        ? unwrap(api.GET('/api/rounds', { params: { query: { productId } }, signal }))
        : Promise.resolve<RoundListItem[]>([]),
    [productId],
  );
  const mayReadSupply = may('supply:read');
  const plans = useApiQuery(
    (signal) =>
      productId && mayReadSupply
        ? unwrap(api.GET('/api/supply', { params: { query: { productId } }, signal }))
        : Promise.resolve<SupplyPlan[]>([]),
    [productId, mayReadSupply],
  );
  const parties = useParties();
  const products = useProducts();
  const names = namesFrom(parties.data, products.data);
  const [busy, setBusy] = useState<StepPath | undefined>(undefined);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);

  async function run(step: Step, id: string) {
    setBusy(step.path);
    setRefusal(undefined);
    try {
      await takeStep(step.path, id);
    } catch (cause) {
      setRefusal(asApiError(cause));
    } finally {
      setBusy(undefined);
      round.reload();
      history.reload();
    }
  }

  /** A person named by user id: "you", or the username the audit trail recorded for the step. */
  const who = (userId: string | null, action: string): ReactNode => {
    if (userId === null) return null;
    if (userId === user.id) return 'you';
    const actor = history.data?.find((e) => e.action === action)?.actor;
    if (actor) return actor.replace(/^user:/, '');
    return <span title={userId}>another user</span>;
  };

  return (
    <>
      <div className="breadcrumbs">
        <Link to="/rounds">Rounds</Link>
        <span aria-hidden="true">/</span>
        <span>{round.data?.name ?? roundId}</span>
      </div>
      <Loaded data={round.data} error={round.error} what="the round">
        {(view) => {
          const steps = stepsFor(view).filter((step) => may(step.permission));
          const referenceOf = (id: string) => orders.data?.find((o) => o.id === id)?.reference ?? null;
          const mayTryWhatIf =
            may('rounds:plan') &&
            (view.status === 'draft' || view.status === 'simulated' || view.status === 'approved');
          return (
            <div
              className={`stack${round.loading ? ' is-refreshing' : ''}`}
              data-testid="round"
              data-status={view.status}
            >
              <PageHeader
                eyebrow={<>Allocation round · {names.product(view.productId)}</>}
                title={view.name}
                description={
                  <span className="header-badges">
                    <Badge tone={statusTone[view.status]}>
                      <span data-testid="round-status">{view.status}</span>
                    </Badge>
                    <span>
                      {monthsLabel(view.terms)} · {ruleLabel(view.terms.rule)}
                    </span>
                  </span>
                }
                actions={steps.map((step) => (
                  <button
                    key={step.path}
                    type="button"
                    className={`button button--small${step.primary ? ' button--primary' : ''}`}
                    disabled={busy !== undefined}
                    onClick={() => void run(step, view.id)}
                  >
                    {busy === step.path ? `${step.label}…` : step.label}
                  </button>
                ))}
              />
              {refusal && <ErrorNotice error={refusal} />}
              {view.status === 'committed' && (
                <div className="notice notice--success" data-testid="committed-note">
                  <div>
                    Committed {view.committedAt ? formatInstant(view.committedAt) : ''}: every award is
                    reserved in the ledgers of the authorisations that cover it. See them on the{' '}
                    <Link to="/authorisations">authorisations page</Link>.
                  </div>
                </div>
              )}
              <div className="layout-split">
                <div className="layout-split__main">
                  <Section title="Published criteria">
                    <div className="card__body stack">
                      <div className="conditions" data-testid="criteria">
                        {view.terms.criteria.description}
                      </div>
                      <Terms round={view} names={names} />
                    </div>
                  </Section>
                </div>
                <div className="layout-split__side">
                  <Section title="Status">
                    <div className="card__body">
                      <dl className="terms terms--narrow" data-testid="round-steps">
                        <Term label="Drafted">
                          {formatInstant(view.createdAt)} by {who(view.createdBy, 'round.created')}
                        </Term>
                        <Term label="Simulated">
                          {view.simulatedAt ? (
                            <>
                              {formatInstant(view.simulatedAt)} by {who(view.simulatedBy, 'round.simulated')}
                            </>
                          ) : (
                            <span className="muted">Not yet</span>
                          )}
                        </Term>
                        <Term label="Approved">
                          {view.approvedAt ? (
                            <>
                              {formatInstant(view.approvedAt)} by {who(view.approvedBy, 'round.approved')}
                            </>
                          ) : (
                            <span className="muted">
                              {view.status === 'simulated' ? 'Awaiting a second person' : 'Not yet'}
                            </span>
                          )}
                        </Term>
                        <Term label="Committed">
                          {view.committedAt ? (
                            formatInstant(view.committedAt)
                          ) : (
                            <span className="muted">Not yet</span>
                          )}
                        </Term>
                        {view.closedAt && <Term label="Closed">{formatInstant(view.closedAt)}</Term>}
                      </dl>
                    </div>
                  </Section>
                </div>
              </div>
              {view.simulation ? (
                <SimulationSections
                  simulation={view.simulation}
                  round={view}
                  names={names}
                  referenceOf={referenceOf}
                  // Supply is internal: a buyer sees neither the plans nor what other rounds hold.
                  flow={
                    mayReadSupply && siblings.data && plans.data
                      ? roundFlow(view, view.simulation, siblings.data, plans.data, names.party)
                      : undefined
                  }
                  roundName={(id) => siblings.data?.find((r) => r.id === id)?.name ?? null}
                  showPlans={mayReadSupply}
                  whatIf={
                    mayTryWhatIf && (
                      <WhatIfPanel
                        // A new simulation or new terms start the panel afresh from them.
                        key={view.simulatedAt ?? 'draft'}
                        round={view}
                        names={names}
                        parties={parties.data ?? noParties}
                        referenceOf={referenceOf}
                        onAdopted={() => {
                          round.reload();
                          history.reload();
                        }}
                      />
                    )
                  }
                />
              ) : (
                <div className="empty-state empty-state--card">
                  <h2 className="empty-state__title">Not simulated yet</h2>
                  <p>
                    A simulation builds the claims from the open orders, their caps from coverage and the
                    supply from the plans. It reserves nothing.
                  </p>
                </div>
              )}
              {!view.simulation && mayTryWhatIf && (
                <WhatIfPanel
                  key="draft"
                  round={view}
                  names={names}
                  parties={parties.data ?? noParties}
                  referenceOf={referenceOf}
                  onAdopted={() => {
                    round.reload();
                    history.reload();
                  }}
                />
              )}
            </div>
          );
        }}
      </Loaded>
    </>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="terms__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Terms({ round, names }: { round: Round; names: Names }) {
  const { terms } = round;
  const weights = Object.entries(terms.criteria.weights);
  const window = terms.claimWindow;
  return (
    <dl className="terms" data-testid="round-terms">
      <Term label="Product">{names.product(terms.productId)}</Term>
      <Term label="Months">{monthsLabel(terms)}</Term>
      <Term label="Rule">{ruleLabel(terms.rule)}</Term>
      <Term label="Lot">
        <span className="num-inline">{formatNumber(terms.lot)}</span> unit{terms.lot === 1 ? '' : 's'}
      </Term>
      <Term label="Unallocated supply">
        {terms.carryOver ? 'Carried into the next month' : 'Lapses at the end of its month'}
      </Term>
      <Term label="Tiers">
        Firm orders in tier {terms.criteria.tiers.firm}, forecasts in tier {terms.criteria.tiers.forecast}{' '}
        <span className="muted">(tier 1 is served first)</span>
      </Term>
      <Term label="Weights">
        {weights.length === 0 ? (
          <span className="muted">Every buyer weighs 1</span>
        ) : (
          <ul className="terms__list">
            {weights.map(([partyId, weight]) => (
              <li key={partyId}>
                {names.party(partyId)}: <span className="num-inline">{weight}</span>
              </li>
            ))}
            <li className="muted">Every other buyer weighs 1</li>
          </ul>
        )}
      </Term>
      <Term label="Claim window">
        {window.from || window.until ? (
          <>
            {window.from ? formatInstant(window.from) : 'any time'} to{' '}
            {window.until ? formatInstant(window.until) : 'any time'}
          </>
        ) : (
          <span className="muted">Every open order</span>
        )}
      </Term>
    </dl>
  );
}

function SimulationSections({
  simulation,
  round,
  names,
  referenceOf,
  flow,
  roundName,
  showPlans,
  whatIf,
}: {
  simulation: RoundSimulation;
  round: Round;
  names: Names;
  referenceOf: (orderId: string) => string | null;
  /** The flow chart's model; undefined while loading, or when the user may not see the supply. */
  flow: Flow | undefined;
  roundName: (roundId: string) => string | null;
  showPlans: boolean;
  whatIf: ReactNode;
}) {
  const statements: StatementRow[] = simulation.claims.map((claim) => ({
    orderId: claim.orderId,
    carriedFrom: claim.carriedFrom
      ? { roundId: claim.carriedFrom, roundName: roundName(claim.carriedFrom) }
      : null,
    ordered: claim.ordered ?? claim.quantity,
    buyer: names.party(claim.buyerPartyId),
    order: referenceOf(claim.orderId) ?? claim.orderId,
    month: claim.period,
    tier: claim.tier,
    requested: claim.quantity,
    awarded: claim.awarded,
    binding: claim.binding,
    statement: claim.statement,
  }));
  const awarded = simulation.periods.reduce((sum, p) => sum + p.allocated, 0);
  return (
    <>
      <Section
        title="Supply and demand by month"
        actions={
          <span className="muted small">
            Simulated {formatInstant(simulation.simulatedAt)} · {formatNumber(awarded)} units awarded
          </span>
        }
      >
        <SupplyDemand simulation={simulation} showPlans={showPlans} />
      </Section>
      {flow && (
        <Section
          title="Where the supply goes"
          actions={<span className="muted small">Supply → rounds → buyers, in units</span>}
        >
          <div className="card__body">
            <RoundFlow flow={flow} />
          </div>
        </Section>
      )}
      {simulation.previous && round.summary && (
        <Section
          title="Compared with the previous simulation"
          actions={
            <span className="muted small">
              Previous simulation {formatInstant(simulation.previous.simulatedAt)}
            </span>
          }
        >
          <div data-testid="previous-comparison">
            <SideBySide
              before={simulation.previous}
              after={round.summary}
              beforeLabel="Previous"
              afterLabel="This simulation"
              names={names}
            />
          </div>
        </Section>
      )}
      {whatIf}
      <div className="layout-split layout-split--even">
        <div className="layout-split__main">
          <Section title="Awards by buyer">
            <AwardsByBuyer claims={simulation.claims} names={names} />
          </Section>
        </div>
        <div className="layout-split__side">
          <Section title="Caps the claims share">
            <GroupCaps simulation={simulation} />
          </Section>
        </div>
      </div>
      <Section title="Statements">
        <StatementsTable rows={statements} fileName={`round-${round.name}-statements.csv`} />
      </Section>
      <Section
        title={`Orders without coverage (${formatNumber(simulation.uncovered.length)})`}
        actions={<span className="muted small">They take no part until what is missing is issued</span>}
      >
        <table className="table table--tight" data-testid="uncovered">
          <thead>
            <tr>
              <th>Buyer</th>
              <th>Order</th>
              <th>Month</th>
              <th className="num">Units</th>
              <th>Missing</th>
            </tr>
          </thead>
          <tbody>
            {simulation.uncovered.map((order) => (
              <tr key={order.orderId} data-buyer={order.buyerPartyId}>
                <td>{names.party(order.buyerPartyId)}</td>
                <td>
                  <code>{referenceOf(order.orderId) ?? order.orderId}</code>
                </td>
                <td className="nowrap">{order.period}</td>
                <td className="num">{formatNumber(order.quantity)}</td>
                <td>
                  <ul className="terms__list uncovered__missing">
                    {order.missing.map((why) => (
                      <li key={why}>{why}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
            {simulation.uncovered.length === 0 && (
              <tr>
                <td colSpan={5} className="table__empty">
                  Every open order in the round is covered.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </Section>
    </>
  );
}
