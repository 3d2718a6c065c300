import { formatNumber as format } from '../quantities.js';

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
