import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, asApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { RoundTermsInput } from '../api/types';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import { claimedPaths, isUnder, messagesUnder } from '../authorisations/field-errors';
import { partyChoices, useParties, useProducts } from '../authorisations/lookups';
import { productChoices } from '../orders/orders.page';
import { ChoiceSelect } from '../ui/choice-select';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { PageHeader, Section } from '../ui/page-header';
import { ruleChoices, type RoundRule } from './round-model';

interface WeightRow {
  /** A stable React key: rows are added and removed, and their party may change. */
  key: number;
  partyId: string;
  weight: string;
}

interface Draft {
  name: string;
  productId: string;
  fromPeriod: string;
  untilPeriod: string;
  rule: RoundRule;
  lot: string;
  carryOver: boolean;
  description: string;
  firmTier: string;
  forecastTier: string;
  weights: WeightRow[];
  windowFrom: string;
  windowUntil: string;
}

const initialDraft: Draft = {
  name: '',
  productId: '',
  fromPeriod: '',
  untilPeriod: '',
  rule: 'max-min',
  lot: '1',
  carryOver: true,
  description: '',
  firmTier: '1',
  forecastTier: '2',
  weights: [],
  windowFrom: '',
  windowUntil: '',
};

const fields = [
  'name',
  'productId',
  'fromPeriod',
  'untilPeriod',
  'rule',
  'lot',
  'carryOver',
  'criteria.description',
  'criteria.tiers',
  'criteria.weights',
  'claimWindow',
] as const;

/** A decimal as a number; anything else as typed, so the API's message for the field is the one shown. */
function numberOrText(text: string): number | string {
  const cleaned = text.replace(/[\s,_]/g, '');
  return cleaned !== '' && Number.isFinite(Number(cleaned)) ? Number(cleaned) : text;
}

/** A datetime-local value read as UTC (the form says so), as the instant the API takes. */
function utcInstant(value: string): string | undefined {
  if (!value) return undefined;
  return `${value.length === 16 ? `${value}:00` : value}Z`;
}

/**
 * The terms as the API takes them. Numbers typed as something else are sent as typed (hence the casts),
 * so the API refuses them with a message beside the field rather than the form guessing.
 */
function bodyOf(draft: Draft): RoundTermsInput {
  const from = utcInstant(draft.windowFrom);
  const until = utcInstant(draft.windowUntil);
  return {
    name: draft.name,
    productId: draft.productId,
    fromPeriod: draft.fromPeriod,
    untilPeriod: draft.untilPeriod,
    rule: draft.rule,
    lot: wholeNumberOrText(draft.lot) as number,
    carryOver: draft.carryOver,
    criteria: {
      description: draft.description,
      tiers: {
        firm: wholeNumberOrText(draft.firmTier) as number,
        forecast: wholeNumberOrText(draft.forecastTier) as number,
      },
      weights: Object.fromEntries(
        draft.weights.filter((w) => w.partyId).map((w) => [w.partyId, numberOrText(w.weight) as number]),
      ),
    },
    claimWindow: { ...(from ? { from } : {}), ...(until ? { until } : {}) },
  };
}

