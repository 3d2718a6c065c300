import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newRoundSchema, roundStatuses } from '../../domain/rounds/round.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { standardErrors } from '../schemas.js';

const roundTermsBody = newRoundSchema.meta({ id: 'RoundTerms' });

const simulationSchema = z
  .object({
    simulatedAt: z.string(),
    periods: z.array(
      z.object({
        id: z.string(),
        supply: z.number().int(),
        available: z.number().int(),
        allocated: z.number().int(),
        carriedOver: z.number().int(),
      }),
    ),
    claims: z.array(
      z.object({
        orderId: z.string(),
        buyerPartyId: z.string(),
        quantity: z.number().int(),
        period: z.string(),
        tier: z.number().int(),
        weight: z.number(),
        groups: z.array(z.string()),
        awarded: z.number().int(),
        binding: z.string().meta({ description: 'claim, supply, or group:<authorisation names>' }),
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
  })
  .meta({ id: 'RoundSimulation' });

const roundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    productId: z.string(),
    status: z.enum(roundStatuses),
    terms: roundTermsBody,
    simulation: simulationSchema.nullable(),
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

const idParams = z.strictObject({ id: z.uuid() });

/** The steps of a round, each behind the permission of the people who take it. */
const steps = [
  {
    path: 'simulation',
    permission: 'rounds:plan',
    summary:
      'Simulate the round: claims from open orders, caps from coverage, supply from the plans; reserves nothing',
    run: (ctx: AppContext) => ctx.rounds.simulate.bind(ctx.rounds),
  },
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
            'Rounds, newest first (one product’s with productId); a buyer sees the simulated rounds holding its orders, and only its own part',
          querystring: z.strictObject({ productId: z.string().min(1).max(100).optional() }),
          response: { 200: z.array(roundSchema), ...standardErrors },
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
