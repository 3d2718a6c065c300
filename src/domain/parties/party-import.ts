import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db, Executor, Tx } from '../../db/database.js';
import { existingPartyIds, insertParties } from '../../db/repositories/party.repository.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import {
  readCsvImport,
  RowProblems,
  type CsvImportOptions,
  type CsvImportResult,
} from '../csv/csv-import.js';
import { newPartyRow } from './party-rows.js';
import { partyCsvFormat, readPartyRow } from './party-csv.js';
import type { PartyScreeningHook } from './parties.service.js';
import type { NewParty } from './party.js';

export type PartyImportOptions = CsvImportOptions;
export type PartyImportResult = CsvImportResult;

/** 500 rows × 12 columns = 6,000 bound parameters per insert, well inside SQLite's 32,766 and PostgreSQL's 65,535. */
const batchSize = 500;

/**
 * Imports parties from a CSV stream, all or nothing.
 *
 * - Streamed: csv-parse reads the source chunk by chunk; rows are validated one at a time with
 *   newPartySchema and inserted in batches of 500. Memory holds one batch and the set of ids seen (for
 *   duplicates within the file), never the file.
 * - One transaction: every batch is inserted in the same transaction, so a bad row anywhere (or a failure
 *   half-way) leaves nothing written. After the first bad row nothing more is inserted, but reading goes on
 *   to report up to 100 problems, each with its row (the header is row 1) and column.
 * - Audit: one event for the whole import, in the same transaction, listing every id created with the
 *   file's name and SHA-256. One event per party would put 20,000 links into the hash chain, each
 *   serialised on the chain's head row, multiplying the import's time and how long it holds the write lock
 *   by several times, for no more proof: the id list and the file's digest say exactly what was created
 *   from what. Later changes to an imported party are audited per party as usual.
 */
export async function importPartiesCsv(
  deps: { db: Db; clock: Clock; audit: AuditService; screening?: PartyScreeningHook | undefined },
  source: Readable,
  options: PartyImportOptions,
  actor: Principal | undefined,
): Promise<PartyImportResult> {
  if (options.dryRun) return readParties(deps, source, options, actor, deps.db, undefined);
  return inTransaction(deps.db, (tx) => readParties(deps, source, options, actor, tx, tx));
}

async function readParties(
  deps: { clock: Clock; audit: AuditService; screening?: PartyScreeningHook | undefined },
  source: Readable,
  options: PartyImportOptions,
  actor: Principal | undefined,
  reader: Executor,
  writer: Tx | undefined,
): Promise<PartyImportResult> {
  if (writer) await deps.screening?.holdWithin(writer);
  const now = isoInstant(deps.clock);
  const problems = new RowProblems();
  const seen = new Map<string, number>();
  let batch: { row: number; party: NewParty }[] = [];
  let rowsRead = 0;
  // How many imported parties screening left in each status; undefined while no list is in force.
  let screened: Record<string, number> | undefined;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const taken = await existingPartyIds(
      reader,
      batch.map((b) => b.party.id),
    );
    for (const b of batch) {
      if (taken.has(b.party.id))
        problems.add(b.row, {
          path: `row ${b.row}, column id`,
          message: `a party with id ${b.party.id} already exists`,
        });
    }
    // Once anything is wrong the transaction will roll back: inserting more would be wasted work.
    if (writer && problems.count === 0) {
      await insertParties(
        writer,
        batch.map((b) => newPartyRow(b.party, now)),
      );
      // Screened batch by batch in the same transaction: an imported party is never committed unscreened
      // while a list is in force.
      const counts = await deps.screening?.screenImportedWithin(
        writer,
        batch.map((b) => ({ ...b.party, screeningStatus: 'unscreened' as const })),
        actor,
      );
      if (counts) {
        screened ??= {};
        for (const [status, n] of Object.entries(counts)) screened[status] = (screened[status] ?? 0) + n;
      }
    }
    batch = [];
    options.onProgress?.(rowsRead);
  };

  const { rows, sha256 } = await readCsvImport(source, options.fileName, partyCsvFormat, problems, {
    async row(row, fields, layout) {
      rowsRead = row - 1;
      const result = readPartyRow(row, fields, layout);
      if (result.errors) {
        problems.add(row, ...result.errors);
      } else {
        const first = seen.get(result.party.id);
        if (first === undefined) {
          seen.set(result.party.id, row);
          batch.push({ row, party: result.party });
        } else {
          problems.add(row, {
            path: `row ${row}, column id`,
            message: `${result.party.id} is already on row ${first}`,
          });
        }
      }
      if (batch.length >= batchSize) await flush();
    },
    end: flush,
  });

  let auditEventSeq: number | null = null;
  if (writer) {
    const event = await deps.audit.record(writer, actor, {
      action: 'parties.imported',
      entityType: 'party-import',
      entityId: randomUUID(),
      summary: `Imported ${rows.toLocaleString('en-US')} parties from ${options.fileName}`,
      changes: {
        fileName: options.fileName,
        sha256,
        count: rows,
        ids: [...seen.keys()],
        screening: screened,
      },
    });
    auditEventSeq = event.seq;
  }
  return {
    fileName: options.fileName,
    dryRun: !writer,
    rows,
    imported: writer ? rows : 0,
    sha256,
    auditEventSeq,
  };
}
