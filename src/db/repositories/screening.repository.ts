import { sql } from 'kysely';
import type { Executor, Tx } from '../database.js';
import { isPostgres } from '../dialect.js';
import type {
  ScreeningDecisionsTable,
  ScreeningListEntriesTable,
  ScreeningListVersionsTable,
  ScreeningMatchesTable,
  ScreeningsTable,
} from '../schema/screening.table.js';

/**
 * Rows per multi-row INSERT, by the table's column count, and ids per IN list: every statement binds at
 * most about 10,000 parameters, well inside SQLite's 32,766 and PostgreSQL's 65,535.
 */
const maxParameters = 10_000;
const idsPerStatement = 1_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

function rowsPerInsert(columns: number): number {
  return Math.max(1, Math.floor(maxParameters / columns));
}

// ---- list versions and entries ----

/** The versions in force, one per kind at most (the partial unique index holds it). */
/** The word statistics kept with a version, and the changes since they were taken. */
export function findWeighting(
  db: Executor,
  versionId: string,
): Promise<Pick<ScreeningListVersionsTable, 'wordStatistics' | 'changesSinceWeighting'> | undefined> {
  return db
    .selectFrom('screeningListVersions')
    .select(['wordStatistics', 'changesSinceWeighting'])
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export async function setListVersionWeighting(
  tx: Tx,
  id: string,
  weighting: Pick<ScreeningListVersionsTable, 'wordStatistics' | 'changesSinceWeighting'>,
): Promise<void> {
  await tx.updateTable('screeningListVersions').set(weighting).where('id', '=', id).execute();
}

export function activeListVersions(db: Executor): Promise<{ id: string; kind: string }[]> {
  return db
    .selectFrom('screeningListVersions')
    .select(['id', 'kind'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}

export function findActiveListVersion(
  db: Executor,
  kind: string,
): Promise<ScreeningListVersionsTable | undefined> {
  return db
    .selectFrom('screeningListVersions')
    .selectAll()
    .where('kind', '=', kind)
    .where('active', '=', 1)
    .executeTakeFirst();
}

/** Every version of every kind, newest first. */
/** Every version, newest first, without the word statistics (large, and the matcher's business). */
export function listListVersions(
  db: Executor,
): Promise<Omit<ScreeningListVersionsTable, 'wordStatistics' | 'changesSinceWeighting'>[]> {
  return db
    .selectFrom('screeningListVersions')
    .select([
      'id',
      'kind',
      'importedAt',
      'importedBy',
      'files',
      'entryCount',
      'active',
      'supersededAt',
      'delta',
    ])
    .orderBy('id', 'desc')
    .execute();
}

export async function supersedeListVersion(tx: Tx, id: string, at: string): Promise<void> {
  await tx
    .updateTable('screeningListVersions')
    .set({ active: 0, supersededAt: at })
    .where('id', '=', id)
    .execute();
}

export async function insertListVersion(tx: Tx, row: ScreeningListVersionsTable): Promise<void> {
  await tx.insertInto('screeningListVersions').values(row).execute();
}

export async function setListVersionDelta(tx: Tx, id: string, delta: string): Promise<void> {
  await tx.updateTable('screeningListVersions').set({ delta }).where('id', '=', id).execute();
}

/** Inserts a version's entries in bounded multi-row statements. */
export async function insertListEntries(tx: Tx, rows: readonly ScreeningListEntriesTable[]): Promise<void> {
  for (const batch of chunks(rows, rowsPerInsert(6))) {
    await tx.insertInto('screeningListEntries').values(batch).execute();
  }
}

/** A version's entries, a page at a time in entry-id order: bounded memory per page. */
export async function* streamListEntries(
  db: Executor,
  versionId: string,
  pageSize = 2000,
): AsyncGenerator<Pick<ScreeningListEntriesTable, 'entryId' | 'contentHash' | 'entry'>> {
  let after: string | undefined;
  for (;;) {
    let query = db
      .selectFrom('screeningListEntries')
      .select(['entryId', 'contentHash', 'entry'])
      .where('versionId', '=', versionId);
    if (after !== undefined) query = query.where('entryId', '>', after);
    const page = await query.orderBy('entryId').limit(pageSize).execute();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.entryId;
  }
}

/** Entry id → content hash of a version: what the next version is compared with. */
export async function listEntryHashes(db: Executor, versionId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('screeningListEntries')
    .select(['entryId', 'contentHash'])
    .where('versionId', '=', versionId)
    .execute();
  return new Map(rows.map((row) => [row.entryId, row.contentHash]));
}

// ---- parties as screening reads them ----

export interface PartyScreeningRow {
  id: string;
  legalName: string;
  /** JSON array. */
  otherNames: string;
  country: string;
  screeningStatus: string;
}

/** Every party's names and status, a page at a time in id order (keyset paging). */
export async function* streamPartiesForScreening(
  db: Executor,
  pageSize = 2000,
): AsyncGenerator<PartyScreeningRow> {
  let after: string | undefined;
  for (;;) {
    let query = db
      .selectFrom('parties')
      .select(['id', 'legalName', 'otherNames', 'country', 'screeningStatus']);
    if (after !== undefined) query = query.where('id', '>', after);
    const page = await query.orderBy('id').limit(pageSize).execute();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}

export async function findPartiesForScreening(
  db: Executor,
  ids: readonly string[],
): Promise<PartyScreeningRow[]> {
  const out: PartyScreeningRow[] = [];
  for (const batch of chunks(ids, idsPerStatement)) {
    out.push(
      ...(await db
        .selectFrom('parties')
        .select(['id', 'legalName', 'otherNames', 'country', 'screeningStatus'])
        .where('id', 'in', batch)
        .execute()),
    );
  }
  return out;
}

/** Sets the screening status of many parties: one statement per status and chunk of ids. */
export async function setScreeningStatuses(tx: Tx, byStatus: ReadonlyMap<string, string[]>): Promise<void> {
  for (const [status, ids] of byStatus) {
    for (const batch of chunks(ids, idsPerStatement)) {
      await tx.updateTable('parties').set({ screeningStatus: status }).where('id', 'in', batch).execute();
    }
  }
}

// ---- screenings and current matches ----

export async function insertScreenings(tx: Tx, rows: readonly ScreeningsTable[]): Promise<void> {
  for (const batch of chunks(rows, rowsPerInsert(10))) {
    await tx.insertInto('screenings').values(batch).execute();
  }
}

/** Replaces the current matches of these parties with `rows` (which name only these parties). */
export async function replaceMatches(
  tx: Tx,
  partyIds: readonly string[],
  rows: readonly ScreeningMatchesTable[],
): Promise<void> {
  for (const batch of chunks(partyIds, idsPerStatement)) {
    await tx.deleteFrom('screeningMatches').where('partyId', 'in', batch).execute();
  }
  for (const batch of chunks(rows, rowsPerInsert(9))) {
    await tx.insertInto('screeningMatches').values(batch).execute();
  }
}

/** The parties whose current matches reference any of these entries. */
export async function partiesHeldOn(db: Executor, entryIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const batch of chunks(entryIds, idsPerStatement)) {
    const rows = await db
      .selectFrom('screeningMatches')
      .select('partyId')
      .distinct()
      .where('entryId', 'in', batch)
      .execute();
    for (const row of rows) out.add(row.partyId);
  }
  return out;
}

export function findMatch(
  db: Executor,
  partyId: string,
  entryId: string,
): Promise<ScreeningMatchesTable | undefined> {
  return db
    .selectFrom('screeningMatches')
    .selectAll()
    .where('partyId', '=', partyId)
    .where('entryId', '=', entryId)
    .executeTakeFirst();
}

/** The confirmed current matches of these parties (each row's `match` is the stored JSON). */
export async function confirmedMatchesOf(
  db: Executor,
  partyIds: readonly string[],
): Promise<Pick<ScreeningMatchesTable, 'partyId' | 'match'>[]> {
  const out: Pick<ScreeningMatchesTable, 'partyId' | 'match'>[] = [];
  for (const batch of chunks(partyIds, idsPerStatement)) {
    out.push(
      ...(await db
        .selectFrom('screeningMatches')
        .select(['partyId', 'match'])
        .where('partyId', 'in', batch)
        .where('state', '=', 'confirmed')
        .execute()),
    );
  }
  return out;
}

export async function deleteMatch(tx: Tx, partyId: string, entryId: string): Promise<void> {
  await tx
    .deleteFrom('screeningMatches')
    .where('partyId', '=', partyId)
    .where('entryId', '=', entryId)
    .execute();
}

/** A party's current matches, best first: each one's decided state, and the match as found (JSON). */
export function currentMatchesOf(
  db: Executor,
  partyId: string,
): Promise<Pick<ScreeningMatchesTable, 'state' | 'match'>[]> {
  return db
    .selectFrom('screeningMatches')
    .select(['state', 'match'])
    .where('partyId', '=', partyId)
    .orderBy('scoreMilli', 'desc')
    .orderBy('entryId')
    .execute();
}

export async function matchStatesOf(db: Executor, partyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('screeningMatches')
    .select('state')
    .where('partyId', '=', partyId)
    .execute();
  return rows.map((row) => row.state);
}

export async function setMatchState(tx: Tx, partyId: string, entryId: string, state: string): Promise<void> {
  await tx
    .updateTable('screeningMatches')
    .set({ state })
    .where('partyId', '=', partyId)
    .where('entryId', '=', entryId)
    .execute();
}

export interface QueueRow {
  partyId: string;
  legalName: string;
  country: string;
  screeningStatus: string;
  screeningId: string;
  screenedAt: string;
  match: string;
  entry: string;
}

/** Potential matches waiting for review, oldest screening first, with the party and the listed entry. */
export function listQueue(db: Executor, page: { limit: number; offset: number }): Promise<QueueRow[]> {
  return db
    .selectFrom('screeningMatches as m')
    .innerJoin('parties as p', 'p.id', 'm.partyId')
    .innerJoin('screeningListEntries as e', (join) =>
      join.onRef('e.versionId', '=', 'm.versionId').onRef('e.entryId', '=', 'm.entryId'),
    )
    .select([
      'm.partyId',
      'p.legalName',
      'p.country',
      'p.screeningStatus',
      'm.screeningId',
      'm.screenedAt',
      'm.match',
      'e.entry',
    ])
    .where('m.state', '=', 'potential')
    .orderBy('m.screenedAt')
    .orderBy('m.partyId')
    .orderBy('m.scoreMilli', 'desc')
    .orderBy('m.entryId')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countQueue(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('screeningMatches')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('state', '=', 'potential')
    .executeTakeFirstOrThrow();
  return row.count;
}

/** A party's screenings, newest first. */
export function listScreenings(db: Executor, partyId: string, limit: number): Promise<ScreeningsTable[]> {
  return db
    .selectFrom('screenings')
    .selectAll()
    .where('partyId', '=', partyId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

// ---- decisions ----

export async function insertDecision(tx: Tx, row: ScreeningDecisionsTable): Promise<void> {
  await tx.insertInto('screeningDecisions').values(row).execute();
}

/** The decisions on these parties, oldest first (ids are time-ordered): the last per entry is in force. */
export async function decisionsOf(
  db: Executor,
  partyIds: readonly string[],
): Promise<ScreeningDecisionsTable[]> {
  const out: ScreeningDecisionsTable[] = [];
  for (const batch of chunks(partyIds, idsPerStatement)) {
    out.push(
      ...(await db
        .selectFrom('screeningDecisions')
        .selectAll()
        .where('partyId', 'in', batch)
        .orderBy('id')
        .execute()),
    );
  }
  return out;
}

/** The key of screening's advisory lock on PostgreSQL: any number no other lock of Tranche's uses. */
const screeningLockKey = 7_302_416;

/**
 * Orders list imports and party screenings across connections and instances: an import holds the lock
 * alone, a transaction that screens a party holds it shared. A party written while an import runs then
 * waits for it and screens against the new lists; an import waits for the screenings already under way
 * and its scan sees their parties. Held until the transaction ends. SQLite has one writer at a time
 * already, so there is nothing to do there.
 */
export async function holdScreeningLock(tx: Tx, mode: 'shared' | 'exclusive'): Promise<void> {
  if (!isPostgres(tx)) return;
  const lock = sql.raw(mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock');
  await sql`select ${lock}(${screeningLockKey})`.execute(tx);
}
