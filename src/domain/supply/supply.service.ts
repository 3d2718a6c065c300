import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { findProductRow } from '../../db/repositories/product.repository.js';
import {
  insertSupplyPlanIfAbsent,
  listSupplyPlans,
  lockSupplyPlan,
  updateSupplyPlan,
} from '../../db/repositories/supply-plan.repository.js';
import type { SupplyPlansTable } from '../../db/schema/supply-plans.table.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError } from '../errors.js';
import { unitCount } from '../quantities.js';
import { parseInput } from '../validation.js';
import {
  supplyFilterSchema,
  supplyPlanInputSchema,
  type SupplyKind,
  type SupplyPlan,
} from './supply-plan.js';

function toPlan(row: SupplyPlansTable): SupplyPlan {
  return { ...row, kind: row.kind as SupplyKind };
}

export type SupplyService = ReturnType<typeof createSupplyService>;

/** Supply plans: product × month → units, by kind. What allocation rounds hand out. */
export function createSupplyService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  return {
    /** Plan lines by product, period and kind (one product's when the filter names it). */
    async list(rawFilter: z.input<typeof supplyFilterSchema> = {}): Promise<SupplyPlan[]> {
      const filter = parseInput(supplyFilterSchema, rawFilter);
      return (await listSupplyPlans(db, filter.productId)).map(toPlan);
    },

    /**
     * Sets one plan line, adding it if it is new (upsert per product, period and kind). The audit event
     * holds the line before (null when new) and after. Setting a line to what it is writes nothing.
     */
    async set(raw: z.input<typeof supplyPlanInputSchema>, actor: Principal | undefined): Promise<SupplyPlan> {
      const input = parseInput(supplyPlanInputSchema, raw);
      return inTransaction(db, async (tx) => {
        if (!(await findProductRow(tx, input.productId)))
          throw new DomainError('VALIDATION_FAILED', `productId: no product ${input.productId}`, [
            { path: 'productId', message: `no product ${input.productId}` },
          ]);
        const after: SupplyPlansTable = { ...input, updatedAt: isoInstant(clock) };
        let before = await lockSupplyPlan(tx, input);
        if (!before && !(await insertSupplyPlanIfAbsent(tx, after))) {
          // Another transaction added the line since: it is a change of that line after all.
          before = await lockSupplyPlan(tx, input);
        }
        if (before) {
          if (before.units === after.units && before.note === after.note) return toPlan(before);
          await updateSupplyPlan(tx, after);
        }
        const line = `${input.productId} ${input.period} ${input.kind}`;
        await audit.record(tx, actor, {
          action: 'supply.planned',
          entityType: 'supply-plan',
          entityId: `${input.productId}/${input.period}/${input.kind}`,
          summary: before
            ? `Changed ${line} from ${unitCount(before.units)} to ${unitCount(after.units)}`
            : `Planned ${unitCount(after.units)} of ${line}`,
          changes: {
            before: before ? { units: before.units, note: before.note } : null,
            after: { units: after.units, note: after.note },
          },
        });
        return toPlan(after);
      });
    },
  };
}
