import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { DomainError } from '../../src/domain/errors.js';
import type { PartyImportOptions } from '../../src/domain/parties/party-import.js';
import { engines, freshContext } from '../support/databases.js';
import {
  csvText,
  generatedPartiesCsv,
  illustrativeUscc,
  partiesCsvHeader,
  partyCsvRow,
} from '../support/parties-csv.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };

/** The text as a stream of small chunks, so rows, quoted values and UTF-8 characters straddle chunk edges. */
function chunked(text: string | Buffer, size = 64 * 1024): Readable {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the import to fail');
}

describe.each(engines)('party CSV import on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date('2026-03-01T10:00:00Z') }));
    await ctx.parties.create(
      { id: 'existing', legalName: 'Existing Co', roles: ['buyer'], country: 'CN', hqCountry: 'CN' },
      officer,
    );
  });
  afterAll(() => drop());

  const count = async () => (await ctx.parties.list(officer)).length;
  const importText = (text: string | Buffer, options: Partial<PartyImportOptions> = {}) =>
    ctx.parties.importCsv(chunked(text), { fileName: 'parties.csv', ...options }, officer);

  it('imports 20,000 parties in one transaction, well within 10 s, with one audit event naming them all', async () => {
    const text = csvText(generatedPartiesCsv(20_000));
    const progress: number[] = [];
    const started = performance.now();
    const result = await importText(text, { onProgress: (rows) => progress.push(rows) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[${engine.name}] imported 20,000 parties in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);

    expect(result).toMatchObject({ fileName: 'parties.csv', dryRun: false, rows: 20_000, imported: 20_000 });
    expect(result.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(progress.at(-1)).toBe(20_000);
    expect(progress.length).toBeGreaterThan(10);
    expect(await count()).toBe(20_001);

    const [event] = await ctx.audit.list({ entityType: 'party-import', limit: 1 });
    expect(event).toMatchObject({
      seq: result.auditEventSeq,
      action: 'parties.imported',
      actor: 'user:chen',
      summary: 'Imported 20,000 parties from parties.csv',
    });
    const changes = JSON.parse(event?.changes ?? '{}') as { ids: string[]; sha256: string; count: number };
    expect(changes.count).toBe(20_000);
    expect(changes.sha256).toBe(result.sha256);
    expect(changes.ids).toHaveLength(20_000);
    expect(changes.ids.slice(0, 2)).toEqual(['gen-1', 'gen-2']);

    const imported = await ctx.parties.get(officer, 'gen-1234');
    expect(imported).toMatchObject({
      legalName: 'Example Trading 1234, Ltd.',
      otherNames: ['Example 1234', '示例贸易1234有限公司'],
      roles: ['buyer', 'consignee'],
      identifiers: [{ scheme: 'USCC', value: illustrativeUscc(1234) }],
      addresses: [
        { lines: ['1234 Example Road', 'Building 2'], city: 'Shanghai', postalCode: '200000', country: 'CN' },
      ],
      screeningStatus: 'unscreened',
    });
    expect((await ctx.parties.list(officer, { q: '示例贸易1234有' })).map((p) => p.id)).toEqual(['gen-1234']);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });

  it('checks a file on a dry run, ids already taken included, and writes nothing', async () => {
    const before = await count();
    const ok = await importText(csvText(generatedPartiesCsv(600, 'dry')), { dryRun: true });
    expect(ok).toMatchObject({ dryRun: true, rows: 600, imported: 0, auditEventSeq: null });
    expect(await count()).toBe(before);
    const taken = await failure(
      importText(csvText([partiesCsvHeader, partyCsvRow(7, 'gen')]), { dryRun: true }),
    );
    expect(taken.details).toEqual([
      { path: 'row 2, column id', message: 'a party with id gen-7 already exists' },
    ]);
  });

  it('writes nothing when a row in the middle is bad, naming its row and column', async () => {
    const before = await count();
    const events = (await ctx.audit.list({ limit: 1 }))[0]?.seq;
    const lines = generatedPartiesCsv(5_000, 'mid');
    // Row 2,601 of the file: five batches of 500 have been inserted by the time it is read.
    lines[2_600] = (lines[2_600] ?? '').replace(/,CN,CN,/, ',CN,China,');
    const error = await failure(importText(csvText(lines)));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      {
        path: 'row 2601, column hq_country',
        message: 'use an ISO 3166 alpha-2 country code such as CN or US',
      },
    ]);
    expect(error.message).toBe(
      'parties.csv: 1 problem(s); nothing was imported. First: row 2601, column hq_country: use an ISO 3166 alpha-2 country code such as CN or US',
    );
    expect(await count()).toBe(before);
    expect(await ctx.parties.find('mid-1')).toBeUndefined();
    expect((await ctx.audit.list({ limit: 1 }))[0]?.seq).toBe(events);
  });

  it('reports every bad row with its column: duplicates in the file and in the database, bad values, wrong field counts', async () => {
    const lines = [
      partiesCsvHeader,
      partyCsvRow(1, 'many'),
      partyCsvRow(1, 'many'),
      'existing,Existing Again,,buyer,CN,CN,,,,,',
      'many-x,Bad Co,,buyer|shipper,CN,CN,USCC:91110108000000001I|DUNS12,,,,',
      'many-y,,,buyer,CN,CN,LEI:ABC,,,,',
      'many-z,Short Row,,buyer,CN',
      'Many Bad Id,Addressless,,buyer,US,US,,,,,JP',
      'many-w,Lonely Address,,buyer,US,US,,,Tokyo,,',
    ];
    const error = await failure(importText(csvText(lines)));
    expect(error.details).toEqual([
      { path: 'row 3, column id', message: 'many-1 is already on row 2' },
      { path: 'row 4, column id', message: 'a party with id existing already exists' },
      { path: 'row 5, column identifiers', message: '"DUNS12": write SCHEME:value, e.g. USCC:…' },
      { path: 'row 5, column roles', message: 'item 2: use exporter, buyer, consignee, end-user' },
      {
        path: 'row 5, column identifiers',
        message:
          '"USCC:91110108000000001I": a USCC is 18 characters: digits and upper-case letters other than I, O, Z, S and V',
      },
      { path: 'row 6, column legal_name', message: 'Too small: expected string to have >=1 characters' },
      {
        path: 'row 6, column identifiers',
        message: '"LEI:ABC": an LEI is 20 characters: 18 letters or digits, then 2 digits',
      },
      { path: 'row 7', message: 'expected 11 fields, found 5' },
      { path: 'row 8, column id', message: 'use lower-case letters, digits and single hyphens' },
      { path: 'row 8, column address_city', message: 'give a city or at least one address line' },
      {
        path: 'row 9, column address_country',
        message: 'use an ISO 3166 alpha-2 country code such as CN or US',
      },
    ]);
    expect(await ctx.parties.find('many-1')).toBeUndefined();
  });

  it('stops after 100 problems and says so', async () => {
    const lines = [partiesCsvHeader];
    for (let n = 1; n <= 300; n += 1) lines.push(`bad-${n},Bad ${n},,buyer,XX1,CN,,,,,`);
    const error = await failure(importText(csvText(lines)));
    expect(error.details).toHaveLength(100);
    expect(error.details[99]?.path).toBe('row 101, column country');
    expect(error.message).toMatch(
      /^parties\.csv: 100 or more problems \(reading stopped at row 101\); nothing was imported/,
    );
  });

  it('refuses unknown or missing header columns before reading any row', async () => {
    const progress: number[] = [];
    const unknown = await failure(
      importText(csvText([`${partiesCsvHeader},notes`, partyCsvRow(1, 'hdr')]), {
        onProgress: (rows) => progress.push(rows),
      }),
    );
    expect(unknown.details).toEqual([{ path: 'row 1, column notes', message: 'unknown column' }]);
    const missing = await failure(
      importText(csvText([partiesCsvHeader.replace(',hq_country', ''), 'hdr-1,X,,buyer,CN,,,,,'])),
    );
    expect(missing.details).toEqual([{ path: 'row 1, column hq_country', message: 'missing column' }]);
    expect(missing.message).toMatch(/expected the columns id, legal_name/);
    // Any order and case is fine.
    const reordered =
      'LEGAL_NAME,id,other_names,roles,country,hq_country,identifiers,address_lines,address_city,address_postal_code,address_country';
    expect((await importText(csvText([reordered, 'Reordered Co,hdr-ok,,buyer,CN,CN,,,,,']))).rows).toBe(1);
    expect(progress).toEqual([]);
    expect(await ctx.parties.find('hdr-1')).toBeUndefined();
  });

  it('refuses content that is not CSV text', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe,
    ]);
    const binary = await failure(importText(png));
    expect(binary.code).toBe('VALIDATION_FAILED');
    expect(binary.message).toMatch(/not CSV text/);
    const json = await failure(importText(JSON.stringify([{ id: 'x', legalName: 'Y' }])));
    expect(json.code).toBe('VALIDATION_FAILED');
    expect(json.details).toEqual([
      {
        path: 'row 1',
        message:
          'a quote inside an unquoted value: quote the whole value and double any quote inside it ("")',
      },
    ]);
    const text = await failure(importText('Dear compliance team,\nplease find the parties attached.\n'));
    expect(text.details.map((d) => d.message)).toContain('missing column');
    const empty = await failure(importText(''));
    expect(empty.message).toMatch(/is empty: expected a header row/);
    const headerOnly = await failure(importText(csvText([partiesCsvHeader])));
    expect(headerOnly.details).toEqual([{ path: 'row 2', message: 'no rows after the header' }]);
  });

  it('names the row of a truncated quoted value and writes nothing', async () => {
    const text = csvText(generatedPartiesCsv(1_200, 'cut'));
    // Cut inside the quoted legal name of row 1,101.
    const cutAt = text.indexOf('"Example Trading 1100, Ltd.') + 10;
    const error = await failure(importText(text.slice(0, cutAt), { onProgress: () => undefined }));
    expect(error.details).toEqual([
      {
        path: 'row 1101',
        message: 'a quoted value is never closed: the file may be truncated, or a value holds a stray "',
      },
    ]);
    expect(await ctx.parties.find('cut-1')).toBeUndefined();
    const stray = await failure(
      importText(csvText([partiesCsvHeader, 'q-1,Say "hi" Ltd,,buyer,CN,CN,,,,,'])),
    );
    expect(stray.details[0]?.path).toBe('row 2');
    expect(stray.details[0]?.message).toMatch(/quote/);
  });

  it('rolls back when the source fails half-way', async () => {
    const lines = generatedPartiesCsv(1_500, 'broken');
    async function* failing() {
      yield Buffer.from(csvText(lines.slice(0, 1_200)));
      throw new Error('disk went away');
    }
    await expect(
      ctx.parties.importCsv(Readable.from(failing()), { fileName: 'broken.csv' }, officer),
    ).rejects.toThrow('disk went away');
    expect(await ctx.parties.find('broken-1')).toBeUndefined();
  });

  it('reads rows whose values, quotes and UTF-8 characters straddle chunk edges, with a byte-order mark', async () => {
    const text = `\uFEFF${csvText(generatedPartiesCsv(300, 'tiny'))}`;
    const result = await ctx.parties.importCsv(chunked(text, 7), { fileName: 'tiny.csv' }, officer);
    expect(result.rows).toBe(300);
    expect((await ctx.parties.get(officer, 'tiny-298')).otherNames).toEqual([
      'Example 298',
      '示例贸易298有限公司',
    ]);
  });
});
