import { useRef, useState, type SubmitEvent } from 'react';
import { ApiError, asApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { Permission } from '../auth/permissions';
import { useMay } from '../auth/session-context';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatNumber, formatSigned, todayUtc } from '../ui/format';
import {
  newIdempotencyKey,
  parseMoney,
  wholeNumberOrText,
  type Authorisation,
  type AuthorisationTerms,
  type LedgerEntry,
} from './authorisation-model';
import { claimedPaths, messagesUnder } from './field-errors';
import type { Names } from './lookups';
import type { Party } from '../api/types';

type Movement = 'reserve' | 'release' | 'consume' | 'return' | 'adjust' | 'expire' | 'reference-shipment';

interface MovementSpec {
  label: string;
  group: string;
  permission: Permission;
  submit: string;
  hint: string;
}

const movementSpecs: Record<Movement, MovementSpec> = {
  reserve: {
    label: 'Reserve',
    group: 'Planning',
    permission: 'ledger:reserve',
    submit: 'Reserve',
    hint: 'Hold units for an order line. Refused when the authorisation has not that many available.',
  },
  release: {
    label: 'Release',
    group: 'Planning',
    permission: 'ledger:reserve',
    submit: 'Release',
    hint: 'Give reserved units back to available.',
  },
  consume: {
    label: 'Consume (shipped)',
    group: 'Shipping',
    permission: 'ledger:ship',
    submit: 'Record shipment',
    hint: 'Write reserved units off as shipped.',
  },
  return: {
    label: 'Return',
    group: 'Shipping',
    permission: 'ledger:ship',
    submit: 'Record return',
    hint: 'Units came back after shipment. This restores nothing: compliance adjusts if they may ship again.',
  },
  'reference-shipment': {
    label: 'Reference-market shipment',
    group: 'Shipping',
    permission: 'ledger:ship',
    submit: 'Record reference shipment',
    hint: 'Units shipped to a customer in the reference market; the cap grows by the ratio.',
  },
  adjust: {
    label: 'Adjust',
    group: 'Compliance',
    permission: 'ledger:adjust',
    submit: 'Adjust',
    hint: 'Change the authorised quantity (negative to reduce), with the reason: the only way to amend an authorisation.',
  },
  expire: {
    label: 'Expire',
    group: 'Compliance',
    permission: 'ledger:adjust',
    submit: 'Expire what is available',
    hint: 'Expire whatever is still available. Reserved and used units stay as they are.',
  },
};

const groups = ['Planning', 'Shipping', 'Compliance'] as const;

/** Headlines for the ledger's refusals; the server's message follows with the figures. */
const refusalHeadlines: Partial<Record<ApiError['code'], string>> = {
  AUTHORISATION_EXHAUSTED: 'Not enough available',
  AUTHORISATION_NOT_VALID: 'Not valid today',
  LEDGER_BALANCE_INSUFFICIENT: 'Not enough on the ledger',
  CURRENCY_MISMATCH: 'Wrong currency',
  IDEMPOTENCY_KEY_REUSED: 'Already submitted',
};

const fieldNames = ['quantity', 'value', 'reason', 'reference', 'customerPartyId', 'shippedOn'] as const;

interface Draft {
  quantity: string;
  value: string;
  reason: string;
  reference: string;
  customerPartyId: string;
  shippedOn: string;
}

const emptyDraft = (): Draft => ({
  quantity: '',
  value: '',
  reason: '',
  reference: '',
  customerPartyId: '',
  shippedOn: todayUtc(),
});

type JsonBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

const optionalText = (text: string) => (text.trim() ? text.trim() : undefined);

/** The movements this role may record on this authorisation, in the order the select lists them. */
export function movementsFor(terms: AuthorisationTerms, may: (p: Permission) => boolean): Movement[] {
  return (Object.keys(movementSpecs) as Movement[]).filter(
    (movement) =>
      may(movementSpecs[movement].permission) &&
      (movement !== 'reference-shipment' || terms.kind === 'ratio-cap'),
  );
}

/**
 * Records one ledger movement. Each submission carries an Idempotency-Key made when it is first sent and
 * kept until the form changes or succeeds, so a double click or a retry after a dropped connection is
 * applied once; the server's refusals and field errors are shown here.
 */
