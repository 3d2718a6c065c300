/**
 * `value` with at most `fractionDigits` decimals, trailing zeros dropped and thousands separated
 * ("15,831.2"). Hand-written because Intl.NumberFormat dominated the cost of classifying a chip.
 */
function format(value: number, fractionDigits: number): string {
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

/**
 * A technical figure for a sentence ("15,831.2"). Comparisons always use the full-precision value; this only
 * decides how it is printed. Given the threshold it is compared with, it shows as many decimals as it takes
 * not to print the same as the threshold when it differs (5.9199999 vs 5.92 prints "5.9199999", not "5.92").
 */
export function formatFigure(value: number, comparedWith?: number): string {
  if (comparedWith === undefined || value === comparedWith) return format(value, 2);
  for (let digits = 2; digits <= 15; digits++) {
    const text = format(value, digits);
    if (text !== format(comparedWith, digits)) return text;
  }
  return String(value);
}
