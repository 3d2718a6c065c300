import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../domain/accounts/principal.js';
import { roleMay, type Permission } from '../domain/accounts/roles.js';
import { secretsEqual } from '../domain/accounts/secrets.js';
import { DomainError } from '../domain/errors.js';
import type { AppContext } from '../context.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must be allowed to do. Every /api route names one, or says it is public. */
    permission?: Permission;
    public?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
    /** The session cookie's value when the caller signed in through the browser. */
    sessionToken: string | undefined;
  }
}

export const sessionCookie = 'tranche_session';
export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The principal of an authenticated request; routes behind a permission always have one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return request.principal;
}

/**
 * Authentication and authorisation for every route, in one hook. A route under /api that names neither a
 * permission nor `public` fails the start of the app, so nothing is reachable by omission.
 */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('sessionToken', undefined);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const config = route.config;
    if (!config?.permission && !config?.public && route.method !== 'HEAD') {
      throw new Error(`route ${String(route.method)} ${route.url} names no permission and is not public`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    // Outside /api only the UI's static shell and assets are served: they hold no data.
    if (config.public || !request.routeOptions.url?.startsWith('/api/')) return;

    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match?.[1] ? await ctx.accounts.authenticateToken(match[1]) : undefined;
      if (!principal)
        throw new DomainError('UNAUTHENTICATED', 'The API token is not valid, has expired or was revoked.');
      request.principal = principal;
    } else {
      const token = request.cookies[sessionCookie];
      const session = token ? await ctx.accounts.authenticateSession(token) : undefined;
      if (!token || !session)
        throw new DomainError('UNAUTHENTICATED', 'Sign in first; your session may have expired.');
      // Cookies ride along on cross-site requests; a state change also needs the token only our pages can read.
      if (!safeMethods.has(request.method)) {
        const sent = request.headers[csrfHeader];
        if (typeof sent !== 'string' || !secretsEqual(sent, session.csrfToken)) {
          throw new DomainError(
            'CSRF_TOKEN_INVALID',
            `The ${csrfHeader} header is missing or does not match this session.`,
          );
        }
      }
      request.principal = session.principal;
      request.sessionToken = token;
    }

    const permission = config.permission;
    if (!permission || !roleMay(request.principal.role, permission)) {
      throw new DomainError('FORBIDDEN', `The ${request.principal.role} role may not do this.`);
    }
  });
}
