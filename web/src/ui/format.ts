/** Numbers and times, formatted the same way on every page. Figures use en-US grouping: 15,831. */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimals = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined) return '—';
  if (fractionDigits === 0) return integer.format(value);
  let format = decimals.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    decimals.set(fractionDigits, format);
  }
  return format.format(value);
}

/** A signed figure (+1,234 / −56) for margins, where the sign is the point. */
export function formatSigned(value: number, fractionDigits = 0): string {
  const text = formatNumber(Math.abs(value), fractionDigits);
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}

/**
 * Instants in UTC with the zone named: compliance records are compared across offices, and a local time
 * without its zone invites misreading.
 */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Today as YYYY-MM-DD in UTC, the calendar the rule sets' effective dates use. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
