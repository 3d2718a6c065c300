import { api, unwrap } from '../api/client';
import type { Order, OrderTier, Party, ProductView } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useCurrentUser, useMay } from '../auth/session-context';
import { namesFrom, useParties, useProducts, type Names } from '../authorisations/lookups';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import { formatInstant, formatNumber } from '../ui/format';
import { CsvListActions, FilterForm, OffsetPager } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { Badge, Loaded, type BadgeTone } from '../ui/status';
import { csvExportHref, queryFieldError, useUrlFilters } from '../ui/use-url-filters';

const pageSize = 100;
const filterNames = ['buyerPartyId', 'productId', 'period', 'tier'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

export const tierChoices: readonly { value: OrderTier; label: string }[] = [
  { value: 'firm', label: 'Firm (non-cancellable)' },
  { value: 'forecast', label: 'Forecast' },
];

/** Open while committed rounds have awarded less than the order asks; allocated once they awarded all. */
const orderStatusTone: Record<Order['status'], BadgeTone> = {
  open: 'neutral',
  allocated: 'success',
};

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
  const { key, applied, draft, page, set, apply, reset, goTo } = useUrlFilters(filterNames);
  const offset = page ?? 0;
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
    [key],
  );
  const fieldError = (name: string) => queryFieldError(orders.error, name);

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
          <CsvListActions
            exportHref={csvExportHref('/api/orders.csv', filterQuery(applied))}
            canWrite={may('orders:write')}
            importTo="/orders/import"
            newTo="/orders/new"
            newLabel="New order"
          />
        }
      />
      <FilterForm label="Filter orders" onApply={apply} onReset={reset}>
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
      </FilterForm>
      <Loaded data={orders.data} error={orders.error} what="orders">
        {(list) => (
          <div className={`card card--flush${orders.loading ? ' is-refreshing' : ''}`}>
            <OrderTable orders={list.slice(0, pageSize)} names={names} />
            <OffsetPager
              noun="Orders"
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

function OrderTable({ orders, names }: { orders: readonly Order[]; names: Names }) {
  return (
    <table className="table" data-testid="orders">
      <thead>
        <tr>
          <th>Buyer</th>
          <th>Product</th>
          <th className="num">Units</th>
          <th className="num" title="Units reserved for the order by committed rounds">
            Awarded
          </th>
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
            <td className="num" data-column="awarded">
              {order.awarded > 0 ? formatNumber(order.awarded) : <span className="muted">0</span>}
            </td>
            <td>{order.period}</td>
            <td>
              <Badge tone={order.tier === 'firm' ? 'info' : 'muted'}>{order.tier}</Badge>
            </td>
            <td>{order.reference ? <code>{order.reference}</code> : <span className="muted">—</span>}</td>
            <td>
              <Badge tone={orderStatusTone[order.status]}>
                <span data-status={order.status}>{order.status}</span>
              </Badge>
            </td>
            <td className="muted">{formatInstant(order.createdAt)}</td>
          </tr>
        ))}
        {orders.length === 0 && (
          <tr>
            <td colSpan={9} className="table__empty">
              No orders match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
