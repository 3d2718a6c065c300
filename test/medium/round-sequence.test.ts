import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { AppContext } from '../../src/context.js';
import { findUserByUsername } from '../../src/db/repositories/user.repository.js';
import { demoRounds } from '../../src/demo/h200-rounds.js';
import { demoProducts } from '../../src/demo/h200-scenario.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { unitCount } from '../../src/domain/quantities.js';
import type { RoundView } from '../../src/domain/rounds/rounds.service.js';
import { engines, freshContext } from '../support/databases.js';

const h200 = 'nvidia-h200-sxm';

/** The demo's rounds in sequence: what round 1 commits, round 2 carries and shares, and what-ifs on it. */
describe.each(engines)('rounds in sequence on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let planner: Principal;
  let officer: Principal;
  let round1: RoundView;
  let round2: RoundView;
  // The demo's day: the first-batch approvals are still valid, so round 1 commits.
  const clock = { now: new Date('2026-11-29T12:00:00Z') };

  const principal = (username: string) => demoUser(ctx, username);
  const ordersById = async () =>
    new Map((await ctx.orders.list(planner, { productId: h200 })).map((o) => [o.id, o]));
  const simulationOf = (round: RoundView) => {
    if (!round.simulation) throw new Error(`round ${round.name} has no simulation`);
    return round.simulation;
  };

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => clock.now }));
    await seedDemoIfEmpty(ctx);
    planner = await principal('planner');
    officer = await principal('compliance');
    const byName = new Map((await ctx.rounds.list(h200)).map((r) => [r.name, r]));
    const [first, second] = demoRounds.map((r) => byName.get(r.terms.name));
    if (!first || !second) throw new Error('the demo rounds are missing');
    round1 = await ctx.rounds.get(first.id);
    round2 = await ctx.rounds.get(second.id);
  });
  afterAll(() => drop());

  it('commits round 1 into the ledgers and into each order’s award', async () => {
    expect([round1.status, round2.status]).toEqual(['committed', 'simulated']);
    const simulation = simulationOf(round1);
    const orders = await ordersById();
    for (const claim of simulation.claims) {
      const order = orders.get(claim.orderId);
      expect(order?.awarded).toBe(claim.awarded);
      expect(order?.lastRoundId).toBe(round1.id);
      expect(order?.status).toBe(claim.awarded === claim.ordered ? 'allocated' : 'open');
    }
    // The ratio cap binds the Chinese buyers in round 1: 120,000 US units shipped allow 60,000.
    const ratioBound = simulation.claims.filter((c) => c.binding === 'group:BIS DEMO-D1000001-RATIO');
    expect(ratioBound.length).toBeGreaterThan(0);
    const byNumber = new Map((await ctx.authorisations.list(undefined)).map((a) => [a.terms.number, a]));
    expect(byNumber.get('DEMO-D1000001-RATIO')?.balance.reserved).toBe(60_000);
    // Statements are written when read, from the outcome the round keeps, in the engine's words.
    for (const claim of ratioBound) {
      expect(claim.statement).toMatch(
        new RegExp(
          `^Requested ${unitCount(claim.quantity)} .*BIS DEMO-D1000001-RATIO reached its cap of 60,000 units in 2026-0[345]`,
        ),
      );
    }
    const met = simulation.claims.find((c) => c.awarded === c.quantity && c.awarded > 0);
    expect(met?.statement).toMatch(/The whole request was met\.$/);
    // Awards come in whole 8-GPU baseboards.
    expect(simulation.awards.every((a) => a.quantity % 8 === 0)).toBe(true);
    expect((await ctx.authorisations.verify()).ok).toBe(true);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });

  it('carries round 1’s unmet claims into round 2 for what is left, and offers round 1’s leftover stock', async () => {
    const first = simulationOf(round1);
    const second = simulationOf(round2);
    const orders = await ordersById();
    const carried = second.claims.filter((c) => c.carriedFrom === round1.id);
    const unmetInRound1 = first.claims.filter((c) => c.awarded < c.quantity);
    expect(carried.map((c) => c.orderId).sort()).toEqual(unmetInRound1.map((c) => c.orderId).sort());
    for (const claim of carried) {
      const order = orders.get(claim.orderId);
      expect(claim.quantity).toBe((order?.quantity ?? 0) - (order?.awarded ?? 0));
    }
    // Orders round 1 met in full are not claimed again.
    const met = first.claims.filter((c) => c.awarded === c.quantity).map((c) => c.orderId);
    expect(met.length).toBeGreaterThan(0);
    expect(second.claims.filter((c) => met.includes(c.orderId))).toEqual([]);
    // Baidu's and DeepSeek's approvals came after round 1: round 2 covers them.
    expect(new Set(second.claims.map((c) => c.buyerPartyId))).toEqual(
      new Set([
        'bytedance',
        'alibaba',
        'tencent',
        'baidu',
        'deepseek',
        'microsoft',
        'meta',
        'oracle',
        'coreweave',
      ]),
    );

    // June is offered its own output and every unit round 1 left: planned stock less round 1's awards.
    const plannedToMay = (await ctx.supply.list({ productId: h200 }))
      .filter((line) => line.period <= '2026-05')
      .reduce((sum, line) => sum + line.units, 0);
    const round1Awarded = first.awards.reduce((sum, a) => sum + a.quantity, 0);
    const [june] = second.supply;
    expect(june).toMatchObject({ period: '2026-06', planned: 50_000, committedElsewhere: 0 });
    expect(june?.offered).toBe(50_000 + plannedToMay - round1Awarded);
    expect(second.periods[0]?.supply).toBe(june?.offered);
    // Demand exceeds supply: round 2 hands out everything it is offered.
    const offered = second.supply.reduce((sum, s) => sum + s.offered, 0);
    const awarded = second.awards.reduce((sum, a) => sum + a.quantity, 0);
    expect(offered - awarded).toBeLessThan(8);
  });

  it('answers a what-if beside the last simulation and changes nothing', async () => {
    const before = await ctx.rounds.get(round2.id);
    const auditBefore = (await ctx.audit.list({ entityType: 'round', entityId: round2.id, limit: 50 }))
      .length;
    const halved = simulationOf(before).supply.map((s) => ({
      period: s.period,
      units: Math.floor(s.offered / 2),
    }));
    const answer = await ctx.rounds.whatIf(round2.id, { rule: 'pro-rata', supply: halved }, planner);
    expect(answer.terms.rule).toBe('pro-rata');
    expect(answer.current?.awarded).toBe(simulationOf(before).awards.reduce((sum, a) => sum + a.quantity, 0));
    expect(answer.whatIf.awarded).toBeLessThanOrEqual(halved.reduce((sum, s) => sum + s.units, 0));
    expect(answer.whatIf.awarded).toBeLessThan(answer.current?.awarded ?? 0);
    expect(answer.changed).toBeGreaterThan(0);
    expect(answer.changes.length).toBe(Math.min(answer.changed, 200));
    const [largest] = answer.changes;
    expect(Math.abs((largest?.after ?? 0) - (largest?.before ?? 0))).toBeGreaterThan(0);
    // Per buyer, the two sides add up to their totals.
    expect(answer.whatIf.buyers.reduce((sum, b) => sum + b.awarded, 0)).toBe(answer.whatIf.awarded);

    const after = await ctx.rounds.get(round2.id);
    expect(after).toEqual(before);
    const trail = await ctx.audit.list({ entityType: 'round', entityId: round2.id, limit: 50 });
    expect(trail.length).toBe(auditBefore + 1);
    expect(trail[0]?.action).toBe('round.what-if');

    await expect(
      ctx.rounds.whatIf(round2.id, { supply: [{ period: '2026-03', units: 10 }] }, planner),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'supply[0].period', message: '2026-03 is not a month of the round' }],
    });
    await expect(ctx.rounds.whatIf(round2.id, { lot: 0 }, planner)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'lot' }],
    });
    await expect(ctx.rounds.whatIf(round1.id, { rule: 'pro-rata' }, planner)).rejects.toMatchObject({
      code: 'ROUND_STATE_INVALID',
    });
  });

  it('adopts changed terms when simulating again, keeping the replaced simulation in brief', async () => {
    const before = await ctx.rounds.get(round2.id);
    const changed = await ctx.rounds.simulate(round2.id, planner, {
      rule: 'pro-rata',
      criteria: { ...before.terms.criteria, weights: { deepseek: 2 } },
    });
    expect(changed.terms.rule).toBe('pro-rata');
    expect(changed.terms.criteria.weights).toEqual({ deepseek: 2 });
    const simulation = simulationOf(changed);
    expect(simulation.previous?.terms.rule).toBe('max-min');
    expect(simulation.previous?.awarded).toBe(
      simulationOf(before).awards.reduce((sum, a) => sum + a.quantity, 0),
    );
    expect(simulation.claims.filter((c) => c.buyerPartyId === 'deepseek').every((c) => c.weight === 2)).toBe(
      true,
    );
    const [event] = await ctx.audit.list({ entityType: 'round', entityId: round2.id, limit: 1 });
    expect(event?.action).toBe('round.simulated');
    expect(JSON.parse(event?.changes ?? '{}')).toMatchObject({
      before: { rule: 'max-min' },
      after: { rule: 'pro-rata' },
    });
    await expect(
      ctx.rounds.simulate(round2.id, planner, { criteria: { description: 'x', weights: { nobody: 2 } } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'criteria.weights.nobody', message: 'no party nobody' }],
    });
    expect((await ctx.rounds.get(round2.id)).terms.rule).toBe('pro-rata');
  });

  it('commits round 2 on top of round 1; a round over the same months then has only the leftover', async () => {
    await ctx.rounds.approve(round2.id, officer);
    const committed = await ctx.rounds.commit(round2.id, officer);
    const orders = await ordersById();
    const round1Awards = new Map<string, number>();
    for (const a of simulationOf(round1).awards)
      round1Awards.set(a.orderId, (round1Awards.get(a.orderId) ?? 0) + a.quantity);
    for (const claim of simulationOf(committed).claims) {
      const order = orders.get(claim.orderId);
      expect(order?.awarded).toBe((round1Awards.get(claim.orderId) ?? 0) + claim.awarded);
      expect(order?.awarded).toBeLessThanOrEqual(order?.quantity ?? 0);
      expect(order?.lastRoundId).toBe(round2.id);
    }
    expect((await ctx.authorisations.verify()).ok).toBe(true);

    // Demand exceeds supply, so the two committed rounds hold all of it (but what lots cannot split):
    // a round over the same months is refused, nothing left to share.
    const planned = (await ctx.supply.list({ productId: h200 })).reduce((sum, line) => sum + line.units, 0);
    const held = [round1, committed].reduce(
      (sum, r) => sum + simulationOf(r).awards.reduce((s, a) => s + a.quantity, 0),
      0,
    );
    expect(planned - held).toBe(0);
    const again = await ctx.rounds.create({ ...demoRounds[1]?.terms, name: 'Round 2 once more' }, planner);
    await expect(ctx.rounds.simulate(again.id, planner)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining(
        'Committed rounds already hold all the supply of nvidia-h200-sxm',
      ) as unknown,
    });
    // A what-if with capacity of its own still answers, and shows what the other rounds hold each month.
    const answer = await ctx.rounds.whatIf(
      again.id,
      { supply: [{ period: '2026-07', units: 800 }] },
      planner,
    );
    expect(answer.supply.map((s) => s.committedElsewhere)).toEqual(
      simulationOf(committed).periods.map((p) => p.allocated),
    );
    expect(answer.whatIf.awarded).toBe(800);
    expect(answer.current).toBeNull();

    // Rounds simulated before their brief was kept beside them are summarised from their simulation: the
    // list and what committed rounds hold read the same.
    const listed = await ctx.rounds.list(h200);
    expect(listed.find((r) => r.id === round2.id)?.summary?.awarded).toBe(
      simulationOf(committed).claims.reduce((sum, c) => sum + c.awarded, 0),
    );
    await ctx.db.updateTable('rounds').set({ summary: null }).execute();
    expect(await ctx.rounds.list(h200)).toEqual(listed);
    const asBefore = await ctx.rounds.whatIf(
      again.id,
      { supply: [{ period: '2026-07', units: 800 }] },
      planner,
    );
    expect(asBefore.supply).toEqual(answer.supply);
  });
});

