import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { namesFrom, partyChoices, useParties, useProducts } from '../authorisations/lookups';
import { ChoiceSelect } from '../ui/choice-select';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import { useCurrentUser } from '../auth/session-context';
import { loadDestinationSuggestions } from '../determinations/destination-suggestions';
import { DestinationField, ProductField } from '../determinations/line-fields';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { todayUtc } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { CoverageResult, type Coverage } from './coverage-result';

const formFields = ['productId', 'quantity', 'buyerPartyId', 'destination', 'date'] as const;

/**
 * Which authorisations would cover an order line, gate by gate, and what is missing. A buyer checks lines
 * for its own party only, so the buyer is fixed for them.
 */
export function CoveragePage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const [productId, setProductId] = useState(params.get('productId') ?? '');
  const [quantity, setQuantity] = useState(params.get('quantity') ?? '');
  const [buyerPartyId, setBuyerPartyId] = useState(user.partyId ?? params.get('buyerPartyId') ?? '');
  const [destination, setDestination] = useState(params.get('destination') ?? 'CN');
  const [date, setDate] = useState(todayUtc());
  const [result, setResult] = useState<Coverage | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const products = useProducts();
  const parties = useParties();
  const countries = useApiQuery(loadDestinationSuggestions, []);
  const names = namesFrom(parties.data, products.data);
  const buyers = (parties.data ?? []).filter((party) => party.roles.includes('buyer'));
  const fixedBuyer = user.partyId;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      // A quantity that is not a whole number goes as typed: the API names the problem at the field.
      const body = {
        productId,
        quantity: wholeNumberOrText(quantity),
        buyerPartyId,
        destination: destination.trim().toUpperCase(),
        ...(date ? { date } : {}),
      } as { productId: string; quantity: number; buyerPartyId: string; destination: string; date?: string };
      setResult(await unwrap(api.POST('/api/coverage', { body })));
    } catch (cause) {
      setResult(undefined);
      setError(asApiError(cause));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Coverage check"
        description="Whether an order line may be reserved: the buyer’s restricted-party screening, then the authorisations on record (export, import approval and caps, each drawn in order of earliest expiry), and what is missing."
      />
      <div className="layout-split layout-split--form-first">
        <div className="layout-split__side">
          <Section title="Order line">
            <form
              className="card__body stack"
              onSubmit={(e) => void submit(e)}
              noValidate
              data-testid="coverage-form"
            >
              {error && <ErrorNotice error={error} claimedFields={formFields} />}
              {products.error && <ErrorNotice error={products.error} />}
              <ProductField
                products={products.data}
                value={productId}
                onChange={setProductId}
                error={error?.fieldMessage('productId')}
              />
              <Field label="Quantity" error={error?.fieldMessage('quantity')} hint="Units on the line.">
                <input
                  name="quantity"
                  inputMode="numeric"
                  autoComplete="off"
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                />
              </Field>
              {fixedBuyer ? (
                <Field label="Buyer" hint="Your account checks lines for your own party.">
                  <input name="buyerPartyId" value={names.party(fixedBuyer)} readOnly />
                </Field>
              ) : (
                <Field label="Buyer" error={error?.fieldMessage('buyerPartyId')}>
                  <ChoiceSelect
                    name="buyerPartyId"
                    value={buyerPartyId}
                    onChange={(e) => setBuyerPartyId(e.target.value)}
                    empty="Choose a buyer…"
                    choices={partyChoices(buyers)}
                  />
                </Field>
              )}
              <DestinationField
                listId="coverage-countries"
                countries={countries.data}
                value={destination}
                onChange={setDestination}
                error={error?.fieldMessage('destination')}
              />
              <Field
                label="Date"
                error={error?.fieldMessage('date')}
                hint="Authorisations valid on this day and the rules in force on it apply."
              >
                <input name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              </Field>
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={submitting}>
                  {submitting ? 'Checking…' : 'Check coverage'}
                </button>
              </div>
            </form>
          </Section>
        </div>
        <div className="layout-split__main">
          {result ? (
            <CoverageResult
              coverage={result}
              productName={names.product(result.line.productId)}
              buyerName={names.party(result.line.buyerPartyId)}
            />
          ) : (
            <div className="card empty-state empty-state--card">
              <h2 className="empty-state__title">No order line checked yet</h2>
              <p>Choose a product, a quantity, the buyer and the destination, then press Check coverage.</p>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
