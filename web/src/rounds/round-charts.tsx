import { Link } from 'react-router-dom';
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

/**
 * Per month: the supply planned and what other committed rounds hold of it (for those who may see the
 * plans), what was offered to this round and available with carry-over, what the claims asked, what was
 * awarded.
 */
export function SupplyDemand({ simulation, showPlans }: { simulation: RoundSimulation; showPlans: boolean }) {
  const rows = periodRows(simulation);
  const offers = new Map(simulation.supply.map((s) => [s.period, s]));
  // Simulations stored before the offers were recorded have none to show.
  const plansShown = showPlans && offers.size > 0;
  const scale = Math.max(1, ...rows.flatMap((r) => [r.available, r.demand, r.supply]));
  const first = rows[0];
  const firstOffer = first && offers.get(first.id);
  // What earlier months left: the first month is offered it on top of its own plan, less what others hold.
  const leftFromBefore = firstOffer
    ? firstOffer.offered - Math.max(0, firstOffer.planned - firstOffer.committedElsewhere)
    : 0;
  return (
    <>
      <table className="table table--tight" data-testid="periods">
        <thead>
          <tr>
            <th>Month</th>
            {plansShown && (
              <>
                <th className="num" title="Inventory and production planned for the month">
                  Planned
                </th>
                <th className="num" title="Units other committed rounds awarded in the month">
                  Held by other rounds
                </th>
              </>
            )}
            <th className="num" title="Units offered to this round in the month">
              {plansShown ? 'Offered' : 'Supply'}
            </th>
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
              {plansShown && (
                <>
                  <td className="num" data-figure="planned">
                    {formatNumber(offers.get(row.id)?.planned)}
                  </td>
                  <td className="num" data-figure="held">
                    {formatNumber(offers.get(row.id)?.committedElsewhere)}
                  </td>
                </>
              )}
              <td className="num" data-figure="offered">
                {formatNumber(row.supply)}
              </td>
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
        {plansShown && first && (
          <p className="muted small supply-note" data-testid="supply-note">
            Offered is the planned stock no other committed round holds
            {leftFromBefore > 0
              ? `; ${first.id} is also offered the ${formatNumber(leftFromBefore)} units earlier months left`
              : ''}
            . Change the plans on the <Link to="/supply">supply page</Link>.
          </p>
        )}
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
