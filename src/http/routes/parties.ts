import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { partyRoles } from '../../domain/parties/party.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { standardErrors } from '../schemas.js';

export const partySchema = z
  .object({
    id: z.string(),
    legalName: z.string(),
    otherNames: z.array(z.string()),
    roles: z.array(z.enum(partyRoles)),
    country: z.string(),
    hqCountry: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Party' });

export function partyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/parties',
      {
        config: { permission: 'parties:read' },
        schema: {
          tags: ['parties'],
          summary: 'Parties (a buyer sees only its own)',
          response: { 200: z.array(partySchema), ...standardErrors },
        },
      },
      (request) => ctx.parties.list(principalOf(request)),
    );

    app.get(
      '/api/parties/:id',
      {
        config: { permission: 'parties:read' },
        schema: {
          tags: ['parties'],
          summary: 'One party',
          params: z.strictObject({ id: z.string().min(1).max(100) }),
          response: { 200: partySchema, ...standardErrors },
        },
      },
      (request) => ctx.parties.get(principalOf(request), request.params.id),
    );
  };
}
