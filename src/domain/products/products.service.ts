import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import {
  findProductRow,
  insertClassificationDecision,
  insertProductRow,
  listClassificationDecisions,
  listProductRows,
} from '../../db/repositories/product.repository.js';
import type { ProductsTable } from '../../db/schema/products.table.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { classifyProduct, type ProductClassification } from '../classification/product-classification.js';
import { isoInstant, utcDay, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import { parseInput } from '../validation.js';
import type { PartiesService } from '../parties/parties.service.js';
import { ruleSetInForce, type RuleBook } from '../rules/rule-book.js';
import {
  standingClassification,
  type ClassificationDecision,
  type ClassificationDecisionInput,
  type EccnOutcome,
} from './classification-decision.js';
import { productSpecSchema, type ProductSpec } from './product.js';

export interface ProductView {
  product: ProductSpec;
  asOf: string;
  classification: ProductClassification;
  standing: ReturnType<typeof standingClassification>;
  decisions: ClassificationDecision[];
  createdAt: string;
  updatedAt: string;
}

function parseSpec(row: ProductsTable): ProductSpec {
  return productSpecSchema.parse(JSON.parse(row.spec));
}

function toDecision(
  row: Awaited<ReturnType<typeof listClassificationDecisions>>[number],
): ClassificationDecision {
  return {
    id: row.id,
    productId: row.productId,
    decision: row.decision as ClassificationDecision['decision'],
    eccn: row.eccn as EccnOutcome,
    computedEccn: row.computedEccn as EccnOutcome,
    ruleSetVersion: row.ruleSetVersion,
    reason: row.reason,
    decidedBy: row.decidedByUsername,
    decidedAt: row.decidedAt,
  };
}

export type ProductsService = ReturnType<typeof createProductsService>;

export function createProductsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  rules: RuleBook;
  parties: PartiesService;
}) {
  const { db, clock, audit, rules } = deps;
  const today = (): string => utcDay(clock());

  /** Classifies every product against the catalogue it belongs to (assemblies look up their chip). */
  function classifyAll(specs: ProductSpec[], asOf: string): Map<string, ProductClassification> {
    const ruleSet = ruleSetInForce(rules, asOf);
    const byId = new Map(specs.map((s) => [s.id, s]));
    return new Map(specs.map((s) => [s.id, classifyProduct(s, (id) => byId.get(id), ruleSet)]));
  }

  async function views(
    rows: ProductsTable[],
    asOf: string,
    catalogue: ProductSpec[],
  ): Promise<ProductView[]> {
    const classified = classifyAll(catalogue, asOf);
    const decisions = (
      await listClassificationDecisions(
        db,
        rows.map((r) => r.id),
      )
    ).map(toDecision);
    return rows.map((row) => {
      const classification = classified.get(row.id);
      if (!classification) throw new Error(`product ${row.id} missing from its catalogue`);
      const own = decisions.filter((d) => d.productId === row.id);
      return {
        product: parseSpec(row),
        asOf,
        classification,
        standing: standingClassification(classification.eccn, classification.ruleSetVersion, own[0]),
        decisions: own,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  }

  async function catalogue(): Promise<{ rows: ProductsTable[]; specs: ProductSpec[] }> {
    const rows = await listProductRows(db);
    return { rows, specs: rows.map(parseSpec) };
  }

  return {
    /** The catalogue with each product's class under the rules in force on `asOf` (default today). */
    async list(asOf?: string): Promise<ProductView[]> {
      const { rows, specs } = await catalogue();
      return views(rows, asOf ?? today(), specs);
    },

    async get(id: string, asOf?: string): Promise<ProductView> {
      const { rows, specs } = await catalogue();
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('Product', id);
      const [view] = await views([row], asOf ?? today(), specs);
      if (!view) throw notFound('Product', id);
      return view;
    },

    /** Adds a product; an assembly's chip must already be in the catalogue. */
    async create(raw: unknown, actor: Principal | undefined): Promise<ProductView> {
      const spec: ProductSpec = parseInput(productSpecSchema, raw);
      await inTransaction(db, async (tx) => {
        if (await findProductRow(tx, spec.id)) {
          throw new DomainError('CONFLICT', `A product with id ${spec.id} already exists.`, [
            { path: 'id', message: 'already taken' },
          ]);
        }
        if (spec.kind === 'assembly') {
          const component = await findProductRow(tx, spec.component.productId);
          if (component?.kind !== 'chip') {
            const why = component ? `${component.id} is a ${component.kind}, not a chip` : 'no such product';
            throw new DomainError('VALIDATION_FAILED', `component.productId: ${why}`, [
              { path: 'component.productId', message: why },
            ]);
          }
        }
        const now = isoInstant(clock);
        await insertProductRow(tx, {
          id: spec.id,
          name: spec.name,
          vendor: spec.vendor,
          kind: spec.kind,
          spec: JSON.stringify(spec),
          createdAt: now,
          updatedAt: now,
        });
        const specs = (await listProductRows(tx)).map(parseSpec);
        const computedEccn = classifyAll(specs, today()).get(spec.id)?.eccn;
        await audit.record(tx, actor, {
          action: 'product.created',
          entityType: 'product',
          entityId: spec.id,
          summary: `Added ${spec.name}; computed class ${computedEccn ?? 'unknown'}`,
          changes: { after: spec, computedEccn },
        });
      });
      return this.get(spec.id);
    },

    /**
     * A compliance officer confirms the computed class or overrides it, with a reason. Both are recorded
     * against today's computation and rule-set version, and audited.
     */
    async decide(id: string, input: ClassificationDecisionInput, actor: Principal): Promise<ProductView> {
      await inTransaction(db, async (tx) => {
        const rows = await listProductRows(tx);
        if (!rows.some((r) => r.id === id)) throw notFound('Product', id);
        const classification = classifyAll(rows.map(parseSpec), today()).get(id);
        if (!classification) throw notFound('Product', id);
        const eccn = input.decision === 'override' ? input.eccn : classification.eccn;
        if (input.decision === 'override' && eccn === classification.eccn) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `eccn: ${eccn} is the computed class; confirm it instead of overriding`,
            [{ path: 'eccn', message: 'same as the computed class' }],
          );
        }
        const decision = {
          id: randomUUID(),
          productId: id,
          decision: input.decision,
          eccn,
          computedEccn: classification.eccn,
          ruleSetVersion: classification.ruleSetVersion,
          reason: input.reason,
          decidedBy: actor.userId,
          decidedAt: isoInstant(clock),
        };
        await insertClassificationDecision(tx, decision);
        await audit.record(tx, actor, {
          action: input.decision === 'override' ? 'classification.overridden' : 'classification.confirmed',
          entityType: 'product',
          entityId: id,
          summary:
            input.decision === 'override'
              ? `Overrode computed ${classification.eccn} with ${eccn}: ${input.reason}`
              : `Confirmed ${eccn}: ${input.reason}`,
          changes: {
            decision: input.decision,
            eccn,
            computedEccn: classification.eccn,
            reason: input.reason,
          },
        });
      });
      return this.get(id);
    },
  };
}
