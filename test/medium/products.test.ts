import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { AppContext } from '../../src/context.js';
import { demoProducts } from '../../src/demo/h200-scenario.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { engines, freshContext } from '../support/databases.js';

describe.each(engines)('products and classification decisions on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let officer: Principal;
  const now = new Date('2026-03-01T10:00:00Z');

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => now }));
    const seeded = await seedDemoIfEmpty(ctx);
    const password = seeded?.users.find((u) => u.username === 'compliance')?.password ?? '';
    const session = await ctx.accounts.authenticateSession(
      (await ctx.accounts.signIn('compliance', password)).sessionToken,
    );
    if (!session) throw new Error('no session');
    officer = session.principal;
  });
  afterAll(() => drop());

  it('seeds the demo once and never into a database that holds data', async () => {
    expect(await seedDemoIfEmpty(ctx)).toBeUndefined();
    expect(await ctx.products.list()).toHaveLength(demoProducts.length);
    expect((await ctx.accounts.listUsers()).map((u) => u.username)).toContain('bytedance');
  });

  it('classifies the catalogue: the HGX H200 board is 4A090.a, inside the 2026 envelope', async () => {
    const board = await ctx.products.get('nvidia-hgx-h200-8gpu');
    expect(board.classification.eccn).toBe('4A090.a');
    expect(board.classification.chinaCaseByCase).toBe(true);
    expect(board.classification.component).toMatchObject({
      productId: 'nvidia-h200-sxm',
      units: 8,
      eccn: '3A090.a',
    });
    expect(board.standing).toEqual({ eccn: '4A090.a', status: 'computed' });
  });

  it('classifies the HBM part under 3A090.c from 2024-12-02 only', async () => {
    const hbm = await ctx.products.get('example-hbm3e-12h', '2024-12-02');
    expect(hbm.classification.eccn).toBe('3A090.c');
    expect(hbm.classification.hbm?.bandwidthDensity).toBeCloseTo(1178 / 121, 9);
    expect((await ctx.products.get('example-hbm3e-12h', '2024-12-01')).classification.eccn).toBe('not-3A090');
  });

  it('lists the H20 licence letter as an override in force after 2025-04-09 only', async () => {
    expect((await ctx.products.get('nvidia-h20', '2025-04-08')).classification.overrides).toHaveLength(0);
    const after = await ctx.products.get('nvidia-h20', '2025-04-10');
    expect(after.classification.eccn).toBe('not-3A090');
    expect(after.classification.overrides.map((o) => o.effectiveFrom)).toEqual(['2025-04-09']);
  });

  it('records a confirmation and an override with reasons, each audited', async () => {
    const confirmed = await ctx.products.decide(
      'nvidia-l4',
      { decision: 'confirm', reason: 'Checked the L4 datasheet' },
      officer,
    );
    expect(confirmed.standing).toEqual({ eccn: '3A090.a', status: 'confirmed' });
    const overridden = await ctx.products.decide(
      'nvidia-h20',
      {
        decision: 'override',
        eccn: '3A090.b',
        reason: 'Counsel treats the H20 as controlled pending a ruling',
      },
      officer,
    );
    expect(overridden.standing).toEqual({ eccn: '3A090.b', status: 'overridden' });
    expect(overridden.decisions[0]).toMatchObject({
      decision: 'override',
      computedEccn: 'not-3A090',
      decidedBy: 'compliance',
    });
    const events = await ctx.audit.list({ entityType: 'product', entityId: 'nvidia-h20', limit: 10 });
    expect(events[0]).toMatchObject({ action: 'classification.overridden', actor: 'user:compliance' });
    expect(events[0]?.summary).toContain('Counsel treats');
    expect(events[0]?.ruleSetVersion).toBe('2026-01-15');
  });

  it('shows a confirmation as stale when the rules in force change what it confirmed', async () => {
    // Confirmed under the 2026-01-15 rule set; viewed under the rules of 2024 it no longer stands.
    const earlier = await ctx.products.get('nvidia-l4', '2024-06-01');
    expect(earlier.standing.status).toBe('confirmation-stale');
  });

  it('refuses an override equal to the computed class, a bad component, and a duplicate, writing nothing', async () => {
    const before = (await ctx.audit.list({ limit: 500 })).length;
    await expect(
      ctx.products.decide(
        'nvidia-a100-sxm',
        { decision: 'override', eccn: '3A090.a', reason: 'same as computed really' },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      ctx.products.create(
        {
          id: 'hgx-x',
          name: 'Board',
          vendor: 'X',
          kind: 'assembly',
          component: { productId: 'nvidia-hgx-h200-8gpu', units: 2 },
        },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'component.productId' }] });
    await expect(ctx.products.create(demoProducts[0], officer)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      ctx.products.decide('no-such-chip', { decision: 'confirm', reason: 'ok then' }, officer),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await ctx.audit.list({ limit: 500 })).length).toBe(before);
  });
});
