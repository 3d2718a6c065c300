import type { Executor, Tx } from '../database.js';
import type { PartiesTable } from '../schema/parties.table.js';

export function listParties(db: Executor, onlyId?: string): Promise<PartiesTable[]> {
  let query = db.selectFrom('parties').selectAll();
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  return query.orderBy('legalName').execute();
}

export function findParty(db: Executor, id: string): Promise<PartiesTable | undefined> {
  return db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertParty(tx: Tx, party: PartiesTable): Promise<void> {
  await tx.insertInto('parties').values(party).execute();
}
