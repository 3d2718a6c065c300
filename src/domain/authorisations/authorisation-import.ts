import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db, Tx } from '../../db/database.js';
import { inRolledBackTransaction, inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import {
  readCsvImport,
  RowProblems,
  type CsvImportOptions,
  type CsvImportResult,
} from '../csv/csv-import.js';
import { DomainError } from '../errors.js';
import { authorisationCsvFormat, readAuthorisationRow, rowProblemsOf } from './authorisation-csv.js';
import type { AuthorisationsService } from './authorisations.service.js';

/** Progress is told every this many rows, and at the end. */
const progressEvery = 100;

interface ImportDeps {
  db: Db;
  audit: AuditService;
  authorisations: Pick<AuthorisationsService, 'createWithin'>;
}

/**
 * Imports authorisations from a CSV stream, all or nothing, in one transaction.
 *
 * - Streamed: rows are read and validated one at a time with newAuthorisationSchema; memory holds the
 *   authority and number of each row seen (for duplicates within the file) and the ids created, never the
 *   file.
 * - Each valid row is issued through the authorisations service's `createWithin`, the same path as the API:
 *   it refuses a number its authority already issued and parties or products that do not exist, writes
 *   the authorisation, its opening grant and their audit events. Its refusals become row problems in the
 *   row's columns. Rows after the first problem are still issued, only so that their own refusals are
 *   reported too: the transaction is rolled back at the end either way.
 * - One event `authorisations.imported` records the file's name, SHA-256, the count and every id created.
 */
export async function importAuthorisationsCsv(
  deps: ImportDeps,
  source: Readable,
  options: CsvImportOptions,
  actor: Principal | undefined,
): Promise<CsvImportResult> {
  // A dry run issues every row in a transaction it then rolls back. Whether a row can be issued is decided
  // by createWithin against the database as the earlier rows of the file left it; checking the same rules
  // beside it, read-only, would be a second copy of them that could drift from the one that writes. The
  // price: a dry run holds the write lock as long as the import itself would.
  const run = options.dryRun ? inRolledBackTransaction : inTransaction;
  return run(deps.db, (tx) => readAuthorisations(deps, tx, source, options, actor));
}

async function readAuthorisations(
  deps: ImportDeps,
  tx: Tx,
  source: Readable,
  options: CsvImportOptions,
  actor: Principal | undefined,
): Promise<CsvImportResult> {
  const problems = new RowProblems();
  const firstRowOf = new Map<string, number>();
  const ids: string[] = [];
  let rowsRead = 0;
  let reported = 0;
  const progress = () => {
    if (reported === rowsRead) return;
    reported = rowsRead;
    options.onProgress?.(rowsRead);
  };

  const { rows, sha256 } = await readCsvImport(source, options.fileName, authorisationCsvFormat, problems, {
    async row(row, fields, layout) {
      rowsRead = row - 1;
      const result = readAuthorisationRow(row, fields, layout);
      if (result.errors) {
        problems.add(row, ...result.errors);
      } else {
        const { terms } = result;
        const key = JSON.stringify([terms.authority, terms.number]);
        const first = firstRowOf.get(key);
        if (first === undefined) {
          firstRowOf.set(key, row);
          try {
            ids.push(await deps.authorisations.createWithin(tx, terms, actor));
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            problems.add(row, ...rowProblemsOf(error, row, terms));
          }
        } else {
          problems.add(row, {
            path: `row ${row}, column number`,
            message: `${terms.authority} ${terms.number} is already on row ${first}`,
          });
        }
      }
      if (rowsRead % progressEvery === 0) progress();
    },
    end: async () => progress(),
  });

  const dryRun = Boolean(options.dryRun);
  let auditEventSeq: number | null = null;
  if (!dryRun) {
    const event = await deps.audit.record(tx, actor, {
      action: 'authorisations.imported',
      entityType: 'authorisation-import',
      entityId: randomUUID(),
      summary: `Imported ${rows.toLocaleString('en-US')} authorisations from ${options.fileName}`,
      changes: { fileName: options.fileName, sha256, count: rows, ids },
    });
    auditEventSeq = event.seq;
  }
  return { fileName: options.fileName, dryRun, rows, imported: dryRun ? 0 : rows, sha256, auditEventSeq };
}

export type AuthorisationImportsService = ReturnType<typeof createAuthorisationImportsService>;

/** CSV import of authorisations, beside the authorisations service whose `createWithin` it issues them with. */
export function createAuthorisationImportsService(deps: ImportDeps) {
  return {
    /**
     * Imports authorisations from CSV, all or nothing; see importAuthorisationsCsv. With `dryRun`, checks the
     * whole file, numbers already issued and unknown parties and products included, and writes nothing.
     */
    importCsv(
      source: Readable,
      options: CsvImportOptions,
      actor: Principal | undefined,
    ): Promise<CsvImportResult> {
      return importAuthorisationsCsv(deps, source, options, actor);
    },
  };
}
