export interface RateLimitWindowsTable {
  /** What is limited, e.g. `sign-in|<address>|<username>`. */
  limitKey: string;
  /** Attempts counted in the current window. */
  attempts: number;
  /** When the current window ends, in milliseconds since the epoch (UTC). */
  windowEndsAt: number;
}
