import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classifyChip } from '../../domain/classification/chip-classification.js';
import { parseChipSpecs } from '../../domain/classification/chip-spec-input.js';
import { utcDay } from '../../domain/clock.js';
import { determinationRequestSchema } from '../../domain/determination/determinations.service.js';
import { describeRuleSet } from '../../domain/rules/rule-set-summary.js';
import { ruleSetInForce } from '../../domain/rules/rule-book.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { dateSchema, standardErrors } from '../schemas.js';
import { citationSchema, marginSchema, ruleReferenceSchema } from './classification-body.js';

const chipClassificationSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    tpp: z.number(),
    pd: z.number().nullable(),
    tppFormat: z.string(),
    classification: z.enum(['3A090.a', '3A090.b', 'not-3A090']),
    paragraph: z.string().nullable(),
    incomplete: z.boolean(),
    chinaCaseByCase: z.boolean(),
    margins: z.array(marginSchema),
    reasons: z.array(z.string()),
    rulesApplied: z.array(ruleReferenceSchema),
    ruleSetVersion: z.string(),
  })
  .meta({ id: 'ChipClassification' });

const determinationSchema = z
  .object({
    productId: z.string(),
    eccn: z.string(),
    asOf: z.string(),
    destination: z.string(),
    resolvedDestination: z.string(),
    destinationGroups: z.array(z.string()),
    buyerHqCountry: z.string().nullable(),
    buyerHqGroups: z.array(z.string()),
    licenceRequired: z.boolean(),
    requirements: z.array(
      z.object({ rule: z.string(), basis: z.string(), citation: citationSchema, why: z.string() }),
    ),
    exceptions: z.array(
      z.object({
        code: z.enum(['NAC', 'ACA']),
        available: z.boolean(),
        notificationRequired: z.boolean(),
        why: z.string(),
        rule: z.string().optional(),
        citation: citationSchema.optional(),
      }),
    ),
    reviewPolicy: z.enum(['presumption-of-denial', 'case-by-case']).nullable(),
    reviewPolicyWhy: z.string(),
    notes: z.array(z.string()),
    ruleSetVersion: z.string(),
  })
  .meta({ id: 'LicenceDetermination' });

const ruleSetSummarySchema = z
  .object({
    asOf: z.string(),
    version: z.string(),
    fingerprint: z.string(),
    rules: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        effectiveFrom: z.string(),
        effectiveUntil: z.string().nullable(),
        summary: z.string(),
        citation: citationSchema,
        file: z.string(),
      }),
    ),
    pending: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        effectiveFrom: z.string(),
        summary: z.string(),
        citation: citationSchema,
      }),
    ),
  })
  .meta({ id: 'RuleSetSummary' });

export function classificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/classifications',
      {
        config: { permission: 'classification:run' },
        schema: {
          tags: ['classification'],
          summary: 'Classify chip specs without storing them (the same contract as `tranche classify`)',
          body: z.strictObject({
            specs: z.array(z.unknown()).min(1).max(10_000),
            asOf: dateSchema.optional(),
          }),
          response: { 200: z.array(chipClassificationSchema), ...standardErrors },
        },
      },
      (request) => {
        const specs = parseChipSpecs(request.body.specs);
        const ruleSet = ruleSetInForce(ctx.rules, request.body.asOf ?? utcDay(ctx.clock()));
        return specs.map((spec) => {
          const c = classifyChip(spec, ruleSet);
          return { ...c, paragraph: c.paragraph ?? null };
        });
      },
    );

    app.post(
      '/api/determinations',
      {
        config: { permission: 'determination:run' },
        schema: {
          tags: ['classification'],
          summary:
            'Is a licence required for this product, destination, buyer, end use and day? Which exceptions, which review policy?',
          body: determinationRequestSchema,
          response: { 200: determinationSchema, ...standardErrors },
        },
      },
      (request) => ctx.determinations.determine(request.body, principalOf(request)),
    );

    app.get(
      '/api/rules',
      {
        config: { permission: 'rules:read' },
        schema: {
          tags: ['classification'],
          summary: 'The rules in force on asOf (default today), each with its effective date and citation',
          querystring: z.strictObject({ asOf: dateSchema.optional() }),
          response: { 200: ruleSetSummarySchema, ...standardErrors },
        },
      },
      (request) => describeRuleSet(ruleSetInForce(ctx.rules, request.query.asOf ?? utcDay(ctx.clock()))),
    );
  };
}
