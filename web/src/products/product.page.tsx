import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { ProductView } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { AuditEventTable } from '../audit/audit-event-table';
import { useMay } from '../auth/session-context';
import { formatInstant, formatNumber, todayUtc } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';
import { AsOfPicker, useAsOf } from './as-of-picker';
import { ChinaCaseByCaseBadge, EccnBadge, eccnLabel, StandingStatusBadge } from './classification-badges';
import { ClassificationDecisionForm } from './classification-decision-form';
import { ClassificationExplanation, MarginsTable } from './classification-explanation';
import { TechnicalParameters } from './technical-parameters';

/** One product: its class and why, the figures and their sources, the decisions and the audit history. */
export function ProductPage() {
  const { productId = '' } = useParams();
  const [asOf, setAsOf] = useAsOf();
  const may = useMay();
  const product = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/products/{id}', {
          params: { path: { id: productId }, query: asOf ? { asOf } : {} },
          signal,
        }),
      ),
    [productId, asOf],
  );
  const mayReadAudit = may('audit:read');
  const history = useApiQuery(
    (signal) =>
      mayReadAudit
        ? unwrap(
            api.GET('/api/audit-events', {
              params: { query: { entityType: 'product', entityId: productId, limit: 50 } },
              signal,
            }),
          )
        : Promise.resolve(undefined),
    [productId, mayReadAudit],
  );

  const onDecided = () => {
    product.reload();
    history.reload();
  };

  return (
    <Loaded data={product.data} error={product.error} what="the product">
      {(view) => (
        <div className={product.loading ? 'is-refreshing' : undefined}>
          <div className="breadcrumbs">
            <Link to={`/products${asOf ? `?asOf=${asOf}` : ''}`}>Products</Link>
            <span aria-hidden="true">/</span>
            <span>{view.product.name}</span>
          </div>
          <PageHeader
            eyebrow={
              <>
                {view.product.vendor} · <code>{view.product.id}</code>
              </>
            }
            title={view.product.name}
            description={
              <span className="header-badges">
                <EccnBadge eccn={view.standing.eccn} />
                <StandingStatusBadge status={view.standing.status} />
                {view.classification.chinaCaseByCase && <ChinaCaseByCaseBadge />}
                {view.classification.incomplete && <Badge tone="warning">Incomplete figures</Badge>}
              </span>
            }
            actions={
              <>
                {may('determination:run') && (
                  <Link
                    className="button button--small"
                    to={`/determinations?productId=${encodeURIComponent(view.product.id)}`}
                  >
                    Determine licence
                  </Link>
                )}
                <AsOfPicker asOf={asOf} onChange={setAsOf} />
              </>
            }
          />
          <KeyFigures view={view} />
          <div className="layout-split">
            <div className="layout-split__main">
              <Section title="Why this class">
                <div className="card__body">
                  <ClassificationExplanation classification={view.classification} />
                </div>
              </Section>
              <Section title="Margins to thresholds">
                <MarginsTable margins={view.classification.margins} />
              </Section>
              <Section title="Technical parameters">
                <TechnicalParameters product={view.product} />
              </Section>
            </div>
            <div className="layout-split__side">
              {may('classification:decide') && (
                <Section title="Record a decision">
                  <div className="card__body">
                    {asOf && asOf !== todayUtc() && (
                      <p className="notice notice--info">
                        Decisions are recorded against today&apos;s classification, not the {asOf} view shown
                        here.
                      </p>
                    )}
                    <ClassificationDecisionForm
                      productId={view.product.id}
                      computedEccn={view.classification.eccn}
                      onDecided={onDecided}
                    />
                  </div>
                </Section>
              )}
              <Section title="Decisions">
                <DecisionHistory decisions={view.decisions} />
              </Section>
            </div>
          </div>
          {mayReadAudit && (
            <Section
              title="Audit history"
              actions={
                <Link
                  className="button button--ghost button--small"
                  to={`/audit?entityType=product&entityId=${encodeURIComponent(view.product.id)}`}
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
      )}
    </Loaded>
  );
}

function KeyFigures({ view }: { view: ProductView }) {
  const c = view.classification;
  return (
    <div className="stats" data-testid="key-figures">
      <div className="stat">
        <div className="stat__label">Computed class</div>
        <div className="stat__value">
          {eccnLabel(c.eccn)}
          {c.paragraph && <span className="stat__unit">{c.paragraph}</span>}
        </div>
      </div>
      <div className="stat">
        <div className="stat__label">TPP{c.tppFormat ? ` (${c.tppFormat})` : ''}</div>
        <div className="stat__value num">{formatNumber(c.tpp)}</div>
      </div>
      <div className="stat">
        <div className="stat__label">Performance density</div>
        <div className="stat__value num">{formatNumber(c.pd, 2)}</div>
      </div>
      {c.hbmBandwidthDensity !== null && (
        <div className="stat">
          <div className="stat__label">HBM bandwidth density</div>
          <div className="stat__value num">
            {formatNumber(c.hbmBandwidthDensity, 2)}
            <span className="stat__unit">GB/s/mm²</span>
          </div>
        </div>
      )}
      <div className="stat">
        <div className="stat__label">Rule set</div>
        <div className="stat__value stat__value--small">{c.ruleSetVersion}</div>
        <div className="stat__hint">in force on {view.asOf}</div>
      </div>
    </div>
  );
}

function DecisionHistory({ decisions }: { decisions: ProductView['decisions'] }) {
  if (decisions.length === 0) {
    return (
      <p className="card__body muted">
        No decisions yet: the computed class stands until a compliance officer reviews it.
      </p>
    );
  }
  return (
    <ol className="timeline" data-testid="decision-history">
      {decisions.map((d) => (
        <li key={d.id} className="timeline__item">
          <div className="timeline__head">
            <span className="timeline__what">
              {d.decision === 'confirm' ? 'Confirmed' : 'Overrode'} <EccnBadge eccn={d.eccn} />
              {d.decision === 'override' && (
                <span className="muted"> computed {eccnLabel(d.computedEccn)}</span>
              )}
            </span>
          </div>
          <p className="timeline__reason">{d.reason}</p>
          <div className="timeline__meta">
            {d.decidedBy} · {formatInstant(d.decidedAt)} · rule set {d.ruleSetVersion}
          </div>
        </li>
      ))}
    </ol>
  );
}
