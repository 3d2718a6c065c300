import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorisationKinds } from '../../domain/authorisations/authorisation.js';
import {
  authorisationCsvColumns,
  authorisationCsvRecord,
} from '../../domain/authorisations/authorisation-csv.js';
import type { AppContext } from '../../context.js';
import { acceptCsvBodies, csvExportRoute, csvImportResultSchema, csvImportRoute } from '../csv.js';

const authorisationImportResultSchema = csvImportResultSchema('AuthorisationImportResult');

/** Authorisations in and out as CSV, in one format: what the export writes, the import takes back. */
export function authorisationCsvRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    acceptCsvBodies(app);

    csvExportRoute(app, {
      url: '/api/authorisations.csv',
      permission: 'authorisations:read',
      tags: ['authorisations'],
      summary:
        'The list as CSV in the import format, filtered as the list is (a buyer gets those that name its party)',
      querystring: z.strictObject({ kind: z.enum(authorisationKinds).optional() }),
      fileName: 'authorisations.csv',
      columns: authorisationCsvColumns,
      items: (principal, query) => ctx.authorisations.list(principal, query),
      record: (authorisation) => authorisationCsvRecord(authorisation.terms),
    });

    csvImportRoute(app, {
      url: '/api/authorisations/import',
      permission: 'authorisations:write',
      tags: ['authorisations'],
      summary:
        'Import authorisations from CSV, all or nothing; every bad row is reported by row and column (up to 100)',
      description:
        `Send the file as the body with Content-Type text/csv. Columns: ${authorisationCsvColumns.join(', ')}. ` +
        'One row per authorisation; list values are separated by |; quantities and valueAmountMinor are whole ' +
        'numbers; a column the row’s kind does not use stays empty. Each row is issued as POST ' +
        '/api/authorisations would issue it, with its opening grant. With dryRun=true the whole file is ' +
        'checked, numbers already issued and unknown parties and products included, and nothing is written.',
      result: authorisationImportResultSchema,
      importCsv: (source, options, principal) =>
        ctx.authorisationImports.importCsv(source, options, principal),
    });
  };
}
