import type { Executor, Tx } from '../database.js';
import type { ClassificationDecisionsTable } from '../schema/classification-decisions.table.js';
import type { ProductsTable } from '../schema/products.table.js';

export function listProductRows(db: Executor): Promise<ProductsTable[]> {
  return db.selectFrom('products').selectAll().orderBy('vendor').orderBy('name').execute();
}

export function findProductRow(db: Executor, id: string): Promise<ProductsTable | undefined> {
  return db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProductRow(tx: Tx, row: ProductsTable): Promise<void> {
  await tx.insertInto('products').values(row).execute();
}

export async function updateProductRow(tx: Tx, row: ProductsTable): Promise<void> {
  await tx
    .updateTable('products')
    .set({ name: row.name, vendor: row.vendor, kind: row.kind, spec: row.spec, updatedAt: row.updatedAt })
    .where('id', '=', row.id)
    .execute();
}

export async function insertClassificationDecision(tx: Tx, row: ClassificationDecisionsTable): Promise<void> {
  await tx.insertInto('classificationDecisions').values(row).execute();
}

/** Decisions for the given products, newest first. */
export function listClassificationDecisions(
  db: Executor,
  productIds?: string[],
): Promise<(ClassificationDecisionsTable & { decidedByUsername: string })[]> {
  let query = db
    .selectFrom('classificationDecisions')
    .innerJoin('users', 'users.id', 'classificationDecisions.decidedBy')
    .selectAll('classificationDecisions')
    .select('users.username as decidedByUsername');
  if (productIds) {
    if (productIds.length === 0) return Promise.resolve([]);
    query = query.where('productId', 'in', productIds);
  }
  return query.orderBy('decidedAt', 'desc').orderBy('id', 'desc').execute();
}
