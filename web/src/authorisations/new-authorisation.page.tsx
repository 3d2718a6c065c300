import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { Party } from '../api/types';
import { eccnLabel, EccnBadge } from '../products/classification-badges';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { PageHeader, Section } from '../ui/page-header';
import {
  countryCodes,
  eccnChoices,
  kindChoices,
  parseMoney,
  wholeNumberOrText,
  type AuthorisationKind,
  type CoveredEccn,
  type NewAuthorisationBody,
} from './authorisation-model';
import { claimedPaths, messagesUnder } from './field-errors';
import { partyChoices, useParties, useProducts } from './lookups';
import { ChoiceSelect } from '../ui/choice-select';

interface Draft {
  kind: AuthorisationKind;
  authority: string;
  number: string;
  holderPartyId: string;
  validFrom: string;
  validUntil: string;
  productIds: string[];
  eccns: CoveredEccn[];
  destinations: string;
  conditions: string;
  quantity: string;
  valueAmount: string;
  valueCurrency: string;
  consignees: string[];
  endUsers: string[];
  exception: 'NAC' | 'ACA';
  authorizationNumber: string;
  answeredOn: string;
  importerPartyId: string;
  round: string;
  cappedPartyId: string;
  ratioNumerator: string;
  ratioDenominator: string;
  referenceDestinations: string;
}

const initialDraft: Draft = {
  kind: 'export-licence',
  authority: '',
  number: '',
  holderPartyId: '',
  validFrom: '',
  validUntil: '',
  productIds: [],
  eccns: [],
  destinations: '',
  conditions: '',
  quantity: '',
  valueAmount: '',
  valueCurrency: 'USD',
  consignees: [],
  endUsers: [],
  exception: 'NAC',
  authorizationNumber: '',
  answeredOn: '',
  importerPartyId: '',
  round: '',
  cappedPartyId: '',
  ratioNumerator: '1',
  ratioDenominator: '2',
  referenceDestinations: 'US',
};

const topFields = [
  'kind',
  'authority',
  'number',
  'holderPartyId',
  'validFrom',
  'validUntil',
  'products',
  'destinations',
  'conditions',
  'quantity',
  'value',
  'consignees',
  'endUsers',
  'exception',
  'authorizationNumber',
  'answeredOn',
  'importerPartyId',
  'round',
  'cappedPartyId',
  'ratio',
  'referenceDestinations',
] as const;

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/**
 * The terms as the API takes them, for the chosen kind only (the API refuses fields another kind has).
 * Numbers typed as something else go as typed, so the API's message for the field is the one shown.
 */
function bodyOf(draft: Draft, amountMinor: number | undefined): NewAuthorisationBody {
  const common = {
    authority: draft.authority,
    number: draft.number,
    holderPartyId: draft.holderPartyId,
    validFrom: draft.validFrom,
    validUntil: draft.validUntil,
    products: { productIds: draft.productIds, eccns: draft.eccns },
    destinations: countryCodes(draft.destinations),
    conditions: draft.conditions,
  };
  const quantity = wholeNumberOrText(draft.quantity);
  let body: Record<string, unknown>;
  switch (draft.kind) {
    case 'export-licence':
      body = {
        ...common,
        kind: draft.kind,
        quantity,
        ...(amountMinor !== undefined
          ? { value: { amountMinor, currency: draft.valueCurrency.trim().toUpperCase() } }
          : {}),
        consignees: draft.consignees,
        endUsers: draft.endUsers,
      };
      break;
    case 'exception-use':
      body = {
        ...common,
        kind: draft.kind,
        exception: draft.exception,
        authorizationNumber: optional(draft.authorizationNumber),
        answeredOn: optional(draft.answeredOn),
        quantity,
      };
      break;
    case 'import-approval':
      body = {
        ...common,
        kind: draft.kind,
        importerPartyId: draft.importerPartyId,
        round: draft.round,
        quantity,
      };
      break;
    case 'party-cap':
      body = { ...common, kind: draft.kind, cappedPartyId: draft.cappedPartyId, quantity };
      break;
    case 'ratio-cap':
      body = {
        ...common,
        kind: draft.kind,
        ratio: {
          numerator: wholeNumberOrText(draft.ratioNumerator),
          denominator: wholeNumberOrText(draft.ratioDenominator),
        },
        referenceDestinations: countryCodes(draft.referenceDestinations),
      };
      break;
  }
  return body as NewAuthorisationBody;
}

