import { z } from 'zod';
import { DomainError } from './errors.js';

/**
 * A field's path as every error names it, whether the HTTP layer or the domain found the fault:
 * `['peak', 0, 'tops']` → `peak[0].tops`.
 */
export function fieldPath(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts.map(String)) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** Validates input with a zod schema; failures become VALIDATION_FAILED naming each field, as the API and CLI report them. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: fieldPath(issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))) || 'input',
    message: issue.message,
  }));
  const first = details[0];
  throw new DomainError(
    'VALIDATION_FAILED',
    first ? `${first.path}: ${first.message}` : 'invalid input',
    details,
  );
}

/** Paging of a list filter: at most `limit` items after skipping `offset`; without them the list is whole. */
export const pagingShape = {
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
};
