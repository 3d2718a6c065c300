import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { CsvImportOptions } from '../../src/domain/csv/csv-import.js';
import { chunked, failure } from '../support/csv-import.js';
import { engines, freshContext } from '../support/databases.js';
import { generatedOrdersCsv, orderCsvRow, ordersCsvHeader, seedOrderParties } from '../support/orders-csv.js';
import { csvText } from '../support/parties-csv.js';

const planner: Principal = { userId: 'u-1', username: 'pat', role: 'planner', partyId: null };
const alibabaBuyer: Principal = { userId: 'u-4', username: 'ali', role: 'buyer', partyId: 'alibaba' };

describe.each(engines)('order CSV import on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date('2026-03-01T10:00:00Z') }));
    await seedOrderParties(ctx);
    await ctx.orders.create(
      {
        buyerPartyId: 'alibaba',
        productId: 'h200',
        quantity: 8,
        period: '2026-03',
        tier: 'firm',
        reference: 'TAKEN',
      },
      planner,
    );
  });
  afterAll(() => drop());

  const count = async () =>
    (
      await ctx.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const lastSeq = async () => (await ctx.audit.list({ limit: 1 }))[0]?.seq;
  const importText = (text: string, options: Partial<CsvImportOptions> = {}, actor: Principal = planner) =>
    ctx.orders.importCsv(chunked(text), { fileName: 'orders.csv', ...options }, actor);

  it('imports 20,000 orders in one transaction, well within 10 s, with one audit event naming the import', async () => {
    const text = csvText(generatedOrdersCsv(20_000));
    const progress: number[] = [];
    const started = performance.now();
    const result = await importText(text, { onProgress: (rows) => progress.push(rows) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[${engine.name}] imported 20,000 orders in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);
    expect(result).toMatchObject({ fileName: 'orders.csv', dryRun: false, rows: 20_000, imported: 20_000 });
    expect(result.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(progress.at(-1)).toBe(20_000);
    expect(progress.length).toBeGreaterThanOrEqual(8);
    expect(await count()).toBe(20_001);

    const [event] = await ctx.audit.list({ entityType: 'order-import', limit: 1 });
    expect(event).toMatchObject({
      seq: result.auditEventSeq,
      action: 'orders.imported',
      actor: 'user:pat',
      summary: 'Imported 20,000 orders from orders.csv',
    });
    const changes = JSON.parse(event?.changes ?? '{}') as Record<string, unknown>;
    expect(Object.keys(changes).sort()).toEqual([
      'count',
      'fileName',
      'firstOrderId',
      'lastOrderId',
      'sha256',
    ]);
    expect(changes).toMatchObject({ count: 20_000, sha256: result.sha256 });
    // Every imported order carries the import's id: the event names exactly the orders it created.
    const traced = await ctx.db
      .selectFrom('orders')
      .select(['id', 'importRow', 'buyerPartyId', 'quantity', 'period', 'tier', 'reference'])
      .where('importId', '=', event?.entityId ?? '')
      .orderBy('importRow')
      .execute();
    expect(traced).toHaveLength(20_000);
    expect(traced[0]?.id).toBe(changes.firstOrderId);
    expect(traced.at(-1)?.id).toBe(changes.lastOrderId);
    expect(traced[1233]).toMatchObject({
      importRow: 1235,
      buyerPartyId: 'alibaba',
      quantity: 8 * (1 + (1234 % 50)),
      period: '2026-07',
      tier: 'firm',
      reference: 'PO-1234',
    });
    expect((await ctx.audit.verify()).ok).toBe(true);
  });

  it('refuses a re-import of the same file: every (buyer, reference) pair is already ordered', async () => {
    const seq = await lastSeq();
    const error = await failure(importText(csvText(generatedOrdersCsv(3))));
    expect(error.details).toEqual([
      {
        path: 'row 2, column reference',
        message: expect.stringMatching(
          /^alibaba already has an order with reference PO-1 \(order /,
        ) as unknown,
      },
      {
        path: 'row 3, column reference',
        message: expect.stringMatching(/^microsoft already has an order with reference PO-2/) as unknown,
      },
      {
        path: 'row 4, column reference',
        message: expect.stringMatching(/^bytedance already has an order with reference PO-3/) as unknown,
      },
    ]);
    expect(await lastSeq()).toBe(seq);
  });

  it('checks a file on a dry run, references already used included, and writes nothing', async () => {
    const before = await count();
    const seq = await lastSeq();
    const ok = await importText(csvText(generatedOrdersCsv(3_000, 'DRY')), { dryRun: true });
    expect(ok).toMatchObject({ dryRun: true, rows: 3_000, imported: 0, auditEventSeq: null });
    const taken = await failure(
      importText(csvText([ordersCsvHeader, 'alibaba,h200,8,2026-03,firm,TAKEN']), { dryRun: true }),
    );
    expect(taken.details).toEqual([
      {
        path: 'row 2, column reference',
        message: expect.stringMatching(/^alibaba already has an order with reference TAKEN/) as unknown,
      },
    ]);
    expect(await count()).toBe(before);
    expect(await lastSeq()).toBe(seq);
  });

  it('reports every bad row with its column, duplicates within the file across batches included, and writes nothing', async () => {
    const before = await count();
    const seq = await lastSeq();
    const lines = generatedOrdersCsv(6_000, 'BAD');
    // Row 5,002 repeats row 3 (two batches of 2,500 later); row 5,003 repeats row 5,001 within its batch.
    lines[5_001] = orderCsvRow(2, 'BAD');
    lines[5_002] = orderCsvRow(5_000, 'BAD');
    lines.push(
      'nobody,h200,8,2026-03,firm,',
      'nvidia,b300,8,2026-03,firm,',
      'alibaba,h200,1e3,2026-3,soon,',
      'alibaba,h200,0,2026-03,firm,',
      'alibaba,h200,8,2026-03',
    );
    const error = await failure(importText(csvText(lines)));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      { path: 'row 5002, column reference', message: 'microsoft BAD-2 is already on row 3' },
      { path: 'row 5003, column reference', message: 'microsoft BAD-5000 is already on row 5001' },
      { path: 'row 6002, column buyerPartyId', message: 'no party nobody' },
      { path: 'row 6003, column buyerPartyId', message: 'nvidia is not a buyer (its roles: exporter)' },
      { path: 'row 6003, column productId', message: 'no product b300' },
      {
        path: 'row 6004, column quantity',
        message: '"1e3" is not a whole number of units: write digits only, such as 8000',
      },
      { path: 'row 6004, column period', message: 'use a month in the form YYYY-MM, such as 2026-03' },
      { path: 'row 6004, column tier', message: 'use firm or forecast' },
      { path: 'row 6005, column quantity', message: 'order at least 1 unit' },
      { path: 'row 6006', message: 'expected 6 fields, found 4' },
    ]);
    expect(error.message).toBe(
      'orders.csv: 10 problem(s); nothing was imported. First: row 5002, column reference: microsoft BAD-2 is already on row 3',
    );
    expect(await count()).toBe(before);
    expect(await lastSeq()).toBe(seq);
  });

  it('lets a buyer import its own party’s orders only', async () => {
    const error = await failure(
      importText(
        csvText([ordersCsvHeader, 'alibaba,h200,8,2026-04,firm,OWN-1', 'bytedance,h200,8,2026-04,firm,X-1']),
        {},
        alibabaBuyer,
      ),
    );
    expect(error.details).toEqual([
      {
        path: 'row 3, column buyerPartyId',
        message: 'a buyer account orders for its own party (alibaba) only',
      },
    ]);
    const ok = await importText(
      csvText([ordersCsvHeader, 'alibaba,h200,8,2026-04,forecast,']),
      {},
      alibabaBuyer,
    );
    expect(ok.imported).toBe(1);
  });

  it('streams a buyer its own orders only, whatever it filters on', async () => {
    const exported: string[] = [];
    for await (const order of ctx.orders.stream(alibabaBuyer, { tier: 'forecast' }))
      exported.push(order.buyerPartyId);
    expect(new Set(exported)).toEqual(new Set(['alibaba']));
  });
});
