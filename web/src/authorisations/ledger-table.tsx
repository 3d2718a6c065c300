import { formatInstant, formatNumber, formatSigned } from '../ui/format';
import { EntryKindBadge } from './authorisation-badges';
import { formatMoney, type LedgerEntry } from './authorisation-model';

/** The actor as the ledger records it (`user:chen`, `system`), shown without the prefix. */
function actorName(actor: string): string {
  return actor.startsWith('user:') ? actor.slice('user:'.length) : actor;
}

/** The append-only ledger in entry order: every movement that made the balance what it is. */
export function LedgerTable({
  entries,
  valueLimited,
  currency,
}: {
  entries: readonly LedgerEntry[];
  valueLimited: boolean;
  currency: string | null;
}) {
  return (
    <div className="table-scroll">
      <table className="table table--tight" data-testid="ledger">
        <thead>
          <tr>
            <th className="num">No.</th>
            <th>Time (UTC)</th>
            <th>Kind</th>
            <th className="num">Quantity</th>
            {valueLimited && <th className="num">Value</th>}
            <th>Reason</th>
            <th>Reference</th>
            <th>Actor</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-entry-no={entry.entryNo} data-kind={entry.kind}>
              <td className="num">{entry.entryNo}</td>
              <td className="nowrap">{formatInstant(entry.at).replace(/ UTC$/, '')}</td>
              <td>
                <EntryKindBadge kind={entry.kind} />
              </td>
              <td className="num" data-column="quantity">
                {entry.kind === 'adjust' ? formatSigned(entry.quantity) : formatNumber(entry.quantity)}
              </td>
              {valueLimited && (
                <td className="num" data-column="value">
                  {entry.value === 0 ? <span className="muted">—</span> : formatMoney(entry.value, currency)}
                </td>
              )}
              <td className="ledger__reason">{entry.reason ?? <span className="muted">—</span>}</td>
              <td>{entry.reference ? <code>{entry.reference}</code> : <span className="muted">—</span>}</td>
              <td>{actorName(entry.actor)}</td>
            </tr>
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={valueLimited ? 8 : 7} className="table__empty">
                No entries yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
