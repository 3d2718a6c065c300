import { useState, type SubmitEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { ClassificationDecisionInput, Eccn, ProductView } from '../api/types';
import { Field } from '../ui/field';
import { ErrorNotice } from '../ui/error-notice';
import { eccnLabel } from './classification-badges';

const eccnChoices: readonly Eccn[] = ['3A090.a', '3A090.b', '3A090.c', '4A090.a', '4A090.b', 'not-3A090'];
const formFields = ['decision', 'eccn', 'reason'] as const;

/**
 * A compliance officer confirms the computed class or overrides it. The server validates (a reason is
 * required, an override needs a longer one); its field errors are shown beside the fields, so the rule
 * lives in one place.
 */
export function ClassificationDecisionForm({
  productId,
  computedEccn,
  onDecided,
}: {
  productId: string;
  computedEccn: Eccn;
  onDecided: (view: ProductView) => void;
}) {
  const [decision, setDecision] = useState<'confirm' | 'override'>('confirm');
  const [eccn, setEccn] = useState<Eccn | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState<string | undefined>(undefined);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setSaved(undefined);
    // An unchosen class is sent as it is: the server answers with a field error for `eccn`.
    const body =
      decision === 'confirm'
        ? { decision, reason }
        : ({ decision, eccn, reason } as ClassificationDecisionInput);
    try {
      const view = await unwrap(
        api.POST('/api/products/{id}/classification-decisions', {
          params: { path: { id: productId } },
          body,
        }),
      );
      setReason('');
      setEccn('');
      setDecision('confirm');
      setSaved(
        decision === 'confirm'
          ? `Confirmed ${eccnLabel(computedEccn)}.`
          : `Overrode with ${eccnLabel(view.standing.eccn)}.`,
      );
      onDecided(view);
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate data-testid="decision-form">
      {error && <ErrorNotice error={error} claimedFields={formFields} />}
      {saved && (
        <div className="notice notice--success" role="status">
          {saved} The decision is in the history and the audit trail.
        </div>
      )}
      <fieldset className="segmented" aria-label="Decision">
        <label className={`segmented__option${decision === 'confirm' ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name="decision"
            value="confirm"
            checked={decision === 'confirm'}
            onChange={() => setDecision('confirm')}
          />
          Confirm {eccnLabel(computedEccn)}
        </label>
        <label className={`segmented__option${decision === 'override' ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name="decision"
            value="override"
            checked={decision === 'override'}
            onChange={() => setDecision('override')}
          />
          Override
        </label>
      </fieldset>
      {error?.fieldMessage('decision') && (
        <div className="field__error">{error.fieldMessage('decision')}</div>
      )}
      {decision === 'override' && (
        <Field label="Class to record" error={error?.fieldMessage('eccn')}>
          <select name="eccn" value={eccn} onChange={(e) => setEccn(e.target.value as Eccn | '')}>
            <option value="">Choose a class…</option>
            {eccnChoices
              .filter((choice) => choice !== computedEccn)
              .map((choice) => (
                <option key={choice} value={choice}>
                  {eccnLabel(choice)}
                </option>
              ))}
          </select>
        </Field>
      )}
      <Field
        label="Reason"
        error={error?.fieldMessage('reason')}
        hint={
          decision === 'override'
            ? 'Say why the computed class is wrong and cite what you relied on.'
            : 'Say what you checked, e.g. the datasheet figures and their sources.'
        }
      >
        <textarea name="reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Recording…' : decision === 'confirm' ? 'Confirm class' : 'Record override'}
        </button>
      </div>
    </form>
  );
}
