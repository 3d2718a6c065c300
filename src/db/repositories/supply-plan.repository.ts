import type { Executor, Tx } from '../database.js';
import type { SupplyPlansTable } from '../schema/supply-plans.table.js';

export type SupplyPlanKey = Pick<SupplyPlansTable, 'productId' | 'period' | 'kind'>;

/** Plan lines by product, period and kind; all products when none is named. */
export function listSupplyPlans(db: Executor, productId?: string): Promise<SupplyPlansTable[]> {
  let query = db.selectFrom('supplyPlans').selectAll();
  if (productId !== undefined) query = query.where('productId', '=', productId);
  return query.orderBy('productId').orderBy('period').orderBy('kind').execute();
}

/**
 * Reads a plan line for a change, holding its row until the transaction ends, so two planners changing
 * the same line queue and each audits what it really replaced. A no-op UPDATE takes the row lock on
 * PostgreSQL and is harmless on SQLite, where the transaction already holds the write lock.
 */
export function lockSupplyPlan(tx: Tx, key: SupplyPlanKey): Promise<SupplyPlansTable | undefined> {
  return tx
    .updateTable('supplyPlans')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('productId', '=', key.productId)
    .where('period', '=', key.period)
    .where('kind', '=', key.kind)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Inserts a plan line unless one with its key exists (another transaction may have added it since the
 * caller looked); says whether it inserted.
 */
export async function insertSupplyPlanIfAbsent(tx: Tx, row: SupplyPlansTable): Promise<boolean> {
  const inserted = await tx
    .insertInto('supplyPlans')
    .values(row)
    .onConflict((oc) => oc.columns(['productId', 'period', 'kind']).doNothing())
    .returning('productId')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateSupplyPlan(tx: Tx, row: SupplyPlansTable): Promise<void> {
  await tx
    .updateTable('supplyPlans')
    .set({ units: row.units, note: row.note, updatedAt: row.updatedAt })
    .where('productId', '=', row.productId)
    .where('period', '=', row.period)
    .where('kind', '=', row.kind)
    .execute();
}
