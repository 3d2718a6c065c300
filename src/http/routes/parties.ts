import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { partyCsvColumns, partyCsvRecord } from '../../domain/parties/party-csv.js';
import {
  identifierSchemes,
  newPartySchema,
  partyChangesSchema,
  partyFilterSchema,
  partyRoles,
  screeningStatuses,
} from '../../domain/parties/party.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth.js';
import { acceptCsvBodies, csvExportRoute, csvImportResultSchema, csvImportRoute } from '../csv.js';
import { idParams, standardErrors } from '../schemas.js';

// Response shapes are plain: a stored party is shown as it is, even if a later rule would refuse it.
const partyIdentifierSchema = z
  .object({ scheme: z.enum(identifierSchemes), value: z.string() })
  .meta({ id: 'PartyIdentifier' });

const partyAddressSchema = z
  .object({
    lines: z.array(z.string()),
    city: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string(),
  })
  .meta({ id: 'PartyAddress' });

export const partySchema = z
  .object({
    id: z.string(),
    legalName: z.string(),
    otherNames: z.array(z.string()),
    roles: z.array(z.enum(partyRoles)),
    country: z.string(),
    hqCountry: z.string(),
    identifiers: z.array(partyIdentifierSchema),
    addresses: z.array(partyAddressSchema),
    screeningStatus: z.enum(screeningStatuses).optional().meta({
      description: 'Where the party stands against the restricted-party lists; never sent to buyers',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Party' });

// Registered once at module load: the OpenAPI document names each schema by its id.
const newPartyBody = newPartySchema.meta({ id: 'NewParty' });
const partyChangesBody = partyChangesSchema.meta({ id: 'PartyChanges' });

const partyImportResultSchema = csvImportResultSchema('PartyImportResult');

export function partyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    acceptCsvBodies(app);

    app.get(
      '/api/parties',
      {
        config: { permission: 'parties:read' },
        schema: {
          tags: ['parties'],
          summary: 'Parties by legal name, filtered (a buyer sees only its own)',
          querystring: partyFilterSchema,
          response: { 200: z.array(partySchema), ...standardErrors },
        },
      },
      (request) => ctx.parties.list(principalOf(request), request.query),
    );

    csvExportRoute(app, {
      url: '/api/parties.csv',
      permission: 'parties:read',
      tags: ['parties'],
      summary: 'The filtered list as CSV in the import format, streamed (a buyer gets only its own party)',
      querystring: partyFilterSchema.omit({ limit: true, offset: true }),
      fileName: 'parties.csv',
      columns: partyCsvColumns,
      items: (principal, query) => ctx.parties.stream(principal, query),
      record: partyCsvRecord,
    });

    app.get(
      '/api/parties/:id',
      {
        config: { permission: 'parties:read' },
        schema: {
          tags: ['parties'],
          summary: 'One party',
          params: idParams,
          response: { 200: partySchema, ...standardErrors },
        },
      },
      (request) => ctx.parties.get(principalOf(request), request.params.id),
    );

    app.post(
      '/api/parties',
      {
        config: { permission: 'parties:write' },
        schema: {
          tags: ['parties'],
          summary: 'Add a party (audited); it starts unscreened',
          body: newPartyBody,
          response: { 201: partySchema, ...standardErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.parties.create(request.body, principalOf(request))),
    );

    app.patch(
      '/api/parties/:id',
      {
        config: { permission: 'parties:write' },
        schema: {
          tags: ['parties'],
          summary:
            'Change some of a party’s fields (audited with each field before and after); the id is fixed',
          params: idParams,
          body: partyChangesBody,
          response: { 200: partySchema, ...standardErrors },
        },
      },
      (request) => ctx.parties.update(request.params.id, request.body, principalOf(request)),
    );

    csvImportRoute(app, {
      url: '/api/parties/import',
      permission: 'parties:write',
      tags: ['parties'],
      summary:
        'Import parties from CSV, all or nothing; every bad row is reported by row and column (up to 100)',
      description:
        `Send the file as the body with Content-Type text/csv. Columns: ${partyCsvColumns.join(', ')}. ` +
        'List values are separated by |, identifiers are SCHEME:value. With dryRun=true the whole file is ' +
        'checked, ids already taken included, and nothing is written.',
      result: partyImportResultSchema,
      importCsv: (source, options, principal) => ctx.parties.importCsv(source, options, principal),
    });
  };
}
