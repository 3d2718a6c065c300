import { useState } from 'react';
import { Link } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { ScreeningQueueItem } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatInstant } from '../ui/format';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { ListedEntry, MatchExplanation } from './match-explanation';

/**
 * The review queue: every potential match of a party with a list entry, with what a compliance officer
 * needs to judge it side by side (the listed entry as the list has it; the explanation of the match), and
 * the decision: confirm the match (the party is blocked) or dismiss it as a false positive, with a reason.
 */
export function ScreeningQueuePage() {
  const queue = useApiQuery(
    (signal) => unwrap(api.GET('/api/screening/queue', { params: { query: { limit: 100 } }, signal })),
    [],
  );
  const [decided, setDecided] = useState<string | undefined>(undefined);

  return (
    <div className={queue.loading ? 'is-refreshing' : undefined}>
      <PageHeader
        title="Screening review"
        description="Potential matches of parties with the restricted-party lists, oldest first. A decision is audited; a false positive is remembered until the listed entry changes."
        actions={
          <Link className="button button--ghost button--small" to="/screening/lists">
            List versions
          </Link>
        }
      />
      {decided && (
        <div className="notice notice--success" role="status" data-testid="decision-saved">
          {decided}
        </div>
      )}
      <Loaded data={queue.data} error={queue.error} what="the review queue">
        {(view) =>
          view.items.length === 0 ? (
            <Section title="Nothing to review">
              <p className="card__body muted" data-testid="queue-empty">
                No potential match is waiting for review.
              </p>
            </Section>
          ) : (
            <div className="stack" data-testid="screening-queue">
              <p className="muted small">
                {view.total.toLocaleString('en-US')} potential match{view.total === 1 ? '' : 'es'} to review
                {view.total > view.items.length ? `; the first ${view.items.length} are shown` : ''}.
              </p>
              {view.items.map((item) => (
                <QueueItemCard
                  key={`${item.party.id}:${item.match.entryId}`}
                  item={item}
                  onDecided={(message) => {
                    setDecided(message);
                    queue.reload();
                  }}
                />
              ))}
            </div>
          )
        }
      </Loaded>
    </div>
  );
}

function QueueItemCard({
  item,
  onDecided,
}: {
  item: ScreeningQueueItem;
  onDecided: (message: string) => void;
}) {
  const may = useMay();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  async function decide(decision: 'confirmed' | 'false-positive') {
    setSubmitting(true);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/api/screening/parties/{partyId}/decisions', {
          params: { path: { partyId: item.party.id } },
          body: { entryId: item.match.entryId, decision, reason },
        }),
      );
      onDecided(
        `${decision === 'confirmed' ? 'Confirmed the match of' : 'Dismissed as a false positive the match of'} ` +
          `${item.party.legalName} with ${item.entry.name}; the party is now ${result.status}.`,
      );
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  return (
    <section
      className="card"
      data-testid="queue-item"
      data-party-id={item.party.id}
      data-entry-id={item.match.entryId}
    >
      <header className="card__header">
        <h2 className="card__title">
          <Link to={`/parties/${encodeURIComponent(item.party.id)}`}>{item.party.legalName}</Link>{' '}
          <span className="muted small">({item.party.country})</span>
          <span aria-hidden="true"> ↔ </span>
          {item.entry.name}
        </h2>
        <div className="card__actions muted small">
          {item.match.kind.toUpperCase()} · screened {formatInstant(item.screenedAt)}
        </div>
      </header>
      <div className="layout-split">
        <div className="layout-split__main card__body">
          <ListedEntry entry={item.entry} />
        </div>
        <div className="layout-split__side card__body">
          <MatchExplanation match={item.match} />
        </div>
      </div>
      {may('screening:decide') && (
        <form
          className="card__body stack"
          noValidate
          onSubmit={(event) => event.preventDefault()}
          data-testid="queue-decision"
        >
          {error && <ErrorNotice error={error} claimedFields={['reason']} />}
          <Field
            label="Reason"
            error={error?.fieldMessage('reason')}
            hint="What you compared: identifiers, addresses, ownership. Required for either decision."
          >
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={submitting}
              onClick={() => void decide('confirmed')}
            >
              Confirm match
            </button>
            <button
              type="button"
              className="button"
              disabled={submitting}
              onClick={() => void decide('false-positive')}
            >
              False positive
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
