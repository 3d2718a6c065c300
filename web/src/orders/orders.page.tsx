import { useState, type SubmitEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Order, OrderTier, Party, ProductView } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useCurrentUser, useMay } from '../auth/session-context';
import { namesFrom, useParties, useProducts, type Names } from '../authorisations/lookups';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import { formatInstant, formatNumber } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';

const pageSize = 100;
const filterNames = ['buyerPartyId', 'productId', 'period', 'tier'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

export const tierChoices: readonly { value: OrderTier; label: string }[] = [
  { value: 'firm', label: 'Firm (non-cancellable)' },
  { value: 'forecast', label: 'Forecast' },
];

/** The parties that buy, as choices. */
export function buyerChoices(parties: readonly Party[] | undefined): { value: string; label: string }[] {
  return (parties ?? [])
    .filter((p) => p.roles.includes('buyer'))
    .map((p) => ({ value: p.id, label: p.legalName }));
}

export function productChoices(
  products: readonly ProductView[] | undefined,
): { value: string; label: string }[] {
  return (products ?? []).map((view) => ({ value: view.product.id, label: view.product.name }));
}

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Filters;
}

/** The query the list and the CSV export share: only the filters that are set. */
function filterQuery(filters: Filters): {
  buyerPartyId?: string;
  productId?: string;
  period?: string;
  tier?: OrderTier;
} {
  const tier = tierChoices.find((c) => c.value === filters.tier)?.value;
  return {
    ...(filters.buyerPartyId ? { buyerPartyId: filters.buyerPartyId } : {}),
    ...(filters.productId ? { productId: filters.productId } : {}),
    ...(filters.period ? { period: filters.period } : {}),
    ...(tier ? { tier } : {}),
  };
}

/**
 * Buyers' orders, newest first: the demand allocation rounds will serve. Filters and the page live in the
 * URL so a view can be linked; a buyer sees its own party's orders only and has no buyer filter.
 */
export function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const offsetParam = Number(params.get('offset'));
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0;
  const [draft, setDraft] = useState<Filters>(applied);
  const may = useMay();
  const user = useCurrentUser();
  const parties = useParties();
  const products = useProducts();
  const names = namesFrom(parties.data, products.data);

  // One more than a page tells whether there is a next page without counting them all.
  const orders = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/orders', {
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
    orders.error?.fieldMessage(`querystring.${name}`) ?? orders.error?.fieldMessage(name);
  const exportQuery = new URLSearchParams(filterQuery(applied)).toString();

  return (
    <>
      <PageHeader
        title="Orders"
        description={
          user.role === 'buyer'
            ? 'Your orders: firm (non-cancellable) and forecast, by month wanted.'
            : 'Buyers’ orders by month wanted: firm (non-cancellable) and forecast demand for the allocation rounds.'
        }
        actions={
          <>
            <a
              className="button button--small"
              href={`/api/orders.csv${exportQuery ? `?${exportQuery}` : ''}`}
              download
            >
              Export CSV
            </a>
            {may('orders:write') && (
              <>
                <Link className="button button--small" to="/orders/import">
                  Import CSV
                </Link>
                <Link className="button button--small button--primary" to="/orders/new">
                  New order
                </Link>
              </>
            )}
          </>
        }
      />
      <form className="card filters" onSubmit={apply} noValidate aria-label="Filter orders">
        {user.role !== 'buyer' && (
          <Field label="Buyer" error={fieldError('buyerPartyId')}>
            <ChoiceSelect
              name="buyerPartyId"
              value={draft.buyerPartyId}
              onChange={set('buyerPartyId')}
              empty="Any buyer"
              choices={buyerChoices(parties.data)}
            />
          </Field>
        )}
        <Field label="Product" error={fieldError('productId')}>
          <ChoiceSelect
            name="productId"
            value={draft.productId}
            onChange={set('productId')}
            empty="Any product"
            choices={productChoices(products.data)}
          />
        </Field>
        <Field label="Month" error={fieldError('period')}>
          <input name="period" type="month" value={draft.period} onChange={set('period')} />
        </Field>
        <Field label="Tier" error={fieldError('tier')}>
          <ChoiceSelect
            name="tier"
            value={draft.tier}
            onChange={set('tier')}
            empty="Any tier"
            choices={tierChoices}
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
      <Loaded data={orders.data} error={orders.error} what="orders">
        {(list) => (
          <div className={`card card--flush${orders.loading ? ' is-refreshing' : ''}`}>
            <OrderTable orders={list.slice(0, pageSize)} names={names} />
            {(offset > 0 || list.length > pageSize) && (
              <div className="pager">
                <span className="muted">
                  Orders {offset + 1}–{offset + Math.min(list.length, pageSize)}
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

function OrderTable({ orders, names }: { orders: readonly Order[]; names: Names }) {
  return (
    <table className="table" data-testid="orders">
      <thead>
        <tr>
          <th>Buyer</th>
          <th>Product</th>
          <th className="num">Units</th>
          <th>Month</th>
          <th>Tier</th>
          <th>Reference</th>
          <th>Status</th>
          <th>Placed</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-order-id={order.id} data-buyer={order.buyerPartyId}>
            <td>{names.party(order.buyerPartyId)}</td>
            <td>{names.product(order.productId)}</td>
            <td className="num">{formatNumber(order.quantity)}</td>
            <td>{order.period}</td>
            <td>
              <Badge tone={order.tier === 'firm' ? 'info' : 'muted'}>{order.tier}</Badge>
            </td>
            <td>{order.reference ? <code>{order.reference}</code> : <span className="muted">—</span>}</td>
            <td>{order.status}</td>
            <td className="muted">{formatInstant(order.createdAt)}</td>
          </tr>
        ))}
        {orders.length === 0 && (
          <tr>
            <td colSpan={8} className="table__empty">
              No orders match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
