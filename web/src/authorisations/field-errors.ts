import type { ApiError } from '../api/api-error';

/** Whether an error detail's path (`products.productIds[0]`, `body.validUntil`) is at or under a field. */
export function isUnder(path: string | undefined, field: string): boolean {
  if (path === undefined) return false;
  const bare = path.startsWith('body.') ? path.slice('body.'.length) : path;
  return bare === field || bare.startsWith(`${field}[`) || bare.startsWith(`${field}.`);
}

/**
 * Every message at or under a field, joined. A list item's message is prefixed with what the item was
 * (`items[i]`), so "XX: not a country code" names the code the user typed rather than its index.
 */
export function messagesUnder(
  error: ApiError | undefined,
  field: string,
  items: readonly string[] = [],
): string | undefined {
  const messages = (error?.details ?? [])
    .filter((d) => isUnder(d.path, field))
    .map((d) => {
      const bare = (d.path ?? '').replace(/^body\./, '');
      const rest = bare.slice(field.length);
      const index = /^\[(\d+)\]/.exec(rest)?.[1];
      if (index === undefined) return d.message;
      const item = items[Number(index)] ?? `item ${Number(index) + 1}`;
      return `${item}: ${d.message}`;
    });
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** The detail paths a form shows beside its fields, for ErrorNotice to leave out. */
export function claimedPaths(error: ApiError | undefined, fields: readonly string[]): string[] {
  return (error?.details ?? [])
    .filter((d) => fields.some((field) => isUnder(d.path, field)))
    .map((d) => d.path ?? '');
}
