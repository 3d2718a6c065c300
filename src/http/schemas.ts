import { z } from 'zod';
import { errorCodes } from '../domain/errors.js';
import { roles } from '../domain/accounts/roles.js';

/** Shared response shapes, registered by id so the OpenAPI document and the typed client name them. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.array(z.object({ path: z.string().optional(), message: z.string() })),
    }),
  })
  .meta({ id: 'ErrorBody' });

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    partyId: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real calendar date',
  );

export const instantSchema = z.iso.datetime({
  offset: true,
  error: 'use an ISO-8601 instant such as 2026-03-01T00:00:00Z',
});

/** Error responses every authenticated route can give. */
export const standardErrors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
  429: errorBodySchema,
} as const;

/** The `:id` of a route naming one stored thing. */
export const idParams = z.strictObject({ id: z.string().min(1).max(100) });
