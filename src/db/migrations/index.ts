import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';
import * as initial from './2026-11-29T0000-initial.js';

export interface FrozenMigration {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

/** Every migration, in order. Forward-only: a released migration is never edited, only followed. */
export const migrations: Record<string, FrozenMigration> = {
  '2026-11-29T0000-initial': initial,
};
