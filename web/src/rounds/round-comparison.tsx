import type { ReactNode } from 'react';
import type { RoundSummary } from '../api/types';
import type { Names } from '../authorisations/lookups';
import { formatInstant, formatNumber, formatSigned } from '../ui/format';
import {
  compareBuyers,
  compareMonths,
  compareTotals,
  termDifferences,
  type Compared,
} from './round-comparison-model';

/** A difference with its sign, coloured by direction: more awarded reads green, less red, none muted. */
export function Difference({ value }: { value: number }) {
  const tone = value > 0 ? 'up' : value < 0 ? 'down' : 'none';
  return <span className={`difference difference--${tone}`}>{value === 0 ? '—' : formatSigned(value)}</span>;
}

function Figures({ figures, known }: { figures: Compared; known: boolean }) {
  return (
    <>
      <td className="num">{known ? formatNumber(figures.before) : '—'}</td>
      <td className="num">{formatNumber(figures.after)}</td>
      <td className="num">{known ? <Difference value={figures.difference} /> : '—'}</td>
    </>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return <h3 className="subheading comparison__heading">{children}</h3>;
}

/**
 * Two simulations of one round side by side: the totals, the terms they ran under where these differ,
 * month by month and buyer by buyer. `before` is null when there is nothing to compare with yet (a
 * what-if on a round never simulated); its columns then stay empty rather than reading as zeros.
 */
export function SideBySide({
  before,
  after,
  beforeLabel,
  afterLabel,
  names,
}: {
  before: RoundSummary | null;
  after: RoundSummary;
  beforeLabel: string;
  afterLabel: string;
  names: Names;
}) {
  const known = before !== null;
  const differences = before ? termDifferences(before.terms, after.terms, names.party) : [];
  const columns = (
    <>
      <th className="num">{beforeLabel}</th>
      <th className="num">{afterLabel}</th>
      <th className="num">Difference</th>
    </>
  );
  return (
    <div className="card__body comparison">
      <div className="comparison__grid">
        <div>
          <Heading>Totals</Heading>
          <table className="table table--tight" data-testid="comparison-totals">
            <thead>
              <tr>
                <th />
                {columns}
              </tr>
            </thead>
            <tbody>
              {compareTotals(before, after).map((row) => (
                <tr key={row.key} data-total={row.key}>
                  <td>{row.label}</td>
                  <Figures figures={row.figures} known={known} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small comparison__when">
            {before
              ? `${beforeLabel}: ${formatInstant(before.simulatedAt)}. `
              : `No ${beforeLabel.toLowerCase()} yet. `}
            {afterLabel}: {formatInstant(after.simulatedAt)}.
          </p>
        </div>
        <div>
          <Heading>Terms that differ</Heading>
          {!known ? (
            <p className="muted">Nothing to compare with.</p>
          ) : differences.length === 0 ? (
            <p className="muted" data-testid="comparison-terms">
              The same terms: only the orders, coverage or supply differ.
            </p>
          ) : (
            <dl className="terms comparison__terms" data-testid="comparison-terms">
              {differences.map((d) => (
                <div key={d.label} className="terms__row">
                  <dt>{d.label}</dt>
                  <dd>
                    <span className="comparison__was">{d.before}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> changed to </span>
                    <strong>{d.after}</strong>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
      <div className="comparison__grid">
        <div>
          <Heading>By month</Heading>
          <table className="table table--tight" data-testid="comparison-months">
            <thead>
              <tr>
                <th>Month</th>
                <th className="num">Offered</th>
                {columns}
              </tr>
            </thead>
            <tbody>
              {compareMonths(before, after).map((row) => (
                <tr key={row.period} data-period={row.period}>
                  <td>{row.period}</td>
                  <td className="num">
                    {known && row.offered.difference !== 0 ? (
                      <>
                        <span className="comparison__was">{formatNumber(row.offered.before)}</span> →{' '}
                        {formatNumber(row.offered.after)}
                      </>
                    ) : (
                      formatNumber(row.offered.after)
                    )}
                  </td>
                  <Figures figures={row.allocated} known={known} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small comparison__when">Figures are units allocated in the month.</p>
        </div>
        <div>
          <Heading>By buyer</Heading>
          <table className="table table--tight" data-testid="comparison-buyers">
            <thead>
              <tr>
                <th>Buyer</th>
                {columns}
              </tr>
            </thead>
            <tbody>
              {compareBuyers(before, after).map((row) => (
                <tr key={row.buyerPartyId} data-buyer={row.buyerPartyId}>
                  <td>{names.party(row.buyerPartyId)}</td>
                  <Figures figures={row.awarded} known={known} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small comparison__when">Figures are units awarded, the largest change first.</p>
        </div>
      </div>
    </div>
  );
}
