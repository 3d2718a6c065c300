import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline as pipelineCallback, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../domain/accounts/principal.js';
import type { Permission } from '../domain/accounts/roles.js';
import type { CsvImportOptions, CsvImportResult } from '../domain/csv/csv-import.js';
import { DomainError } from '../domain/errors.js';
import { principalOf } from './auth.js';
import { standardErrors } from './schemas.js';

/** An upload larger than this is refused: about 300,000 parties. */
const maxImportBytes = 64 * 1024 * 1024;

/**
 * Lets the routes of one plugin take CSV bodies, as a stream. Registered per plugin scope, so no route
 * outside the plugins that import CSV takes it.
 */
export function acceptCsvBodies(app: Pick<FastifyInstance, 'addContentTypeParser'>): void {
  app.addContentTypeParser('text/csv', (_request, payload, done) => {
    done(null, payload);
  });
}

/** The result of a CSV import, as the API shows it; `id` names it in the OpenAPI document. */
export function csvImportResultSchema(id: string) {
  return z
    .object({
      fileName: z.string(),
      dryRun: z.boolean(),
      rows: z.number().int(),
      imported: z.number().int(),
      sha256: z.string(),
      auditEventSeq: z.number().int().nullable(),
    })
    .meta({ id });
}

/** The route schema of a CSV import: the file as the body, its name and dryRun in the query. */
export function csvImportSchema(route: {
  tags: string[];
  summary: string;
  description: string;
  result: ReturnType<typeof csvImportResultSchema>;
}) {
  return {
    tags: route.tags,
    summary: route.summary,
    description: route.description,
    consumes: ['text/csv'],
    querystring: z.strictObject({
      fileName: z.string().trim().min(1).max(200).default('upload.csv'),
      dryRun: z
        .enum(['true', 'false'])
        .default('false')
        .transform((value) => value === 'true'),
    }),
    body: z.unknown().meta({ type: 'string', description: 'The CSV file' }),
    response: { 200: route.result, ...standardErrors },
  };
}

/**
 * Runs a CSV import on a request's body: written to a temporary file first, then read from it, and the
 * file removed afterwards. The import holds the database's write lock for its whole transaction; spooling
 * first means a slow client's upload happens before that, not while every other writer waits for it.
 */
export async function importUploadedCsv(
  body: unknown,
  options: CsvImportOptions,
  importCsv: (source: Readable, options: CsvImportOptions) => Promise<CsvImportResult>,
): Promise<CsvImportResult> {
  if (!(body instanceof Readable)) {
    throw new DomainError('VALIDATION_FAILED', 'Send the file as the body with Content-Type text/csv.', [
      { path: 'body', message: 'expected text/csv' },
    ]);
  }
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
    return await importCsv(fs.createReadStream(file), options);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The route schema of a CSV export in an import format: CSV, or the usual JSON error body. */
export function csvExportSchema<Query extends z.ZodType>(route: {
  tags: string[];
  summary: string;
  querystring: Query;
  columns: readonly string[];
}) {
  return {
    tags: route.tags,
    summary: route.summary,
    querystring: route.querystring,
    produces: ['text/csv', 'application/json'],
    response: {
      200: z.string().meta({ description: `CSV with the columns ${route.columns.join(', ')}` }),
      ...standardErrors,
    },
  };
}

/** Streams records as a CSV download with a header row, in bounded memory. */
export function sendCsv(
  request: FastifyRequest,
  reply: FastifyReply,
  download: { fileName: string; columns: readonly string[]; records: AsyncIterable<string[]> },
): FastifyReply {
  const csv = pipelineCallback(
    Readable.from(download.records),
    stringify({ header: true, columns: [...download.columns] }),
    (error) => {
      // The status line is gone by now: a failure can only cut the download short, and is logged.
      if (error) request.log.error({ err: error }, `${download.fileName} export failed`);
    },
  );
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${download.fileName}"`)
    .send(csv);
}

/** The Fastify instance a zod-typed route plugin is given. */
type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Registers a CSV export in an import format: the items are fetched before the first byte is sent, so a
 * refused filter still answers with the JSON error body, then streamed one record each.
 */
export function csvExportRoute<Query extends z.ZodType, Item>(
  app: ZodApp,
  route: {
    url: string;
    permission: Permission;
    tags: string[];
    summary: string;
    querystring: Query;
    fileName: string;
    columns: readonly string[];
    items: (principal: Principal, query: z.output<Query>) => AsyncIterable<Item> | Promise<Iterable<Item>>;
    record: (item: Item) => string[];
  },
): void {
  app.get(
    route.url,
    {
      config: { permission: route.permission },
      schema: csvExportSchema({
        tags: route.tags,
        summary: route.summary,
        querystring: route.querystring,
        columns: route.columns,
      }),
    },
    async (request, reply) => {
      const items = await route.items(principalOf(request), request.query as z.output<Query>);
      async function* records() {
        for await (const item of items) yield route.record(item);
      }
      return sendCsv(request, reply, {
        fileName: route.fileName,
        columns: route.columns,
        records: records(),
      });
    },
  );
}

/** Registers a CSV import: the file as the body, spooled first (see importUploadedCsv), then imported. */
export function csvImportRoute(
  app: ZodApp,
  route: {
    url: string;
    permission: Permission;
    tags: string[];
    summary: string;
    description: string;
    result: ReturnType<typeof csvImportResultSchema>;
    importCsv: (
      source: Readable,
      options: CsvImportOptions,
      principal: Principal | undefined,
    ) => Promise<CsvImportResult>;
  },
): void {
  app.post(
    route.url,
    {
      config: { permission: route.permission },
      schema: csvImportSchema({
        tags: route.tags,
        summary: route.summary,
        description: route.description,
        result: route.result,
      }),
    },
    (request) =>
      importUploadedCsv(request.body, request.query, (source, options) =>
        route.importCsv(source, options, principalOf(request)),
      ),
  );
}
