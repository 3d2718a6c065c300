import { useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { SupplyKind, SupplyPlan } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import { claimedPaths, messagesUnder } from '../authorisations/field-errors';
import { namesFrom, useProducts, type Names } from '../authorisations/lookups';
import { productChoices } from '../orders/orders.page';
import { ChoiceSelect } from '../ui/choice-select';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatNumber } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';

interface Row {
  productId: string;
  period: string;
  lines: Partial<Record<SupplyKind, SupplyPlan>>;
}

/** Plan lines as one row per product and month, inventory and production side by side. */
function rowsOf(plans: readonly SupplyPlan[]): Row[] {
  const rows = new Map<string, Row>();
  for (const plan of plans) {
    const key = `${plan.productId}\u0000${plan.period}`;
    const row = rows.get(key) ?? { productId: plan.productId, period: plan.period, lines: {} };
    row.lines[plan.kind] = plan;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Supply by product and month: what the allocation rounds can hand out. Planners edit it. */
export function SupplyPage() {
  const may = useMay();
  const products = useProducts();
  const names = namesFrom(undefined, products.data);
  const supply = useApiQuery((signal) => unwrap(api.GET('/api/supply', { signal })), []);

  return (
    <>
      <PageHeader
        title="Supply"
        description="Units expected per product and month: inventory on hand and planned production."
      />
      <Loaded data={supply.data} error={supply.error} what="supply">
        {(plans) => (
          <div className={`card card--flush${supply.loading ? ' is-refreshing' : ''}`}>
            <SupplyTable rows={rowsOf(plans)} names={names} />
          </div>
        )}
      </Loaded>
      {may('supply:write') && <SupplyForm onSaved={supply.reload} />}
    </>
  );
}

function SupplyTable({ rows, names }: { rows: readonly Row[]; names: Names }) {
  return (
    <table className="table" data-testid="supply">
      <thead>
        <tr>
          <th>Product</th>
          <th>Month</th>
          <th className="num">Inventory</th>
          <th className="num">Production</th>
          <th className="num">Total</th>
          <th>Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const inventory = row.lines.inventory?.units ?? 0;
          const production = row.lines.production?.units ?? 0;
          const notes = [row.lines.inventory?.note, row.lines.production?.note].filter(Boolean);
          return (
            <tr key={`${row.productId}-${row.period}`} data-period={row.period}>
              <td>{names.product(row.productId)}</td>
              <td>{row.period}</td>
              <td className="num">{row.lines.inventory ? formatNumber(inventory) : '—'}</td>
              <td className="num">{row.lines.production ? formatNumber(production) : '—'}</td>
              <td className="num">{formatNumber(inventory + production)}</td>
              <td className="muted">{notes.join(' · ')}</td>
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <td colSpan={6} className="table__empty">
              No supply planned yet.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

const fields = ['productId', 'period', 'kind', 'units', 'note'] as const;

/** Sets one plan line (adding it when new); the server audits the line before and after. */
function SupplyForm({ onSaved }: { onSaved: () => void }) {
  const products = useProducts();
  const [draft, setDraft] = useState({
    productId: '',
    period: '',
    kind: 'production' as SupplyKind,
    units: '',
    note: '',
  });
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState<SupplyPlan | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: e.target.value }));
  const message = (field: string) => messagesUnder(error, field);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      setSaved(
        await unwrap(
          api.PUT('/api/supply', {
            body: {
              productId: draft.productId,
              period: draft.period,
              kind: draft.kind,
              // Typed text the server refuses is sent as is, so its message lands beside the field.
              units: wholeNumberOrText(draft.units) as number,
              note: draft.note,
            },
          }),
        ),
      );
      onSaved();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Set a plan line">
      <form
        className="card__body stack"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="supply-form"
      >
        <Field label="Product" error={message('productId')}>
          <ChoiceSelect
            name="productId"
            value={draft.productId}
            onChange={set('productId')}
            empty="Choose a product"
            choices={productChoices(products.data)}
          />
        </Field>
        <Field label="Month" error={message('period')}>
          <input name="period" type="month" value={draft.period} onChange={set('period')} />
        </Field>
        <Field label="Kind" error={message('kind')}>
          <select name="kind" value={draft.kind} onChange={set('kind')}>
            <option value="inventory">Inventory on hand</option>
            <option value="production">Production in the month</option>
          </select>
        </Field>
        <Field label="Units" error={message('units')} hint="Whole units; 0 clears the line.">
          <input name="units" inputMode="numeric" value={draft.units} onChange={set('units')} />
        </Field>
        <Field label="Note" error={message('note')}>
          <input name="note" value={draft.note} onChange={set('note')} />
        </Field>
        {error && <ErrorNotice error={error} claimedFields={claimedPaths(error, fields)} />}
        {saved && (
          <div className="notice notice--success" role="status">
            Saved: {formatNumber(saved.units)} units of {saved.kind} for {saved.period}.
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save line'}
          </button>
        </div>
      </form>
    </Section>
  );
}
