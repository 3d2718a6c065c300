import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../domain/errors.js';
import { screeningStatuses } from '../../domain/parties/party.js';
import { listKinds } from '../../domain/screening/list-entry.js';
import type { ListFileInput } from '../../domain/screening/lists/read-list.js';
import { decisionInputSchema, queueFilterSchema } from '../../domain/screening/screening-input.js';
import {
  heldReasons,
  matchStates,
  reviewDecisions,
  screeningTriggers,
} from '../../domain/screening/screening.js';
import { principalOf } from '../auth.js';
import { idParams, standardErrors } from '../schemas.js';

/** The largest upload taken: the whole CSL is about 6 MiB as CSV and 1.3 MiB gzipped. */
const maxListBytes = 64 * 1024 * 1024;

const listAddressSchema = z
  .object({
    address: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: 'ListAddress' });

const listEntrySchema = z
  .object({
    id: z.string(),
    listedId: z.string().meta({ description: 'The id as the list gives it (CSL _id, ofac:<ent_num>)' }),
    kind: z.enum(listKinds),
    source: z.string(),
    type: z.string().nullable(),
    programs: z.array(z.string()),
    name: z.string(),
    rawName: z.string(),
    aliases: z.array(z.string()),
    addresses: z.array(listAddressSchema),
    identifiers: z.array(z.object({ scheme: z.string(), value: z.string(), country: z.string().nullable() })),
    countries: z.array(z.string()),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    federalRegisterNotice: z.string().nullable(),
    licenseRequirement: z.string().nullable(),
    licensePolicy: z.string().nullable(),
    remarks: z.string().nullable(),
    sourceListUrl: z.string().nullable(),
    sourceInformationUrl: z.string().nullable(),
  })
  .meta({ id: 'ListEntry' });

const partyMatchSchema = z
  .object({
    entryId: z.string(),
    source: z.string(),
    name: z.string().meta({ description: 'The listed name' }),
    variant: z.string().meta({ description: 'The name variant of the entry that matched (name or alias)' }),
    score: z.number(),
    pairs: z.array(
      z.object({
        query: z.string(),
        listed: z.string(),
        how: z.string().meta({
          description: 'exact, pinyin, translated, joined, split, typo, acronym or legal-form',
        }),
        weight: z.number(),
      }),
    ),
    parts: z.object({ name: z.number(), legalForm: z.number(), country: z.number() }),
    partyName: z.string().meta({ description: 'The party’s name that matched' }),
    kind: z.enum(listKinds),
    versionId: z.string(),
    contentHash: z.string(),
    state: z.enum(matchStates),
    held: z
      .object({
        reason: z.enum(heldReasons),
        since: z.string(),
      })
      .optional()
      .meta({
        description:
          'Set on a confirmed match the latest screening no longer finds (entry-removed: it left the lists in force; no-longer-matched: the party’s names no longer match it). The block holds until a reviewer lifts it.',
      }),
  })
  .meta({ id: 'PartyMatch' });

const screeningSchema = z
  .object({
    id: z.string(),
    partyId: z.string(),
    screenedAt: z.string(),
    actor: z.string(),
    trigger: z.enum(screeningTriggers),
    versionIds: z.array(z.string()),
    decision: z.enum(['hit', 'review', 'clear']),
    status: z.enum(screeningStatuses),
    matches: z.array(partyMatchSchema),
  })
  .meta({ id: 'Screening' });

const reviewRecordSchema = z
  .object({
    id: z.string(),
    partyId: z.string(),
    entryId: z.string(),
    contentHash: z.string(),
    decision: z.enum(reviewDecisions),
    reason: z.string(),
    decidedBy: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'ScreeningDecision' });

const listVersionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(listKinds),
    importedAt: z.string(),
    importedBy: z.string(),
    files: z.array(z.object({ name: z.string(), sha256: z.string(), rows: z.number().int() })),
    entryCount: z.number().int(),
    active: z.boolean(),
    supersededAt: z.string().nullable(),
    delta: z.object({
      previousVersionId: z.string().nullable(),
      added: z.number().int(),
      changed: z.number().int(),
      removed: z.number().int(),
      unchanged: z.number().int(),
      parties: z.object({
        couldMatch: z.number().int(),
        heldOnChanged: z.number().int(),
        unscreened: z.number().int(),
        reweighed: z.boolean().meta({
          description: 'The update re-weighed the words, so every party was re-screened',
        }),
        touched: z.number().int(),
        statusChanges: z.record(z.string(), z.number().int()),
      }),
    }),
  })
  .meta({ id: 'ListVersion' });

const queueSchema = z
  .object({
    total: z.number().int(),
    items: z.array(
      z.object({
        party: z.object({
          id: z.string(),
          legalName: z.string(),
          country: z.string(),
          screeningStatus: z.enum(screeningStatuses),
        }),
        match: partyMatchSchema,
        entry: listEntrySchema,
        screenedAt: z.string(),
        screeningId: z.string(),
      }),
    ),
  })
  .meta({ id: 'ScreeningQueue' });

const partyParams = z.strictObject({ partyId: z.string().min(1).max(100) });
const decisionBody = decisionInputSchema.meta({ id: 'NewScreeningDecision' });

/** A list upload spooled to temporary files, read back as often as the loader opens them. */
interface SpooledUpload {
  files: ListFileInput[];
  remove(): Promise<void>;
}

function noFiles(): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    'Send the list file as the body, or several (OFAC’s cons_*.csv) as multipart/form-data.',
    [{ path: 'body', message: 'no list file' }],
  );
}

/**
 * Writes the body to a temporary file (with a size limit), then, for multipart/form-data, each part to
 * its own file. The import reads them after the upload is complete, so a slow client never holds the
 * database's write lock.
 */
async function spoolUpload(body: unknown, contentType: string, fileName: string): Promise<SpooledUpload> {
  if (!(body instanceof Readable)) throw noFiles();
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tranche-list-'));
  const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
  const open = (file: string) => () => fs.createReadStream(file);
  try {
    const spooled = path.join(dir, 'body');
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > maxListBytes)
          done(
            new DomainError(
              'VALIDATION_FAILED',
              `The upload is larger than ${maxListBytes / 1024 / 1024} MiB.`,
              [{ path: 'body', message: 'too large' }],
            ),
          );
        else done(null, chunk);
      },
    });
    await pipeline(body, limit, fs.createWriteStream(spooled));
    if (received === 0) throw noFiles();
    if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
      return { files: [{ name: fileName, open: open(spooled) }], remove };
    }
    const files = await splitMultipart(spooled, contentType, dir);
    if (files.length === 0) throw noFiles();
    return { files, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * Writes each file part of a spooled multipart/form-data body to its own file, streaming (busboy), and
 * answers them in the order sent. Text fields are ignored.
 */
async function splitMultipart(spooled: string, contentType: string, dir: string): Promise<ListFileInput[]> {
  const files: ListFileInput[] = [];
  const writes: Promise<void>[] = [];
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': contentType } });
  } catch {
    throw malformedMultipart();
  }
  parser.on('file', (_field, stream, info) => {
    const file = path.join(dir, `part-${files.length + 1}`);
    files.push({ name: info.filename || `file-${files.length + 1}`, open: () => fs.createReadStream(file) });
    writes.push(pipeline(stream, fs.createWriteStream(file)));
  });
  try {
    await pipeline(fs.createReadStream(spooled), parser);
    await Promise.all(writes);
  } catch {
    throw malformedMultipart();
  }
  return files;
}

function malformedMultipart(): DomainError {
  return new DomainError('VALIDATION_FAILED', 'The multipart/form-data body could not be read.', [
    { path: 'body', message: 'malformed multipart body' },
  ]);
}

