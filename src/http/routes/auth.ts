import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { principalOf, sessionCookie } from '../auth.js';
import { standardErrors, userSchema } from '../schemas.js';

const sessionSchema = z.object({ user: userSchema, csrfToken: z.string() }).meta({ id: 'Session' });

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/sign-in',
      {
        config: {
          public: true,
          rateLimit: {
            max: ctx.config.signInRateLimit.max,
            timeWindow: ctx.config.signInRateLimit.windowSeconds * 1000,
            hook: 'preHandler',
            // Per address and username: one attacker cannot lock everyone out, nor guess one account fast.
            keyGenerator: (request) => {
              const body = request.body as { username?: unknown } | undefined;
              const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
              return `sign-in|${request.ip}|${username}`;
            },
          },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with a username and password; sets the session cookie',
          body: z.strictObject({
            username: z.string().min(1).max(100),
            password: z.string().min(1).max(256),
          }),
          response: { 200: sessionSchema, ...standardErrors },
        },
      },
      async (request, reply) => {
        const result = await ctx.accounts.signIn(request.body.username, request.body.password);
        void reply.setCookie(sessionCookie, result.sessionToken, {
          path: '/',
          httpOnly: true,
          secure: ctx.config.cookieSecure,
          sameSite: 'strict',
          expires: new Date(result.expiresAt),
          // Max-Age wins over Expires: the session lasts its length even when the client's clock is off.
          maxAge: Math.max(0, Math.round((Date.parse(result.expiresAt) - ctx.clock().getTime()) / 1000)),
        });
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/sign-out',
      {
        config: { permission: 'account:own' },
        schema: {
          tags: ['auth'],
          summary: 'Close the current session',
          response: { 204: z.null(), ...standardErrors },
        },
      },
      async (request, reply) => {
        if (request.sessionToken) await ctx.accounts.signOut(request.sessionToken, principalOf(request));
        void reply.clearCookie(sessionCookie, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { permission: 'account:own' },
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and the CSRF token for state-changing requests',
          response: {
            200: z.object({ user: userSchema, csrfToken: z.string().nullable() }),
            ...standardErrors,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const session = request.sessionToken
          ? await ctx.accounts.authenticateSession(request.sessionToken)
          : undefined;
        const user = session?.user ?? (await ctx.accounts.getUser(principal.userId));
        return { user, csrfToken: session?.csrfToken ?? null };
      },
    );
  };
}
