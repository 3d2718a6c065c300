import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  newRoundSchema,
  roundChangesSchema,
  roundStatuses,
  whatIfSchema,
} from '../../domain/rounds/round.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { standardErrors } from '../schemas.js';

const roundTermsBody = newRoundSchema.meta({ id: 'RoundTerms' });
const roundChangesBody = roundChangesSchema.meta({ id: 'RoundChanges' });
const whatIfBody = whatIfSchema.meta({ id: 'RoundWhatIf' });

const periodOutcomeSchema = z
  .object({
    id: z.string(),
    supply: z.number().int().meta({ description: 'Units offered to the round in the month' }),
    available: z.number().int().meta({ description: 'Offered plus carried over from the month before' }),
    allocated: z.number().int(),
    carriedOver: z.number().int(),
  })
  .meta({ id: 'RoundPeriod' });

const supplyOfferSchema = z
  .object({
    period: z.string(),
    planned: z.number().int().meta({ description: 'Inventory and production planned for the month' }),
    committedElsewhere: z
      .number()
      .int()
      .meta({ description: 'Units other committed rounds awarded in the month' }),
    offered: z.number().int().meta({
      description:
        'Units offered to this round: planned stock no committed round holds, kept where later committed awards need it',
    }),
  })
  .meta({ id: 'SupplyOffer' });

const roundSummarySchema = z
  .object({
    simulatedAt: z.string(),
    terms: z.object({
      rule: z.string(),
      lot: z.number().int(),
      carryOver: z.boolean(),
      carryUnmet: z.boolean(),
      criteria: z.object({
        description: z.string(),
        tiers: z.object({ firm: z.number().int(), forecast: z.number().int() }),
        weights: z.record(z.string(), z.number()),
      }),
    }),
    periods: z.array(periodOutcomeSchema),
    buyers: z.array(
      z.object({
        buyerPartyId: z.string(),
        claims: z.number().int(),
        requested: z.number().int(),
        awarded: z.number().int(),
      }),
    ),
    requested: z.number().int(),
    awarded: z.number().int(),
    claims: z.number().int(),
    uncovered: z.number().int(),
  })
  .meta({ id: 'RoundSummary' });

const simulationSchema = z
  .object({
    simulatedAt: z.string(),
    periods: z.array(periodOutcomeSchema),
    claims: z.array(
      z.object({
        orderId: z.string(),
        buyerPartyId: z.string(),
        quantity: z.number().int().meta({ description: 'What the order still needed when simulated' }),
        ordered: z.number().int().optional().meta({ description: 'The order’s full quantity' }),
        carriedFrom: z
          .string()
          .nullable()
          .optional()
          .meta({ description: 'The committed round that left the order unmet, when carried' }),
        period: z.string(),
        tier: z.number().int(),
        weight: z.number(),
        groups: z.array(z.string()),
        awarded: z.number().int(),
        binding: z.string().meta({ description: 'claim, supply, or group:<authorisation names>' }),
        level: z.number().optional().meta({
          description:
            'λ where the claim stopped: units per unit of weight (max-min) or the allocation coefficient (pro-rata); 0 when not short',
        }),
        boundIn: z.string().nullable().optional().meta({ description: 'The month the claim stopped in' }),
        statement: z.string(),
      }),
    ),
    awards: z.array(z.object({ orderId: z.string(), period: z.string(), quantity: z.number().int() })),
    groups: z.array(
      z.object({
        id: z.string(),
        authorisationIds: z.array(z.string()),
        gate: z.string(),
        cap: z.number().int(),
      }),
    ),
    uncovered: z.array(
      z.object({
        orderId: z.string(),
        buyerPartyId: z.string(),
        quantity: z.number().int(),
        period: z.string(),
        missing: z.array(z.string()),
      }),
    ),
    ledgerVersions: z.record(z.string(), z.number().int()),
    supply: z.array(supplyOfferSchema),
    previous: roundSummarySchema
      .nullable()
      .meta({ description: 'The simulation this one replaced, in brief' }),
  })
  .meta({ id: 'RoundSimulation' });

