import { z } from 'zod';
import { DomainError, type ErrorDetail } from '../errors.js';

/**
 * An allocation problem as the engine takes it (and `tranche allocate` reads it): supply per period, the
 * claims on it, and the groups that couple claims under a shared cap (a licence or import-approval
 * balance, a per-buyer cap, a ratio cap). Quantities are whole units.
 */

const id = z.string().min(1, 'must not be empty').max(200);
const units = z
  .number({ error: 'must be a number' })
  .int('must be a whole number of units')
  .min(0, 'must be 0 or more')
  .max(Number.MAX_SAFE_INTEGER);

export const allocationRules = ['max-min', 'pro-rata'] as const;
export type AllocationRule = (typeof allocationRules)[number];

const periodSchema = z.strictObject({ id, supply: units });
const groupSchema = z.strictObject({ id, cap: units });
const claimSchema = z.strictObject({
  id,
  quantity: units,
  /** The first period the claim may receive anything in; the first period when absent. */
  from: id.optional(),
  /** 1 is served first; a tier sees nothing until every tier before it is served. */
  tier: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(1_000_000).default(1),
  weight: z
    .number({ error: 'must be a number' })
    .positive('must be more than 0')
    .max(1e9, 'must be at most 1,000,000,000')
    .default(1),
  /** Units served before any claim of the tier gets more than its floor (rationed pro rata if short). */
  floor: units.default(0),
  groups: z.array(id).max(1000).default([]),
});

export const allocationProblemSchema = z.strictObject({
  periods: z.array(periodSchema).min(1, 'name at least one period'),
  /** Whether supply a period leaves unallocated is available in the next; when false it lapses. */
  carryOver: z.boolean().default(true),
  /** Awards are whole multiples of this many units (e.g. 8 GPUs to a board). */
  lot: z.number().int('must be a whole number of units').min(1, 'must be 1 or more').max(1e9).default(1),
  rule: z.enum(allocationRules).default('max-min'),
  claims: z.array(claimSchema),
  groups: z.array(groupSchema).default([]),
});

export type AllocationProblem = z.output<typeof allocationProblemSchema>;
export type AllocationClaim = AllocationProblem['claims'][number];

function describePath(path: readonly PropertyKey[], json: unknown): string {
  // `claims[3] ("tencent-1").quantity`: the index and, where there is one, the item's id.
  let text = '';
  let node: unknown = json;
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const itemId = (node as { id?: unknown } | undefined)?.id;
      if (typeof itemId === 'string') text += ` ("${itemId}")`;
    } else {
      text += `${text ? '.' : ''}${String(key)}`;
      node = (node as Record<string, unknown> | undefined)?.[String(key)];
    }
  }
  return text || '(input)';
}

function duplicates(
  items: readonly { id: string }[],
  collection: string,
  details: ErrorDetail[],
): Map<string, number> {
  const indexOf = new Map<string, number>();
  items.forEach((item, index) => {
    const first = indexOf.get(item.id);
    if (first === undefined) indexOf.set(item.id, index);
    else {
      details.push({
        path: `${collection}[${index}] ("${item.id}").id`,
        message: `repeats the id of ${collection}[${first}]; ids must be unique`,
      });
    }
  });
  return indexOf;
}

/**
 * Validates a problem and names every item at fault: a field of the wrong type or range, a duplicate id, a
 * claim starting in an unknown period or belonging to an unknown group, a floor above the quantity.
 */
export function parseAllocationProblem(json: unknown): AllocationProblem {
  const parsed = allocationProblemSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue): ErrorDetail => {
      if (issue.code === 'unrecognized_keys') {
        return {
          path: describePath(issue.path, json),
          message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        };
      }
      return { path: describePath(issue.path, json), message: issue.message };
    });
    throw failure(details);
  }
  const problem = parsed.data;
  const details: ErrorDetail[] = [];
  const periodIndex = duplicates(problem.periods, 'periods', details);
  const groupIndex = duplicates(problem.groups, 'groups', details);
  duplicates(problem.claims, 'claims', details);
  problem.claims.forEach((claim, index) => {
    const at = `claims[${index}] ("${claim.id}")`;
    if (claim.from !== undefined && !periodIndex.has(claim.from)) {
      details.push({ path: `${at}.from`, message: `period "${claim.from}" is not among the periods` });
    }
    claim.groups.forEach((group, g) => {
      if (!groupIndex.has(group)) {
        details.push({ path: `${at}.groups[${g}]`, message: `group "${group}" is not among the groups` });
      }
    });
    if (new Set(claim.groups).size !== claim.groups.length) {
      details.push({ path: `${at}.groups`, message: 'names a group more than once' });
    }
    if (claim.floor > claim.quantity) {
      details.push({ path: `${at}.floor`, message: `is more than the claim's quantity ${claim.quantity}` });
    }
  });
  if (details.length > 0) throw failure(details);
  return problem;
}

function failure(details: ErrorDetail[]): DomainError {
  const first = details[0];
  return new DomainError(
    'VALIDATION_FAILED',
    first ? `${first.path}: ${first.message}` : 'invalid allocation problem',
    details,
  );
}
