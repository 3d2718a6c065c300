import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { RoundListItem } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { namesFrom, useProducts, type Names } from '../authorisations/lookups';
import { productChoices } from '../orders/orders.page';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import { formatInstant, formatNumber } from '../ui/format';
import { FilterForm } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { Badge, Loaded } from '../ui/status';
import { queryFieldError, useUrlFilters } from '../ui/use-url-filters';
import { monthsLabel, ruleLabel, statusTone } from './round-model';

const filterNames = ['productId'] as const;

/** Allocation rounds, newest first; the product filter lives in the URL so a view can be linked. */
export function RoundsPage() {
  const { key, applied, draft, set, apply, reset } = useUrlFilters(filterNames);
  const may = useMay();
  const products = useProducts();
  const names = namesFrom(undefined, products.data);
  const rounds = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/rounds', {
          params: { query: applied.productId ? { productId: applied.productId } : {} },
          signal,
        }),
      ),
    [key],
  );

  return (
    <>
      <PageHeader
        title="Allocation rounds"
        description="One product’s supply over a run of months, shared among the open orders by published criteria: simulated, approved by a second person, then committed into the ledgers."
        actions={
          may('rounds:plan') && (
            <Link className="button button--small button--primary" to="/rounds/new">
              New round
            </Link>
          )
        }
      />
      <FilterForm label="Filter rounds" onApply={apply} onReset={reset}>
        <Field label="Product" error={queryFieldError(rounds.error, 'productId')}>
          <ChoiceSelect
            name="productId"
            value={draft.productId}
            onChange={set('productId')}
            empty="Any product"
            choices={productChoices(products.data)}
          />
        </Field>
      </FilterForm>
      <Loaded data={rounds.data} error={rounds.error} what="rounds">
        {(list) => (
          <div className={`card card--flush${rounds.loading ? ' is-refreshing' : ''}`}>
            <RoundTable rounds={list} names={names} />
          </div>
        )}
      </Loaded>
    </>
  );
}

function RoundTable({ rounds, names }: { rounds: readonly RoundListItem[]; names: Names }) {
  return (
    <table className="table" data-testid="rounds">
      <thead>
        <tr>
          <th>Name</th>
          <th>Product</th>
          <th>Months</th>
          <th>Rule</th>
          <th>Status</th>
          <th className="num">Awarded</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id} data-round-id={round.id}>
            <td>
              <Link className="table__primary-link" to={`/rounds/${encodeURIComponent(round.id)}`}>
                {round.name}
              </Link>
            </td>
            <td>{names.product(round.productId)}</td>
            <td className="nowrap">{monthsLabel(round.terms)}</td>
            <td>{ruleLabel(round.terms.rule)}</td>
            <td>
              <Badge tone={statusTone[round.status]}>{round.status}</Badge>
            </td>
            <td className="num" data-column="awarded">
              {round.summary ? (
                <>
                  {formatNumber(round.summary.awarded)}
                  <div className="table__secondary">of {formatNumber(round.summary.requested)} claimed</div>
                </>
              ) : (
                <span className="muted">not simulated</span>
              )}
            </td>
            <td className="muted">{formatInstant(round.createdAt)}</td>
          </tr>
        ))}
        {rounds.length === 0 && (
          <tr>
            <td colSpan={7} className="table__empty">
              No rounds match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