/** Two rounds over the same orders: the second commit finds its orders changed and reserves nothing. */
describe.each(engines)('competing rounds on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  const clock = { now: new Date('2026-11-29T12:00:00Z') };

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => clock.now }));
    await seedDemoIfEmpty(ctx, { rounds: false });
  });
  afterAll(() => drop());

  /** A month of L4 output (100 units) and an order from each US customer for it. */
  const usMonth = async (period: string, quantity: number) => {
    await ctx.supply.set({ productId: 'l4-us', period, kind: 'production', units: 100 }, undefined);
    for (const buyer of ['microsoft', 'meta']) {
      await ctx.orders.create(
        { buyerPartyId: buyer, productId: 'l4-us', quantity, period, tier: 'firm' },
        undefined,
      );
    }
  };

  it('refuses the second commit with ROUND_STALE naming the order, reserving nothing', async () => {
    const user = (username: string) => demoUser(ctx, username);
    const planner = await user('planner');
    const officer = await user('compliance');
    // A product only US customers order: no ledger covers its claims, so only the orders can show that
    // the first commit changed them.
    const l4 = demoProducts.find((p) => p.id === 'nvidia-l4');
    if (!l4) throw new Error('no L4 in the demo');
    await ctx.products.create({ ...l4, id: 'l4-us', name: 'L4 for US customers' }, undefined);
    await usMonth('2026-09', 80);
    const terms = {
      productId: 'l4-us',
      fromPeriod: '2026-09',
      untilPeriod: '2026-09',
      criteria: { description: 'Equal shares.', weights: {} },
    };
    const a = await ctx.rounds.create({ ...terms, name: 'A' }, planner);
    const b = await ctx.rounds.create({ ...terms, name: 'B' }, planner);
    for (const round of [a, b]) {
      await ctx.rounds.simulate(round.id, planner);
      await ctx.rounds.approve(round.id, officer);
    }
    expect(Object.keys((await ctx.rounds.get(b.id)).simulation?.ledgerVersions ?? {})).toEqual([]);
    await ctx.rounds.commit(a.id, officer);
    const orders = await ctx.orders.list(planner, { productId: 'l4-us' });
    expect(orders.map((o) => o.awarded)).toEqual([50, 50]);
    await expect(ctx.rounds.commit(b.id, officer)).rejects.toMatchObject({
      code: 'ROUND_STALE',
      message: expect.stringMatching(
        /Order .* has changed since round B was simulated.*Nothing was reserved/,
      ) as unknown,
    });
    expect(await ctx.orders.list(planner, { productId: 'l4-us' })).toEqual(orders);
    expect((await ctx.rounds.get(b.id)).status).toBe('approved');
    // Simulated again, B finds A holds all the supply.
    await expect(ctx.rounds.simulate(b.id, planner)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('Committed rounds already hold all the supply of l4-us') as unknown,
    });
  });

  it('reserves nothing for a buyer screening puts on hold: its orders wait, and a commit after the hold is refused', async () => {
    const user = (username: string) => demoUser(ctx, username);
    const planner = await user('planner');
    const officer = await user('compliance');
    await usMonth('2026-10', 40);
    const round = await ctx.rounds.create(
      {
        productId: 'l4-us',
        fromPeriod: '2026-10',
        untilPeriod: '2026-10',
        criteria: { description: 'Equal shares.', weights: {} },
        name: 'October',
      },
      planner,
    );
    await ctx.rounds.simulate(round.id, planner);
    await ctx.rounds.approve(round.id, officer);

    // After the simulation Meta gains a name a listed company goes by: screening holds it for review.
    await ctx.parties.update('meta', { otherNames: ['Dawning Information Industry Co., Ltd.'] }, officer);
    const ordersBefore = await ctx.orders.list(planner, { productId: 'l4-us' });
    await expect(ctx.rounds.commit(round.id, officer)).rejects.toMatchObject({
      code: 'ROUND_STALE',
      message: expect.stringMatching(
        /^Meta Platforms, Inc\. is on compliance hold \(restricted-party screening\) since round October was simulated.*Nothing was reserved\.$/,
      ) as unknown,
    });
    expect(await ctx.orders.list(planner, { productId: 'l4-us' })).toEqual(ordersBefore);

    // Simulated again, Meta's orders wait with the hold named, and Microsoft's are served.
    const again = await ctx.rounds.simulate(round.id, planner);
    const uncovered = again.simulation?.uncovered.filter((u) => u.buyerPartyId === 'meta') ?? [];
    expect(uncovered.length).toBeGreaterThan(0);
    for (const order of uncovered)
      expect(order.missing).toEqual([
        'Meta Platforms, Inc. is on compliance hold (restricted-party screening)',
      ]);
    expect(again.simulation?.claims.map((c) => c.buyerPartyId)).not.toContain('meta');
    await ctx.rounds.approve(round.id, officer);
    expect((await ctx.rounds.commit(round.id, officer)).status).toBe('committed');
  });
});

/** A demo user as the services take it. */
async function demoUser(ctx: AppContext, username: string): Promise<Principal> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) throw new Error(`no demo user ${username}`);
  return { userId: user.id, username, role: user.role as Principal['role'], partyId: user.partyId };
}
