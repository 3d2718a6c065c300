import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { supplyFilterSchema, supplyKinds, supplyPlanInputSchema } from '../../domain/supply/supply-plan.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { standardErrors } from '../schemas.js';

const supplyPlanSchema = z
  .object({
    productId: z.string(),
    period: z.string().meta({ description: 'YYYY-MM' }),
    kind: z.enum(supplyKinds),
    units: z.number().int(),
    note: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupplyPlan' });

const supplyPlanBody = supplyPlanInputSchema.meta({ id: 'SupplyPlanLine' });

/** Supply plans: what allocation rounds hand out, product × month × kind. */
export function supplyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/supply',
      {
        config: { permission: 'supply:read' },
        schema: {
          tags: ['supply'],
          summary: 'Supply plan lines by product, period and kind (one product’s with productId)',
          querystring: supplyFilterSchema,
          response: { 200: z.array(supplyPlanSchema), ...standardErrors },
        },
      },
      (request) => ctx.supply.list(request.query),
    );

    app.put(
      '/api/supply',
      {
        config: { permission: 'supply:write' },
        schema: {
          tags: ['supply'],
          summary:
            'Set one plan line, adding it if new (audited with the line before and after); units 0 clears it',
          body: supplyPlanBody,
          response: { 200: supplyPlanSchema, ...standardErrors },
        },
      },
      (request) => ctx.supply.set(request.body, principalOf(request)),
    );
  };
}
