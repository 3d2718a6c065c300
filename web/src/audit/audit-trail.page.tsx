import { useState, type SubmitEvent } from 'react';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { Field } from '../ui/field';
import { FilterForm, Pager } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { queryFieldError, useUrlFilters } from '../ui/use-url-filters';
import { AuditEventTable } from './audit-event-table';
import { VerifyChainButton } from './verify-chain';

const pageSize = 50;
const filterNames = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;

/** Entity types the server records today; the field also takes any other value. */
const knownEntityTypes = ['product', 'party', 'user', 'api-token'];

/** `2026-03-01T09:30` from a datetime-local input, read as UTC like every time the page shows. */
function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  return `${local.length === 16 ? `${local}:00` : local}Z`;
}

/**
 * The audit trail, newest first. Filters and the page live in the URL so a finding can be linked; paging
 * goes back through the chain by sequence number, which stays stable while new events arrive.
 */
export function AuditTrailPage() {
  const filters = useUrlFilters(filterNames, { pageParam: 'beforeSeq' });
  const { key, applied, draft, set } = filters;
  const beforeSeq = filters.page;
  // The pages newer than this one, to step back through: sequence numbers do not page forwards.
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
    [key],
  );

  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    setNewerPages([]);
    filters.apply(event);
  };
  const reset = () => {
    setNewerPages([]);
    filters.reset();
  };
  const older = (seq: number) => {
    setNewerPages((stack) => [...stack, beforeSeq]);
    filters.goTo(seq);
  };
  const newer = () => {
    const previous = newerPages.at(-1);
    setNewerPages((stack) => stack.slice(0, -1));
    filters.goTo(previous);
  };
  const fieldError = (name: string) => queryFieldError(events.error, name);

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change, hash-chained: each event's hash covers its content and the previous event's hash."
        actions={may('audit:verify') && <VerifyChainButton />}
      />
      <FilterForm label="Filter events" onApply={apply} onReset={reset}>
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
      </FilterForm>
      <Loaded data={events.data} error={events.error} what="audit events">
        {(page) => (
          <div className={`card card--flush${events.loading ? ' is-refreshing' : ''}`}>
            <AuditEventTable events={page.events} />
            <Pager
              summary={
                <>
                  {page.events.length === 0
                    ? 'No events'
                    : `Events ${page.events.at(-1)?.seq ?? ''}–${page.events[0]?.seq ?? ''}`}
                  {beforeSeq !== undefined && ` (older than #${beforeSeq})`}
                </>
              }
              previous={{ label: '← Newer', disabled: beforeSeq === undefined, onClick: newer }}
              next={{
                label: 'Older →',
                disabled: page.nextBeforeSeq === null,
                onClick: () => page.nextBeforeSeq !== null && older(page.nextBeforeSeq),
              }}
            />
          </div>
        )}
      </Loaded>
    </>
  );
}
