import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Restricted-party screening: dated list versions with their entries, each screening of a party, the
 * matches it is currently held on, and reviewers' decisions.
 *
 * - `screening_list_versions`: one row per import of a list kind. At most one version of a kind is active
 *   (a partial unique index, the same on both engines), so two imports of one kind racing each other
 *   cannot both win: the second fails on the index and rolls back. Superseded versions stay stored.
 * - `screening_list_entries`: each entry of a version as JSON, with the columns lookups need and the
 *   SHA-256 of its content: a changed entry is one whose hash differs from the previous version's.
 *   Keyed (version_id, entry_id); the entry_id index serves the queue's join.
 * - `screenings`: every screening of a party, append-only in practice (never updated), with the version
 *   ids it ran against and the full result as JSON (matches with their explanations).
 * - `screening_matches`: the party's current matches, replaced by each screening; indexed by entry so a
 *   list update finds the parties held on a changed or removed entry without reading every screening,
 *   and by state so the review queue reads only potential matches.
 * - `screening_decisions`: reviewers' verdicts on (party, entry), with the entry's content hash they saw:
 *   a false positive is remembered for that version of the entry only.
 * Scores are stored in thousandths (integers), as every quantity is. Each version also keeps the word
 * statistics the matcher weighs words by (see screening.service.ts, "stable weights").
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('screening_list_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    // JSON array of { name, sha256, rows }.
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('entry_count', bigint, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    // JSON of the delta against the version it superseded and the parties re-screened.
    .addColumn('delta', 'text', (c) => c.notNull())
    // JSON WordStatistics the matcher weighs words by while this is the newest version in force, and how
    // many entries have been added, changed or removed since those statistics were taken.
    .addColumn('word_statistics', 'text', (c) => c.notNull())
    .addColumn('changes_since_weighting', bigint, (c) => c.notNull())
    .addCheckConstraint('screening_list_versions_kind_check', sql`kind in ('csl','ofac-consolidated')`)
    .addCheckConstraint('screening_list_versions_active_check', sql`active in (0, 1)`)
    .execute();
  await db.schema
    .createIndex('screening_list_versions_active_idx')
    .on('screening_list_versions')
    .column('kind')
    .unique()
    .where(sql.ref('active'), '=', 1)
    .execute();
  await db.schema
    .createIndex('screening_list_versions_kind_idx')
    .on('screening_list_versions')
    .columns(['kind', 'imported_at'])
    .execute();

  await db.schema
    .createTable('screening_list_entries')
    .addColumn('version_id', 'text', (c) => c.notNull().references('screening_list_versions.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('screening_list_entries_pk', ['version_id', 'entry_id'])
    .execute();

  await db.schema
    .createTable('screenings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('screened_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    // JSON array of the active list version ids screened against.
    .addColumn('version_ids', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: the matches with their explanations and the state each was left in.
    .addColumn('result', 'text', (c) => c.notNull())
    .addCheckConstraint('screenings_decision_check', sql`decision in ('hit','review','clear')`)
    .execute();
  await db.schema.createIndex('screenings_party_idx').on('screenings').columns(['party_id', 'id']).execute();

  await db.schema
    .createTable('screening_matches')
    .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull().references('screening_list_versions.id'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('score_milli', 'integer', (c) => c.notNull())
    .addColumn('screening_id', 'text', (c) => c.notNull().references('screenings.id'))
    .addColumn('screened_at', 'text', (c) => c.notNull())
    // JSON: the match with its explanation (variant, token pairs, score parts, party name queried).
    .addColumn('match', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('screening_matches_pk', ['party_id', 'entry_id'])
    .addCheckConstraint(
      'screening_matches_state_check',
      sql`state in ('potential','confirmed','false-positive')`,
    )
    .execute();
  await db.schema
    .createIndex('screening_matches_entry_idx')
    .on('screening_matches')
    .column('entry_id')
    .execute();
  await db.schema
    .createIndex('screening_matches_state_idx')
    .on('screening_matches')
    .columns(['state', 'screened_at', 'party_id'])
    .execute();

  await db.schema
    .createTable('screening_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'screening_decisions_decision_check',
      sql`decision in ('confirmed','false-positive','lifted')`,
    )
    .execute();
  await db.schema
    .createIndex('screening_decisions_party_idx')
    .on('screening_decisions')
    .columns(['party_id', 'entry_id', 'id'])
    .execute();
}
