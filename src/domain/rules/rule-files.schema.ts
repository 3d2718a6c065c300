import { z } from 'zod';
import { productIdSchema } from '../products/product.js';
import { isCalendarDate } from './calendar-date.js';

/*
 * The shape of the files in rules/. A compliance officer reads and edits these files, so the field names
 * mirror the wording of the regulations ("atLeast" is "or more", "lessThan" is "less than") and every rule
 * carries its own effective dates and citation. Unknown fields are rejected so a misspelt key
 * ("efectiveFrom") fails at start instead of silently dropping a rule.
 */

const text = z.string().trim().min(1, 'must not be empty');

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');

export const citationSchema = z.strictObject({
  title: text,
  /** The short form a reader can look up, e.g. "88 FR 73458" or "15 CFR 744.23". */
  source: text,
  url: z.url().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'use lower-case letters, digits, hyphens and dots');

/** An ISO 3166-1 alpha-2 code as the EAR uses it (MO for Macau, HK for Hong Kong). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166-1 alpha-2 code');

/** An EAR country group such as "D:5" (Supplement No. 1 to part 740). */
export const countryGroupSchema = z.string().regex(/^[ABDE]:[0-9]$/, 'must be a country group such as "D:5"');

export const eccnOutcomeSchema = z.enum(['3A090.a', '3A090.b', '3A090.c', '4A090.a', '4A090.b', 'not-3A090']);
const controlledItemSchema = z.enum(['3A090.a', '3A090.b', '3A090.c', '4A090.a', '4A090.b']);

const dated = {
  effectiveFrom: calendarDateSchema,
  /** Exclusive: the first day the rule no longer applies. */
  effectiveUntil: calendarDateSchema.optional(),
};

const ruleBase = {
  id: ruleIdSchema,
  ...dated,
  citation: citationSchema,
  summary: text,
  note: text.optional(),
};

/** Adds an issue when `effectiveUntil` is not after `effectiveFrom`. */
function untilAfterFrom(
  value: { effectiveFrom: string; effectiveUntil?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.effectiveUntil !== undefined && value.effectiveUntil <= value.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveUntil'], message: 'must be after effectiveFrom' });
  }
}

// ---------------------------------------------------------------------------------------------- eccn-3a090

const boundSchema = z
  .strictObject({ atLeast: z.number().min(0).optional(), lessThan: z.number().positive().optional() })
  .superRefine((bound, ctx) => {
    if (bound.atLeast === undefined && bound.lessThan === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs "atLeast", "lessThan" or both' });
    } else if (
      bound.atLeast !== undefined &&
      bound.lessThan !== undefined &&
      bound.lessThan <= bound.atLeast
    ) {
      ctx.addIssue({ code: 'custom', path: ['lessThan'], message: 'must be greater than atLeast' });
    }
  });
export type Bound = z.infer<typeof boundSchema>;

const chipParagraphSchema = z.strictObject({
  /** "a.1", "b.2"...: the letter is the 3A090 paragraph the chip falls in when this test is met. */
  paragraph: z.string().regex(/^[ab]\.[1-9][0-9]*$/, 'must be a 3A090 sub-paragraph such as "a.1" or "b.2"'),
  text: text,
  tpp: boundSchema.optional(),
  pd: boundSchema.optional(),
});
export type ChipParagraphRule = z.infer<typeof chipParagraphSchema>;

export const integratedCircuitRuleSchema = z
  .strictObject({
    ...ruleBase,
    paragraphs: z.array(chipParagraphSchema).min(1),
    datacenterNote: z.strictObject({
      text: text,
      /** Items not designed or marketed for datacenters are outside 3A090 when their TPP is below this. */
      nonDatacenterOutsideIfTppLessThan: z.number().positive(),
    }),
  })
  .superRefine((rule, ctx) => {
    untilAfterFrom(rule, ctx);
    const seen = new Set<string>();
    rule.paragraphs.forEach((paragraph, index) => {
      if (seen.has(paragraph.paragraph)) {
        ctx.addIssue({
          code: 'custom',
          path: ['paragraphs', index, 'paragraph'],
          message: 'is listed twice',
        });
      }
      seen.add(paragraph.paragraph);
      if (!paragraph.tpp && !paragraph.pd) {
        ctx.addIssue({ code: 'custom', path: ['paragraphs', index], message: 'needs a "tpp" or "pd" test' });
      }
    });
  });
export type IntegratedCircuitRule = z.infer<typeof integratedCircuitRuleSchema>;

export const highBandwidthMemoryRuleSchema = z
  .strictObject({
    ...ruleBase,
    text: text,
    /** GB/s per mm² of package or stack area; the control applies strictly above this. */
    bandwidthDensityMoreThan: z.number().positive(),
  })
  .superRefine(untilAfterFrom);
export type HighBandwidthMemoryRule = z.infer<typeof highBandwidthMemoryRuleSchema>;

export const assemblyRuleSchema = z
  .strictObject({
    ...ruleBase,
    contains: z
      .array(
        z.strictObject({
          chipClass: z.enum(['3A090.a', '3A090.b']),
          assemblyClass: z.enum(['4A090.a', '4A090.b']),
        }),
      )
      .min(1),
  })
  .superRefine(untilAfterFrom);
export type AssemblyRule = z.infer<typeof assemblyRuleSchema>;

const eccnFileSchema = z.strictObject({
  kind: z.literal('eccn-3a090'),
  title: text,
  note: text.optional(),
  integratedCircuits: z.array(integratedCircuitRuleSchema).min(1),
  highBandwidthMemory: z.array(highBandwidthMemoryRuleSchema).default([]),
  assemblies: z.array(assemblyRuleSchema).default([]),
});

// --------------------------------------------------------------------------------------------- china-review

export const chinaEnvelopeRuleSchema = z
  .strictObject({
    ...ruleBase,
    tppLessThan: z.number().positive(),
    dramBandwidthLessThanGBps: z.number().positive(),
    destinations: z.array(countryCodeSchema).min(1),
    /** What the exporter certifies per application; shown to the user, not checked by the classifier. */
    exporterCertifications: z.array(text).default([]),
  })
  .superRefine(untilAfterFrom);
export type ChinaEnvelopeRule = z.infer<typeof chinaEnvelopeRuleSchema>;

const chinaReviewFileSchema = z.strictObject({
  kind: z.literal('china-review'),
  title: text,
  note: text.optional(),
  envelopes: z.array(chinaEnvelopeRuleSchema).min(1),
});

// ------------------------------------------------------------------------------------------- country-groups

const membershipSchema = z
  .strictObject({
    groups: z.array(countryGroupSchema),
    ...dated,
    citation: citationSchema.optional(),
    note: text.optional(),
  })
  .superRefine(untilAfterFrom);

export const countrySchema = z.strictObject({
  code: countryCodeSchema,
  name: text,
  memberships: z.array(membershipSchema).default([]),
  /** The destination the EAR treats this one as (Hong Kong is treated as the PRC). */
  treatAs: z
    .strictObject({ country: countryCodeSchema, ...dated, citation: citationSchema, note: text.optional() })
    .superRefine(untilAfterFrom)
    .optional(),
  /** The exporting country itself: a shipment within it is not an export. */
  domestic: z.boolean().default(false),
  note: text.optional(),
});
export type CountryEntry = z.infer<typeof countrySchema>;

const countryGroupsFileSchema = z.strictObject({
  kind: z.literal('country-groups'),
  title: text,
  note: text,
  citation: citationSchema,
  countries: z.array(countrySchema).min(1),
});

// ------------------------------------------------------------------------------------------------ licensing

/** Who a rule reaches: by destination, by where the buyer is headquartered, or both (either suffices). */
const scope = {
  destinationGroups: z.array(countryGroupSchema).default([]),
  destinations: z.array(countryCodeSchema).default([]),
  headquarteredInGroups: z.array(countryGroupSchema).default([]),
  headquarteredIn: z.array(countryCodeSchema).default([]),
};

const destinationRequirementSchema = z
  .strictObject({
    ...ruleBase,
    basis: z.literal('destination'),
    items: z.array(controlledItemSchema).min(1),
    destinationGroups: scope.destinationGroups,
    destinations: scope.destinations,
    /** A destination also in one of these groups is not reached (e.g. A:5, A:6). */
    unlessAlsoInGroups: z.array(countryGroupSchema).default([]),
  })
  .superRefine(untilAfterFrom);

const headquartersRequirementSchema = z
  .strictObject({
    ...ruleBase,
    basis: z.literal('headquarters'),
    items: z.array(controlledItemSchema).min(1),
    headquarteredInGroups: scope.headquarteredInGroups,
    headquarteredIn: scope.headquarteredIn,
  })
  .superRefine(untilAfterFrom);

export const endUses = ['supercomputer', 'advancedNodeIcProduction'] as const;
export type EndUseName = (typeof endUses)[number];

const endUseRequirementSchema = z
  .strictObject({
    ...ruleBase,
    basis: z.literal('end-use'),
    endUse: z.enum(endUses),
    /** "any" reaches every item subject to the EAR, controlled or not. */
    items: z.union([z.literal('any'), z.array(eccnOutcomeSchema).min(1)]),
    destinationGroups: scope.destinationGroups,
    destinations: scope.destinations,
  })
  .superRefine(untilAfterFrom);

export const licenceRequirementRuleSchema = z.discriminatedUnion('basis', [
  destinationRequirementSchema,
  headquartersRequirementSchema,
  endUseRequirementSchema,
]);
export type LicenceRequirementRule = z.infer<typeof licenceRequirementRuleSchema>;

export const licenceExceptionRuleSchema = z
  .strictObject({
    ...ruleBase,
    code: z.enum(['NAC', 'ACA']),
    name: text,
    notificationRequired: z.boolean(),
    notification: text.optional(),
    items: z.array(controlledItemSchema).min(1),
    /** The licence requirements (by id) this exception can overcome; any other requirement blocks it. */
    covers: z.array(ruleIdSchema).min(1),
    ...scope,
    exceptDestinationGroups: z.array(countryGroupSchema).default([]),
    exceptDestinations: z.array(countryCodeSchema).default([]),
    /** Items excluded when designed or marketed for datacenters. */
    notForDatacenterItems: z.array(controlledItemSchema).default([]),
  })
  .superRefine(untilAfterFrom);
export type LicenceExceptionRule = z.infer<typeof licenceExceptionRuleSchema>;

export const reviewPolicyRuleSchema = z
  .strictObject({
    ...ruleBase,
    policy: z.enum(['presumption-of-denial', 'case-by-case']),
    /** Requirement ids this policy reviews, or "any" (product overrides included). */
    forRequirements: z.union([z.literal('any'), z.array(ruleIdSchema).min(1)]),
    ...scope,
    /** Only for items inside the China review envelope in force (china-review files). */
    insideChinaEnvelope: z.boolean().default(false),
    /** Not for reexports or transfers, only for exports from the US. */
    notForReexports: z.boolean().default(false),
  })
  .superRefine(untilAfterFrom);
export type ReviewPolicyRule = z.infer<typeof reviewPolicyRuleSchema>;

const licensingFileSchema = z.strictObject({
  kind: z.literal('licensing'),
  title: text,
  note: text.optional(),
  requirements: z.array(licenceRequirementRuleSchema).min(1),
  exceptions: z.array(licenceExceptionRuleSchema).default([]),
  reviewPolicies: z.array(reviewPolicyRuleSchema).default([]),
});

// ---------------------------------------------------------------------------------------- product-overrides

export const productOverrideRuleSchema = z
  .strictObject({
    ...ruleBase,
    productIds: z.array(productIdSchema).min(1),
    licenceRequiredFor: z.strictObject(scope),
  })
  .superRefine(untilAfterFrom);
export type ProductOverrideRule = z.infer<typeof productOverrideRuleSchema>;

const productOverridesFileSchema = z.strictObject({
  kind: z.literal('product-overrides'),
  title: text,
  note: text.optional(),
  overrides: z.array(productOverrideRuleSchema),
});

// -------------------------------------------------------------------------------------- import-requirements

/** An importing country's own gate: goods of these classes may enter only under an import approval. */
export const importRequirementRuleSchema = z
  .strictObject({
    ...ruleBase,
    destinations: z.array(countryCodeSchema).min(1),
    items: z.array(controlledItemSchema).min(1),
  })
  .superRefine(untilAfterFrom);
export type ImportRequirementRule = z.infer<typeof importRequirementRuleSchema>;

const importRequirementsFileSchema = z.strictObject({
  kind: z.literal('import-requirements'),
  title: text,
  note: text.optional(),
  requirements: z.array(importRequirementRuleSchema).min(1),
});

/** Any file in rules/, told apart by its "kind". */
export const ruleFileSchema = z.discriminatedUnion('kind', [
  eccnFileSchema,
  chinaReviewFileSchema,
  countryGroupsFileSchema,
  licensingFileSchema,
  productOverridesFileSchema,
  importRequirementsFileSchema,
]);
export type RuleFile = z.infer<typeof ruleFileSchema>;
