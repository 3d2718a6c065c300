import { formatNumber } from '../ui/format';
import { formatMoney, formatMoneyCompact, type LedgerBalance } from './authorisation-model';

const segments = [
  { key: 'used', label: 'Used' },
  { key: 'reserved', label: 'Reserved' },
  { key: 'available', label: 'Available' },
] as const;

/**
 * What is left of an authorisation: used, reserved and available as segments of the authorised quantity,
 * with a legend carrying the figures. Segments grow in proportion (flex), and one that holds anything keeps
 * a sliver of width, so ten units reserved out of 130,000 still show.
 */
export function BalanceBar({
  balance,
  currency,
  size = 'compact',
}: {
  balance: LedgerBalance;
  currency: string | null;
  size?: 'compact' | 'large';
}) {
  const figures = {
    used: balance.used,
    reserved: balance.reserved,
    available: Math.max(0, balance.available),
  };
  const label = `${formatNumber(balance.used)} used, ${formatNumber(balance.reserved)} reserved, ${formatNumber(balance.available)} available of ${formatNumber(balance.authorised)} authorised`;
  return (
    <div
      className={`balance balance--${size}`}
      data-testid="balance"
      data-authorised={balance.authorised}
      data-used={balance.used}
      data-reserved={balance.reserved}
      data-available={balance.available}
    >
      <div className="balance-bar" role="img" aria-label={label}>
        {segments.map(({ key }) =>
          figures[key] > 0 ? (
            <span
              key={key}
              className={`balance-bar__segment balance-bar__segment--${key}`}
              style={{ flexGrow: figures[key] }}
            />
          ) : null,
        )}
      </div>
      <dl className="balance-legend">
        {segments.map(({ key, label: name }) => (
          <div key={key} className="balance-legend__item">
            <dt>
              <span className={`balance-legend__swatch balance-bar__segment--${key}`} aria-hidden="true" />
              {name}
            </dt>
            <dd className="num" data-figure={key}>
              {formatNumber(balance[key])}
            </dd>
          </div>
        ))}
        <div className="balance-legend__item balance-legend__item--total">
          <dt>Authorised</dt>
          <dd className="num" data-figure="authorised">
            {formatNumber(balance.authorised)}
          </dd>
        </div>
      </dl>
      {balance.valueLimited && size === 'compact' && (
        <div
          className="balance__value"
          title={`${formatMoney(balance.availableValue ?? 0, currency)} of ${formatMoney(balance.authorisedValue, currency)}`}
        >
          Value available{' '}
          <span className="num-inline">{formatMoneyCompact(balance.availableValue ?? 0, currency)}</span> of{' '}
          <span className="num-inline">{formatMoneyCompact(balance.authorisedValue, currency)}</span>
        </div>
      )}
    </div>
  );
}

/** The value side of a value-limited licence, each figure as money in the licence's currency. */
export function ValueFigures({ balance, currency }: { balance: LedgerBalance; currency: string | null }) {
  if (!balance.valueLimited) return null;
  const rows = [
    ['Authorised value', balance.authorisedValue],
    ['Reserved value', balance.reservedValue],
    ['Used value', balance.usedValue],
    ['Available value', balance.availableValue ?? 0],
  ] as const;
  return (
    <dl className="value-figures" data-testid="value-figures">
      {rows.map(([name, amount]) => (
        <div key={name} className="value-figures__item">
          <dt>{name}</dt>
          <dd className="num">{formatMoney(amount, currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
