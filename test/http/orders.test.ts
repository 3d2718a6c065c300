import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';
import { h200Spec, ordersCsvHeader } from '../support/orders-csv.js';

type ErrorBody = { error: { code: string; message: string; details: { path?: string; message: string }[] } };

describe.each(engines)('orders and supply over HTTP on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(engine);
    await t.ctx.products.create(h200Spec, undefined);
  });
  afterAll(() => t.close());

  it('places an order as a buyer and as a planner, and answers bad input with a stable error body', async () => {
    const placed = await t.request(t.callers.buyer, 'POST', '/api/orders', {
      buyerPartyId: 'bytedance',
      productId: 'h200',
      quantity: 8000,
      period: '2026-03',
      tier: 'firm',
      reference: 'BD-PO-1',
    });
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ buyerPartyId: 'bytedance', status: 'open', reference: 'BD-PO-1' });

    const bad = await t.request(t.callers.planner, 'POST', '/api/orders', {
      buyerPartyId: 'alibaba',
      productId: 'h200',
      quantity: -1,
      period: '2026-02-01',
      tier: 'firm',
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<ErrorBody>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d) => d.path)).toEqual(['quantity', 'period']);

    const again = await t.request(t.callers.planner, 'POST', '/api/orders', {
      buyerPartyId: 'bytedance',
      productId: 'h200',
      quantity: 1,
      period: '2026-03',
      tier: 'forecast',
      reference: 'BD-PO-1',
    });
    expect(again.statusCode).toBe(409);
    const forOther = await t.request(t.callers.buyer2, 'POST', '/api/orders', {
      buyerPartyId: 'bytedance',
      productId: 'h200',
      quantity: 1,
      period: '2026-03',
      tier: 'forecast',
    });
    expect(forOther.statusCode).toBe(403);
  });

  it('imports a CSV body, reports bad rows by row and column, and exports what it imported', async () => {
    const rows = ['alibaba,h200,800,2026-04,forecast,AL-1', 'alibaba,h200,1600,2026-05,firm,'];
    const bad = await t.request(
      t.callers.planner,
      'POST',
      '/api/orders/import?fileName=bad.csv',
      `${ordersCsvHeader}\n${rows.join('\n')}\nalibaba,h300,8,2026-05,firm,AL-2\n`,
      { 'content-type': 'text/csv' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details).toEqual([
      { path: 'row 4, column productId', message: 'no product h300' },
    ]);
    const dry = await t.request(
      t.callers.planner,
      'POST',
      '/api/orders/import?fileName=orders.csv&dryRun=true',
      `${ordersCsvHeader}\n${rows.join('\n')}\n`,
      { 'content-type': 'text/csv' },
    );
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, imported: 0, auditEventSeq: null });
    const imported = await t.request(
      t.callers.planner,
      'POST',
      '/api/orders/import?fileName=orders.csv',
      `${ordersCsvHeader}\n${rows.join('\n')}\n`,
      { 'content-type': 'text/csv' },
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ dryRun: false, rows: 2, imported: 2 });

    const exported = await t.request(t.callers.buyer2, 'GET', '/api/orders.csv');
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.body).toBe(`${ordersCsvHeader}\n${rows.join('\n')}\n`);
    const list = await t.request(t.callers.auditor, 'GET', '/api/orders?buyerPartyId=alibaba&period=2026-05');
    expect(list.json<{ quantity: number }[]>().map((o) => o.quantity)).toEqual([1600]);
    const badFilter = await t.request(t.callers.auditor, 'GET', '/api/orders?period=May');
    expect(badFilter.statusCode).toBe(400);
  });

  it('upserts supply lines for planners only and shows them to internal roles', async () => {
    const line = { productId: 'h200', period: '2026-03', kind: 'inventory', units: 700_000 };
    expect((await t.request(t.callers.planner, 'PUT', '/api/supply', line)).statusCode).toBe(200);
    const changed = await t.request(t.callers.planner, 'PUT', '/api/supply', {
      ...line,
      units: 690_000,
      note: 'recount',
    });
    expect(changed.json()).toMatchObject({ units: 690_000, note: 'recount' });
    const list = await t.request(t.callers.compliance, 'GET', '/api/supply?productId=h200');
    expect(list.json<{ units: number }[]>().map((l) => l.units)).toEqual([690_000]);
    expect((await t.request(t.callers.buyer, 'GET', '/api/supply')).statusCode).toBe(403);
    expect((await t.request(t.callers.compliance, 'PUT', '/api/supply', line)).statusCode).toBe(403);
    const bad = await t.request(t.callers.planner, 'PUT', '/api/supply', { ...line, kind: 'stock' });
    expect(bad.json<ErrorBody>().error.details.map((d) => d.path)).toEqual(['kind']);
  });
});
