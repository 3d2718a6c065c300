import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, asApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { Party, Round, RoundWhatIf, RoundWhatIfResult } from '../api/types';
import { claimedPaths, messagesUnder } from '../authorisations/field-errors';
import { partyChoices, type Names } from '../authorisations/lookups';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatNumber } from '../ui/format';
import { Section } from '../ui/page-header';
import { Difference, SideBySide } from './round-comparison';
import { draftFrom, isAboutCapacity, whatIfBody, withoutCapacity, type WhatIfDraft } from './what-if-model';
import { RuleField } from './rule-field';
import { TierFields } from './tier-fields';
import { weightedTwice, weightedTwiceDetail, WeightsField } from './weights-field';

/** The detail paths the form shows beside its fields; the rest go to the notice above it. */
const fields = ['rule', 'lot', 'carryOver', 'carryUnmet', 'criteria', 'supply'] as const;

interface Tried {
  body: RoundWhatIf;
  result: RoundWhatIfResult;
}

/**
 * Tries other terms or capacity on a round without changing it, and puts the outcome beside the last
 * simulation. The terms tried can then be adopted, which simulates the round under them; capacity
 * cannot, because a simulation takes its supply from the plans.
 */
export function WhatIfPanel({
  round,
  names,
  parties,
  referenceOf,
  onAdopted,
}: {
  round: Round;
  names: Names;
  parties: readonly Party[];
  referenceOf: (orderId: string) => string | null;
  onAdopted: () => void;
}) {
  const [draft, setDraft] = useState<WhatIfDraft>(() => draftFrom(round, round.simulation));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState<'trying' | 'adopting' | undefined>(undefined);
  const [tried, setTried] = useState<Tried | undefined>(undefined);
  // The last body sent, to place a detail about its i-th capacity line beside the month it named.
  const [sent, setSent] = useState<RoundWhatIf | undefined>(undefined);

  const set = <K extends keyof WhatIfDraft>(key: K, value: WhatIfDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setCapacity = (period: string, units: string) =>
    setDraft((current) => ({
      ...current,
      capacity: current.capacity.map((c) => (c.period === period ? { ...c, units } : c)),
    }));

  async function tryWhatIf(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (weightedTwice(draft.weights)) {
      setError(new ApiError(0, 'VALIDATION_FAILED', 'A buyer is weighted twice.', [weightedTwiceDetail]));
      return;
    }
    const body = whatIfBody(draft, round.terms);
    setSent(body);
    setBusy('trying');
    try {
      const result = await unwrap(
        api.POST('/api/rounds/{id}/what-if', { params: { path: { id: round.id } }, body }),
      );
      setTried({ body, result });
    } catch (cause) {
      setTried(undefined);
      setError(asApiError(cause));
    } finally {
      setBusy(undefined);
    }
  }

  async function adopt(changes: RoundWhatIf) {
    // Capacity is the supply plans' to say; only the terms are adopted.
    const terms = withoutCapacity(changes);
    setError(undefined);
    setBusy('adopting');
    try {
      await unwrap(
        api.POST('/api/rounds/{id}/simulation', { params: { path: { id: round.id } }, body: terms }),
      );
      onAdopted();
    } catch (cause) {
      setError(asApiError(cause));
      setBusy(undefined);
    }
  }

  const sentCapacity = sent?.supply ?? [];
  const at = (field: string) => messagesUnder(error, field);
  const capacityError = (period: string) => {
    const index = sentCapacity.findIndex((line) => line.period === period);
    if (index < 0) return undefined;
    const messages = (error?.details ?? [])
      .filter((d) => isAboutCapacity(d.path, index))
      .map((d) => d.message);
    return messages.length > 0 ? messages.join('; ') : undefined;
  };
  const buyers = buyerChoices(parties, round);
  const capacityTried = (tried?.body.supply ?? []).length > 0;
  const termsTried = tried !== undefined && Object.keys(withoutCapacity(tried.body)).length > 0;

  return (
    <Section
      title="What if"
      actions={
        <span className="muted small">Tries other terms or capacity; changes nothing until adopted</span>
      }
    >
      <div data-testid="what-if">
        <form
          className="card__body stack"
          onSubmit={(e) => void tryWhatIf(e)}
          noValidate
          aria-label="What if"
        >
          {error && <ErrorNotice error={error} claimedFields={claimedPaths(error, fields)} />}
          <div className="what-if__grid">
            <div className="stack">
              <RuleField
                value={draft.rule}
                onChange={(rule) => set('rule', rule)}
                error={at('rule')}
                name="whatIfRule"
              />
              <div className="form-grid what-if__terms">
                <Field label="Lot" error={at('lot')}>
                  <input
                    name="whatIfLot"
                    inputMode="numeric"
                    autoComplete="off"
                    value={draft.lot}
                    onChange={(e) => set('lot', e.target.value)}
                  />
                </Field>
                <div className="stack what-if__checks">
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      name="whatIfCarryOver"
                      checked={draft.carryOver}
                      onChange={(e) => set('carryOver', e.target.checked)}
                    />
                    Carry over unallocated supply
                  </label>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      name="whatIfCarryUnmet"
                      checked={draft.carryUnmet}
                      onChange={(e) => set('carryUnmet', e.target.checked)}
                    />
                    Carry unmet claims
                  </label>
                </div>
                <TierFields
                  firm={draft.firmTier}
                  forecast={draft.forecastTier}
                  onChange={(tier, value) => set(tier, value)}
                  errorAt={at}
                  name="whatIf"
                />
              </div>
              <WeightsField
                rows={draft.weights}
                onChange={(rows) => set('weights', rows)}
                choices={buyers}
                error={error}
                name="whatIfWeight"
                testId="what-if-weights"
                hint="A buyer not named weighs 1."
              />
            </div>
            <fieldset className="fieldset">
              <legend className="field__label">Capacity by month</legend>
              {draft.capacity.length === 0 ? (
                <p className="muted small">
                  Simulate the round first: capacity starts from what the supply plans leave it.
                </p>
              ) : (
                <div className="what-if__capacity" data-testid="what-if-capacity">
                  {draft.capacity.map((row) => (
                    <Field
                      key={row.period}
                      label={`Capacity ${row.period}`}
                      error={capacityError(row.period)}
                      hint={row.offered === null ? undefined : `The plans leave ${formatNumber(row.offered)}`}
                    >
                      <input
                        name={`whatIfCapacity${row.period}`}
                        inputMode="numeric"
                        autoComplete="off"
                        value={row.units}
                        onChange={(e) => setCapacity(row.period, e.target.value)}
                      />
                    </Field>
                  ))}
                </div>
              )}
              <div className="field__hint">
                Units offered to the round in the month, in place of what the supply plans leave it. Only for
                trying: a simulation takes its supply from the plans.
              </div>
            </fieldset>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button--ghost"
              disabled={busy !== undefined}
              onClick={() => {
                setDraft(draftFrom(round, round.simulation));
                setTried(undefined);
                setError(undefined);
              }}
            >
              Reset to the round’s terms
            </button>
            <button type="submit" className="button button--primary" disabled={busy !== undefined}>
              {busy === 'trying' ? 'Trying…' : 'Try what-if'}
            </button>
          </div>
        </form>
        {tried && (
          <WhatIfOutcome
            tried={tried}
            names={names}
            referenceOf={referenceOf}
            capacityTried={capacityTried}
            termsTried={termsTried}
            approved={round.status === 'approved'}
            adopting={busy === 'adopting'}
            disabled={busy !== undefined}
            onAdopt={() => void adopt(tried.body)}
          />
        )}
      </div>
    </Section>
  );
}

/** Buyers as choices: the parties that buy, and any claimant the party list does not hold, by name. */
function buyerChoices(parties: readonly Party[], round: Round): { value: string; label: string }[] {
  const buyers = parties.filter((p) => p.roles.includes('buyer'));
  const known = new Set(buyers.map((p) => p.id));
  const claimants = [...new Set((round.simulation?.claims ?? []).map((c) => c.buyerPartyId))]
    .filter((id) => !known.has(id))
    .map((id) => ({ value: id, label: id }));
  return [...partyChoices(buyers), ...claimants].sort((a, b) => a.label.localeCompare(b.label));
}

function WhatIfOutcome({
  tried,
  names,
  referenceOf,
  capacityTried,
  termsTried,
  approved,
  adopting,
  disabled,
  onAdopt,
}: {
  tried: Tried;
  names: Names;
  referenceOf: (orderId: string) => string | null;
  capacityTried: boolean;
  termsTried: boolean;
  approved: boolean;
  adopting: boolean;
  disabled: boolean;
  onAdopt: () => void;
}) {
  const { result } = tried;
  return (
    <div className="what-if__outcome" data-testid="what-if-result">
      <div className="card__body what-if__summary">
        <div>
          <div className="what-if__headline" data-testid="what-if-changed">
            {result.current === null
              ? `The what-if would award ${formatNumber(result.whatIf.awarded)} units; the round has no simulation to compare with.`
              : result.changed === 0
                ? 'No claim’s award differs from the last simulation.'
                : `${formatNumber(result.changed)} claim${result.changed === 1 ? '’s award differs' : 's’ awards differ'} from the last simulation.`}
          </div>
          {capacityTried && (
            <p className="muted small" data-testid="what-if-capacity-note">
              Capacity is not adopted: a simulation takes its supply from the plans. To offer the round other
              capacity, change them on the <Link to="/supply">supply page</Link>.
            </p>
          )}
          {approved && termsTried && (
            <p className="muted small">Adopting simulates the round again, which withdraws its approval.</p>
          )}
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={disabled || !termsTried}
          title={termsTried ? undefined : 'Only capacity was changed: there are no terms to adopt'}
          onClick={onAdopt}
        >
          {adopting ? 'Adopting…' : 'Adopt and simulate'}
        </button>
      </div>
      <SideBySide
        before={result.current}
        after={result.whatIf}
        beforeLabel="Last simulation"
        afterLabel="What-if"
        names={names}
      />
      {result.changes.length > 0 && (
        <div className="card__body">
          <h3 className="subheading comparison__heading">
            {result.changes.length < result.changed
              ? `The ${formatNumber(result.changes.length)} largest changes`
              : 'Claims whose award differs'}
          </h3>
          <div className="table-scroll what-if__changes">
            <table className="table table--tight" data-testid="what-if-changes">
              <thead>
                <tr>
                  <th>Buyer</th>
                  <th>Order</th>
                  <th className="num">Asked</th>
                  <th className="num">Last simulation</th>
                  <th className="num">What-if</th>
                  <th className="num">Difference</th>
                </tr>
              </thead>
              <tbody>
                {result.changes.map((change) => (
                  <tr key={change.orderId} data-buyer={change.buyerPartyId}>
                    <td>{names.party(change.buyerPartyId)}</td>
                    <td>
                      <code>{referenceOf(change.orderId) ?? change.orderId}</code>
                    </td>
                    <td className="num">{formatNumber(change.quantity)}</td>
                    <td className="num">{formatNumber(change.before)}</td>
                    <td className="num">{formatNumber(change.after)}</td>
                    <td className="num">
                      <Difference value={change.after - change.before} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
