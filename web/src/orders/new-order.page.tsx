import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { OrderTier } from '../api/types';
import { useCurrentUser } from '../auth/session-context';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import { claimedPaths, messagesUnder } from '../authorisations/field-errors';
import { useParties, useProducts } from '../authorisations/lookups';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { PageHeader, Section } from '../ui/page-header';
import { ChoiceSelect } from '../ui/choice-select';
import { buyerChoices, productChoices, tierChoices } from './orders.page';

const fields = ['buyerPartyId', 'productId', 'quantity', 'period', 'tier', 'reference'] as const;

/** Places one order. A buyer orders for its own party, which the form fills in. */
export function NewOrderPage() {
  const user = useCurrentUser();
  const parties = useParties();
  const products = useProducts();
  const navigate = useNavigate();
  const [draft, setDraft] = useState({
    buyerPartyId: user.partyId ?? '',
    productId: '',
    quantity: '',
    period: '',
    tier: 'firm' as OrderTier,
    reference: '',
  });
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: e.target.value }));
  const message = (field: string) => messagesUnder(error, field);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/api/orders', {
          body: {
            buyerPartyId: draft.buyerPartyId,
            productId: draft.productId,
            // Typed text the server refuses is sent as is, so its message lands beside the field.
            quantity: wholeNumberOrText(draft.quantity) as number,
            period: draft.period,
            tier: draft.tier,
            ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}),
          },
        }),
      );
      void navigate('/orders');
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  }

  // A buyer's own party is its only choice, shown at once rather than when the party list arrives.
  const ownParty = user.partyId;
  const buyers =
    ownParty === null
      ? buyerChoices(parties.data)
      : [{ value: ownParty, label: parties.data?.find((p) => p.id === ownParty)?.legalName ?? ownParty }];
  return (
    <>
      <div className="breadcrumbs">
        <Link to="/orders">Orders</Link>
        <span aria-hidden="true">/</span>
        <span>New order</span>
      </div>
      <PageHeader title="New order" description="One order line: units of one product wanted in one month." />
      <Section title="Order">
        <form
          className="card__body stack"
          onSubmit={(e) => void submit(e)}
          noValidate
          data-testid="order-form"
        >
          <Field label="Buyer" error={message('buyerPartyId')}>
            <ChoiceSelect
              name="buyerPartyId"
              value={draft.buyerPartyId}
              onChange={set('buyerPartyId')}
              disabled={ownParty !== null}
              empty={ownParty === null ? 'Choose a buyer' : undefined}
              choices={buyers}
            />
          </Field>
          <Field label="Product" error={message('productId')}>
            <ChoiceSelect
              name="productId"
              value={draft.productId}
              onChange={set('productId')}
              empty="Choose a product"
              choices={productChoices(products.data)}
            />
          </Field>
          <Field label="Units" error={message('quantity')} hint="Whole units, at least 1.">
            <input name="quantity" inputMode="numeric" value={draft.quantity} onChange={set('quantity')} />
          </Field>
          <Field label="Month wanted" error={message('period')}>
            <input name="period" type="month" value={draft.period} onChange={set('period')} />
          </Field>
          <Field label="Tier" error={message('tier')}>
            <ChoiceSelect name="tier" value={draft.tier} onChange={set('tier')} choices={tierChoices} />
          </Field>
          <Field
            label="Reference"
            error={message('reference')}
            hint="The buyer’s order number; the same number twice is refused."
          >
            <input name="reference" value={draft.reference} onChange={set('reference')} />
          </Field>
          {error && <ErrorNotice error={error} claimedFields={claimedPaths(error, fields)} />}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Placing…' : 'Place order'}
            </button>
          </div>
        </form>
      </Section>
    </>
  );
}
