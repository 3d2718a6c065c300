import type { Classification } from '../api/types';

export type Margin = Classification['margins'][number];
/** A margin whose figure is recorded (die area and DRAM bandwidth may be missing). */
export type KnownMargin = Margin & { value: number; margin: number };

function isKnown(margin: Margin): margin is KnownMargin {
  return margin.value !== null && margin.margin !== null;
}

/** The margin as a share of its threshold, so TPP (thousands) and PD (units) compare on one scale. */
export function relativeMargin(margin: Margin): number | null {
  if (margin.margin === null || margin.threshold === 0) return null;
  return margin.margin / margin.threshold;
}

/**
 * The threshold the product sits closest to, relative to the threshold's size. Near-misses are what a
 * compliance officer re-checks first (the H20 sits 32 TPP under 2,400).
 */
export function tightestMargin(margins: readonly Margin[]): KnownMargin | undefined {
  let best: KnownMargin | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const margin of margins) {
    const relative = relativeMargin(margin);
    if (relative === null || !isKnown(margin)) continue;
    const distance = Math.abs(relative);
    if (distance < bestDistance) {
      best = margin;
      bestDistance = distance;
    }
  }
  return best;
}

export function formatPercent(share: number | null): string {
  if (share === null) return '—';
  const percent = share * 100;
  const digits = Math.abs(percent) < 10 ? 1 : 0;
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${Math.abs(percent).toFixed(digits)}%`;
}
