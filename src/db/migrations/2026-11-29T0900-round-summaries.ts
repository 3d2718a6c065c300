import type { Kysely } from 'kysely';

/**
 * Each round keeps its latest simulation in brief beside it (totals, per month, per buyer), so listing
 * rounds and totalling what committed rounds hold read a few hundred bytes per round, not a simulation of
 * every claim. Rounds simulated before this column existed are summarised from their simulation when read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rounds').addColumn('summary', 'text').execute();
}
