import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { ProductView } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { formatNumber, formatSigned } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';
import { AsOfPicker, useAsOf } from './as-of-picker';
import { ChinaCaseByCaseBadge, EccnBadge, StandingStatusBadge } from './classification-badges';
import { formatPercent, relativeMargin, tightestMargin } from './margins';

const kindLabels: Record<ProductView['product']['kind'], string> = {
  chip: 'Chip',
  assembly: 'Assembly',
  hbm: 'HBM',
};

/** Every product with its standing class under the rules in force on the chosen day. */
export function ProductCataloguePage() {
  const [asOf, setAsOf] = useAsOf();
  const products = useApiQuery(
    (signal) => unwrap(api.GET('/api/products', { params: { query: asOf ? { asOf } : {} }, signal })),
    [asOf],
  );
  const first = products.data?.[0];

  return (
    <>
      <PageHeader
        title="Products"
        description={
          first
            ? `Classified under rule set ${first.classification.ruleSetVersion}, the rules in force on ${first.asOf}.`
            : 'Each product classified under the export-control rules in force on the chosen day.'
        }
        actions={<AsOfPicker asOf={asOf} onChange={setAsOf} />}
      />
      <Loaded data={products.data} error={products.error} what="the catalogue">
        {(views) => (
          <div className={`card card--flush${products.loading ? ' is-refreshing' : ''}`}>
            <table className="table" data-testid="product-catalogue">
              <thead>
                <tr>
                  <th>Product</th>
                  <th>Class</th>
                  <th>Status</th>
                  <th className="num">TPP</th>
                  <th className="num">PD</th>
                  <th>Tightest margin</th>
                  <th>China</th>
                </tr>
              </thead>
              <tbody>
                {views.map((view) => (
                  <CatalogueRow key={view.product.id} view={view} asOf={asOf} />
                ))}
                {views.length === 0 && (
                  <tr>
                    <td colSpan={7} className="table__empty">
                      No products yet.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </>
  );
}

function CatalogueRow({ view, asOf }: { view: ProductView; asOf: string | undefined }) {
  const { product, classification, standing } = view;
  const tightest = tightestMargin(classification.margins);
  const href = `/products/${encodeURIComponent(product.id)}${asOf ? `?asOf=${asOf}` : ''}`;
  return (
    <tr data-product-id={product.id}>
      <td>
        <Link to={href} className="table__primary-link">
          {product.name}
        </Link>
        <div className="table__secondary">
          {product.vendor} · {kindLabels[product.kind]}
        </div>
      </td>
      <td>
        <div className="cell-stack">
          <EccnBadge eccn={standing.eccn} />
          {standing.eccn !== classification.eccn && (
            <span className="table__secondary">computed {classification.eccn}</span>
          )}
          {classification.incomplete && (
            <Badge tone="warning" title="A missing figure forced the conservative class">
              Incomplete
            </Badge>
          )}
        </div>
      </td>
      <td>
        <StandingStatusBadge status={standing.status} />
      </td>
      <td className="num" data-column="tpp">
        {formatNumber(classification.tpp)}
      </td>
      <td className="num" data-column="pd">
        {formatNumber(classification.pd, 2)}
      </td>
      <td>
        {tightest ? (
          <span className="margin-summary" title={`value ${formatNumber(tightest.value, 2)}`}>
            <span className="margin-summary__name">
              {tightest.name} {formatNumber(tightest.threshold, tightest.threshold < 100 ? 2 : 0)}
            </span>
            <span className="num-inline">
              {formatSigned(tightest.margin, Math.abs(tightest.margin) < 100 ? 2 : 0)} (
              {formatPercent(relativeMargin(tightest))})
            </span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td data-column="china">
        <div className="cell-stack">
          {classification.chinaCaseByCase && <ChinaCaseByCaseBadge />}
          {classification.overrides.map((override) => (
            <Badge key={override.id} tone="warning" title={override.summary}>
              Licence letter
            </Badge>
          ))}
          {!classification.chinaCaseByCase && classification.overrides.length === 0 && (
            <span className="muted">—</span>
          )}
        </div>
      </td>
    </tr>
  );
}
