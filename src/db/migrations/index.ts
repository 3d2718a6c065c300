import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';
import * as initial from './2026-11-29T0000-initial.js';
import * as partyDetails from './2026-11-29T0100-party-details.js';
import * as authorisations from './2026-11-29T0200-authorisations.js';
import * as returnedQuantity from './2026-11-29T0300-returned-quantity.js';
import * as ordersAndSupply from './2026-11-29T0400-orders-and-supply.js';
import * as rounds from './2026-11-29T0500-rounds.js';
import * as orderAwards from './2026-11-29T0600-order-awards.js';
import * as screening from './2026-11-29T0700-screening.js';
import * as rateLimits from './2026-11-29T0800-rate-limits.js';
import * as roundSummaries from './2026-11-29T0900-round-summaries.js';

export interface FrozenMigration {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

/** Every migration, in order. Forward-only: a released migration is never edited, only followed. */
export const migrations: Record<string, FrozenMigration> = {
  '2026-11-29T0000-initial': initial,
  '2026-11-29T0100-party-details': partyDetails,
  '2026-11-29T0200-authorisations': authorisations,
  '2026-11-29T0300-returned-quantity': returnedQuantity,
  '2026-11-29T0400-orders-and-supply': ordersAndSupply,
  '2026-11-29T0500-rounds': rounds,
  '2026-11-29T0600-order-awards': orderAwards,
  '2026-11-29T0700-screening': screening,
  '2026-11-29T0800-rate-limits': rateLimits,
  '2026-11-29T0900-round-summaries': roundSummaries,
};
