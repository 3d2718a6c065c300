import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, asApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { RoundTermsInput } from '../api/types';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import { claimedPaths, messagesUnder } from '../authorisations/field-errors';
import { partyChoices, useParties, useProducts } from '../authorisations/lookups';
import { productChoices } from '../orders/orders.page';
import { ChoiceSelect } from '../ui/choice-select';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { PageHeader, Section } from '../ui/page-header';
import type { RoundRule } from './round-model';
import { RuleField } from './rule-field';
import { TierFields } from './tier-fields';
import { weightedTwice, weightedTwiceDetail, weightsOf, WeightsField, type WeightRow } from './weights-field';

interface Draft {
  name: string;
  productId: string;
  fromPeriod: string;
  untilPeriod: string;
  rule: RoundRule;
  lot: string;
  carryOver: boolean;
  carryUnmet: boolean;
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
  carryUnmet: true,
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
  'carryUnmet',
  'criteria.description',
  'criteria.tiers',
  'criteria.weights',
  'claimWindow',
] as const;

/** A decimal as a number; anything else as typed, so the API's message for the field is the one shown. */

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
    carryUnmet: draft.carryUnmet,
    criteria: {
      description: draft.description,
      tiers: {
        firm: wholeNumberOrText(draft.firmTier) as number,
        forecast: wholeNumberOrText(draft.forecastTier) as number,
      },
      weights: weightsOf(draft.weights),
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
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (weightedTwice(draft.weights)) {
      setError(new ApiError(0, 'VALIDATION_FAILED', 'A buyer is weighted twice.', [weightedTwiceDetail]));
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
            <RuleField
              value={draft.rule}
              onChange={(rule) => set('rule', rule)}
              error={at('rule')}
              name="rule"
              className="fieldset form-grid__wide"
            />
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
            {/* Without it a buyer kept waiting by an earlier round has to order again inside this window. */}
            <label
              className="checkbox filters__checkbox"
              title="Orders an earlier committed round left unmet take part whatever the claim window."
            >
              <input
                type="checkbox"
                name="carryUnmet"
                checked={draft.carryUnmet}
                onChange={(e) => set('carryUnmet', e.target.checked)}
              />
              Carry unmet claims from earlier committed rounds
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
              <TierFields
                firm={draft.firmTier}
                forecast={draft.forecastTier}
                onChange={(tier, value) => set(tier, value)}
                errorAt={at}
                name="round"
              />
            </div>
            <WeightsField
              rows={draft.weights}
              onChange={(rows) => set('weights', rows)}
              choices={partyChoices(buyers)}
              error={error}
              name="weight"
              testId="weights"
              hint="A buyer not named weighs 1. Weights scale shares, e.g. by historical volumes."
            />
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
