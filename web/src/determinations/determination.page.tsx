import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { LicenceDetermination } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { DestinationField, ProductField } from './line-fields';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { todayUtc } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { DeterminationResult } from './determination-result';
import { loadDestinationSuggestions } from './destination-suggestions';

type BuyerMode = 'party' | 'hq' | 'none';
const formFields = ['productId', 'destination', 'buyerPartyId', 'buyerHqCountry', 'asOf'] as const;

/** Licence determination: does shipping this product to this destination and buyer on this day need a licence? */
export function DeterminationPage() {
  const [params] = useSearchParams();
  const [productId, setProductId] = useState(params.get('productId') ?? '');
  const [destination, setDestination] = useState('CN');
  const [buyerMode, setBuyerMode] = useState<BuyerMode>('party');
  const [buyerPartyId, setBuyerPartyId] = useState('');
  const [buyerHqCountry, setBuyerHqCountry] = useState('');
  const [supercomputer, setSupercomputer] = useState(false);
  const [advancedNodeIcProduction, setAdvancedNodeIcProduction] = useState(false);
  const [reexport, setReexport] = useState(false);
  const [asOf, setAsOf] = useState(todayUtc());
  const [result, setResult] = useState<LicenceDetermination | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const products = useApiQuery((signal) => unwrap(api.GET('/api/products', { signal })), []);
  const parties = useApiQuery((signal) => unwrap(api.GET('/api/parties', { signal })), []);
  const countries = useApiQuery(loadDestinationSuggestions, []);
  const buyers = (parties.data ?? []).filter((party) => party.roles.includes('buyer'));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      const determination = await unwrap(
        api.POST('/api/determinations', {
          body: {
            productId,
            destination: destination.trim().toUpperCase(),
            ...(buyerMode === 'party' && buyerPartyId ? { buyerPartyId } : {}),
            ...(buyerMode === 'hq' ? { buyerHqCountry: buyerHqCountry.trim().toUpperCase() } : {}),
            endUse: { supercomputer, advancedNodeIcProduction, reexport },
            ...(asOf ? { asOf } : {}),
          },
        }),
      );
      setResult(determination);
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
        title="Licence determination"
        description="Whether an export needs a licence under the rules in force on the day, which exceptions could cover it, and how BIS would review an application."
      />
      <div className="layout-split layout-split--form-first">
        <div className="layout-split__side">
          <Section title="Shipment">
            <form
              className="card__body stack"
              onSubmit={(e) => void submit(e)}
              noValidate
              data-testid="determination-form"
            >
              {error && <ErrorNotice error={error} claimedFields={formFields} />}
              {products.error && <ErrorNotice error={products.error} />}
              <ProductField
                products={products.data}
                value={productId}
                onChange={setProductId}
                error={error?.fieldMessage('productId')}
              />
              <DestinationField
                listId="determination-countries"
                countries={countries.data}
                value={destination}
                onChange={setDestination}
                error={error?.fieldMessage('destination')}
              />
              <fieldset className="fieldset">
                <legend className="field__label">Buyer</legend>
                <div className="segmented">
                  {(
                    [
                      ['party', 'Known party'],
                      ['hq', 'Headquarters country'],
                      ['none', 'Not given'],
                    ] as const
                  ).map(([mode, label]) => (
                    <label
                      key={mode}
                      className={`segmented__option${buyerMode === mode ? ' is-selected' : ''}`}
                    >
                      <input
                        type="radio"
                        name="buyerMode"
                        value={mode}
                        checked={buyerMode === mode}
                        onChange={() => setBuyerMode(mode)}
                      />
                      {label}
                    </label>
                  ))}
                </div>
              </fieldset>
              {buyerMode === 'party' && (
                <Field
                  label="Buyer party"
                  error={error?.fieldMessage('buyerPartyId')}
                  hint="Its headquarters country is taken from the party record."
                >
                  <select
                    name="buyerPartyId"
                    value={buyerPartyId}
                    onChange={(e) => setBuyerPartyId(e.target.value)}
                  >
                    <option value="">Choose a buyer…</option>
                    {buyers.map((party) => (
                      <option key={party.id} value={party.id}>
                        {party.legalName} (HQ {party.hqCountry})
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              {buyerMode === 'hq' && (
                <Field label="Buyer headquarters country" error={error?.fieldMessage('buyerHqCountry')}>
                  <input
                    name="buyerHqCountry"
                    list="determination-countries"
                    maxLength={2}
                    value={buyerHqCountry}
                    onChange={(e) => setBuyerHqCountry(e.target.value)}
                  />
                </Field>
              )}
              <fieldset className="fieldset">
                <legend className="field__label">What the exporter knows</legend>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="supercomputer"
                    checked={supercomputer}
                    onChange={(e) => setSupercomputer(e.target.checked)}
                  />
                  For a supercomputer
                </label>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="advancedNodeIcProduction"
                    checked={advancedNodeIcProduction}
                    onChange={(e) => setAdvancedNodeIcProduction(e.target.checked)}
                  />
                  For advanced-node IC development or production
                </label>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="reexport"
                    checked={reexport}
                    onChange={(e) => setReexport(e.target.checked)}
                  />
                  A reexport or transfer abroad, not an export from the US
                </label>
              </fieldset>
              <Field
                label="Date"
                error={error?.fieldMessage('asOf')}
                hint="The rules in force on this day apply."
              >
                <input name="asOf" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
              </Field>
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={submitting}>
                  {submitting ? 'Determining…' : 'Determine'}
                </button>
              </div>
            </form>
          </Section>
        </div>
        <div className="layout-split__main">
          {result ? (
            <DeterminationResult determination={result} />
          ) : (
            <div className="card empty-state empty-state--card">
              <h2 className="empty-state__title">No determination yet</h2>
              <p>Choose a product, a destination and the buyer, then press Determine.</p>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
