import type { Executor } from '../database.js';

/** True when any business table holds a row: seeding never runs then. */
export async function databaseHoldsData(db: Executor): Promise<boolean> {
  for (const table of ['users', 'parties', 'products', 'auditEvents'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.lit(1).as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}
