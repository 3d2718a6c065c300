import type { z } from 'zod';
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