/** Records an authorisation as issued. The API validates every term and answers with errors by field. */
export function NewAuthorisationPage() {
  const navigate = useNavigate();
  const parties = useParties();
  const products = useProducts();
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [valueError, setValueError] = useState<string | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const toggle = <K extends 'productIds' | 'eccns' | 'consignees' | 'endUsers'>(
    key: K,
    item: Draft[K][number],
  ) =>
    setDraft((current) => {
      const list = current[key] as readonly string[];
      const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
      return { ...current, [key]: next };
    });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setValueError(undefined);
    let amountMinor: number | undefined;
    if (draft.kind === 'export-licence') {
      const currency = draft.valueCurrency.trim().toUpperCase();
      const parsed = parseMoney(draft.valueAmount, /^[A-Z]{3}$/.test(currency) ? currency : 'USD');
      if (parsed === null) {
        setValueError(`Enter an amount such as 13,500,000.00.`);
        return;
      }
      amountMinor = parsed;
    }
    setSubmitting(true);
    try {
      const created = await unwrap(api.POST('/api/authorisations', { body: bodyOf(draft, amountMinor) }));
      void navigate(`/authorisations/${encodeURIComponent(created.id)}`);
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  const at = (field: string, items: readonly string[] = []) => messagesUnder(error, field, items);
  const allParties = [...(parties.data ?? [])].sort((a, b) => a.legalName.localeCompare(b.legalName));
  const withRole = (role: Party['roles'][number]) => allParties.filter((p) => p.roles.includes(role));
  const kind = kindChoices.find((choice) => choice.value === draft.kind);
  const takesQuantity = draft.kind !== 'ratio-cap';

  return (
    <>
      <div className="breadcrumbs">
        <Link to="/authorisations">Authorisations</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </div>
      <PageHeader
        title="New authorisation"
        description="Record a licence, an exception use, an import approval or a cap as issued. Its opening grant becomes the first ledger entry; later changes are ledger adjustments with a reason."
      />
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="authorisation-form">
        {error && <ErrorNotice error={error} claimedFields={claimedPaths(error, topFields)} />}
        {parties.error && <ErrorNotice error={parties.error} />}
        {products.error && <ErrorNotice error={products.error} />}
        <Section title="Kind">
          <div className="card__body">
            <fieldset className="fieldset" aria-label="Kind">
              <div className="segmented">
                {kindChoices.map((choice) => (
                  <label
                    key={choice.value}
                    className={`segmented__option${draft.kind === choice.value ? ' is-selected' : ''}`}
                  >
                    <input
                      type="radio"
                      name="kind"
                      value={choice.value}
                      checked={draft.kind === choice.value}
                      onChange={() => set('kind', choice.value)}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
              {kind && <div className="field__hint">{kind.hint}</div>}
              {at('kind') && <div className="field__error">{at('kind')}</div>}
            </fieldset>
          </div>
        </Section>

        <Section title="Document">
          <div className="card__body form-grid">
            <Field label="Authority" error={at('authority')} hint="Who issued it, e.g. BIS or MOFCOM.">
              <input
                name="authority"
                list="authority-suggestions"
                autoComplete="off"
                value={draft.authority}
                onChange={(e) => set('authority', e.target.value)}
              />
            </Field>
            <datalist id="authority-suggestions">
              <option value="BIS">US Bureau of Industry and Security</option>
              <option value="MOFCOM">PRC Ministry of Commerce</option>
            </datalist>
            <Field label="Number" error={at('number')} hint="As printed on the document.">
              <input
                name="number"
                autoComplete="off"
                value={draft.number}
                onChange={(e) => set('number', e.target.value)}
              />
            </Field>
            <Field label="Holder" error={at('holderPartyId')} className="form-grid__wide">
              <ChoiceSelect
                name="holderPartyId"
                value={draft.holderPartyId}
                onChange={(e) => set('holderPartyId', e.target.value)}
                empty="Choose a party…"
                choices={partyChoices(allParties)}
              />
            </Field>
            <Field label="Valid from" error={at('validFrom')}>
              <input
                name="validFrom"
                type="date"
                value={draft.validFrom}
                onChange={(e) => set('validFrom', e.target.value)}
              />
            </Field>
            <Field label="Valid until" error={at('validUntil')}>
              <input
                name="validUntil"
                type="date"
                value={draft.validUntil}
                onChange={(e) => set('validUntil', e.target.value)}
              />
            </Field>
          </div>
        </Section>

        <Section title="What and where">
          <div className="card__body stack">
            <fieldset className="fieldset field">
              <legend className="field__label">Products</legend>
              <div className="choice-list" data-testid="product-choices">
                {(products.data ?? []).map((view) => (
                  <label key={view.product.id} className="checkbox">
                    <input
                      type="checkbox"
                      name="productIds"
                      value={view.product.id}
                      checked={draft.productIds.includes(view.product.id)}
                      onChange={() => toggle('productIds', view.product.id)}
                    />
                    <span>
                      {view.product.name} <EccnBadge eccn={view.standing.eccn} />
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="fieldset field">
              <legend className="field__label">Or every item of a class</legend>
              <div className="choice-row">
                {eccnChoices.map((eccn) => (
                  <label key={eccn} className="checkbox">
                    <input
                      type="checkbox"
                      name="eccns"
                      value={eccn}
                      checked={draft.eccns.includes(eccn)}
                      onChange={() => toggle('eccns', eccn)}
                    />
                    {eccnLabel(eccn)}
                  </label>
                ))}
              </div>
              {at('products', draft.productIds) && (
                <div className="field__error" role="alert">
                  {at('products', draft.productIds)}
                </div>
              )}
            </fieldset>
            <Field
              label="Destinations"
              error={at('destinations', countryCodes(draft.destinations))}
              hint="ISO 3166 two-letter codes, separated by commas or spaces, e.g. CN, MO."
            >
              <input
                name="destinations"
                autoComplete="off"
                value={draft.destinations}
                onChange={(e) => set('destinations', e.target.value)}
              />
            </Field>
          </div>
        </Section>

        <Section title={`${kind?.label ?? 'Kind'} terms`}>
          <div className="card__body form-grid">
            {takesQuantity && (
              <Field label="Quantity" error={at('quantity')} hint="Units authorised at issue.">
                <input
                  name="quantity"
                  inputMode="numeric"
                  autoComplete="off"
                  value={draft.quantity}
                  onChange={(e) => set('quantity', e.target.value)}
                />
              </Field>
            )}
            {draft.kind === 'export-licence' && (
              <>
                <div className="form-grid__pair">
                  <Field
                    label="Value limit"
                    error={valueError ?? at('value.amountMinor') ?? at('value')}
                    hint="Optional; leave empty for a licence without a value limit."
                  >
                    <input
                      name="valueAmount"
                      inputMode="decimal"
                      autoComplete="off"
                      value={draft.valueAmount}
                      onChange={(e) => set('valueAmount', e.target.value)}
                    />
                  </Field>
                  <Field label="Currency" error={at('value.currency')}>
                    <input
                      name="valueCurrency"
                      maxLength={3}
                      autoComplete="off"
                      value={draft.valueCurrency}
                      onChange={(e) => set('valueCurrency', e.target.value)}
                    />
                  </Field>
                </div>
                <PartyChoices
                  label="Consignees"
                  hint="None chosen: any consignee."
                  parties={withRole('consignee')}
                  chosen={draft.consignees}
                  onToggle={(id) => toggle('consignees', id)}
                  error={at('consignees', draft.consignees)}
                />
                <PartyChoices
                  label="End users"
                  hint="None chosen: any end user."
                  parties={withRole('end-user')}
                  chosen={draft.endUsers}
                  onToggle={(id) => toggle('endUsers', id)}
                  error={at('endUsers', draft.endUsers)}
                />
              </>
            )}
            {draft.kind === 'exception-use' && (
              <>
                <Field label="Exception" error={at('exception')}>
                  <select
                    name="exception"
                    value={draft.exception}
                    onChange={(e) => set('exception', e.target.value === 'ACA' ? 'ACA' : 'NAC')}
                  >
                    <option value="NAC">NAC (notified advanced computing)</option>
                    <option value="ACA">ACA (advanced computing authorized)</option>
                  </select>
                </Field>
                <Field
                  label="BIS authorization number"
                  error={at('authorizationNumber')}
                  hint="For a NAC notification, once BIS has answered."
                >
                  <input
                    name="authorizationNumber"
                    autoComplete="off"
                    value={draft.authorizationNumber}
                    onChange={(e) => set('authorizationNumber', e.target.value)}
                  />
                </Field>
                <Field label="Answered on" error={at('answeredOn')}>
                  <input
                    name="answeredOn"
                    type="date"
                    value={draft.answeredOn}
                    onChange={(e) => set('answeredOn', e.target.value)}
                  />
                </Field>
              </>
            )}
            {draft.kind === 'import-approval' && (
              <>
                <Field label="Importer" error={at('importerPartyId')}>
                  <ChoiceSelect
                    name="importerPartyId"
                    value={draft.importerPartyId}
                    onChange={(e) => set('importerPartyId', e.target.value)}
                    empty="Choose a buyer…"
                    choices={partyChoices(withRole('buyer'))}
                  />
                </Field>
                <Field label="Round" error={at('round')} hint="e.g. 2026 round 1.">
                  <input
                    name="round"
                    autoComplete="off"
                    value={draft.round}
                    onChange={(e) => set('round', e.target.value)}
                  />
                </Field>
              </>
            )}
            {draft.kind === 'party-cap' && (
              <Field label="Capped customer" error={at('cappedPartyId')}>
                <ChoiceSelect
                  name="cappedPartyId"
                  value={draft.cappedPartyId}
                  onChange={(e) => set('cappedPartyId', e.target.value)}
                  empty="Choose a buyer…"
                  choices={partyChoices(withRole('buyer'))}
                />
              </Field>
            )}
            {draft.kind === 'ratio-cap' && (
              <>
                <div className="form-grid__pair">
                  <Field label="Units to the destinations" error={at('ratio.numerator')}>
                    <input
                      name="ratioNumerator"
                      inputMode="numeric"
                      value={draft.ratioNumerator}
                      onChange={(e) => set('ratioNumerator', e.target.value)}
                    />
                  </Field>
                  <Field label="per units to the reference market" error={at('ratio.denominator')}>
                    <input
                      name="ratioDenominator"
                      inputMode="numeric"
                      value={draft.ratioDenominator}
                      onChange={(e) => set('ratioDenominator', e.target.value)}
                    />
                  </Field>
                </div>
                <Field
                  label="Reference market"
                  error={at('referenceDestinations', countryCodes(draft.referenceDestinations))}
                  hint="Country codes whose shipments grow the cap, e.g. US."
                >
                  <input
                    name="referenceDestinations"
                    autoComplete="off"
                    value={draft.referenceDestinations}
                    onChange={(e) => set('referenceDestinations', e.target.value)}
                  />
                </Field>
              </>
            )}
          </div>
        </Section>

        <Section title="Conditions">
          <div className="card__body">
            <Field
              label="Conditions as issued"
              error={at('conditions')}
              hint="Copied verbatim from the document; Tranche enforces the structured terms above."
            >
              <textarea
                name="conditions"
                rows={6}
                value={draft.conditions}
                onChange={(e) => set('conditions', e.target.value)}
              />
            </Field>
          </div>
        </Section>

        <div className="form-actions">
          <Link className="button button--ghost" to="/authorisations">
            Cancel
          </Link>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Recording…' : 'Record authorisation'}
          </button>
        </div>
      </form>
    </>
  );
}

function PartyChoices({
  label,
  hint,
  parties,
  chosen,
  onToggle,
  error,
}: {
  label: string;
  hint: string;
  parties: readonly Party[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  error: string | undefined;
}) {
  return (
    <fieldset className={`fieldset field form-grid__wide${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{label}</legend>
      <div className="choice-list">
        {parties.map((party) => (
          <label key={party.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(party.id)} onChange={() => onToggle(party.id)} />
            {party.legalName}
          </label>
        ))}
      </div>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : (
        <div className="field__hint">{hint}</div>
      )}
    </fieldset>
  );
}
