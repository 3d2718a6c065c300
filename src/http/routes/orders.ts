import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orderCsvColumns, orderCsvRecord } from '../../domain/orders/order-csv.js';
import { newOrderSchema, orderFilterSchema, orderStatuses, orderTiers } from '../../domain/orders/order.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { acceptCsvBodies, csvExportRoute, csvImportResultSchema, csvImportRoute } from '../csv.js';
import { idParams, standardErrors } from '../schemas.js';

const orderSchema = z
  .object({
    id: z.string(),
    buyerPartyId: z.string(),
    productId: z.string(),
    quantity: z.number().int(),
    period: z.string().meta({ description: 'The month the units are wanted in, YYYY-MM' }),
    tier: z.enum(orderTiers),
    reference: z.string().optional().meta({ description: 'The buyer’s own order number' }),
    status: z.enum(orderStatuses).meta({
      description: 'open while something is unmet; allocated once committed rounds awarded all of it',
    }),
    awarded: z.number().int().meta({ description: 'Units reserved for the order by committed rounds' }),
    lastRoundId: z
      .string()
      .nullable()
      .meta({ description: 'The latest committed round the order was a claim in, met or not' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Order' });

// Registered once at module load: the OpenAPI document names each schema by its id.
const newOrderBody = newOrderSchema.meta({ id: 'NewOrder' });
const orderImportResultSchema = csvImportResultSchema('OrderImportResult');

/** Orders: list, one, place, and in and out as CSV in one format. */
export function orderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    acceptCsvBodies(app);

    app.get(
      '/api/orders',
      {
        config: { permission: 'orders:read' },
        schema: {
          tags: ['orders'],
          summary: 'Orders, newest first, filtered (a buyer sees only its own party’s)',
          querystring: orderFilterSchema,
          response: { 200: z.array(orderSchema), ...standardErrors },
        },
      },
      (request) => ctx.orders.list(principalOf(request), request.query),
    );

    csvExportRoute(app, {
      url: '/api/orders.csv',
      permission: 'orders:read',
      tags: ['orders'],
      summary: 'The filtered list as CSV in the import format, streamed (a buyer gets only its own)',
      querystring: orderFilterSchema.omit({ limit: true, offset: true }),
      fileName: 'orders.csv',
      columns: orderCsvColumns,
      items: (principal, query) => ctx.orders.stream(principal, query),
      record: orderCsvRecord,
    });

    app.get(
      '/api/orders/:id',
      {
        config: { permission: 'orders:read' },
        schema: {
          tags: ['orders'],
          summary: 'One order (another party’s order does not exist for a buyer)',
          params: idParams,
          response: { 200: orderSchema, ...standardErrors },
        },
      },
      (request) => ctx.orders.get(principalOf(request), request.params.id),
    );

    app.post(
      '/api/orders',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags: ['orders'],
          summary:
            'Place an order (audited); a buyer orders for its own party, a reference the buyer already used is refused',
          body: newOrderBody,
          response: { 201: orderSchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.orders.create(request.body, principalOf(request))),
    );

    csvImportRoute(app, {
      url: '/api/orders/import',
      permission: 'orders:write',
      tags: ['orders'],
      summary:
        'Import orders from CSV, all or nothing; every bad row is reported by row and column (up to 100)',
      description:
        `Send the file as the body with Content-Type text/csv. Columns: ${orderCsvColumns.join(', ')}. ` +
        'quantity is whole units in digits; period is YYYY-MM; tier is firm or forecast; reference (the ' +
        'buyer’s order number) may be empty. A (buyerPartyId, reference) pair already ordered, or repeated ' +
        'in the file, is refused; rows without a reference are imported again if the file is. A buyer may ' +
        'import its own party’s orders only. With dryRun=true the whole file is checked and nothing is written.',
      result: orderImportResultSchema,
      importCsv: (source, options, principal) => ctx.orders.importCsv(source, options, principal),
    });
  };
}
