import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { instantSchema, standardErrors } from '../schemas.js';

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    changes: z.unknown(),
    ruleSetVersion: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit-events',
      {
        config: { permission: 'audit:read' },
        schema: {
          tags: ['audit'],
          summary: 'The audit trail, newest first, with filters',
          querystring: z.strictObject({
            entityType: z.string().max(100).optional(),
            entityId: z.string().max(200).optional(),
            actor: z.string().max(200).optional(),
            from: instantSchema.optional(),
            to: instantSchema.optional(),
            beforeSeq: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({ events: z.array(auditEventSchema), nextBeforeSeq: z.number().int().nullable() }),
            ...standardErrors,
          },
        },
      },
      async (request) => {
        const q = request.query;
        const events = await ctx.audit.list({
          ...q,
          from: q.from ? new Date(q.from).toISOString() : undefined,
          to: q.to ? new Date(q.to).toISOString() : undefined,
        });
        const last = events.at(-1);
        return {
          events: events.map((e) => ({ ...e, changes: JSON.parse(e.changes) as unknown })),
          nextBeforeSeq: last && events.length === q.limit ? last.seq : null,
        };
      },
    );

    app.get(
      '/api/audit-events/verification',
      {
        config: { permission: 'audit:verify' },
        schema: {
          tags: ['audit'],
          summary: 'Recompute the hash chain and name the first broken link',
          response: {
            200: z.object({
              ok: z.boolean(),
              eventsChecked: z.number().int(),
              headSeq: z.number().int(),
              firstBreak: z
                .object({ kind: z.string(), seq: z.number().int(), description: z.string() })
                .nullable(),
            }),
            ...standardErrors,
          },
        },
      },
      async () => {
        const result = await ctx.audit.verify();
        return {
          ...result,
          firstBreak: result.firstBreak
            ? {
                kind: result.firstBreak.kind,
                seq: result.firstBreak.seq,
                description: result.firstBreak.description,
              }
            : null,
        };
      },
    );
  };
}
