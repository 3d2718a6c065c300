import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Permission } from '../../domain/accounts/roles.js';
import {
  authorisationKinds,
  moneySchema,
  signedMoneySchema,
  movementRequestSchema,
  newAuthorisationSchema,
  type MovementRequest,
} from '../../domain/authorisations/authorisation.js';
import { entryKinds } from '../../domain/authorisations/ledger.js';
import { idempotencyKeySchema } from '../../domain/idempotency/idempotency.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { dateSchema, standardErrors } from '../schemas.js';

const authorisationTermsBody = newAuthorisationSchema.meta({ id: 'AuthorisationTerms' });

const balanceSchema = z
  .object({
    authorised: z.number().int(),
    reserved: z.number().int(),
    used: z.number().int(),
    returned: z.number().int().meta({
      description: 'Units returned after shipment; they restore nothing until compliance adjusts',
    }),
    available: z.number().int(),
    valueLimited: z.boolean(),
    authorisedValue: z.number().int(),
    reservedValue: z.number().int(),
    usedValue: z.number().int(),
    availableValue: z.number().int().nullable(),
    entryCount: z.number().int(),
  })
  .meta({ id: 'LedgerBalance' });

const authorisationSchema = z
  .object({
    id: z.string(),
    terms: authorisationTermsBody,
    currency: z.string().nullable(),
    balance: balanceSchema,
    daysToExpiry: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Authorisation' });

const ledgerEntrySchema = z
  .object({
    id: z.string(),
    authorisationId: z.string(),
    entryNo: z.number().int(),
    kind: z.enum(entryKinds),
    quantity: z.number().int(),
    value: z.number().int(),
    reason: z.string().nullable(),
    reference: z.string().nullable(),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'LedgerEntry' });

const movementResultSchema = z
  .object({ entry: ledgerEntrySchema, balance: balanceSchema })
  .meta({ id: 'MovementResult' });

const idParams = z.strictObject({ id: z.uuid() });
const idempotencyHeaders = z.object({ 'idempotency-key': idempotencyKeySchema.optional() });

/** The ledger movements a person records, each behind the permission of the people who make it. */
const movements: {
  path: string;
  kind: MovementRequest['kind'];
  permission: Permission;
  summary: string;
  body: z.ZodType;
}[] = [
  {
    path: 'reservations',
    kind: 'reserve',
    permission: 'ledger:reserve',
    summary:
      'Reserve units (and value) for an order line; refused with AUTHORISATION_EXHAUSTED when not available',
    body: z.strictObject({
      quantity: z.number().int().min(1),
      value: moneySchema.optional(),
      reference: z.string().trim().max(200).optional(),
    }),
  },
  {
    path: 'releases',
    kind: 'release',
    permission: 'ledger:reserve',
    summary: 'Release reserved units back to available',
    body: z.strictObject({
      quantity: z.number().int().min(1),
      value: moneySchema.optional(),
      reason: z.string().trim().max(2000).optional(),
      reference: z.string().trim().max(200).optional(),
    }),
  },
  {
    path: 'consumptions',
    kind: 'consume',
    permission: 'ledger:ship',
    summary: 'Write reserved units off as shipped',
    body: z.strictObject({
      quantity: z.number().int().min(1),
      value: moneySchema.optional(),
      reference: z.string().trim().max(200).optional(),
    }),
  },
  {
    path: 'returns',
    kind: 'return',
    permission: 'ledger:ship',
    summary:
      'Record units returned after shipment (restores nothing: compliance adjusts if they may ship again)',
    body: z.strictObject({
      quantity: z.number().int().min(1),
      reason: z.string().trim().max(2000).optional(),
      reference: z.string().trim().max(200).optional(),
    }),
  },
  {
    path: 'adjustments',
    kind: 'adjust',
    permission: 'ledger:adjust',
    summary: 'Change the authorised quantity (signed) with a reason: the only way to amend an authorisation',
    body: z.strictObject({
      quantity: z.number().int().min(-1e12).max(1e12),
      value: signedMoneySchema.optional(),
      reason: z.string().trim().min(3).max(2000),
      reference: z.string().trim().max(200).optional(),
    }),
  },
  {
    path: 'expiry',
    kind: 'expire',
    permission: 'ledger:adjust',
    summary: 'Expire whatever is still available',
    body: z.strictObject({ reason: z.string().trim().max(2000).optional() }),
  },
];

export function authorisationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/authorisations',
      {
        config: { permission: 'authorisations:read' },
        schema: {
          tags: ['authorisations'],
          summary: 'Authorisations with their balances (a buyer sees those that name its party)',
          querystring: z.strictObject({ kind: z.enum(authorisationKinds).optional() }),
          response: { 200: z.array(authorisationSchema), ...standardErrors },
        },
      },
      (request) => ctx.authorisations.list(principalOf(request), request.query),
    );

    app.post(
      '/api/authorisations',
      {
        config: { permission: 'authorisations:write' },
        schema: {
          tags: ['authorisations'],
          summary:
            'Record an export licence, exception use, import approval or cap; its opening grant is the first ledger entry',
          body: authorisationTermsBody,
          response: { 201: authorisationSchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.authorisations.create(request.body, principalOf(request))),
    );

    app.get(
      '/api/authorisations/:id',
      {
        config: { permission: 'authorisations:read' },
        schema: {
          tags: ['authorisations'],
          summary: 'One authorisation with its balance',
          params: idParams,
          response: { 200: authorisationSchema, ...standardErrors },
        },
      },
      (request) => ctx.authorisations.get(request.params.id, principalOf(request)),
    );

    app.get(
      '/api/authorisations/:id/ledger',
      {
        config: { permission: 'authorisations:read' },
        schema: {
          tags: ['authorisations'],
          summary: 'The ledger entries in order',
          params: idParams,
          response: { 200: z.array(ledgerEntrySchema), ...standardErrors },
        },
      },
      (request) => ctx.authorisations.ledger(request.params.id, principalOf(request)),
    );

    app.get(
      '/api/authorisations/:id/ledger.csv',
      {
        config: { permission: 'authorisations:read' },
        schema: { tags: ['authorisations'], summary: 'The ledger entries as CSV', params: idParams },
      },
      async (request, reply) => {
        const entries = await ctx.authorisations.ledger(request.params.id, principalOf(request));
        const columns = ['entryNo', 'at', 'kind', 'quantity', 'value', 'reason', 'reference', 'actor', 'id'];
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="ledger-${request.params.id}.csv"`)
          .send(stringify(entries, { header: true, columns }));
      },
    );

    for (const movement of movements) {
      app.post(
        `/api/authorisations/:id/${movement.path}`,
        {
          config: { permission: movement.permission },
          schema: {
            tags: ['ledger'],
            summary: movement.summary,
            description: 'Send an Idempotency-Key header so that a retried request is applied once.',
            params: idParams,
            headers: idempotencyHeaders,
            body: movement.body,
            response: { 201: movementResultSchema, ...standardErrors },
          },
        },
        async (request, reply) => {
          const parsed = movementRequestSchema.parse({ ...(request.body as object), kind: movement.kind });
          const key = request.headers['idempotency-key'];
          const result = await ctx.authorisations.record(
            request.params.id,
            parsed,
            principalOf(request),
            key ? { key, fingerprint: [request.method, request.url, request.body] } : undefined,
          );
          if (result.replayed) void reply.header('idempotency-replayed', 'true');
          return reply.status(201).send(result.body);
        },
      );
    }

    app.post(
      '/api/authorisations/:id/reference-shipments',
      {
        config: { permission: 'ledger:ship' },
        schema: {
          tags: ['ledger'],
          summary:
            "Record a shipment to a ratio cap's reference market (e.g. a US end-use customer); the cap grows by the ratio",
          description: 'Send an Idempotency-Key header so that a retried request counts the shipment once.',
          params: idParams,
          headers: idempotencyHeaders,
          body: z.strictObject({
            customerPartyId: z.string().min(1).max(100),
            quantity: z.number().int().min(1),
            shippedOn: dateSchema,
            reference: z.string().trim().min(1).max(200),
          }),
          response: { 201: movementResultSchema, ...standardErrors },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const key = request.headers['idempotency-key'];
        const result = await ctx.authorisations.recordReferenceShipment(
          request.params.id,
          request.body,
          principal,
          key
            ? { key, userId: principal.userId, fingerprint: [request.method, request.url, request.body] }
            : undefined,
        );
        if (result.replayed) void reply.header('idempotency-replayed', 'true');
        return reply.status(201).send(result.body);
      },
    );

    app.get(
      '/api/ledger/verification',
      {
        config: { permission: 'ledger:verify' },
        schema: {
          tags: ['ledger'],
          summary: 'Re-derive every balance from its entries and report any difference',
          response: {
            200: z.object({
              ok: z.boolean(),
              authorisationsChecked: z.number().int(),
              entriesChecked: z.number().int(),
              mismatches: z.array(z.object({ authorisationId: z.string(), problem: z.string() })),
            }),
            ...standardErrors,
          },
        },
      },
      () => ctx.authorisations.verify(),
    );
  };
}
