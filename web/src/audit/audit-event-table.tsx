import { Fragment, useState } from 'react';
import type { AuditEvent } from '../api/types';
import { formatInstant } from '../ui/format';

/** The actor as the trail records it (`user:chen`, `system`), shown without the prefix. */
function actorName(actor: string): string {
  return actor.startsWith('user:') ? actor.slice('user:'.length) : actor;
}

function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

/**
 * Audit events, newest first. Each row opens to show what changed, the rule-set version in force and the
 * hash links, so a reviewer can see the chain without leaving the page.
 */
export function AuditEventTable({
  events,
  showEntity = true,
}: {
  events: readonly AuditEvent[];
  showEntity?: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });
  const columns = showEntity ? 6 : 5;

  return (
    <table className="table table--events" data-testid="audit-events">
      <thead>
        <tr>
          <th className="num">Seq</th>
          <th>Time</th>
          <th>Actor</th>
          <th>Action</th>
          {showEntity && <th>Entity</th>}
          <th>Summary</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const isOpen = open.has(event.seq);
          return (
            <Fragment key={event.seq}>
              <tr className={`table__row--expandable${isOpen ? ' is-open' : ''}`} data-seq={event.seq}>
                <td className="num">
                  <button
                    type="button"
                    className="disclosure"
                    aria-expanded={isOpen}
                    aria-label={`${isOpen ? 'Hide' : 'Show'} details of event ${event.seq}`}
                    onClick={() => toggle(event.seq)}
                  >
                    <span className="disclosure__chevron" aria-hidden="true" />
                    {event.seq}
                  </button>
                </td>
                <td className="nowrap">{formatInstant(event.at)}</td>
                <td>{actorName(event.actor)}</td>
                <td>
                  <code className="code-chip">{event.action}</code>
                </td>
                {showEntity && (
                  <td>
                    <span className="muted">{event.entityType}</span> {event.entityId}
                  </td>
                )}
                <td className="event-summary">{event.summary}</td>
              </tr>
              {isOpen && (
                <tr className="table__details">
                  <td colSpan={columns}>
                    <dl className="event-details">
                      <dt>Rule set in force</dt>
                      <dd>{event.ruleSetVersion}</dd>
                      <dt>Hash</dt>
                      <dd>
                        <code title={event.hash}>{event.hash}</code>
                      </dd>
                      <dt>Previous hash</dt>
                      <dd>
                        <code title={event.prevHash}>{shortHash(event.prevHash)}</code>
                      </dd>
                      <dt>Changes</dt>
                      <dd>
                        <pre className="json">{JSON.stringify(event.changes, null, 2)}</pre>
                      </dd>
                    </dl>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
        {events.length === 0 && (
          <tr>
            <td colSpan={columns} className="table__empty">
              No events match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
