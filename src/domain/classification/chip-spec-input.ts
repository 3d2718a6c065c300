import { z } from 'zod';
import { formatPath } from '../rules/rule-book.js';
import { DomainError, type ErrorDetail } from '../errors.js';

/** One datasheet peak rate: `tops` is TOPS or TFLOPS as printed; `sparse` when the figure counts structured sparsity. */
export interface PeakRateInput {
  format: string;
  bits: number;
  tops: number;
  sparse?: boolean;
}

/** The technical figures a chip is classified from: the CLI's JSON contract and what classifyChip reads. */
export interface ChipSpecInput {
  id: string;
  name?: string;
  /** Designed or marketed for use in datacenters (Note 2 to 3A090). */
  datacenter: boolean;
  dieAreaMm2?: number;
  dramBandwidthGBps?: number;
  peak: PeakRateInput[];
}

// Each field says what it must be in words a user can act on; a missing field says so instead.
const rule = (must: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : must;

const nonNegative = 'must be a finite number ≥ 0';
const positive = 'must be a finite number > 0';
const nonEmptyText = 'must be a non-empty string';

const peakRateSchema = z.strictObject({
  format: z
    .string({ error: rule(nonEmptyText) })
    .trim()
    .min(1, { error: nonEmptyText }),
  bits: z.int({ error: rule('must be a whole number ≥ 1') }).min(1, { error: 'must be a whole number ≥ 1' }),
  tops: z.number({ error: rule(nonNegative) }).min(0, { error: nonNegative }),
  sparse: z.boolean({ error: rule('must be true or false') }).optional(),
});

const chipSpecSchema = z.strictObject({
  id: z
    .string({ error: rule(nonEmptyText) })
    .trim()
    .min(1, { error: nonEmptyText }),
  name: z
    .string({ error: rule(nonEmptyText) })
    .trim()
    .min(1, { error: nonEmptyText })
    .optional(),
  datacenter: z.boolean({ error: rule('must be true or false') }),
  dieAreaMm2: z
    .number({ error: rule(positive) })
    .positive({ error: positive })
    .optional(),
  dramBandwidthGBps: z
    .number({ error: rule(nonNegative) })
    .min(0, { error: nonNegative })
    .optional(),
  peak: z
    .array(peakRateSchema, { error: rule('must be a list of peak rates') })
    .min(1, { error: 'must list at least one peak rate' }),
});

/**
 * Validates the CLI's chip-spec JSON: an array of chip specs. Throws VALIDATION_FAILED whose message names
 * the first problem by item index and field (`item 2: field "peak[0].tops" must be a finite number ≥ 0`);
 * every problem is in `details`. Unknown fields, missing fields, negative or non-finite numbers,
 * fractional bit lengths and duplicate ids are all rejected.
 */
export function parseChipSpecs(json: unknown): ChipSpecInput[] {
  if (!Array.isArray(json)) {
    const message = 'input must be a JSON array of chip specs';
    throw new DomainError('VALIDATION_FAILED', message, [{ path: '(input)', message }]);
  }
  const details: ErrorDetail[] = [];
  const specs: ChipSpecInput[] = [];
  const firstIndexById = new Map<string, number>();
  json.forEach((item: unknown, index) => {
    const parsed = chipSpecSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) details.push(describeIssue(index, issue));
      return;
    }
    const spec = parsed.data;
    const first = firstIndexById.get(spec.id);
    if (first !== undefined) {
      details.push({
        path: `[${index}].id`,
        message: `item ${index}: field "id" repeats "${spec.id}" from item ${first}; ids must be unique`,
      });
      return;
    }
    firstIndexById.set(spec.id, index);
    specs.push(stripUndefined(spec));
  });
  const first = details[0];
  if (first) throw new DomainError('VALIDATION_FAILED', first.message, details);
  return specs;
}

function describeIssue(index: number, issue: z.core.$ZodIssue): ErrorDetail {
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => `"${formatPath([...issue.path, key])}"`).join(', ');
    return {
      path: `[${index}]${issue.path.length ? '.' + formatPath(issue.path) : ''}`,
      message: `item ${index}: unknown field ${fields}`,
    };
  }
  if (issue.path.length === 0) {
    return { path: `[${index}]`, message: `item ${index}: must be an object with id, datacenter and peak` };
  }
  const field = formatPath(issue.path);
  return { path: `[${index}].${field}`, message: `item ${index}: field "${field}" ${issue.message}` };
}

// Keeps the optional fields absent rather than present-and-undefined, so the result round-trips as JSON.
function stripUndefined(spec: z.output<typeof chipSpecSchema>): ChipSpecInput {
  const out: ChipSpecInput = {
    id: spec.id,
    datacenter: spec.datacenter,
    peak: spec.peak.map((p) => ({
      format: p.format,
      bits: p.bits,
      tops: p.tops,
      ...(p.sparse !== undefined && { sparse: p.sparse }),
    })),
  };
  if (spec.name !== undefined) out.name = spec.name;
  if (spec.dieAreaMm2 !== undefined) out.dieAreaMm2 = spec.dieAreaMm2;
  if (spec.dramBandwidthGBps !== undefined) out.dramBandwidthGBps = spec.dramBandwidthGBps;
  return out;
}
