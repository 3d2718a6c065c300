import { z } from 'zod';

/** A product's identifier: lower-case words joined by hyphens, e.g. `nvidia-h200-sxm`. */
export const productIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
  .max(80);

// zod 4 numbers refuse Infinity and NaN already.
const finitePositive = z.number().positive();

/** Where a figure came from: a datasheet, a teardown, an estimate with its reasoning. */
export const sourceSchema = z.string().trim().min(1).max(500);

export const sourcedFigureSchema = z.strictObject({ value: finitePositive, source: sourceSchema });
export type SourcedFigure = z.infer<typeof sourcedFigureSchema>;

/** One datasheet peak rate: `tops` is TOPS or TFLOPS as printed; `sparse` means it counts structured sparsity. */
export const peakRateSchema = z.strictObject({
  format: z.string().trim().min(1).max(40),
  bits: z.number().int().min(1).max(256),
  tops: finitePositive,
  sparse: z.boolean().optional(),
  source: sourceSchema,
});
export type PeakRate = z.infer<typeof peakRateSchema>;

export const productKinds = ['chip', 'assembly', 'hbm'] as const;
export type ProductKind = (typeof productKinds)[number];

const productBase = {
  id: productIdSchema,
  name: z.string().trim().min(1).max(200),
  vendor: z.string().trim().min(1).max(200),
};

/** An integrated circuit judged by the 3A090.a/.b logic tests. */
export const chipProductSchema = z.strictObject({
  ...productBase,
  kind: z.literal('chip'),
  /** Designed or marketed for use in datacenters (Note 2 to 3A090). */
  datacenter: z.strictObject({ value: z.boolean(), source: sourceSchema }),
  dieAreaMm2: sourcedFigureSchema.optional(),
  dramBandwidthGBps: sourcedFigureSchema.optional(),
  peak: z.array(peakRateSchema).min(1).max(32),
});

/** A computer, board or system that contains `units` of one chip (4A090). */
export const assemblyProductSchema = z.strictObject({
  ...productBase,
  kind: z.literal('assembly'),
  component: z.strictObject({ productId: productIdSchema, units: z.number().int().min(1).max(100_000) }),
});

/** A high-bandwidth-memory part judged by 3A090.c. */
export const hbmProductSchema = z.strictObject({
  ...productBase,
  kind: z.literal('hbm'),
  memoryBandwidthGBps: sourcedFigureSchema,
  packageAreaMm2: sourcedFigureSchema,
});

export const productSpecSchema = z.discriminatedUnion('kind', [
  chipProductSchema,
  assemblyProductSchema,
  hbmProductSchema,
]);

export type ChipProduct = z.infer<typeof chipProductSchema>;
export type AssemblyProduct = z.infer<typeof assemblyProductSchema>;
export type HbmProduct = z.infer<typeof hbmProductSchema>;
export type ProductSpec = z.infer<typeof productSpecSchema>;
