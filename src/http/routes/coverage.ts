import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorisationKinds } from '../../domain/authorisations/authorisation.js';
import { gates } from '../../domain/coverage/coverage.js';
import { orderLineSchema } from '../../domain/coverage/coverage.service.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { standardErrors } from '../schemas.js';

const coverageSchema = z
  .object({
    line: z.object({
      productId: z.string(),
      quantity: z.number().int(),
      buyerPartyId: z.string(),
      destination: z.string(),
      date: z.string(),
    }),
    covered: z.boolean(),
    coverableQuantity: z.number().int(),
    binding: z.enum(gates).nullable(),
    gates: z.array(
      z.object({
        gate: z.enum(gates),
        required: z.boolean(),
        why: z.string(),
        draws: z.array(
          z.object({
            authorisationId: z.string(),
            kind: z.enum(authorisationKinds),
            authority: z.string(),
            number: z.string(),
            validUntil: z.string(),
            available: z.number().int(),
            draw: z.number().int(),
          }),
        ),
        coverable: z.number().int(),
        missing: z.string().nullable(),
      }),
    ),
    missing: z.array(z.string()),
  })
  .meta({ id: 'Coverage' });

export function coverageRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/coverage',
      {
        config: { permission: 'coverage:check' },
        schema: {
          tags: ['authorisations'],
          summary:
            'Which authorisations cover an order line, gate by gate, in draw order (earliest expiry, then id), and what is missing',
          body: orderLineSchema.meta({ id: 'OrderLine' }),
          response: { 200: coverageSchema, ...standardErrors },
        },
      },
      (request) => ctx.coverage.check(request.body, principalOf(request)),
    );
  };
}
