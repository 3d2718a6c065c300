import { z } from 'zod';
import { DomainError } from './errors.js';

/** Validates input with a zod schema; failures become VALIDATION_FAILED naming each field, as the API and CLI report them. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || 'input',
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
