import type { ApiError } from '../api/api-error';
import { isUnder } from '../authorisations/field-errors';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';

/** One buyer's weight as typed: the number stays text until sent, so the API's message shows beside it. */
export interface WeightRow {
  /** A stable React key: rows are added and removed, and their party may change. */
  key: number;
  partyId: string;
  weight: string;
}

/** A weight as the API takes it: a number when it reads as one, else the text, for the API to refuse. */
function numberOrText(text: string): number | string {
  const cleaned = text.replace(/[\s,_]/g, '');
  return cleaned !== '' && Number.isFinite(Number(cleaned)) ? Number(cleaned) : text;
}

/** The criteria's weights from the rows that name a buyer. Text where a number belongs goes as typed. */
export function weightsOf(rows: readonly WeightRow[]): Record<string, number> {
  return Object.fromEntries(
    rows.filter((w) => w.partyId).map((w) => [w.partyId, numberOrText(w.weight) as number]),
  );
}

/** Whether a buyer is named in two rows: the API would keep only one, so the form refuses first. */
export function weightedTwice(rows: readonly WeightRow[]): boolean {
  const named = rows.filter((w) => w.partyId).map((w) => w.partyId);
  return new Set(named).size !== named.length;
}

export const weightedTwiceDetail = { path: 'criteria.weights', message: 'each buyer takes one weight' };

/**
 * The published weights by buyer, a row each: a buyer, its weight, and a button to remove it. Errors about
 * one buyer's weight show beside its row; errors about the weights as a whole, under the list.
 */
export function WeightsField({
  rows,
  onChange,
  choices,
  error,
  name,
  testId,
  hint,
}: {
  rows: readonly WeightRow[];
  onChange: (rows: WeightRow[]) => void;
  choices: readonly { value: string; label: string }[];
  error: ApiError | undefined;
  /** Prefix of the inputs' names: two forms on one page stay apart. */
  name: string;
  testId: string;
  hint: string;
}) {
  const change = (key: number, patch: Partial<WeightRow>) =>
    onChange(rows.map((w) => (w.key === key ? { ...w, ...patch } : w)));
  const nextKey = Math.max(0, ...rows.map((w) => w.key)) + 1;
  const wholeError = (error?.details ?? [])
    .filter((d) => (d.path ?? '').replace(/^body\./, '') === 'criteria.weights')
    .map((d) => d.message)
    .join('; ');
  return (
    <fieldset className={`fieldset field${wholeError ? ' field--invalid' : ''}`}>
      <legend className="field__label">Weights by buyer</legend>
      <div className="stack" data-testid={testId}>
        {rows.map((row, index) => {
          const rowError = row.partyId
            ? (error?.details ?? [])
                .filter((d) => isUnder(d.path, `criteria.weights.${row.partyId}`))
                .map((d) => d.message)
                .join('; ') || undefined
            : undefined;
          return (
            <div key={row.key} className="weight-row">
              <Field label={`Buyer ${index + 1}`}>
                <ChoiceSelect
                  name={`${name}Party${index}`}
                  value={row.partyId}
                  onChange={(e) => change(row.key, { partyId: e.target.value })}
                  empty="Choose a buyer…"
                  choices={choices}
                />
              </Field>
              <Field label={`Weight ${index + 1}`} error={rowError}>
                <input
                  name={`${name}${index}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.weight}
                  onChange={(e) => change(row.key, { weight: e.target.value })}
                />
              </Field>
              <button
                type="button"
                className="button button--ghost button--small weight-row__remove"
                onClick={() => onChange(rows.filter((w) => w.key !== row.key))}
              >
                Remove
              </button>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange([...rows, { key: nextKey, partyId: '', weight: '1' }])}
          >
            Add a weight
          </button>
        </div>
      </div>
      {wholeError ? (
        <div className="field__error" role="alert">
          {wholeError}
        </div>
      ) : (
        <div className="field__hint">{hint}</div>
      )}
    </fieldset>
  );
}
