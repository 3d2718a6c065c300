import type { Executor, Tx } from '../database.js';
import { isPostgres } from '../dialect.js';
import type { RoundsTable } from '../schema/rounds.table.js';

export async function insertRound(tx: Tx, row: RoundsTable): Promise<void> {
  await tx.insertInto('rounds').values(row).execute();
}

export function findRound(db: Executor, id: string): Promise<RoundsTable | undefined> {
  return db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a round and holds it until commit, so two people cannot move it on at once. */
export function lockRound(tx: Tx, id: string): Promise<RoundsTable | undefined> {
  const query = tx.selectFrom('rounds').selectAll().where('id', '=', id);
  return (isPostgres(tx) ? query.forUpdate() : query).executeTakeFirst();
}

export function listRounds(db: Executor, productId?: string): Promise<RoundsTable[]> {
  let query = db.selectFrom('rounds').selectAll();
  if (productId !== undefined) query = query.where('productId', '=', productId);
  return query.orderBy('createdAt', 'desc').orderBy('id').execute();
}

/** A round without its simulation: what lists and totals need. */
export type RoundHead = Omit<RoundsTable, 'simulation'>;

/** Rounds without their simulations, newest first; reading them costs the same whatever their size. */
export function listRoundHeads(db: Executor, productId?: string): Promise<RoundHead[]> {
  let query = db
    .selectFrom('rounds')
    .select([
      'id',
      'name',
      'productId',
      'status',
      'terms',
      'summary',
      'createdBy',
      'createdAt',
      'simulatedBy',
      'simulatedAt',
      'approvedBy',
      'approvedAt',
      'committedAt',
      'closedAt',
    ]);
  if (productId !== undefined) query = query.where('productId', '=', productId);
  return query.orderBy('createdAt', 'desc').orderBy('id').execute();
}

export async function updateRound(
  tx: Tx,
  id: string,
  changes: Partial<Omit<RoundsTable, 'id' | 'productId' | 'createdBy' | 'createdAt'>>,
): Promise<void> {
  await tx.updateTable('rounds').set(changes).where('id', '=', id).execute();
}
