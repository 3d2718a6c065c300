/**
 * Every failure a user can cause or meet carries a stable code. The HTTP layer maps codes to statuses in
 * one place (http/error-handler.ts) and the CLI maps them to exit codes (cli/exit.ts); domain code never
 * speaks HTTP.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'RATE_LIMITED',
  'NOT_FOUND',
  'CONFLICT',
  'RULES_INVALID',
  'RULES_NOT_IN_FORCE',
  'CLASSIFICATION_INCOMPLETE',
  'DATABASE_NOT_EMPTY',
  'AUDIT_CHAIN_BROKEN',
  'CONFIG_INVALID',
  'INTERNAL_ERROR',
  'AUTHORISATION_EXHAUSTED',
  'AUTHORISATION_NOT_VALID',
  'LEDGER_BALANCE_INSUFFICIENT',
  'CURRENCY_MISMATCH',
  'IDEMPOTENCY_KEY_REUSED',
  'LEDGER_UNBALANCED',
  'ROUND_STATE_INVALID',
  'ROUND_STALE',
  'LIST_INVALID',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorDetail {
  /** Where the problem is: a JSON path such as `peak[0].tops`, or `row 3, column tops` for files. */
  path?: string;
  message: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${entity} ${id} does not exist.`);
}