export function MovementForm({
  authorisation,
  terms,
  parties,
  names,
  onRecorded,
}: {
  authorisation: Authorisation;
  terms: AuthorisationTerms;
  parties: readonly Party[];
  names: Names;
  onRecorded: (entry: LedgerEntry) => void;
}) {
  const may = useMay();
  const allowed = movementsFor(terms, may);
  const [movement, setMovement] = useState<Movement>(allowed[0] ?? 'reserve');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [recorded, setRecorded] = useState<string | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const idempotencyKey = useRef<string | undefined>(undefined);

  const spec = movementSpecs[movement];
  const currency = authorisation.currency;
  const takesValue =
    authorisation.balance.valueLimited &&
    currency !== null &&
    (movement === 'reserve' || movement === 'release' || movement === 'consume' || movement === 'adjust');
  const takesQuantity = movement !== 'expire';
  const takesReason =
    movement === 'release' || movement === 'return' || movement === 'adjust' || movement === 'expire';
  const referenceCustomers = parties.filter(
    (party) => terms.kind === 'ratio-cap' && terms.referenceDestinations.includes(party.country),
  );

  // A changed form is a new request: it gets a new key when sent.
  const set = (key: keyof Draft, value: string) => {
    idempotencyKey.current = undefined;
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const choose = (next: Movement) => {
    idempotencyKey.current = undefined;
    setMovement(next);
    setError(undefined);
    setLocalErrors({});
    setRecorded(undefined);
  };

  async function send(): Promise<{ entry: LedgerEntry }> {
    idempotencyKey.current ??= newIdempotencyKey();
    const params = {
      path: { id: authorisation.id },
      header: { 'idempotency-key': idempotencyKey.current },
    };
    const quantity = wholeNumberOrText(draft.quantity);
    const amountMinor = takesValue && currency ? parseMoney(draft.value, currency) : undefined;
    const value = typeof amountMinor === 'number' && currency ? { amountMinor, currency } : undefined;
    const reason = optionalText(draft.reason);
    const reference = optionalText(draft.reference);
    // Quantities the user typed but that are not whole numbers go as typed: the API names the problem.
    switch (movement) {
      case 'reserve':
        return unwrap(
          api.POST('/api/authorisations/{id}/reservations', {
            params,
            body: { quantity, value, reference } as JsonBody<'/api/authorisations/{id}/reservations'>,
          }),
        );
      case 'release':
        return unwrap(
          api.POST('/api/authorisations/{id}/releases', {
            params,
            body: { quantity, value, reason, reference } as JsonBody<'/api/authorisations/{id}/releases'>,
          }),
        );
      case 'consume':
        return unwrap(
          api.POST('/api/authorisations/{id}/consumptions', {
            params,
            body: { quantity, value, reference } as JsonBody<'/api/authorisations/{id}/consumptions'>,
          }),
        );
      case 'return':
        return unwrap(
          api.POST('/api/authorisations/{id}/returns', {
            params,
            body: { quantity, reason, reference } as JsonBody<'/api/authorisations/{id}/returns'>,
          }),
        );
      case 'adjust':
        // The reason is required: sent as typed, so an empty one earns the server's message at the field.
        return unwrap(
          api.POST('/api/authorisations/{id}/adjustments', {
            params,
            body: {
              quantity,
              value,
              reason: draft.reason,
              reference,
            } as JsonBody<'/api/authorisations/{id}/adjustments'>,
          }),
        );
      case 'expire':
        return unwrap(api.POST('/api/authorisations/{id}/expiry', { params, body: { reason } }));
      case 'reference-shipment':
        // This route takes no Idempotency-Key (see the report); the key above is simply not sent.
        return unwrap(
          api.POST('/api/authorisations/{id}/reference-shipments', {
            params: { path: params.path },
            body: {
              customerPartyId: draft.customerPartyId,
              quantity,
              shippedOn: draft.shippedOn,
              reference: draft.reference,
            } as JsonBody<'/api/authorisations/{id}/reference-shipments'>,
          }),
        );
    }
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(undefined);
    setRecorded(undefined);
    if (takesValue && currency && parseMoney(draft.value, currency) === null) {
      setLocalErrors({ value: `Enter an amount in ${currency}, such as 1,234.56.` });
      return;
    }
    setLocalErrors({});
    setSubmitting(true);
    try {
      const { entry } = await send();
      idempotencyKey.current = undefined;
      setDraft(emptyDraft());
      const amount = entry.kind === 'adjust' ? formatSigned(entry.quantity) : formatNumber(entry.quantity);
      setRecorded(`Recorded entry ${entry.entryNo}: ${entry.kind} ${amount}.`);
      onRecorded(entry);
    } catch (cause) {
      const failure = asApiError(cause);
      const headline = refusalHeadlines[failure.code];
      setError(
        headline
          ? new ApiError(failure.status, failure.code, `${headline}: ${failure.message}`, failure.details)
          : failure,
      );
    } finally {
      setSubmitting(false);
    }
  }

  if (allowed.length === 0) return null;
  const fieldError = (name: keyof Draft) => localErrors[name] ?? messagesUnder(error, name);

  return (
    <form
      className="card__body stack"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="movement-form"
      aria-label="Record a ledger movement"
    >
      {error && (
        <div data-error-code={error.code}>
          <ErrorNotice error={error} claimedFields={claimedPaths(error, fieldNames)} />
        </div>
      )}
      {recorded && (
        <div className="notice notice--success" role="status">
          {recorded}
        </div>
      )}
      <Field label="Movement" hint={spec.hint}>
        <select name="movement" value={movement} onChange={(e) => choose(e.target.value as Movement)}>
          {groups.map((group) => {
            const options = allowed.filter((m) => movementSpecs[m].group === group);
            if (options.length === 0) return null;
            return (
              <optgroup key={group} label={group}>
                {options.map((m) => (
                  <option key={m} value={m}>
                    {movementSpecs[m].label}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </Field>
      {movement === 'reference-shipment' && (
        <Field label="Customer" error={fieldError('customerPartyId')}>
          <select
            name="customerPartyId"
            value={draft.customerPartyId}
            onChange={(e) => set('customerPartyId', e.target.value)}
          >
            <option value="">Choose a customer…</option>
            {referenceCustomers.map((party) => (
              <option key={party.id} value={party.id}>
                {names.party(party.id)} ({party.country})
              </option>
            ))}
          </select>
        </Field>
      )}
      {takesQuantity && (
        <Field
          label={movement === 'adjust' ? 'Change in quantity' : 'Quantity'}
          error={fieldError('quantity')}
          hint={movement === 'adjust' ? 'Units, e.g. 5000 or -5000.' : undefined}
        >
          <input
            name="quantity"
            inputMode="numeric"
            autoComplete="off"
            value={draft.quantity}
            onChange={(e) => set('quantity', e.target.value)}
          />
        </Field>
      )}
      {takesValue && currency && (
        <Field
          label={`Value (${currency})`}
          error={fieldError('value')}
          hint="Optional; in the licence's currency, e.g. 270,000.00."
        >
          <input
            name="value"
            inputMode="decimal"
            autoComplete="off"
            value={draft.value}
            onChange={(e) => set('value', e.target.value)}
          />
        </Field>
      )}
      {movement === 'reference-shipment' && (
        <Field label="Shipped on" error={fieldError('shippedOn')}>
          <input
            name="shippedOn"
            type="date"
            value={draft.shippedOn}
            onChange={(e) => set('shippedOn', e.target.value)}
          />
        </Field>
      )}
      {takesReason && (
        <Field label={movement === 'adjust' ? 'Reason' : 'Reason (optional)'} error={fieldError('reason')}>
          <textarea
            name="reason"
            rows={3}
            value={draft.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
        </Field>
      )}
      {movement !== 'expire' && (
        <Field
          label={movement === 'reference-shipment' ? 'Reference' : 'Reference (optional)'}
          error={fieldError('reference')}
          hint={
            movement === 'reference-shipment'
              ? 'The shipment or invoice number.'
              : 'The order line, shipment or round this is for.'
          }
        >
          <input
            name="reference"
            autoComplete="off"
            value={draft.reference}
            onChange={(e) => set('reference', e.target.value)}
          />
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Recording…' : spec.submit}
        </button>
      </div>
    </form>
  );
}
