import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { Field } from '../ui/field';
import { PageHeader } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { AuditEventTable } from './audit-event-table';
import { VerifyChainButton } from './verify-chain';

const pageSize = 50;
const filterNames = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;
type FilterName = (typeof filterNames)[number];
type Filters = Record<FilterName, string>;

/** Entity types the server records today; the field also takes any other value. */
const knownEntityTypes = ['product', 'party', 'user', 'api-token'];

/** `2026-03-01T09:30` from a datetime-local input, read as UTC like every time the page shows. */
function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  return `${local.length === 16 ? `${local}:00` : local}Z`;
}

function readFilters(params: URLSearchParams): Filters {
  const filters = {} as Filters;
  for (const name of filterNames) filters[name] = params.get(name) ?? '';
  return filters;
}

/**
 * The audit trail, newest first. Filters and the page live in the URL so a finding can be linked; paging
 * goes back through the chain by sequence number, which stays stable while new events arrive.
 */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const beforeSeqParam = Number(params.get('beforeSeq'));
  const beforeSeq = Number.isInteger(beforeSeqParam) && beforeSeqParam > 0 ? beforeSeqParam : undefined;
  const [draft, setDraft] = useState<Filters>(applied);
  const [newerPages, setNewerPages] = useState<(number | undefined)[]>([]);
  const may = useMay();

  const events = useApiQuery(
    (signal) =>
      unwrap(
        api.GET('/api/audit-events', {
          params: {
            query: {
              entityType: applied.entityType || undefined,
              entityId: applied.entityId || undefined,
              actor: applied.actor || undefined,
              from: toInstant(applied.from),
              to: toInstant(applied.to),
              beforeSeq,
              limit: pageSize,
            },
          },
          signal,
        }),
      ),
    [params.toString()],
  );

  const navigate = (filters: Filters, seq: number | undefined) => {
    const next = new URLSearchParams();
    for (const name of filterNames) if (filters[name].trim()) next.set(name, filters[name].trim());
    if (seq !== undefined) next.set('beforeSeq', String(seq));
    setParams(next);
  };

  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNewerPages([]);
    navigate(draft, undefined);
  };
  const reset = () => {
    const empty = readFilters(new URLSearchParams());
    setDraft(empty);
    setNewerPages([]);
    navigate(empty, undefined);
  };
  const older = (seq: number) => {
    setNewerPages((stack) => [...stack, beforeSeq]);
    navigate(applied, seq);
  };
  const newer = () => {
    const previous = newerPages.at(-1);
    setNewerPages((stack) => stack.slice(0, -1));
    navigate(applied, previous);
  };
  const set = (name: FilterName) => (e: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: e.target.value }));
  const fieldError = (name: string) =>
    events.error?.fieldMessage(`querystring.${name}`) ?? events.error?.fieldMessage(name);

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change, hash-chained: each event's hash covers its content and the previous event's hash."
        actions={may('audit:verify') && <VerifyChainButton />}
      />
      <form className="card filters" onSubmit={apply} noValidate aria-label="Filter events">
        <Field label="Entity type" error={fieldError('entityType')}>
          <input
            name="entityType"
            list="audit-entity-types"
            value={draft.entityType}
            onChange={set('entityType')}
          />
        </Field>
        <datalist id="audit-entity-types">
          {knownEntityTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <Field label="Entity id" error={fieldError('entityId')}>
          <input
            name="entityId"
            value={draft.entityId}
            onChange={set('entityId')}
            placeholder="e.g. nvidia-h200-sxm"
          />
        </Field>
        <Field label="Actor" error={fieldError('actor')}>
          <input
            name="actor"
            value={draft.actor}
            onChange={set('actor')}
            placeholder="e.g. user:compliance"
          />
        </Field>
        <Field label="From (UTC)" error={fieldError('from')}>
          <input name="from" type="datetime-local" value={draft.from} onChange={set('from')} />
        </Field>
        <Field label="To (UTC)" error={fieldError('to')}>
          <input name="to" type="datetime-local" value={draft.to} onChange={set('to')} />
        </Field>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Apply filters
          </button>
          <button type="button" className="button button--ghost" onClick={reset}>
            Reset
          </button>
        </div>
      </form>
      <Loaded data={events.data} error={events.error} what="audit events">
        {(page) => (
          <div className={`card card--flush${events.loading ? ' is-refreshing' : ''}`}>
            <AuditEventTable events={page.events} />
            <div className="pager">
              <span className="muted">
                {page.events.length === 0
                  ? 'No events'
                  : `Events ${page.events.at(-1)?.seq ?? ''}–${page.events[0]?.seq ?? ''}`}
                {beforeSeq !== undefined && ` (older than #${beforeSeq})`}
              </span>
              <div className="pager__buttons">
                <button
                  type="button"
                  className="button button--small"
                  disabled={beforeSeq === undefined}
                  onClick={newer}
                >
                  ← Newer
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={page.nextBeforeSeq === null}
                  onClick={() => page.nextBeforeSeq !== null && older(page.nextBeforeSeq)}
                >
                  Older →
                </button>
              </div>
            </div>
          </div>
        )}
      </Loaded>
    </>
  );
}
