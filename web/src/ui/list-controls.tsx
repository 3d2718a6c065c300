import type { ReactNode, SubmitEvent } from 'react';
import { Link } from 'react-router-dom';

/** A list's filter form: the fields, then Apply and Reset. Filters are applied on submit only. */
export function FilterForm({
  label,
  onApply,
  onReset,
  children,
}: {
  label: string;
  onApply: (event: SubmitEvent<HTMLFormElement>) => void;
  onReset: () => void;
  children: ReactNode;
}) {
  return (
    <form className="card filters" onSubmit={onApply} noValidate aria-label={label}>
      {children}
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--ghost" onClick={onReset}>
          Reset
        </button>
      </div>
    </form>
  );
}

interface PagerStep {
  label: string;
  disabled: boolean;
  onClick: () => void;
}

/** A list's footer: what is shown, and buttons to the pages either side when the list has them. */
export function Pager({
  summary,
  previous,
  next,
}: {
  summary: ReactNode;
  previous?: PagerStep;
  next?: PagerStep;
}) {
  return (
    <div className="pager">
      <span className="muted">{summary}</span>
      {(previous || next) && (
        <div className="pager__buttons">
          {[previous, next].map(
            (step) =>
              step && (
                <button
                  key={step.label}
                  type="button"
                  className="button button--small"
                  disabled={step.disabled}
                  onClick={step.onClick}
                >
                  {step.label}
                </button>
              ),
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The pager of a list fetched a page at a time by offset. The list is fetched one longer than a page,
 * which tells whether there is a next page without counting them all; a list of one page has no pager.
 */
export function OffsetPager({
  noun,
  offset,
  pageSize,
  fetched,
  onOffset,
}: {
  /** What the list holds, capitalised: "Orders 1–100". */
  noun: string;
  offset: number;
  pageSize: number;
  /** How many the page's request returned (at most pageSize + 1). */
  fetched: number;
  onOffset: (offset: number) => void;
}) {
  if (offset === 0 && fetched <= pageSize) return null;
  return (
    <Pager
      summary={`${noun} ${offset + 1}–${offset + Math.min(fetched, pageSize)}`}
      previous={{
        label: 'Previous',
        disabled: offset === 0,
        onClick: () => onOffset(Math.max(0, offset - pageSize)),
      }}
      next={{ label: 'Next', disabled: fetched <= pageSize, onClick: () => onOffset(offset + pageSize) }}
    />
  );
}

/** The header actions of a list kept as CSV: its export, and for writers its import and a new one. */
export function CsvListActions({
  exportHref,
  exportTitle,
  canWrite,
  importTo,
  newTo,
  newLabel,
  leading,
}: {
  exportHref: string;
  exportTitle?: string;
  canWrite: boolean;
  importTo: string;
  newTo: string;
  newLabel: string;
  /** Actions shown before the export. */
  leading?: ReactNode;
}) {
  return (
    <>
      {leading}
      <a className="button button--small" href={exportHref} title={exportTitle} download>
        Export CSV
      </a>
      {canWrite && (
        <>
          <Link className="button button--small" to={importTo}>
            Import CSV
          </Link>
          <Link className="button button--small button--primary" to={newTo}>
            {newLabel}
          </Link>
        </>
      )}
    </>
  );
}
