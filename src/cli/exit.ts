import { DomainError, type ErrorCode } from '../domain/errors.js';

/** Exit statuses: 0 done, 1 a check found a problem, 2 the input or the request was wrong, 70 a fault. */
export const exitCodeOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 2,
  UNAUTHENTICATED: 2,
  INVALID_CREDENTIALS: 2,
  FORBIDDEN: 2,
  CSRF_TOKEN_INVALID: 2,
  RATE_LIMITED: 2,
  NOT_FOUND: 2,
  CONFLICT: 2,
  RULES_NOT_IN_FORCE: 2,
  CLASSIFICATION_INCOMPLETE: 2,
  DATABASE_NOT_EMPTY: 2,
  CONFIG_INVALID: 2,
  RULES_INVALID: 2,
  AUDIT_CHAIN_BROKEN: 1,
  LEDGER_UNBALANCED: 1,
  AUTHORISATION_EXHAUSTED: 2,
  AUTHORISATION_NOT_VALID: 2,
  LEDGER_BALANCE_INSUFFICIENT: 2,
  CURRENCY_MISMATCH: 2,
  IDEMPOTENCY_KEY_REUSED: 2,
  ROUND_STATE_INVALID: 2,
  ROUND_STALE: 2,
  LIST_INVALID: 2,
  INTERNAL_ERROR: 70,
};

/**
 * For a file's problems: the message, then each detail (row and column) on a line of its own, and the
 * exit code. Returns false, printing nothing, for any other failure, which the caller rethrows.
 */
export function reportProblems(error: unknown): boolean {
  if (!(error instanceof DomainError) || error.details.length === 0) return false;
  process.stderr.write(`tranche: ${error.message} [${error.code}]\n`);
  for (const detail of error.details) {
    process.stderr.write(`  ${detail.path ? `${detail.path}: ` : ''}${detail.message}\n`);
  }
  process.exitCode = exitCodeOf[error.code];
  return true;
}

/** Prints one clear line to stderr and sets the exit code; stdout stays clean for scripts. */
export function reportFailure(error: unknown): void {
  if (error instanceof DomainError) {
    process.stderr.write(`tranche: ${error.message} [${error.code}]\n`);
    process.exitCode = exitCodeOf[error.code];
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tranche: unexpected failure: ${message} [INTERNAL_ERROR]\n`);
    process.exitCode = 70;
  }
}
