import type { Principal } from '../domain/accounts/principal.js';
import type { Role } from '../domain/accounts/roles.js';
import { newSecret } from '../domain/accounts/secrets.js';
import { databaseHoldsData } from '../db/repositories/database-state.repository.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { demoAuthorisations, demoReferenceShipments } from './h200-authorisations.js';
import { demoOrders, demoOrdersLabel, demoSupply } from './h200-orders.js';
import { demoRounds, demoShipmentsBetweenRounds } from './h200-rounds.js';
import { demoList } from './h200-lists.js';
import { demoParties, demoProducts, demoUsers } from './h200-scenario.js';

export interface SeededDemo {
  users: { username: string; role: Role; password: string }[];
}

export interface DemoOptions {
  /**
   * Whether to run the demo's allocation rounds (default true): round 1 simulated by the planner, approved
   * by compliance and committed, then round 2 simulated after more approvals and US shipments. Without
   * them the demo stops at orders and supply, for a round to be run from the start.
   */
  rounds?: boolean;
}

/**
 * Seeds the 2026 H200 scenario into an empty database and returns the demo users' one-time passwords.
 * Returns undefined, writing nothing, when the database already holds data: seeding never mixes demo
 * records into real ones, and a second start does not seed twice.
 */
export async function seedDemoIfEmpty(
  ctx: AppContext,
  options: DemoOptions = {},
): Promise<SeededDemo | undefined> {
  if (await databaseHoldsData(ctx.db)) return undefined;
  for (const party of demoParties) await ctx.parties.create(party, undefined);
  for (const product of demoProducts) await ctx.products.create(product, undefined);
  for (const authorisation of demoAuthorisations) {
    const created = await ctx.authorisations.create(authorisation, undefined);
    if (created.terms.kind === 'ratio-cap') {
      for (const shipment of demoReferenceShipments) {
        await ctx.authorisations.recordReferenceShipment(created.id, shipment, undefined);
      }
    }
  }
  // The list comes after the parties so that importing it screens them all, as a first list version does.
  await ctx.screening.importList([demoList], undefined);
  // One transaction and one audit event for the whole order book, through the import's batch path.
  await ctx.orders.createMany(demoOrders, undefined, demoOrdersLabel);
  for (const line of demoSupply) await ctx.supply.set(line, undefined);
  const users: SeededDemo['users'] = [];
  const principals = new Map<string, Principal>();
  for (const user of demoUsers) {
    const password = newSecret().slice(0, 20);
    const created = await ctx.accounts.createUser(
      { ...user, password, partyId: user.partyId ?? null },
      undefined,
    );
    users.push({ username: user.username, role: user.role, password });
    principals.set(user.username, {
      userId: created.id,
      username: created.username,
      role: created.role,
      partyId: created.partyId,
    });
  }
  if (options.rounds ?? true) await runDemoRounds(ctx, principals);
  return { users };
}

/**
 * The demo's rounds, taken by its people: the planner simulates, compliance approves and commits (four
 * eyes). Round 1's commit reserves on the first-batch approvals, which expire at the end of 2026: started
 * later, the ledgers refuse it, and round 1 stays approved as a round past its time would.
 */
async function runDemoRounds(ctx: AppContext, principals: ReadonlyMap<string, Principal>): Promise<void> {
  const planner = principals.get('planner');
  const compliance = principals.get('compliance');
  if (!planner || !compliance) throw new Error('the demo has no planner or compliance user');
  const ratioCap = (await ctx.authorisations.list(undefined)).find((a) => a.terms.kind === 'ratio-cap');
  for (const [i, { terms, commit }] of demoRounds.entries()) {
    if (i > 0 && ratioCap) {
      for (const shipment of demoShipmentsBetweenRounds) {
        await ctx.authorisations.recordReferenceShipment(ratioCap.id, shipment, compliance);
      }
    }
    const round = await ctx.rounds.create(terms, planner);
    await ctx.rounds.simulate(round.id, planner);
    if (!commit) continue;
    await ctx.rounds.approve(round.id, compliance);
    await ctx.rounds.commit(round.id, compliance).catch((error: unknown) => {
      if (!(error instanceof DomainError && error.code === 'ROUND_STALE')) throw error;
    });
  }
}
