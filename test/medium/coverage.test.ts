import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { AppContext } from '../../src/context.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { engines, freshContext } from '../support/databases.js';

describe.each(engines)('coverage of order lines in the demo scenario on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  const date = '2026-03-15';
  const check = (productId: string, quantity: number, buyerPartyId: string, destination = 'CN') =>
    ctx.coverage.check({ productId, quantity, buyerPartyId, destination, date }, undefined);

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date(`${date}T09:00:00Z`) }));
    await seedDemoIfEmpty(ctx, { rounds: false });
  });
  afterAll(() => drop());

  it('covers a line every gate can give, naming each authorisation and what it would draw', async () => {
    const coverage = await check('nvidia-h200-sxm', 50_000, 'tencent');
    expect(coverage).toMatchObject({ covered: true, coverableQuantity: 50_000, binding: null, missing: [] });
    const byGate = Object.fromEntries(coverage.gates.map((g) => [g.gate, g]));
    expect(byGate.export?.draws.map((d) => [d.number, d.available, d.draw])).toEqual([
      ['DEMO-D1000001', 500_000, 50_000],
    ]);
    expect(byGate.import?.draws.map((d) => [d.number, d.available, d.draw])).toEqual([
      ['DEMO-2026-R1-TENCENT', 130_000, 50_000],
    ]);
    expect(byGate['party-cap']?.draws.map((d) => d.available)).toEqual([75_000]);
    // 120,000 units shipped to US end-use customers allow 60,000 to China and Macau.
    expect(byGate['ratio-cap']?.draws.map((d) => d.available)).toEqual([60_000]);
  });

  it('names the ratio cap, not the licence, when it is what binds', async () => {
    const coverage = await check('nvidia-h200-sxm', 70_000, 'tencent');
    expect(coverage).toMatchObject({ covered: false, coverableQuantity: 60_000, binding: 'ratio-cap' });
    expect(coverage.missing).toEqual([
      expect.stringMatching(/ratio caps? .* 60,000 units available; the line needs 70,000 units/),
    ]);
    expect(coverage.gates.find((g) => g.gate === 'export')?.coverable).toBe(70_000);
  });

  it('fails closed with the missing import approval when the round has not opened', async () => {
    const coverage = await check('nvidia-h200-sxm', 10_000, 'baidu');
    expect(coverage.covered).toBe(false);
    expect(coverage.binding).toBe('import');
    expect(coverage.missing).toContain(
      'no import approval for Beijing Baidu Netcom Science and Technology Co., Ltd. covering NVIDIA H200 SXM to CN valid on 2026-03-15',
    );
  });

  it('asks for no authorisation where none is required (a US customer in the US)', async () => {
    const coverage = await check('nvidia-h200-sxm', 1_000, 'microsoft', 'US');
    expect(coverage.covered).toBe(true);
    expect(coverage.gates.every((g) => !g.required)).toBe(true);
  });

  it('requires an export authorisation for the H20 under the licence letter, and finds none', async () => {
    const coverage = await check('nvidia-h20', 10, 'tencent');
    expect(coverage.binding).toBe('export');
    expect(coverage.gates.find((g) => g.gate === 'import')?.required).toBe(false);
    expect(coverage.missing[0]).toMatch(/^no export authorisation for Shenzhen Tencent/);
  });

  it('keeps a buyer to its own lines', async () => {
    const tencent: Principal = { userId: 'u', username: 'tencent', role: 'buyer', partyId: 'tencent' };
    await expect(
      ctx.coverage.check(
        { productId: 'nvidia-h200-sxm', quantity: 1, buyerPartyId: 'bytedance', destination: 'CN', date },
        tencent,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('holds a buyer restricted-party screening has not cleared, and tells the buyer only of a hold', async () => {
    const officer: Principal = { userId: 'c', username: 'chen', role: 'compliance', partyId: null };
    expect(byGateOf(await check('nvidia-h200-sxm', 1_000, 'tencent')).screening).toMatchObject({
      required: false,
      coverable: 1_000,
      why: 'the buyer is clear of the restricted-party lists in force',
    });
    // Tencent names an alias of a listed company: screening queues it, and coverage holds every unit.
    await ctx.parties.update('tencent', { otherNames: ['Dawning Information Industry Co., Ltd.'] }, officer);
    expect((await ctx.parties.get(officer, 'tencent')).screeningStatus).toBe('potential-match');
    const held = await check('nvidia-h200-sxm', 1_000, 'tencent');
    expect(held).toMatchObject({ covered: false, coverableQuantity: 0, binding: 'screening' });
    expect(held.missing).toEqual([
      'Shenzhen Tencent Computer Systems Co., Ltd. is on compliance hold (restricted-party screening)',
    ]);
    expect(byGateOf(held).screening?.why).toBe(
      'the buyer has a possible restricted-party list match awaiting review',
    );
    // The buyer sees the hold, not where it stands on the lists.
    const tencent: Principal = { userId: 'u', username: 'tencent', role: 'buyer', partyId: 'tencent' };
    const seen = await ctx.coverage.check(
      { productId: 'nvidia-h200-sxm', quantity: 1_000, buyerPartyId: 'tencent', destination: 'CN', date },
      tencent,
    );
    expect(seen.missing).toEqual(held.missing);
    expect(byGateOf(seen).screening?.why).toBe('every buyer is screened against the restricted-party lists');

    // Reviewed and dismissed, the hold ends.
    const [match] = (await ctx.screening.history('tencent')).current;
    await ctx.screening.decide(
      'tencent',
      {
        entryId: match?.entryId,
        decision: 'false-positive',
        reason: 'Tencent is not Sugon; the alias was a typing slip.',
      },
      officer,
    );
    expect(await check('nvidia-h200-sxm', 1_000, 'tencent')).toMatchObject({ covered: true, binding: null });
  });
});

function byGateOf<G extends { gate: string }>(coverage: { gates: G[] }): Record<string, G | undefined> {
  return Object.fromEntries(coverage.gates.map((g) => [g.gate, g]));
}
