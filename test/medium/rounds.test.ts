import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { AppContext } from '../../src/context.js';
import { findUserByUsername } from '../../src/db/repositories/user.repository.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { engines, freshContext } from '../support/databases.js';

const h200 = 'nvidia-h200-sxm';

const marchRound = {
  name: 'H200 March 2026',
  productId: h200,
  fromPeriod: '2026-03',
  untilPeriod: '2026-03',
  criteria: { description: 'Firm orders before forecasts; equal shares (max-min) within each.' },
};

describe.each(engines)('allocation rounds on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let planner: Principal;
  let officer: Principal;
  const clock = { now: new Date('2026-03-10T09:00:00Z') };

  const principal = async (username: string): Promise<Principal> => {
    const user = await findUserByUsername(ctx.db, username);
    if (!user) throw new Error(`no demo user ${username}`);
    return { userId: user.id, username, role: user.role as Principal['role'], partyId: user.partyId };
  };
  const ledgerState = async () =>
    (await ctx.authorisations.list(undefined)).map((a) => [
      a.terms.number,
      a.balance.entryCount,
      a.balance.reserved,
    ]);

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => clock.now }));
    // The demo's own rounds would take the ratio cap's room: these tests run their rounds from the start.
    await seedDemoIfEmpty(ctx, { rounds: false });
    planner = await principal('planner');
    officer = await principal('compliance');
  });
  afterAll(() => drop());

  it('simulates the 2026 case: the ratio cap, not the licence, binds the Chinese buyers', async () => {
    const round = await ctx.rounds.create(marchRound, planner);
    expect(round.status).toBe('draft');
    const simulated = await ctx.rounds.simulate(round.id, planner);
    const simulation = simulated.simulation;
    if (!simulation) throw new Error('no simulation');
    expect(simulated.status).toBe('simulated');
    const [march] = simulation.periods;
    expect(march?.allocated).toBeLessThanOrEqual(march?.available ?? 0);

    const chinese = simulation.claims.filter((c) =>
      ['bytedance', 'alibaba', 'tencent'].includes(c.buyerPartyId),
    );
    const chineseAwarded = chinese.reduce((sum, c) => sum + c.awarded, 0);
    // 120,000 US units shipped allow 60,000 China-bound units; the licence's 500,000 never binds.
    expect(chineseAwarded).toBe(60_000);
    expect(new Set(chinese.filter((c) => c.awarded < c.quantity).map((c) => c.binding))).toEqual(
      new Set(['group:BIS DEMO-D1000001-RATIO']),
    );
    expect(chinese[0]?.groups).toContain('BIS DEMO-D1000001');

    // Baidu (which orders for March) is queued for the second round: no import approval is valid yet.
    const uncoveredBuyers = new Set(simulation.uncovered.map((u) => u.buyerPartyId));
    expect(uncoveredBuyers).toEqual(new Set(['baidu']));
    expect(simulation.uncovered[0]?.missing.join(' ')).toMatch(/no import approval/);

    const us = simulation.claims.filter((c) => c.groups.length === 0);
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((c) => c.binding === 'claim' || c.binding === 'supply')).toBe(true);
  });

  it('needs a second person to approve, then reserves every award in every covering ledger at once', async () => {
    const [round] = await ctx.rounds.list(h200);
    if (!round) throw new Error('no round');
    await expect(ctx.rounds.commit(round.id, officer)).rejects.toMatchObject({ code: 'ROUND_STATE_INVALID' });
    await expect(ctx.rounds.approve(round.id, planner)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await ctx.rounds.approve(round.id, officer);
    expect(approved.status).toBe('approved');

    const committed = await ctx.rounds.commit(round.id, planner);
    expect(committed.status).toBe('committed');
    const byNumber = new Map((await ctx.authorisations.list(undefined)).map((a) => [a.terms.number, a]));
    expect(byNumber.get('DEMO-D1000001-RATIO')?.balance.reserved).toBe(60_000);
    expect(byNumber.get('DEMO-D1000001')?.balance.reserved).toBe(60_000);
    const awardedTo = (buyer: string) =>
      (committed.simulation?.claims ?? [])
        .filter((c) => c.buyerPartyId === buyer)
        .reduce((sum, c) => sum + c.awarded, 0);
    expect(byNumber.get('DEMO-2026-R1-BYTEDANCE')?.balance.reserved).toBe(awardedTo('bytedance'));
    expect(byNumber.get('DEMO-CAP-75K-TENCENT')?.balance.reserved).toBe(awardedTo('tencent'));
    expect((await ctx.authorisations.verify()).ok).toBe(true);
    expect((await ctx.audit.verify()).ok).toBe(true);
    const trail = await ctx.audit.list({ entityType: 'round', entityId: round.id, limit: 10 });
    expect(trail.map((e) => e.action).reverse()).toEqual([
      'round.created',
      'round.simulated',
      'round.approved',
      'round.committed',
    ]);
    await expect(ctx.rounds.commit(round.id, planner)).rejects.toMatchObject({ code: 'ROUND_STATE_INVALID' });
  });

  it('shows a buyer only its own claims, awards and statements, and no draft', async () => {
    const [round] = await ctx.rounds.list(h200);
    if (!round) throw new Error('no round');
    // ByteDance orders for March; Tencent's orders start later.
    const bytedance = await principal('bytedance');
    const seen = await ctx.rounds.get(round.id, bytedance);
    const simulation = seen.simulation;
    if (!simulation) throw new Error('no simulation');
    expect(simulation.claims.length).toBeGreaterThan(0);
    expect(new Set(simulation.claims.map((c) => c.buyerPartyId))).toEqual(new Set(['bytedance']));
    const own = new Set(simulation.claims.map((c) => c.orderId));
    expect(simulation.awards.every((a) => own.has(a.orderId))).toBe(true);
    expect(simulation.groups.map((g) => g.id).sort()).toEqual(
      [...new Set(simulation.claims.flatMap((c) => c.groups))].sort(),
    );
    expect(simulation.uncovered).toEqual([]);
    expect(simulation.ledgerVersions).toEqual({});
    // Supply plans and what other rounds hold are internal: the months' offers are in the periods.
    expect(simulation.supply).toEqual([]);
    expect(simulation.previous).toBeNull();
    expect([seen.createdBy, seen.simulatedBy, seen.approvedBy]).toEqual(['staff', 'staff', 'staff']);
    // The capacity of each month is part of every statement.
    expect(simulation.periods).toEqual(round.summary?.periods);

    // Baidu's only March order had no coverage: it sees that, and nothing of the others.
    await ctx.accounts.createUser(
      {
        username: 'baidu-buyer',
        displayName: 'Baidu buyer',
        password: 'a long test password',
        role: 'buyer',
        partyId: 'baidu',
      },
      undefined,
    );
    const baidu = await ctx.rounds.get(round.id, await principal('baidu-buyer'));
    expect(baidu.simulation?.claims).toEqual([]);
    expect(baidu.simulation?.uncovered.map((u) => u.buyerPartyId)).toEqual(['baidu']);

    const draft = await ctx.rounds.create({ ...marchRound, name: 'H200 March, not yet published' }, planner);
    await expect(ctx.rounds.get(draft.id, bytedance)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const listed = await ctx.rounds.list(h200, bytedance);
    expect(listed.map((r) => r.id)).toEqual([round.id]);
    // The list's brief of the round is the buyer's own part too.
    expect(listed[0]?.summary?.buyers.map((b) => b.buyerPartyId)).toEqual(['bytedance']);
    expect(listed[0]?.summary?.awarded).toBe(simulation.claims.reduce((sum, c) => sum + c.awarded, 0));
    expect(listed[0]).not.toHaveProperty('simulation');
    // A buyer with no order in the round does not see it.
    await expect(ctx.rounds.get(round.id, await principal('tencent'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await ctx.rounds.close(draft.id, planner);
  });

  it('refuses to commit when a ledger moved since the simulation, reserving nothing', async () => {
    const round = await ctx.rounds.create({ ...marchRound, name: 'H200 March, second pass' }, planner);
    await ctx.rounds.simulate(round.id, planner);
    await ctx.rounds.approve(round.id, officer);
    const licence = (await ctx.authorisations.list(undefined)).find(
      (a) => a.terms.number === 'DEMO-D1000001',
    );
    if (!licence) throw new Error('no licence');
    await ctx.authorisations.record(licence.id, { kind: 'reserve', quantity: 1 }, planner);
    const before = await ledgerState();
    await expect(ctx.rounds.commit(round.id, planner)).rejects.toMatchObject({
      code: 'ROUND_STALE',
      message: expect.stringContaining('BIS DEMO-D1000001 has moved') as unknown,
    });
    expect(await ledgerState()).toEqual(before);
    expect((await ctx.rounds.get(round.id)).status).toBe('approved');
  });

  it('leaves every ledger as it was when a reservation fails midway through a commit', async () => {
    // 100,000 more units shipped to US customers make room for 50,000 more China-bound units.
    const ratioCap = (await ctx.authorisations.list(undefined)).find((a) => a.terms.kind === 'ratio-cap');
    if (!ratioCap) throw new Error('no ratio cap');
    await ctx.authorisations.recordReferenceShipment(
      ratioCap.id,
      { customerPartyId: 'microsoft', quantity: 100_000, shippedOn: '2026-03-09', reference: 'US-0100' },
      officer,
    );
    const round = await ctx.rounds.create({ ...marchRound, name: 'H200 March, late commit' }, planner);
    const simulated = await ctx.rounds.simulate(round.id, planner);
    const chineseAwards = (simulated.simulation?.claims ?? []).filter(
      (c) => c.groups.length > 0 && c.awarded > 0,
    );
    expect(chineseAwards.reduce((sum, c) => sum + c.awarded, 0)).toBe(50_000);
    await ctx.rounds.approve(round.id, officer);
    const before = await ledgerState();
    // By mid-January 2027 the first-round import approvals have expired; the licence and caps have not.
    clock.now = new Date('2027-01-15T09:00:00Z');
    try {
      await expect(ctx.rounds.commit(round.id, planner)).rejects.toMatchObject({
        code: 'ROUND_STALE',
        message: expect.stringMatching(/is valid from 2026-01-28 to 2026-12-31/) as unknown,
      });
    } finally {
      clock.now = new Date('2026-03-10T09:00:00Z');
    }
    expect(await ledgerState()).toEqual(before);
    expect((await ctx.authorisations.verify()).ok).toBe(true);
  });

  it('refuses a round with no supply planned, and a round that ends before it starts', async () => {
    const empty = await ctx.rounds.create(
      {
        ...marchRound,
        name: 'H20 2026',
        productId: 'nvidia-h20',
        fromPeriod: '2026-03',
        untilPeriod: '2026-04',
      },
      planner,
    );
    await expect(ctx.rounds.simulate(empty.id, planner)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('No supply of nvidia-h20 is planned') as unknown,
    });
    await expect(
      ctx.rounds.create({ ...marchRound, fromPeriod: '2026-05', untilPeriod: '2026-04' }, planner),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      ctx.rounds.create({ ...marchRound, productId: 'no-such-chip' }, planner),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'productId', message: 'no product no-such-chip' }],
    });
    await expect(
      ctx.rounds.create(
        { ...marchRound, criteria: { ...marchRound.criteria, weights: { 'no-such-buyer': 2 } } },
        planner,
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'criteria.weights.no-such-buyer', message: 'no party no-such-buyer' }],
    });
  });
});
