/**
 * What a migration may know about where it runs. Migrations take `Kysely<unknown>` and this context only,
 * never application code, so they stay frozen as written.
 */
export interface MigrationContext {
  engine: 'sqlite' | 'postgres';
}
