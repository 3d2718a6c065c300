import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import type { PartyMatch } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { ErrorNotice } from '../ui/error-notice';
import { Field } from '../ui/field';
import { formatInstant } from '../ui/format';
import { Section } from '../ui/page-header';
import { Badge, Loaded, type BadgeTone } from '../ui/status';
import { ScreeningBadge } from './party-labels';

const triggerLabels: Record<string, string> = {
  'party-created': 'Party created',
  'party-updated': 'Party changed',
  'party-imported': 'Party imported',
  'list-imported': 'List updated',
  manual: 'Screened on request',
};

const stateTones: Record<string, BadgeTone> = {
  potential: 'warning',
  confirmed: 'danger',
  'false-positive': 'muted',
};

const decisionTones: Record<string, BadgeTone> = {
  confirmed: 'danger',
  'false-positive': 'muted',
  lifted: 'success',
};

type HeldReason = NonNullable<PartyMatch['held']>['reason'];

const heldReasonText: Record<HeldReason, string> = {
  'entry-removed': 'the entry is no longer on the lists in force.',
  'no-longer-matched': 'the party’s names no longer match the entry.',
};

const heldReasonShort: Record<HeldReason, string> = {
  'entry-removed': 'held: entry removed from the list',
  'no-longer-matched': 'held: names no longer match',
};

/**
 * A party's screening: its status, the confirmed matches it is blocked on (with the form that dismisses
 * or lifts each), each screening with the matches it found (newest first), and the reviewers' decisions.
 * Shown to roles that may read screening; buyers never see it.
 */
export function PartyScreening({
  partyId,
  onStatusChanged,
}: {
  partyId: string;
  /** Called after a decision here changed the party's screening. */
  onStatusChanged: () => void;
}) {
  const history = useApiQuery(
    (signal) =>
      unwrap(api.GET('/api/parties/{id}/screenings', { params: { path: { id: partyId } }, signal })),
    [partyId],
  );
  return (
    <Section
      title="Screening history"
      actions={
        <Link className="button button--ghost button--small" to="/screening">
          Review queue
        </Link>
      }
    >
      <Loaded data={history.data} error={history.error} what="the screening history">
        {(view) => (
          <div className="card__body stack" data-testid="screening-history">
            <div>
              Status: <ScreeningBadge status={view.status} />
            </div>
            {view.current
              .filter((match) => match.state === 'confirmed')
              .map((match) => (
                <ConfirmedMatch
                  key={match.entryId}
                  partyId={partyId}
                  match={match}
                  onDecided={() => {
                    history.reload();
                    onStatusChanged();
                  }}
                />
              ))}
            {view.screenings.length === 0 ? (
              <p className="muted">Not screened yet: no restricted-party list was in force.</p>
            ) : (
              <table className="table" data-testid="screenings">
                <thead>
                  <tr>
                    <th>When</th>
                    <th>Why</th>
                    <th>Result</th>
                    <th>Matches</th>
                  </tr>
                </thead>
                <tbody>
                  {view.screenings.map((screening) => (
                    <tr key={screening.id} data-screening-status={screening.status}>
                      <td>
                        {formatInstant(screening.screenedAt)}
                        <div className="table__secondary">{screening.actor}</div>
                      </td>
                      <td>{triggerLabels[screening.trigger] ?? screening.trigger}</td>
                      <td>
                        <ScreeningBadge status={screening.status} />
                      </td>
                      <td>
                        {screening.matches.length === 0 ? (
                          <span className="muted">none</span>
                        ) : (
                          screening.matches.map((match) => (
                            <div key={match.entryId}>
                              {match.name}{' '}
                              <span className="muted small">
                                {match.held
                                  ? heldReasonShort[match.held.reason]
                                  : `${Math.round(match.score * 100)}% via “${match.variant}”`}
                              </span>{' '}
                              <Badge tone={stateTones[match.state] ?? 'neutral'}>{match.state}</Badge>
                            </div>
                          ))
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {view.decisions.length > 0 && (
              <>
                <h3 className="card__title">Decisions</h3>
                <dl className="event-details" data-testid="screening-decisions">
                  {view.decisions.map((decision) => (
                    <Fragment key={decision.id}>
                      <dt>
                        {formatInstant(decision.decidedAt)} · {decision.decidedBy}
                      </dt>
                      <dd>
                        <Badge tone={decisionTones[decision.decision] ?? 'neutral'}>
                          {decision.decision}
                        </Badge>{' '}
                        <code>{decision.entryId}</code>: {decision.reason}
                      </dd>
                    </Fragment>
                  ))}
                </dl>
              </>
            )}
          </div>
        )}
      </Loaded>
    </Section>
  );
}

/**
 * A confirmed match: the party is blocked on it. A reviewer may undo a wrong confirmation (false positive);
 * once screening no longer finds the match (the entry left the list, or the names no longer match), the
 * block is held until a reviewer lifts it. Either takes a reason (a delisting notice, the corrected name).
 */
function ConfirmedMatch({
  partyId,
  match,
  onDecided,
}: {
  partyId: string;
  match: PartyMatch;
  onDecided: () => void;
}) {
  const may = useMay();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const held = match.held;
  const decision = held ? 'lifted' : 'false-positive';

  async function decide() {
    setSubmitting(true);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/api/screening/parties/{partyId}/decisions', {
          params: { path: { partyId } },
          body: { entryId: match.entryId, decision, reason },
        }),
      );
      onDecided();
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  return (
    <div
      className="notice notice--error stack"
      data-testid={held ? 'held-block' : 'confirmed-match'}
      data-entry-id={match.entryId}
    >
      <div>
        <strong>Blocked on {match.name}</strong> <code>{match.entryId}</code> ({match.source}).{' '}
        {held ? (
          <>
            Since {formatInstant(held.since)}: {heldReasonText[held.reason]} The party stays blocked until the
            block is lifted.
          </>
        ) : (
          <>A reviewer confirmed the match. If that was wrong, dismiss it as a false positive.</>
        )}
      </div>
      {may('screening:decide') && (
        <form className="stack" noValidate onSubmit={(event) => event.preventDefault()}>
          {error && <ErrorNotice error={error} claimedFields={['reason']} />}
          <Field
            label={held ? 'Reason for lifting' : 'Reason for dismissing'}
            error={error?.fieldMessage('reason')}
            hint={
              held
                ? 'For instance the Federal Register notice that removed the entry, or why the names no longer refer to the listed party.'
                : 'What shows the party is not the listed one: identifiers, addresses, ownership.'
            }
          >
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form-actions">
            <button type="button" className="button" disabled={submitting} onClick={() => void decide()}>
              {held ? 'Lift block' : 'Dismiss as false positive'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
