import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
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

/**
 * A party's screening: its status, each screening with the matches it found (newest first), and the
 * reviewers' decisions. Shown to roles that may read screening; buyers never see it.
 */
export function PartyScreening({ partyId }: { partyId: string }) {
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
                                {Math.round(match.score * 100)}% via “{match.variant}”
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
                        <Badge tone={decision.decision === 'confirmed' ? 'danger' : 'muted'}>
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
