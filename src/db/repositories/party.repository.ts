import { sql } from 'kysely';
import type { Executor, Tx } from '../database.js';
import type { PartiesTable } from '../schema/parties.table.js';

export interface PartyRowFilter {
  /** Only this party (a buyer's own). */
  onlyId?: string | undefined;
  role?: string | undefined;
  country?: string | undefined;
  screeningStatus?: string | undefined;
  /** Already folded the way `searchNames` is; matched as a substring. */
  nameContains?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
function likeSubstring(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Executor, filter: PartyRowFilter) {
  let query = db.selectFrom('parties');
  if (filter.onlyId !== undefined) query = query.where('id', '=', filter.onlyId);
  if (filter.country !== undefined) query = query.where('country', '=', filter.country);
  if (filter.screeningStatus !== undefined)
    query = query.where('screeningStatus', '=', filter.screeningStatus);
  // Roles are a JSON array of fixed words, so the quoted word matches exactly one element.
  if (filter.role !== undefined)
    query = query.where('roles', 'like', likeSubstring(JSON.stringify(filter.role)));
  if (filter.nameContains) {
    // Both sides are folded by the application, so LIKE's engine-specific case rules never come into play.
    query = query.where(sql<boolean>`search_names like ${likeSubstring(filter.nameContains)} escape '\\'`);
  }
  return query;
}

/** Parties matching the filter, by legal name then id. */
export function listParties(db: Executor, filter: PartyRowFilter = {}): Promise<PartiesTable[]> {
  let query = filtered(db, filter).selectAll().orderBy('legalName').orderBy('id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  if (filter.offset) query = query.offset(filter.offset);
  return query.execute();
}

/**
 * Every party matching the filter, in the list's order, one page at a time: an export of any size in
 * bounded memory, with keyset paging that stays correct while parties are added.
 */
export async function* streamParties(
  db: Executor,
  filter: Omit<PartyRowFilter, 'limit' | 'offset'>,
  pageSize = 1000,
): AsyncGenerator<PartiesTable> {
  let after: { legalName: string; id: string } | undefined;
  for (;;) {
    let query = filtered(db, filter).selectAll();
    if (after) {
      const { legalName, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb('legalName', '>', legalName),
          eb.and([eb('legalName', '=', legalName), eb('id', '>', id)]),
        ]),
      );
    }
    const page = await query.orderBy('legalName').orderBy('id').limit(pageSize).execute();
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { legalName: last.legalName, id: last.id };
  }
}

export function findParty(db: Executor, id: string): Promise<PartiesTable | undefined> {
  return db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads a party for a change, holding its row until the transaction ends, so two concurrent changes
 * queue and each audits the state it really changed. A no-op UPDATE takes the row lock on PostgreSQL
 * and is harmless on SQLite, where the transaction already holds the write lock.
 */
export function lockParty(tx: Tx, id: string): Promise<PartiesTable | undefined> {
  return tx
    .updateTable('parties')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Which of these ids already name a party. */
export async function existingPartyIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('parties').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}

/** Of these parties, those restricted-party screening holds (a possible or confirmed list match). */
export async function partiesOnHold(
  db: Executor,
  ids: readonly string[],
): Promise<Pick<PartiesTable, 'id' | 'legalName'>[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('parties')
    .select(['id', 'legalName'])
    .where('id', 'in', ids)
    .where('screeningStatus', 'in', ['potential-match', 'confirmed'])
    .orderBy('id')
    .execute();
}

export async function insertParty(tx: Tx, party: PartiesTable): Promise<void> {
  await tx.insertInto('parties').values(party).execute();
}

/** Inserts rows in one statement; callers keep batches small enough for SQLite's bound-parameter limit. */
export async function insertParties(tx: Tx, parties: readonly PartiesTable[]): Promise<void> {
  if (parties.length === 0) return;
  await tx.insertInto('parties').values(parties).execute();
}

export async function updateParty(tx: Tx, party: PartiesTable): Promise<void> {
  const { id, createdAt: _createdAt, ...changes } = party;
  await tx.updateTable('parties').set(changes).where('id', '=', id).execute();
}
