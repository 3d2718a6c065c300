import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newUserSchema } from '../../domain/accounts/accounts.service.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { instantSchema, standardErrors, userSchema } from '../schemas.js';

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['users'],
          summary: 'List users',
          response: { 200: z.array(userSchema), ...standardErrors },
        },
      },
      () => ctx.accounts.listUsers(),
    );

    app.post(
      '/api/users',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['users'],
          summary: 'Create a user (a buyer names its party)',
          body: newUserSchema,
          response: { 201: userSchema, ...standardErrors },
        },
      },
      async (request, reply) => {
        const user = await ctx.accounts.createUser(request.body, principalOf(request));
        return reply.status(201).send(user);
      },
    );

    app.get(
      '/api/tokens',
      {
        config: { permission: 'account:own' },
        schema: {
          tags: ['users'],
          summary: 'Your API tokens',
          response: { 200: z.array(tokenSchema), ...standardErrors },
        },
      },
      (request) => ctx.accounts.listTokens(principalOf(request)),
    );

    app.post(
      '/api/tokens',
      {
        config: { permission: 'account:own' },
        schema: {
          tags: ['users'],
          summary: 'Create an API token for yourself; the token is shown only in this response',
          body: z.strictObject({
            name: z.string().trim().min(1).max(100),
            expiresInDays: z.number().int().min(1).max(366).optional(),
          }),
          response: {
            201: z.object({
              id: z.string(),
              name: z.string(),
              token: z.string(),
              expiresAt: instantSchema.nullable(),
            }),
            ...standardErrors,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.accounts.createToken(principalOf(request), request.body)),
    );

    app.delete(
      '/api/tokens/:id',
      {
        config: { permission: 'account:own' },
        schema: {
          tags: ['users'],
          summary: 'Revoke one of your API tokens',
          params: z.strictObject({ id: z.uuid() }),
          response: { 204: z.null(), ...standardErrors },
        },
      },
      async (request, reply) => {
        await ctx.accounts.revokeToken(principalOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
