import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db, Tx } from '../../db/database.js';
import { inRolledBackTransaction, inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import {
  readCsvImport,
  RowProblems,
  type CsvImportOptions,
  type CsvImportResult,
} from '../csv/csv-import.js';
import { orderCellPath, orderCsvFormat, readOrderRow } from './order-csv.js';
import { OrderBatchWriter, orderBatchSize } from './order-writer.js';

interface ImportDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
}

/**
 * Imports orders from a CSV stream, all or nothing, in one transaction.
 *
 * - Streamed and bounded: csv-parse reads the source chunk by chunk; rows are validated one at a time
 *   with newOrderSchema and written by OrderBatchWriter in multi-row inserts of 2,500. Memory holds one
 *   batch, the cached parties and products, and at most about 100 problems, never the file: a million
 *   rows import in the same memory as a thousand.
 * - Buyer and product ids are checked against a cache (there are few of either), not a query per row.
 * - A (buyer, reference) pair already on an earlier row, or already ordered, is refused, so importing the
 *   same file twice does not double the demand. Rows with an empty reference cannot be recognised and do
 *   duplicate when a file is imported again.
 * - A dry run takes the same path in a transaction it rolls back, so its verdict is the real one; it holds
 *   the write lock as long as the import would.
 * - Audit: one event for the whole import, in the same transaction, with the file's name, SHA-256 and the
 *   count. Not a list of ids: a million of them would make one event of tens of megabytes in the hash
 *   chain. Every imported order carries the import's id (the event's entity id) and its row in the file,
 *   so the event names exactly which orders it created ("import_id = entity id"), and the first and last
 *   order ids are recorded besides for a quick look.
 */
export async function importOrdersCsv(
  deps: ImportDeps,
  source: Readable,
  options: CsvImportOptions,
  actor: Principal | undefined,
): Promise<CsvImportResult> {
  const run = (tx: Tx) => readOrders(deps, tx, source, options, actor);
  return options.dryRun ? inRolledBackTransaction(deps.db, run) : inTransaction(deps.db, run);
}

async function readOrders(
  deps: ImportDeps,
  tx: Tx,
  source: Readable,
  options: CsvImportOptions,
  actor: Principal | undefined,
): Promise<CsvImportResult> {
  const importId = randomUUID();
  const problems = new RowProblems();
  const writer = new OrderBatchWriter(tx, {
    now: isoInstant(deps.clock),
    principal: actor,
    importId,
    report: (row, problem) =>
      problems.add(row, { path: orderCellPath(row, problem.field), message: problem.message }),
  });
  let rowsRead = 0;

  const { rows, sha256 } = await readCsvImport(source, options.fileName, orderCsvFormat, problems, {
    async row(row, fields, layout) {
      rowsRead = row - 1;
      const result = readOrderRow(row, fields, layout);
      if (result.errors) problems.add(row, ...result.errors);
      else await writer.add(row, result.order);
      if (rowsRead % orderBatchSize === 0) options.onProgress?.(rowsRead);
    },
    async end() {
      await writer.flush();
      options.onProgress?.(rowsRead);
    },
  });

  const dryRun = Boolean(options.dryRun);
  let auditEventSeq: number | null = null;
  if (!dryRun) {
    const event = await deps.audit.record(tx, actor, {
      action: 'orders.imported',
      entityType: 'order-import',
      entityId: importId,
      summary: `Imported ${rows.toLocaleString('en-US')} orders from ${options.fileName}`,
      changes: {
        fileName: options.fileName,
        sha256,
        count: rows,
        firstOrderId: writer.firstId,
        lastOrderId: writer.lastId,
      },
    });
    auditEventSeq = event.seq;
  }
  return { fileName: options.fileName, dryRun, rows, imported: dryRun ? 0 : rows, sha256, auditEventSeq };
}
