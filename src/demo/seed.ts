import type { Role } from '../domain/accounts/roles.js';
import { newSecret } from '../domain/accounts/secrets.js';
import { databaseHoldsData } from '../db/repositories/database-state.repository.js';
import type { AppContext } from '../context.js';
import { demoAuthorisations, demoReferenceShipments } from './h200-authorisations.js';
import { demoOrders, demoOrdersLabel, demoSupply } from './h200-orders.js';
import { demoParties, demoProducts, demoUsers } from './h200-scenario.js';

export interface SeededDemo {
  users: { username: string; role: Role; password: string }[];
}

/**
 * Seeds the 2026 H200 scenario into an empty database and returns the demo users' one-time passwords.
 * Returns undefined, writing nothing, when the database already holds data: seeding never mixes demo
 * records into real ones, and a second start does not seed twice.
 */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<SeededDemo | undefined> {
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
  // One transaction and one audit event for the whole order book, through the import's batch path.
  await ctx.orders.createMany(demoOrders, undefined, demoOrdersLabel);
  for (const line of demoSupply) await ctx.supply.set(line, undefined);
  const users: SeededDemo['users'] = [];
  for (const user of demoUsers) {
    const password = newSecret().slice(0, 20);
    await ctx.accounts.createUser({ ...user, password, partyId: user.partyId ?? null }, undefined);
    users.push({ username: user.username, role: user.role, password });
  }
  return { users };
}
