import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline as pipelineCallback, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
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
import { standardErrors } from '../schemas.js';

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
    screeningStatus: z.enum(screeningStatuses),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Party' });

// Registered once at module load: the OpenAPI document names each schema by its id.
const newPartyBody = newPartySchema.meta({ id: 'NewParty' });
const partyChangesBody = partyChangesSchema.meta({ id: 'PartyChanges' });

const partyImportResultSchema = z
  .object({
    fileName: z.string(),
    dryRun: z.boolean(),
    rows: z.number().int(),
    imported: z.number().int(),
    sha256: z.string(),
    auditEventSeq: z.number().int().nullable(),
  })
  .meta({ id: 'PartyImportResult' });

const idParams = z.strictObject({ id: z.string().min(1).max(100) });

/** An upload larger than this is refused: about 300,000 parties. */
const maxImportBytes = 64 * 1024 * 1024;

/**
 * Writes an upload to a temporary file and runs `work` on it, removing the file afterwards. The import
 * holds the database's write lock for its whole transaction; spooling first means a slow client's upload
 * happens before that, not while every other writer waits for it.
 */
async function withSpooledUpload<T>(body: Readable, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tranche-upload-'));
  const file = path.join(dir, 'upload.csv');
  try {
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > maxImportBytes) {
          done(
            new DomainError(
              'VALIDATION_FAILED',
              `The file is larger than ${maxImportBytes / 1024 / 1024} MiB.`,
              [{ path: 'body', message: 'file too large; split it into several imports' }],
            ),
          );
        } else {
          done(null, chunk);
        }
      },
    });
    await pipeline(body, limit, fs.createWriteStream(file));
    return await work(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

export function partyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // CSV bodies reach the import route as a stream; this plugin's scope only, so no other route takes CSV.
    app.addContentTypeParser('text/csv', (_request, payload, done) => {
      done(null, payload);
    });

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

    app.get(
      '/api/parties.csv',
      {
        config: { permission: 'parties:read' },
        schema: {
          tags: ['parties'],
          summary:
            'The filtered list as CSV in the import format, streamed (a buyer gets only its own party)',
          querystring: partyFilterSchema.omit({ limit: true, offset: true }),
          // The list itself is CSV; a refusal is the usual JSON error body.
          produces: ['text/csv', 'application/json'],
          response: {
            200: z.string().meta({ description: `CSV with the columns ${partyCsvColumns.join(', ')}` }),
            ...standardErrors,
          },
        },
      },
      async (request, reply) => {
        const parties = ctx.parties.stream(principalOf(request), request.query);
        async function* records() {
          for await (const party of parties) yield partyCsvRecord(party);
        }
        const csv = pipelineCallback(
          Readable.from(records()),
          stringify({ header: true, columns: [...partyCsvColumns] }),
          (error) => {
            // The status line is gone by now: a failure can only cut the download short, and is logged.
            if (error) request.log.error({ err: error }, 'parties CSV export failed');
          },
        );
        return (
          reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', 'attachment; filename="parties.csv"')
            // The type provider types the body by the 200 schema (text); Fastify sends a stream as it comes.
            .send(csv as unknown as string)
        );
      },
    );

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

    app.post(
      '/api/parties/import',
      {
        config: { permission: 'parties:write' },
        schema: {
          tags: ['parties'],
          summary:
            'Import parties from CSV, all or nothing; every bad row is reported by row and column (up to 100)',
          description:
            `Send the file as the body with Content-Type text/csv. Columns: ${partyCsvColumns.join(', ')}. ` +
            'List values are separated by |, identifiers are SCHEME:value. With dryRun=true the whole file is ' +
            'checked, ids already taken included, and nothing is written.',
          consumes: ['text/csv'],
          querystring: z.strictObject({
            fileName: z.string().trim().min(1).max(200).default('upload.csv'),
            dryRun: z
              .enum(['true', 'false'])
              .default('false')
              .transform((value) => value === 'true'),
          }),
          body: z.unknown().meta({ type: 'string', description: 'The CSV file' }),
          response: { 200: partyImportResultSchema, ...standardErrors },
        },
      },
      async (request) => {
        const body = request.body;
        if (!(body instanceof Readable)) {
          throw new DomainError(
            'VALIDATION_FAILED',
            'Send the file as the body with Content-Type text/csv.',
            [{ path: 'body', message: 'expected text/csv' }],
          );
        }
        const { fileName, dryRun } = request.query;
        return withSpooledUpload(body, (file) =>
          ctx.parties.importCsv(fs.createReadStream(file), { fileName, dryRun }, principalOf(request)),
        );
      },
    );
  };
}
