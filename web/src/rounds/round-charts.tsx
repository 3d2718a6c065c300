import type { RoundSimulation } from '../api/types';
import type { Names } from '../authorisations/lookups';
import { formatNumber } from '../ui/format';
import { awardsByBuyer, groupUse, periodRows, type RoundClaim } from './round-model';

interface Part {
  key: string;
  label: string;
  value: number;
}

/**
 * Figures as segments of one scale, in the balance bar's style: each part grows in proportion and the rest
 * of the scale stays empty, so bars on one scale compare at a glance.
 */
function ShareBar({ parts, scale, label }: { parts: readonly Part[]; scale: number; label: string }) {
  const filled = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  return (
    <div className="balance-bar share-bar" role="img" aria-label={label}>
      {parts.map((part) =>
        part.value > 0 ? (
          <span
            key={part.key}
            className={`balance-bar__segment share-bar__segment--${part.key}`}
            style={{ flexGrow: part.value }}
          />
        ) : null,
      )}
      {scale > filled && <span className="share-bar__rest" style={{ flexGrow: scale - filled }} />}
    </div>
  );
}

function Legend({ parts }: { parts: readonly { key: string; label: string }[] }) {
  return (
    <div className="balance-legend share-legend">
      {parts.map((part) => (
        <span key={part.key} className="balance-legend__item">
          <span className={`balance-legend__swatch share-bar__segment--${part.key}`} aria-hidden="true" />
          <span className="muted">{part.label}</span>
        </span>
      ))}
    </div>
  );
}

/** Per month: the supply planned, what was offered (with carry-over), what the claims asked, what was awarded. */
export function SupplyDemand({ simulation }: { simulation: RoundSimulation }) {
  const rows = periodRows(simulation);
  const scale = Math.max(1, ...rows.flatMap((r) => [r.available, r.demand, r.supply]));
  return (
    <>
      <table className="table table--tight" data-testid="periods">
        <thead>
          <tr>
            <th>Month</th>
            <th className="num">Supply</th>
            <th className="num">Available</th>
            <th className="num">Demand</th>
            <th className="num">Allocated</th>
            <th className="num">Carried over</th>
            <th className="chart-column">Supply and demand</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-period={row.id}>
              <td>{row.id}</td>
              <td className="num">{formatNumber(row.supply)}</td>
              <td className="num">{formatNumber(row.available)}</td>
              <td className="num">{formatNumber(row.demand)}</td>
              <td className="num">{formatNumber(row.allocated)}</td>
              <td className="num">{formatNumber(row.carriedOver)}</td>
              <td className="chart-column">
                <div className="bar-stack">
                  <ShareBar
                    scale={scale}
                    label={`${formatNumber(row.allocated)} allocated and ${formatNumber(row.carriedOver)} carried over of ${formatNumber(row.available)} available`}
                    parts={[
                      { key: 'allocated', label: 'Allocated', value: row.allocated },
                      { key: 'carried', label: 'Carried over', value: row.carriedOver },
                      {
                        key: 'supply',
                        label: 'Not used',
                        value: row.available - row.allocated - row.carriedOver,
                      },
                    ]}
                  />
                  <ShareBar
                    scale={scale}
                    label={`${formatNumber(row.demand)} demanded`}
                    parts={[{ key: 'demand', label: 'Demand', value: row.demand }]}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="card__body">
        <Legend
          parts={[
            { key: 'allocated', label: 'Allocated' },
            { key: 'carried', label: 'Carried over' },
            { key: 'supply', label: 'Available, not used' },
            { key: 'demand', label: 'Demand (claims eligible by then)' },
          ]}
        />
      </div>
    </>
  );
}

/** Each buyer's awards against what its claims asked for. */
export function AwardsByBuyer({ claims, names }: { claims: readonly RoundClaim[]; names: Names }) {
  const rows = awardsByBuyer(claims);
  const scale = Math.max(1, ...rows.map((r) => r.requested));
  return (
    <table className="table table--tight" data-testid="awards-by-buyer">
      <thead>
        <tr>
          <th>Buyer</th>
          <th className="num">Awarded</th>
          <th className="num">Requested</th>
          <th className="num">Share</th>
          <th className="chart-column">Awarded of requested</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.buyerPartyId} data-buyer={row.buyerPartyId}>
            <td>{names.party(row.buyerPartyId)}</td>
            <td className="num">{formatNumber(row.awarded)}</td>
            <td className="num">{formatNumber(row.requested)}</td>
            <td className="num">
              {row.requested > 0 ? `${formatNumber((100 * row.awarded) / row.requested, 1)} %` : '—'}
            </td>
            <td className="chart-column">
              <ShareBar
                scale={scale}
                label={`${formatNumber(row.awarded)} awarded of ${formatNumber(row.requested)} requested`}
                parts={[
                  { key: 'allocated', label: 'Awarded', value: row.awarded },
                  { key: 'short', label: 'Not awarded', value: row.requested - row.awarded },
                ]}
              />
            </td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={5} className="table__empty">
              No claims: no open order for the product is covered.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The licences, approvals and caps the claims share, and how much of each cap the awards use. */
export function GroupCaps({ simulation }: { simulation: RoundSimulation }) {
  return (
    <table className="table table--tight" data-testid="groups">
      <thead>
        <tr>
          <th>Authorisations</th>
          <th>Gate</th>
          <th className="num">Cap</th>
          <th className="num">Awarded</th>
          <th className="num">Left</th>
          <th className="chart-column">Use of the cap</th>
        </tr>
      </thead>
      <tbody>
        {simulation.groups.map((group) => {
          const used = groupUse(group, simulation.claims);
          return (
            <tr key={group.id} data-group={group.id}>
              <td>{group.id}</td>
              <td>{group.gate}</td>
              <td className="num">{formatNumber(group.cap)}</td>
              <td className="num">{formatNumber(used)}</td>
              <td className="num">{formatNumber(group.cap - used)}</td>
              <td className="chart-column">
                <ShareBar
                  scale={group.cap}
                  label={`${formatNumber(used)} of a cap of ${formatNumber(group.cap)}`}
                  parts={[{ key: 'allocated', label: 'Awarded', value: used }]}
                />
              </td>
            </tr>
          );
        })}
        {simulation.groups.length === 0 && (
          <tr>
            <td colSpan={6} className="table__empty">
              No claim needs an authorisation: only supply limits the awards.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
