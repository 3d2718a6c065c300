import { z } from 'zod';
import type { ProductClassification } from '../../domain/classification/product-classification.js';
import { eccnOutcomes } from '../../domain/products/classification-decision.js';

export const citationSchema = z
  .object({ title: z.string(), source: z.string(), url: z.string().optional() })
  .meta({ id: 'Citation' });

export const marginSchema = z
  .object({
    name: z.string(),
    threshold: z.number(),
    value: z.number().nullable(),
    margin: z.number().nullable(),
    usedBy: z.array(z.string()),
  })
  .meta({ id: 'Margin' });

export const ruleReferenceSchema = z
  .object({ id: z.string(), citation: citationSchema })
  .meta({ id: 'RuleReference' });

/** A product's classification as the API shows it: the outcome, the figures, the margins and the why. */
export const classificationSchema = z
  .object({
    eccn: z.enum(eccnOutcomes),
    paragraph: z.string().nullable(),
    datacenter: z.boolean().nullable(),
    tpp: z.number().nullable(),
    tppFormat: z.string().nullable(),
    pd: z.number().nullable(),
    hbmBandwidthDensity: z.number().nullable(),
    chinaCaseByCase: z.boolean(),
    incomplete: z.boolean(),
    component: z
      .object({
        productId: z.string(),
        name: z.string(),
        units: z.number().int(),
        eccn: z.enum(eccnOutcomes),
      })
      .nullable(),
    chipUnits: z.number().int().nullable(),
    margins: z.array(marginSchema),
    reasons: z.array(z.string()),
    rulesApplied: z.array(ruleReferenceSchema),
    overrides: z.array(
      z.object({
        id: z.string(),
        productId: z.string(),
        effectiveFrom: z.string(),
        summary: z.string(),
        citation: citationSchema,
      }),
    ),
    ruleSetVersion: z.string(),
  })
  .meta({ id: 'Classification' });

export type ClassificationBody = z.input<typeof classificationSchema>;

export function toClassificationBody(c: ProductClassification): ClassificationBody {
  return {
    eccn: c.eccn,
    paragraph: c.paragraph ?? null,
    datacenter: c.datacenter,
    tpp: c.tpp,
    tppFormat: c.tppFormat,
    pd: c.pd,
    hbmBandwidthDensity: c.hbm?.bandwidthDensity ?? null,
    chinaCaseByCase: c.chinaCaseByCase,
    incomplete: c.incomplete,
    component: c.component
      ? {
          productId: c.component.productId,
          name: c.component.name,
          units: c.component.units,
          eccn: c.component.eccn,
        }
      : null,
    chipUnits: c.chipUnits,
    margins: c.margins,
    reasons: c.reasons,
    rulesApplied: c.rulesApplied,
    overrides: c.overrides.map((o) => ({
      id: o.id,
      productId: o.productId,
      effectiveFrom: o.effectiveFrom,
      summary: o.summary,
      citation: o.citation,
    })),
    ruleSetVersion: c.ruleSetVersion,
  };
}