/** Restricted-party screening: list versions, the review queue, decisions and each party's history. */
export function screeningRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/screening/lists',
      {
        config: { permission: 'screening:read' },
        schema: {
          tags: ['screening'],
          summary: 'Every imported version of each restricted-party list, newest first',
          response: { 200: z.array(listVersionSchema), ...standardErrors },
        },
      },
      () => ctx.screening.listVersions(),
    );

    // The upload takes any content type as a raw stream: a list file may be CSV, TSV, JSON or gzip, and
    // JSON must reach the loader as bytes, not parsed. In its own scope so no other route does.
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, payload, done) => {
        done(null, payload);
      });
      scope.withTypeProvider<ZodTypeProvider>().post(
        '/api/screening/lists',
        {
          config: { permission: 'screening:lists' },
          schema: {
            tags: ['screening'],
            summary:
              'Import a new version of a list (CSL, or OFAC’s consolidated files), audited, and re-screen the parties it affects',
            description:
              'Send one CSL file (CSV, TSV or JSON, gzipped or not) as the body, with its name in fileName; or ' +
              'several files as multipart/form-data (OFAC’s cons_prim.csv with cons_alt.csv, cons_add.csv and ' +
              'cons_comments.csv). The new version replaces the active one of its kind in one transaction ' +
              'with the re-screening of every party an added, changed or removed entry can affect. A file ' +
              'that is not a list or is truncated is refused (LIST_INVALID, naming file and row) and nothing ' +
              'is written.',
            consumes: ['application/octet-stream', 'multipart/form-data', 'text/csv', 'application/gzip'],
            querystring: z.strictObject({
              fileName: z.string().trim().min(1).max(200).default('upload'),
            }),
            body: z.unknown().meta({ type: 'string', format: 'binary', description: 'The list file(s)' }),
            response: {
              201: z.object({ version: listVersionSchema, auditEventSeq: z.number().int() }),
              ...standardErrors,
            },
          },
        },
        async (request, reply) => {
          const upload = await spoolUpload(
            request.body,
            request.headers['content-type'] ?? '',
            request.query.fileName,
          );
          try {
            const result = await ctx.screening.importList(upload.files, principalOf(request));
            return await reply.status(201).send(result);
          } finally {
            await upload.remove();
          }
        },
      );
    });

    app.get(
      '/api/screening/queue',
      {
        config: { permission: 'screening:read' },
        schema: {
          tags: ['screening'],
          summary:
            'Potential matches waiting for review, with the party, the listed entry and the explanation',
          querystring: queueFilterSchema,
          response: { 200: queueSchema, ...standardErrors },
        },
      },
      (request) => ctx.screening.queue(request.query),
    );

    app.post(
      '/api/screening/parties/:partyId/decisions',
      {
        config: { permission: 'screening:decide' },
        schema: {
          tags: ['screening'],
          summary:
            'Decide one of a party’s current matches: confirmed (blocks the party until lifted), false-positive (remembered until the entry changes) or lifted (releases a confirmed match screening no longer finds); audited',
          params: partyParams,
          body: decisionBody,
          response: {
            201: z.object({
              decision: reviewRecordSchema,
              status: z.enum(screeningStatuses),
              auditEventSeq: z.number().int(),
            }),
            ...standardErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await ctx.screening.decide(request.params.partyId, request.body, principalOf(request))),
    );

    app.post(
      '/api/screening/parties/:partyId/screen',
      {
        config: { permission: 'screening:run' },
        schema: {
          tags: ['screening'],
          summary: 'Screen a party now against the lists in force (audited)',
          params: partyParams,
          response: { 200: screeningSchema, ...standardErrors },
        },
      },
      (request) => ctx.screening.screenNow(request.params.partyId, principalOf(request)),
    );

    app.get(
      '/api/parties/:id/screenings',
      {
        config: { permission: 'screening:read' },
        schema: {
          tags: ['screening'],
          summary:
            'A party’s screening status, its screenings (newest first) and the decisions on its matches',
          params: idParams,
          response: {
            200: z
              .object({
                partyId: z.string(),
                status: z.enum(screeningStatuses),
                screenings: z.array(screeningSchema),
                decisions: z.array(reviewRecordSchema),
                current: z.array(partyMatchSchema).meta({
                  description: 'The matches the party stands on now, decisions applied, best first',
                }),
              })
              .meta({ id: 'ScreeningHistory' }),
            ...standardErrors,
          },
        },
      },
      (request) => ctx.screening.history(request.params.id),
    );
  };
}
