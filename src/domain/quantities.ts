/**
 * `value` with at most `fractionDigits` decimals, trailing zeros dropped and thousands separated
 * ("15,831.2"). Hand-written because Intl.NumberFormat dominated the cost of classifying
 * a chip and of writing a million allocation statements.
 */
export function formatNumber(value: number, fractionDigits: number): string {
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const point = fixed.indexOf('.');
  const whole = point === -1 ? fixed : fixed.slice(0, point);
  let fractionEnd = fixed.length;
  if (point !== -1)
    while (fractionEnd > point + 1 && fixed.charCodeAt(fractionEnd - 1) === 48 /* 0 */) fractionEnd--;
  const fraction = point === -1 ? '' : fixed.slice(point + 1, fractionEnd);
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  const sign = value < 0 && (whole !== '0' || fraction !== '') ? '-' : '';
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

/** "1 unit", "60,000 units": a quantity as people write it, for messages, summaries and reasons. */
export function unitCount(n: number): string {
  return `${formatNumber(n, 0)} unit${n === 1 ? '' : 's'}`;
}
