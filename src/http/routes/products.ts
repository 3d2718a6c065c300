import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  classificationDecisionInputSchema,
  eccnOutcomes,
} from '../../domain/products/classification-decision.js';
import { productIdSchema, productSpecSchema } from '../../domain/products/product.js';
import type { ProductView } from '../../domain/products/products.service.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { dateSchema, standardErrors } from '../schemas.js';
import { classificationSchema, toClassificationBody } from './classification-body.js';

// Registered once at module load: the OpenAPI document names each schema by its id.
const productSpecBody = productSpecSchema.meta({ id: 'ProductSpec' });
const decisionInputBody = classificationDecisionInputSchema.meta({ id: 'ClassificationDecisionRequest' });

const decisionSchema = z
  .object({
    id: z.string(),
    productId: z.string(),
    decision: z.enum(['confirm', 'override']),
    eccn: z.enum(eccnOutcomes),
    computedEccn: z.enum(eccnOutcomes),
    ruleSetVersion: z.string(),
    reason: z.string(),
    decidedBy: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'ClassificationDecision' });

const productViewSchema = z
  .object({
    product: productSpecBody,
    asOf: z.string(),
    classification: classificationSchema,
    standing: z.object({
      eccn: z.enum(eccnOutcomes),
      status: z.enum(['computed', 'confirmed', 'overridden', 'confirmation-stale']),
    }),
    decisions: z.array(decisionSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProductView' });

function toBody(view: ProductView): z.input<typeof productViewSchema> {
  return { ...view, classification: toClassificationBody(view.classification) };
}

const asOfQuery = z.strictObject({ asOf: dateSchema.optional() });

export function productRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/products',
      {
        config: { permission: 'products:read' },
        schema: {
          tags: ['products'],
          summary:
            'The product catalogue, each product classified under the rules in force on asOf (default today)',
          querystring: asOfQuery,
          response: { 200: z.array(productViewSchema), ...standardErrors },
        },
      },
      async (request) => (await ctx.products.list(request.query.asOf)).map(toBody),
    );

    app.get(
      '/api/products/:id',
      {
        config: { permission: 'products:read' },
        schema: {
          tags: ['products'],
          summary: 'One product with its classification, explanation, sources and decisions',
          params: z.strictObject({ id: productIdSchema }),
          querystring: asOfQuery,
          response: { 200: productViewSchema, ...standardErrors },
        },
      },
      async (request) => toBody(await ctx.products.get(request.params.id, request.query.asOf)),
    );

    app.post(
      '/api/products',
      {
        config: { permission: 'products:write' },
        schema: {
          tags: ['products'],
          summary: 'Add a product with its technical figures and their sources',
          body: productSpecBody,
          response: { 201: productViewSchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(toBody(await ctx.products.create(request.body, principalOf(request)))),
    );

    app.post(
      '/api/products/:id/classification-decisions',
      {
        config: { permission: 'classification:decide' },
        schema: {
          tags: ['products'],
          summary: 'Confirm the computed class, or override it, with a reason (audited)',
          params: z.strictObject({ id: productIdSchema }),
          body: decisionInputBody,
          response: { 201: productViewSchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(toBody(await ctx.products.decide(request.params.id, request.body, principalOf(request)))),
    );
  };
}
