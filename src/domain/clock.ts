/** The current instant; injected so tests can pin time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** ISO-8601 UTC with milliseconds, the one instant format stored everywhere. */
export function isoInstant(clock: Clock): string {
  return clock().toISOString();
}

/** The UTC calendar day of an instant, YYYY-MM-DD: the day whose rules are in force. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
