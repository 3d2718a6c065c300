/** "1 unit", "60,000 units": a quantity as people write it, for messages, summaries and reasons. */
export function unitCount(n: number): string {
  return `${n.toLocaleString('en-US')} unit${n === 1 ? '' : 's'}`;
}
