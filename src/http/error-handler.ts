import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUniqueViolation } from '../db/errors.js';
import { DomainError, type ErrorCode, type ErrorDetail } from '../domain/errors.js';
import { fieldPath } from '../domain/validation.js';

/** The one table from error code to HTTP status. */
export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATABASE_NOT_EMPTY: 409,
  RULES_NOT_IN_FORCE: 422,
  CLASSIFICATION_INCOMPLETE: 422,
  RATE_LIMITED: 429,
  AUTHORISATION_EXHAUSTED: 409,
  AUTHORISATION_NOT_VALID: 409,
  LEDGER_BALANCE_INSUFFICIENT: 409,
  CURRENCY_MISMATCH: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  ROUND_STATE_INVALID: 409,
  ROUND_STALE: 409,
  LIST_INVALID: 400,
  LEDGER_UNBALANCED: 500,
  RULES_INVALID: 500,
  AUDIT_CHAIN_BROKEN: 500,
  CONFIG_INVALID: 500,
  INTERNAL_ERROR: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}

/** `/peak/0/tops` → `peak[0].tops`, prefixed by where it was (body, query, params). */
export function toFieldPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return fieldPath([...(context && context !== 'body' ? [context] : []), ...parts]) || (context ?? 'body');
}

function fromValidation(error: FastifyError): DomainError {
  const details: ErrorDetail[] = (error.validation ?? []).map((issue) => {
    const params = issue.params as { keys?: string[] } | undefined;
    const path = toFieldPath(error.validationContext, issue.instancePath);
    const keys = params?.keys?.length ? ` (${params.keys.map((k) => `"${k}"`).join(', ')})` : '';
    return { path, message: `${issue.message ?? 'invalid'}${keys}` };
  });
  const first = details[0];
  const message = first ? `${first.path}: ${first.message}` : 'The request is not valid.';
  return new DomainError('VALIDATION_FAILED', message, details);
}

/** Maps every error to `{ error: { code, message, details } }`; nothing else reaches a client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError | DomainError | Error, request, reply) => {
    let error: DomainError;
    if (raw instanceof DomainError) {
      error = raw;
    } else if (hasZodFastifySchemaValidationErrors(raw)) {
      error = fromValidation(raw);
    } else if (isUniqueViolation(raw)) {
      // Two requests raced past a service's own existence check; the database kept the second out.
      error = new DomainError(
        'CONFLICT',
        'That record already exists; it was created by another request a moment ago.',
      );
    } else {
      const status = (raw as FastifyError).statusCode ?? 500;
      if (status === 429) {
        error = new DomainError('RATE_LIMITED', 'Too many attempts; wait a few minutes and try again.');
      } else if (status >= 400 && status < 500) {
        const code = (raw as FastifyError).code;
        const message =
          code === 'FST_ERR_CTP_INVALID_JSON_BODY' || raw instanceof SyntaxError
            ? 'The request body is not valid JSON.'
            : code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'The request body is empty; send a JSON object.'
              : raw.message;
        error = new DomainError('VALIDATION_FAILED', message, [{ path: 'body', message }]);
      } else {
        request.log.error({ err: raw }, 'unhandled error');
        error = new DomainError('INTERNAL_ERROR', 'Something went wrong on the server; nothing was changed.');
      }
    }
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    void reply.status(httpStatusOf[error.code]).send(body);
  });
}
