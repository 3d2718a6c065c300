import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { MovementRequest } from '../../src/domain/authorisations/authorisation.js';
import type { AppContext } from '../../src/context.js';
import { demoParties, demoProducts } from '../../src/demo/h200-scenario.js';
import { engines, freshContext } from '../support/databases.js';

export const h200Licence = {
  kind: 'export-licence',
  authority: 'BIS',
  number: 'D1234567',
  holderPartyId: 'nvidia',
  validFrom: '2026-02-01',
  validUntil: '2027-01-31',
  products: { productIds: ['nvidia-h200-sxm'] },
  destinations: ['CN'],
  quantity: 1000,
  value: { amountMinor: 27_000 * 100 * 1000, currency: 'USD' },
  consignees: ['tencent'],
  endUsers: ['tencent'],
  conditions: 'China-bound units ≤ 50 % of US-bound units; third-party testing of every shipment.',
};

describe.each(engines)('authorisation ledgers on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let officer: Principal;
  let id: string;
  const clock = { now: new Date('2026-03-01T10:00:00Z') };
  const move = (request: Partial<MovementRequest> & { kind: MovementRequest['kind'] }, key?: string) =>
    ctx.authorisations.record(
      id,
      { quantity: 0, ...request },
      officer,
      key ? { key, fingerprint: request } : undefined,
    );

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => clock.now }));
    for (const party of demoParties) await ctx.parties.create(party, undefined);
    for (const product of demoProducts) await ctx.products.create(product, undefined);
    const user = await ctx.accounts.createUser(
      { username: 'officer', displayName: 'Officer', password: 'a long test password', role: 'compliance' },
      undefined,
    );
    officer = { userId: user.id, username: user.username, role: 'compliance', partyId: null };
    id = (await ctx.authorisations.create(h200Licence, officer)).id;
  });
  afterAll(() => drop());

  it('opens with a grant entry and a balance derived from it', async () => {
    const view = await ctx.authorisations.get(id, officer);
    expect(view.balance).toMatchObject({
      authorised: 1000,
      reserved: 0,
      used: 0,
      available: 1000,
      valueLimited: true,
    });
    expect(view.currency).toBe('USD');
    const ledger = await ctx.authorisations.ledger(id, officer);
    expect(ledger.map((e) => [e.entryNo, e.kind, e.quantity])).toEqual([[1, 'grant', 1000]]);
  });

  it('moves quantity through reserve, release, consume, adjust and return, and reconciles', async () => {
    await move({ kind: 'reserve', quantity: 300, value: { amountMinor: 300 * 2_700_000, currency: 'USD' } });
    await move({ kind: 'release', quantity: 100, value: { amountMinor: 100 * 2_700_000, currency: 'USD' } });
    await move({ kind: 'consume', quantity: 150, value: { amountMinor: 150 * 2_700_000, currency: 'USD' } });
    await move({ kind: 'return', quantity: 10, reason: 'damaged in transit' });
    const adjusted = await move({ kind: 'adjust', quantity: -100, reason: 'BIS amended the licence' });
    expect(adjusted.body.balance).toMatchObject({
      authorised: 900,
      reserved: 50,
      used: 150,
      returned: 10,
      available: 700,
    });
    const lowered = await move({
      kind: 'adjust',
      quantity: 0,
      value: { amountMinor: -100 * 2_700_000, currency: 'USD' },
      reason: 'BIS lowered the licensed value',
    });
    expect(lowered.body.balance.authorisedValue).toBe(900 * 2_700_000);
    // A return restores nothing: the policy is that compliance adjusts if the units may ship again.
    expect((await ctx.authorisations.verify()).ok).toBe(true);
  });

  it('refuses what the ledger cannot give, with stable codes, writing nothing', async () => {
    const before = await ctx.authorisations.ledger(id, officer);
    await expect(move({ kind: 'reserve', quantity: 701 })).rejects.toMatchObject({
      code: 'AUTHORISATION_EXHAUSTED',
    });
    await expect(move({ kind: 'release', quantity: 51 })).rejects.toMatchObject({
      code: 'LEDGER_BALANCE_INSUFFICIENT',
    });
    await expect(move({ kind: 'adjust', quantity: -701, reason: 'too far' })).rejects.toMatchObject({
      code: 'LEDGER_BALANCE_INSUFFICIENT',
    });
    await expect(
      move({ kind: 'reserve', quantity: 1, value: { amountMinor: 1, currency: 'EUR' } }),
    ).rejects.toMatchObject({
      code: 'CURRENCY_MISMATCH',
    });
    await expect(move({ kind: 'adjust', quantity: 5 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // 150 shipped and 10 already returned: returns together never exceed what was shipped.
    await expect(move({ kind: 'return', quantity: 141 })).rejects.toMatchObject({
      code: 'LEDGER_BALANCE_INSUFFICIENT',
      message: expect.stringContaining('150 shipped, 10 already returned') as unknown,
    });
    await expect(
      move({ kind: 'reserve', quantity: 1, value: { amountMinor: -1, currency: 'USD' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      ctx.authorisations.record(
        '00000000-0000-4000-8000-000000000000',
        { kind: 'reserve', quantity: 1 },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ctx.authorisations.ledger(id, officer)).toEqual(before);
  });

  it('refuses reservations outside the validity period', async () => {
    clock.now = new Date('2027-02-01T00:00:00Z');
    try {
      await expect(move({ kind: 'reserve', quantity: 1 })).rejects.toMatchObject({
        code: 'AUTHORISATION_NOT_VALID',
      });
    } finally {
      clock.now = new Date('2026-03-01T10:00:00Z');
    }
  });

  it('applies a retried request once per Idempotency-Key, and refuses the key for another request', async () => {
    const first = await move({ kind: 'reserve', quantity: 7 }, 'order-line-42-try');
    const again = await move({ kind: 'reserve', quantity: 7 }, 'order-line-42-try');
    expect(again.replayed).toBe(true);
    expect(again.body.entry.id).toBe(first.body.entry.id);
    await expect(move({ kind: 'reserve', quantity: 8 }, 'order-line-42-try')).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    const reserves = (await ctx.authorisations.ledger(id, officer)).filter(
      (e) => e.reference === null && e.quantity === 7,
    );
    expect(reserves).toHaveLength(1);
  });

  it('answers each of many concurrent movements as if it had run alone', async () => {
    const cap = await ctx.authorisations.create(
      {
        kind: 'party-cap',
        authority: 'MOFCOM',
        number: 'CAP-CONCURRENT',
        holderPartyId: 'nvidia',
        cappedPartyId: 'deepseek',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
        products: { eccns: ['3A090.a'] },
        destinations: ['CN'],
        quantity: 200,
      },
      officer,
    );
    const reserve = (authorisationId: string, quantity: number, key?: string) =>
      ctx.authorisations.record(
        authorisationId,
        { kind: 'reserve', quantity },
        officer,
        key ? { key, fingerprint: ['reserve', authorisationId, quantity] } : undefined,
      );
    const settle = (promise: Promise<{ body: { entry: { id: string }; balance: { available: number } } }>) =>
      promise.then(
        (result) => ({
          ok: true as const,
          entryId: result.body.entry.id,
          available: result.body.balance.available,
        }),
        (error: unknown) => ({ ok: false as const, code: (error as { code?: string }).code }),
      );
    // All submitted before any answer: they queue behind one another and share transactions.
    const keyed = [1, 2, 3].map(() => settle(reserve(cap.id, 1, 'concurrent-key-1')));
    const reused = settle(reserve(cap.id, 2, 'concurrent-key-1'));
    const unknown = settle(reserve('no-such-authorisation', 1));
    const overRelease = settle(
      ctx.authorisations.record(cap.id, { kind: 'release', quantity: 1000 }, officer),
    );
    const plain = Array.from({ length: 250 }, () => settle(reserve(cap.id, 1)));

    const keyedResults = await Promise.all(keyed);
    expect(keyedResults.every((r) => r.ok)).toBe(true);
    expect(new Set(keyedResults.map((r) => (r.ok ? r.entryId : '')))).toHaveProperty('size', 1);
    expect(await reused).toEqual({ ok: false, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await unknown).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await overRelease).toEqual({ ok: false, code: 'LEDGER_BALANCE_INSUFFICIENT' });
    const plainResults = await Promise.all(plain);
    const granted = plainResults.filter((r) => r.ok);
    expect(granted).toHaveLength(199);
    expect(plainResults.filter((r) => !r.ok).map((r) => r.code)).toEqual(
      Array.from({ length: 51 }, () => 'AUTHORISATION_EXHAUSTED'),
    );
    // Each success was told the balance its own entry left: every level from 198 down to 0, once.
    expect(granted.map((r) => (r.ok ? r.available : -1)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 199 }, (_, i) => i),
    );
    const ledger = await ctx.authorisations.ledger(cap.id, officer);
    expect(ledger.map((e) => e.entryNo)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    expect((await ctx.authorisations.get(cap.id, officer)).balance).toMatchObject({
      reserved: 200,
      available: 0,
    });
    expect((await ctx.authorisations.verify()).ok).toBe(true);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });

  it('refuses bad authorisations: validity reversed, fractional or negative quantity, duplicate number, unknown party', async () => {
    const cases: [unknown, string][] = [
      [{ ...h200Licence, number: 'X1', validUntil: '2026-01-01' }, 'VALIDATION_FAILED'],
      [{ ...h200Licence, number: 'X2', quantity: 10.5 }, 'VALIDATION_FAILED'],
      [{ ...h200Licence, number: 'X3', quantity: -1 }, 'VALIDATION_FAILED'],
      [{ ...h200Licence }, 'CONFLICT'],
      [{ ...h200Licence, number: 'X4', consignees: ['nobody'] }, 'VALIDATION_FAILED'],
      [{ ...h200Licence, number: 'X5', products: { productIds: ['nvidia-b300'] } }, 'VALIDATION_FAILED'],
    ];
    const count = (await ctx.authorisations.list(officer)).length;
    for (const [input, code] of cases) {
      await expect(ctx.authorisations.create(input, officer)).rejects.toMatchObject({ code });
    }
    expect(await ctx.authorisations.list(officer)).toHaveLength(count);
  });

  it('derives a ratio cap from the recorded US shipments, never exceeding the ratio', async () => {
    const cap = await ctx.authorisations.create(
      {
        kind: 'ratio-cap',
        authority: 'BIS',
        number: 'D1234567-ratio',
        holderPartyId: 'nvidia',
        validFrom: '2026-01-15',
        validUntil: '2027-01-14',
        products: { productIds: ['nvidia-h200-sxm'] },
        destinations: ['CN', 'MO'],
        ratio: { numerator: 1, denominator: 2 },
        referenceDestinations: ['US'],
      },
      officer,
    );
    expect(cap.balance.authorised).toBe(0);
    await ctx.authorisations.recordReferenceShipment(
      cap.id,
      { customerPartyId: 'microsoft', quantity: 3, shippedOn: '2026-02-01', reference: 'US-1' },
      officer,
    );
    const second = await ctx.authorisations.recordReferenceShipment(
      cap.id,
      { customerPartyId: 'meta', quantity: 4, shippedOn: '2026-02-02', reference: 'US-2' },
      officer,
    );
    // 7 US units allow floor(3.5) = 3 China-bound units: 1 after the first shipment, 2 more after the second.
    expect(second.body.balance.authorised).toBe(3);
    expect((await ctx.authorisations.ledger(cap.id, officer)).map((e) => e.quantity)).toEqual([0, 1, 2]);
    expect((await ctx.authorisations.verify()).ok).toBe(true);
  });

  it('shows a buyer only the authorisations that name its party', async () => {
    const tencent: Principal = { userId: 'x', username: 'tencent', role: 'buyer', partyId: 'tencent' };
    const bytedance: Principal = { userId: 'y', username: 'bytedance', role: 'buyer', partyId: 'bytedance' };
    expect((await ctx.authorisations.list(tencent)).map((a) => a.id)).toEqual([id]);
    expect(await ctx.authorisations.list(bytedance)).toEqual([]);
    // Another buyer's authorisation does not exist as far as this buyer can tell.
    await expect(ctx.authorisations.get(id, bytedance)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ctx.authorisations.ledger(id, bytedance)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Tencent sees its ledger, but not which member of staff recorded each entry.
    const seen = await ctx.authorisations.ledger(id, tencent);
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen.map((e) => e.actor))).toEqual(new Set(['staff']));
    expect(new Set((await ctx.authorisations.ledger(id, officer)).map((e) => e.actor))).toContain(
      'user:officer',
    );
  });
});