const whatIfResultSchema = z
  .object({
    terms: roundTermsBody,
    supply: z.array(supplyOfferSchema),
    current: roundSummarySchema.nullable().meta({ description: 'The round’s last simulation, if any' }),
    whatIf: roundSummarySchema,
    changed: z
      .number()
      .int()
      .meta({ description: 'How many claims’ awards differ from the last simulation' }),
    changes: z.array(
      z.object({
        orderId: z.string(),
        buyerPartyId: z.string(),
        quantity: z.number().int(),
        before: z.number().int(),
        after: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'RoundWhatIfResult' });

const roundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    productId: z.string(),
    status: z.enum(roundStatuses),
    terms: roundTermsBody,
    simulation: simulationSchema.nullable(),
    summary: roundSummarySchema.nullable().meta({
      description:
        'The latest simulation in brief (totals, per month, per buyer); null before the first. A buyer’s covers its own claims.',
    }),
    createdBy: z.string(),
    createdAt: z.string(),
    simulatedBy: z.string().nullable(),
    simulatedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    committedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Round' });

const roundListItemSchema = roundSchema.omit({ simulation: true }).meta({ id: 'RoundListItem' });

const idParams = z.strictObject({ id: z.uuid() });

/** The steps of a round, each behind the permission of the people who take it. */
const steps = [
  {
    path: 'approval',
    permission: 'rounds:approve',
    summary: 'Approve the simulation; refused to the person who simulated it',
    run: (ctx: AppContext) => ctx.rounds.approve.bind(ctx.rounds),
  },
  {
    path: 'commit',
    permission: 'rounds:commit',
    summary:
      'Reserve every award in every covering ledger in one transaction; ROUND_STALE when a ledger moved since the simulation',
    run: (ctx: AppContext) => ctx.rounds.commit.bind(ctx.rounds),
  },
  {
    path: 'closure',
    permission: 'rounds:plan',
    summary: 'Close the round',
    run: (ctx: AppContext) => ctx.rounds.close.bind(ctx.rounds),
  },
] as const;

/** Allocation rounds: drafted, simulated, approved by a second person, committed into the ledgers, closed. */
export function roundRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/rounds',
      {
        config: { permission: 'rounds:read' },
        schema: {
          tags: ['rounds'],
          summary:
            'Rounds, newest first (one product’s with productId), each with its simulation in brief; a buyer sees the simulated rounds holding its orders, and only its own part',
          querystring: z.strictObject({ productId: z.string().min(1).max(100).optional() }),
          response: { 200: z.array(roundListItemSchema), ...standardErrors },
        },
      },
      (request) => ctx.rounds.list(request.query.productId, principalOf(request)),
    );

    app.post(
      '/api/rounds',
      {
        config: { permission: 'rounds:plan' },
        schema: {
          tags: ['rounds'],
          summary: 'Draft a round with its published criteria',
          body: roundTermsBody,
          response: { 201: roundSchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.rounds.create(request.body, principalOf(request))),
    );

    app.get(
      '/api/rounds/:id',
      {
        config: { permission: 'rounds:read' },
        schema: {
          tags: ['rounds'],
          summary: 'One round with its latest simulation: awards, statements, orders without coverage',
          params: idParams,
          response: { 200: roundSchema, ...standardErrors },
        },
      },
      (request) => ctx.rounds.get(request.params.id, principalOf(request)),
    );

    app.post(
      '/api/rounds/:id/simulation',
      {
        config: { permission: 'rounds:plan' },
        schema: {
          tags: ['rounds'],
          summary:
            'Simulate the round (claims from open orders, caps from coverage, supply from the plans), adopting any changes to its terms first; reserves nothing',
          params: idParams,
          // No body (or null) simulates under the terms as they are.
          body: roundChangesBody.nullish(),
          response: { 200: roundSchema, ...standardErrors },
        },
      },
      (request) => ctx.rounds.simulate(request.params.id, principalOf(request), request.body ?? undefined),
    );

    app.post(
      '/api/rounds/:id/what-if',
      {
        config: { permission: 'rounds:plan' },
        schema: {
          tags: ['rounds'],
          summary:
            'What the round would award under other terms or capacity, beside its last simulation; changes nothing',
          params: idParams,
          body: whatIfBody,
          response: { 200: whatIfResultSchema, ...standardErrors },
        },
      },
      (request) => ctx.rounds.whatIf(request.params.id, request.body, principalOf(request)),
    );

    for (const step of steps) {
      app.post(
        `/api/rounds/:id/${step.path}`,
        {
          config: { permission: step.permission },
          schema: {
            tags: ['rounds'],
            summary: step.summary,
            params: idParams,
            response: { 200: roundSchema, ...standardErrors },
          },
        },
        (request) => step.run(ctx)(request.params.id, principalOf(request)),
      );
    }
  };
}