/** Drafts a round with its published criteria. The API validates every term and answers by field. */
export function NewRoundPage() {
  const navigate = useNavigate();
  const parties = useParties();
  const products = useProducts();
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [nextKey, setNextKey] = useState(1);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setWeight = (key: number, change: Partial<WeightRow>) =>
    setDraft((current) => ({
      ...current,
      weights: current.weights.map((w) => (w.key === key ? { ...w, ...change } : w)),
    }));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const named = draft.weights.filter((w) => w.partyId).map((w) => w.partyId);
    if (new Set(named).size !== named.length) {
      setError(
        new ApiError(0, 'VALIDATION_FAILED', 'A buyer is weighted twice.', [
          { path: 'criteria.weights', message: 'each buyer takes one weight' },
        ]),
      );
      return;
    }
    setSubmitting(true);
    try {
      const created = await unwrap(api.POST('/api/rounds', { body: bodyOf(draft) }));
      void navigate(`/rounds/${encodeURIComponent(created.id)}`);
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  const at = (field: string) => messagesUnder(error, field);
  const buyers = [...(parties.data ?? [])]
    .filter((p) => p.roles.includes('buyer'))
    .sort((a, b) => a.legalName.localeCompare(b.legalName));
  // Only what is about the weights as a whole; a buyer's own weight shows beside its row.
  const weightsError = (error?.details ?? [])
    .filter((d) => (d.path ?? '').replace(/^body\./, '') === 'criteria.weights')
    .map((d) => d.message)
    .join('; ');
  const rule = ruleChoices.find((c) => c.value === draft.rule);

  return (
    <>
      <div className="breadcrumbs">
        <Link to="/rounds">Rounds</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </div>
      <PageHeader
        title="New round"
        description="Draft a round: the months whose supply it shares, the rule, and the criteria published to the claimants. Nothing is reserved until a second person approves the simulation and it is committed."
      />
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="round-form">
        {error && <ErrorNotice error={error} claimedFields={claimedPaths(error, fields)} />}
        {parties.error && <ErrorNotice error={parties.error} />}
        {products.error && <ErrorNotice error={products.error} />}
        <Section title="Round">
          <div className="card__body form-grid">
            <Field label="Name" error={at('name')} className="form-grid__wide">
              <input
                name="name"
                autoComplete="off"
                value={draft.name}
                onChange={(e) => set('name', e.target.value)}
              />
            </Field>
            <Field label="Product" error={at('productId')} className="form-grid__wide">
              <ChoiceSelect
                name="productId"
                value={draft.productId}
                onChange={(e) => set('productId', e.target.value)}
                empty="Choose a product…"
                choices={productChoices(products.data)}
              />
            </Field>
            <Field label="From month" error={at('fromPeriod')}>
              <input
                name="fromPeriod"
                type="month"
                value={draft.fromPeriod}
                onChange={(e) => set('fromPeriod', e.target.value)}
              />
            </Field>
            <Field label="Until month" error={at('untilPeriod')} hint="Inclusive; at most 36 months.">
              <input
                name="untilPeriod"
                type="month"
                value={draft.untilPeriod}
                onChange={(e) => set('untilPeriod', e.target.value)}
              />
            </Field>
            <Field label="Claim window from (UTC)" error={at('claimWindow.from')} hint="Optional.">
              <input
                name="windowFrom"
                type="datetime-local"
                value={draft.windowFrom}
                onChange={(e) => set('windowFrom', e.target.value)}
              />
            </Field>
            <Field
              label="Claim window until (UTC)"
              error={at('claimWindow.until')}
              hint="Optional; only orders placed in the window take part."
            >
              <input
                name="windowUntil"
                type="datetime-local"
                value={draft.windowUntil}
                onChange={(e) => set('windowUntil', e.target.value)}
              />
            </Field>
          </div>
        </Section>

        <Section title="Rule">
          <div className="card__body form-grid">
            <fieldset className="fieldset form-grid__wide" aria-label="Rule">
              <div className="segmented">
                {ruleChoices.map((choice) => (
                  <label
                    key={choice.value}
                    className={`segmented__option${draft.rule === choice.value ? ' is-selected' : ''}`}
                  >
                    <input
                      type="radio"
                      name="rule"
                      value={choice.value}
                      checked={draft.rule === choice.value}
                      onChange={() => set('rule', choice.value)}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
              {at('rule') ? (
                <div className="field__error">{at('rule')}</div>
              ) : (
                rule && <div className="field__hint">{rule.hint}</div>
              )}
            </fieldset>
            <Field label="Lot" error={at('lot')} hint="Awards are whole lots, e.g. 8 for 8-GPU boards.">
              <input
                name="lot"
                inputMode="numeric"
                autoComplete="off"
                value={draft.lot}
                onChange={(e) => set('lot', e.target.value)}
              />
            </Field>
            <label className="checkbox filters__checkbox">
              <input
                type="checkbox"
                name="carryOver"
                checked={draft.carryOver}
                onChange={(e) => set('carryOver', e.target.checked)}
              />
              Carry a month’s unallocated supply into the next month
            </label>
          </div>
        </Section>

        <Section title="Published criteria">
          <div className="card__body stack">
            <Field
              label="Criteria in words"
              error={at('criteria.description')}
              hint="Published to the claimants: every buyer can recompute its award from these and its claim."
            >
              <textarea
                name="description"
                rows={4}
                value={draft.description}
                onChange={(e) => set('description', e.target.value)}
              />
            </Field>
            <div className="form-grid">
              <Field label="Tier of firm orders" error={at('criteria.tiers.firm')} hint="1 is served first.">
                <input
                  name="firmTier"
                  inputMode="numeric"
                  value={draft.firmTier}
                  onChange={(e) => set('firmTier', e.target.value)}
                />
              </Field>
              <Field label="Tier of forecasts" error={at('criteria.tiers.forecast')}>
                <input
                  name="forecastTier"
                  inputMode="numeric"
                  value={draft.forecastTier}
                  onChange={(e) => set('forecastTier', e.target.value)}
                />
              </Field>
            </div>
            <fieldset className={`fieldset field${weightsError ? ' field--invalid' : ''}`}>
              <legend className="field__label">Weights by buyer</legend>
              <div className="stack" data-testid="weights">
                {draft.weights.map((row, index) => {
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
                          name={`weightParty${index}`}
                          value={row.partyId}
                          onChange={(e) => setWeight(row.key, { partyId: e.target.value })}
                          empty="Choose a buyer…"
                          choices={partyChoices(buyers)}
                        />
                      </Field>
                      <Field label={`Weight ${index + 1}`} error={rowError}>
                        <input
                          name={`weight${index}`}
                          inputMode="decimal"
                          autoComplete="off"
                          value={row.weight}
                          onChange={(e) => setWeight(row.key, { weight: e.target.value })}
                        />
                      </Field>
                      <button
                        type="button"
                        className="button button--ghost button--small weight-row__remove"
                        onClick={() =>
                          set(
                            'weights',
                            draft.weights.filter((w) => w.key !== row.key),
                          )
                        }
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
                    onClick={() => {
                      set('weights', [...draft.weights, { key: nextKey, partyId: '', weight: '1' }]);
                      setNextKey((k) => k + 1);
                    }}
                  >
                    Add a weight
                  </button>
                </div>
              </div>
              {weightsError ? (
                <div className="field__error" role="alert">
                  {weightsError}
                </div>
              ) : (
                <div className="field__hint">
                  A buyer not named weighs 1. Weights scale shares, e.g. by historical volumes.
                </div>
              )}
            </fieldset>
          </div>
        </Section>

        <div className="form-actions">
          <Link className="button button--ghost" to="/rounds">
            Cancel
          </Link>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Drafting…' : 'Draft round'}
          </button>
        </div>
      </form>
    </>
  );
}
