import { DomainError } from '../errors.js';

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (so 2025-02-29 and 2026-13-01 are rejected). */
export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns `value` if it is a real YYYY-MM-DD day, else throws VALIDATION_FAILED naming `field`. */
export function assertCalendarDate(value: unknown, field = 'asOf'): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const message = `${field} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value) ?? String(value)}`;
  throw new DomainError('VALIDATION_FAILED', message, [{ path: field, message }]);
}
