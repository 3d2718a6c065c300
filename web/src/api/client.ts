import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError } from './api-error';

/**
 * The one typed client the UI talks to the API through. The session lives in an HttpOnly cookie the page
 * cannot read; state-changing requests must also carry the session's CSRF token, which the server hands
 * out on sign-in and on GET /api/auth/me and which we keep only in memory.
 */
let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

const sessionEndedListeners = new Set<() => void>();

/** Called whenever the server answers 401 outside sign-in: the session expired or was closed elsewhere. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (!safeMethods.has(request.method) && csrfToken !== null)
      request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A wrong password is a 401 too, but it belongs to the sign-in form, not to a lost session.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/api/auth/sign-in')) {
      csrfToken = null;
      for (const listener of sessionEndedListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionMiddleware);

type ApiResult<Data> = { data?: Data; error?: unknown; response: Response };

/**
 * Waits for an openapi-fetch call and returns its data, or throws an ApiError carrying the server's
 * `{ error: { code, message, details } }` so pages can show the message and put field errors by their fields.
 */
export async function unwrap<Data>(pending: Promise<ApiResult<Data>>): Promise<Data> {
  let result: ApiResult<Data>;
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.unreachable(cause);
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response.status, result.error);
  return result.data as Data;
}
