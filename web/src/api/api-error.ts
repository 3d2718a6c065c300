import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = ErrorBody['error']['code'];
export interface FieldError {
  path?: string | undefined;
  message: string;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** A failed API call as the UI shows it: the server's message, its stable code, and per-field details. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE',
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }

  static fromResponse(status: number, body: unknown): ApiError {
    if (isErrorBody(body)) {
      return new ApiError(status, body.error.code, body.error.message, body.error.details);
    }
    return new ApiError(
      status,
      'UNEXPECTED_RESPONSE',
      `The server answered ${status} without an explanation.`,
    );
  }

  static unreachable(cause: unknown): ApiError {
    const why = cause instanceof Error ? ` (${cause.message})` : '';
    return new ApiError(
      0,
      'NETWORK_ERROR',
      `Could not reach the Tranche server${why}. Check your connection.`,
    );
  }

  /** The message for one field, matched on the detail's path (`reason`, `peak[0].tops`, `query.asOf`…). */
  fieldMessage(field: string): string | undefined {
    return this.details.find((d) => d.path === field || d.path === `body.${field}`)?.message;
  }

  /** Details that no field on the form claims, so they still reach the user. */
  unclaimedDetails(fields: readonly string[]): FieldError[] {
    return this.details.filter((d) => !fields.some((f) => d.path === f || d.path === `body.${f}`));
  }
}

/** Any thrown value as an ApiError, so catch blocks have one thing to render. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'UNEXPECTED_RESPONSE', message);
}
