import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { failure } from '../support/csv-import.js';
import { engines, freshContext } from '../support/databases.js';
import { generatedProduct, seedOrderParties } from '../support/orders-csv.js';

const planner: Principal = { userId: 'u-1', username: 'pat', role: 'planner', partyId: null };
const auditor: Principal = { userId: 'u-2', username: 'alex', role: 'auditor', partyId: null };
const bytedanceBuyer: Principal = { userId: 'u-3', username: 'bd', role: 'buyer', partyId: 'bytedance' };
const alibabaBuyer: Principal = { userId: 'u-4', username: 'ali', role: 'buyer', partyId: 'alibaba' };

const order = (overrides: Record<string, unknown> = {}) => ({
  buyerPartyId: 'bytedance',
  productId: generatedProduct,
  quantity: 8000,
  period: '2026-04',
  tier: 'firm' as const,
  ...overrides,
});

describe.each(engines)('orders and supply on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date('2026-03-01T10:00:00Z') }));
    await seedOrderParties(ctx);
  });
  afterAll(() => drop());

  const orderCount = async () => (await ctx.orders.list(planner, { limit: 1000 })).length;
  const lastSeq = async () => (await ctx.audit.list({ limit: 1 }))[0]?.seq;

  it('places orders, audited in the same transaction, and lists them with filters', async () => {
    const placed = await ctx.orders.create(order({ reference: ' BD-1 ' }), planner);
    expect(placed).toMatchObject({
      buyerPartyId: 'bytedance',
      quantity: 8000,
      period: '2026-04',
      tier: 'firm',
      reference: 'BD-1',
      status: 'open',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    const [event] = await ctx.audit.list({ entityType: 'order', entityId: placed.id, limit: 10 });
    expect(event).toMatchObject({
      action: 'order.created',
      actor: 'user:pat',
      summary: 'bytedance ordered 8,000 units of h200 for 2026-04 (firm)',
    });
    await ctx.orders.create(order({ buyerPartyId: 'alibaba', tier: 'forecast', period: '2026-05' }), planner);
    await ctx.orders.create(order({ quantity: 16, period: '2026-05' }), bytedanceBuyer);

    expect(await ctx.orders.get(auditor, placed.id)).toEqual(placed);
    const ids = async (filter: Record<string, string>) =>
      (await ctx.orders.list(auditor, filter)).map((o) => `${o.buyerPartyId} ${o.period} ${o.tier}`);
    expect(await ids({})).toEqual([
      'bytedance 2026-05 firm',
      'alibaba 2026-05 forecast',
      'bytedance 2026-04 firm',
    ]);
    expect(await ids({ buyerPartyId: 'bytedance' })).toEqual([
      'bytedance 2026-05 firm',
      'bytedance 2026-04 firm',
    ]);
    expect(await ids({ period: '2026-05', tier: 'forecast' })).toEqual(['alibaba 2026-05 forecast']);
    expect(await ids({ productId: 'other' })).toEqual([]);
    expect((await ctx.orders.list(auditor, { limit: 1, offset: 1 })).length).toBe(1);
  });

  it('keeps a buyer to its own party: the list, the order, and what it may place', async () => {
    const alibabaOrders = await ctx.orders.list(alibabaBuyer, { buyerPartyId: 'bytedance' });
    expect(alibabaOrders.map((o) => o.buyerPartyId)).toEqual(['alibaba']);
    const [bytedanceOrder] = await ctx.orders.list(planner, { buyerPartyId: 'bytedance' });
    const hidden = await failure(ctx.orders.get(alibabaBuyer, bytedanceOrder?.id ?? ''));
    expect(hidden.code).toBe('NOT_FOUND');
    const before = await orderCount();
    const forbidden = await failure(ctx.orders.create(order(), alibabaBuyer));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(await orderCount()).toBe(before);
  });

  it('refuses bad orders with stable codes and field paths, writing nothing', async () => {
    const before = await orderCount();
    const seq = await lastSeq();
    const cases: [Record<string, unknown>, string, { path: string; message: RegExp }[]][] = [
      [order({ quantity: 0 }), 'VALIDATION_FAILED', [{ path: 'quantity', message: /at least 1 unit/ }]],
      [order({ quantity: 2.5 }), 'VALIDATION_FAILED', [{ path: 'quantity', message: /whole number/ }]],
      [order({ period: '2026-13' }), 'VALIDATION_FAILED', [{ path: 'period', message: /YYYY-MM/ }]],
      [order({ period: '2026-4' }), 'VALIDATION_FAILED', [{ path: 'period', message: /YYYY-MM/ }]],
      [order({ tier: 'urgent' }), 'VALIDATION_FAILED', [{ path: 'tier', message: /firm or forecast/ }]],
      [
        order({ buyerPartyId: 'nobody' }),
        'VALIDATION_FAILED',
        [{ path: 'buyerPartyId', message: /no party nobody/ }],
      ],
      [
        order({ buyerPartyId: 'nvidia' }),
        'VALIDATION_FAILED',
        [{ path: 'buyerPartyId', message: /not a buyer/ }],
      ],
      [
        order({ productId: 'b300' }),
        'VALIDATION_FAILED',
        [{ path: 'productId', message: /no product b300/ }],
      ],
      [order({ reference: 'BD-1' }), 'CONFLICT', [{ path: 'reference', message: /already used/ }]],
      [{ ...order(), status: 'shipped' }, 'VALIDATION_FAILED', [{ path: 'input', message: /status/ }]],
    ];
    for (const [input, code, details] of cases) {
      const error = await failure(ctx.orders.create(input as never, planner));
      expect(error.code, JSON.stringify(input)).toBe(code);
      expect(error.details, JSON.stringify(input)).toEqual(
        details.map((d) => ({ path: d.path, message: expect.stringMatching(d.message) as unknown })),
      );
    }
    // The same reference is fine for another buyer.
    await ctx.orders.create(order({ buyerPartyId: 'alibaba', reference: 'BD-1' }), planner);
    expect(await orderCount()).toBe(before + 1);
    expect(((await ctx.audit.list({ limit: 1 }))[0]?.seq ?? 0) - (seq ?? 0)).toBe(1);
  });

  it('places many orders in one transaction with one audit event, or none when any is wrong', async () => {
    const before = await orderCount();
    const bad = await failure(
      ctx.orders.createMany(
        [order({ reference: 'M-1' }), order({ productId: 'b300' })],
        undefined,
        'test batch',
      ),
    );
    expect(bad.details).toEqual([{ path: '[1].productId', message: 'no product b300' }]);
    expect(await orderCount()).toBe(before);
    const result = await ctx.orders.createMany(
      [order({ reference: 'M-1' }), order({ quantity: 100 })],
      undefined,
      'test batch',
    );
    expect(result.count).toBe(2);
    const [event] = await ctx.audit.list({ limit: 1 });
    expect(event).toMatchObject({
      action: 'orders.created',
      summary: 'test batch: 2 orders for 8,100 units',
    });
  });

  it('upserts supply plan lines per product, period and kind, auditing before and after', async () => {
    const first = await ctx.supply.set(
      { productId: generatedProduct, period: '2026-03', kind: 'inventory', units: 700_000 },
      planner,
    );
    expect(first).toMatchObject({ units: 700_000, note: '', updatedAt: '2026-03-01T10:00:00.000Z' });
    await ctx.supply.set(
      { productId: generatedProduct, period: '2026-03', kind: 'production', units: 150_000 },
      planner,
    );
    await ctx.supply.set(
      { productId: generatedProduct, period: '2026-03', kind: 'inventory', units: 650_000, note: 'recount' },
      planner,
    );
    const events = await ctx.audit.list({
      entityType: 'supply-plan',
      entityId: `${generatedProduct}/2026-03/inventory`,
      limit: 10,
    });
    expect(events.map((e) => [e.summary, JSON.parse(e.changes) as unknown])).toEqual([
      [
        'Changed h200 2026-03 inventory from 700,000 units to 650,000 units',
        { before: { units: 700_000, note: '' }, after: { units: 650_000, note: 'recount' } },
      ],
      [
        'Planned 700,000 units of h200 2026-03 inventory',
        { before: null, after: { units: 700_000, note: '' } },
      ],
    ]);
    // Setting a line to what it is changes nothing and records nothing.
    const seq = await lastSeq();
    await ctx.supply.set(
      { productId: generatedProduct, period: '2026-03', kind: 'inventory', units: 650_000, note: 'recount' },
      planner,
    );
    expect(await lastSeq()).toBe(seq);
    expect(
      (await ctx.supply.list({ productId: generatedProduct })).map((l) => [l.period, l.kind, l.units]),
    ).toEqual([
      ['2026-03', 'inventory', 650_000],
      ['2026-03', 'production', 150_000],
    ]);
    expect(await ctx.supply.list({ productId: 'other' })).toEqual([]);

    const unknown = await failure(
      ctx.supply.set({ productId: 'b300', period: '2026-03', kind: 'inventory', units: 1 }, planner),
    );
    expect(unknown).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'productId', message: 'no product b300' }],
    });
    const negative = await failure(
      ctx.supply.set(
        { productId: generatedProduct, period: '2026-3', kind: 'stock' as never, units: -1 },
        planner,
      ),
    );
    expect(negative.details.map((d) => d.path)).toEqual(['period', 'kind', 'units']);
    expect(await lastSeq()).toBe(seq);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });
});
