import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Field } from '../ui/field';
import { formatNumber } from '../ui/format';
import { OffsetPager } from '../ui/list-controls';
import { Badge } from '../ui/status';
import {
  bindingLabel,
  filterAndSort,
  statementColumns,
  statementsCsv,
  type StatementKey,
  type StatementRow,
  type StatementSort,
} from './round-model';

/** Offers text as a file download; built in the browser, so what is saved is exactly what is shown. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Rows drawn at once: a round of a hundred thousand claims stays a page that scrolls, not a frozen tab. */
const pageSize = 100;

/**
 * One statement per claim, filterable and sortable, a page at a time; the CSV holds every row the filter
 * shows, in that order, whichever page is on screen.
 */
export function StatementsTable({ rows, fileName }: { rows: readonly StatementRow[]; fileName: string }) {
  const [text, setText] = useState('');
  const [sort, setSort] = useState<StatementSort>({ key: 'buyer', direction: 'ascending' });
  const [offset, setOffset] = useState(0);
  const shown = filterAndSort(rows, text, sort);
  // A new simulation may have fewer rows than the page shown: start again from the first.
  const first = offset < shown.length ? offset : 0;
  const page = shown.slice(first, first + pageSize);
  const sortBy = (key: StatementKey) => {
    setOffset(0);
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  };

  return (
    <>
      <div className="card__body statements__tools">
        <form role="search" aria-label="Search the statements" onSubmit={(e) => e.preventDefault()}>
          <Field label="Filter statements">
            <input
              name="statementFilter"
              type="search"
              value={text}
              onChange={(e) => {
                setOffset(0);
                setText(e.target.value);
              }}
              placeholder="Buyer, order, binding or any word of a statement"
            />
          </Field>
        </form>
        <span className="muted small">
          {shown.length === rows.length
            ? `${formatNumber(rows.length)} statements`
            : `${formatNumber(shown.length)} of ${formatNumber(rows.length)} statements`}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => download(fileName, statementsCsv(shown))}
        >
          Download CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="table table--tight" data-testid="statements">
          <thead>
            <tr>
              {statementColumns.map((column) => (
                <th
                  key={column.key}
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.map((row) => (
              <tr key={row.orderId} data-binding={row.binding} data-carried={row.carriedFrom ? 'yes' : 'no'}>
                <td>{row.buyer}</td>
                <td>
                  <code>{row.order}</code>
                  {row.carriedFrom && (
                    <div className="carried-note" data-carried-from={row.carriedFrom.roundId}>
                      <Badge tone="warning">carried</Badge>{' '}
                      <span className="muted small">
                        from{' '}
                        <Link to={`/rounds/${encodeURIComponent(row.carriedFrom.roundId)}`}>
                          {row.carriedFrom.roundName ?? 'an earlier round'}
                        </Link>
                      </span>
                    </div>
                  )}
                </td>
                <td className="nowrap">{row.month}</td>
                <td className="num">{row.tier}</td>
                <td className="num">
                  {formatNumber(row.requested)}
                  {row.ordered !== row.requested && (
                    <div className="table__secondary">of {formatNumber(row.ordered)} ordered</div>
                  )}
                </td>
                <td className="num">{formatNumber(row.awarded)}</td>
                <td title={bindingLabel(row.binding)}>
                  <code className="code-chip">{row.binding}</code>
                </td>
                <td className="statement">{row.statement}</td>
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={statementColumns.length} className="table__empty">
                  {rows.length === 0 ? 'No claims in this simulation.' : 'No statement matches the filter.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <OffsetPager
        noun="Statements"
        offset={first}
        pageSize={pageSize}
        fetched={Math.min(pageSize + 1, shown.length - first)}
        onOffset={setOffset}
      />
    </>
  );
}
