import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { engines, freshContext } from '../support/databases.js';

const party = (id: string) => ({
  id,
  legalName: `${id} Ltd.`,
  otherNames: [],
  roles: ['buyer' as const],
  country: 'CN',
  hqCountry: 'CN',
});

describe.each(engines)('audit trail on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine));
    for (const id of ['alpha', 'beta', 'gamma']) await ctx.parties.create(party(id), undefined);
  });
  afterAll(() => drop());

  it('writes one chained event per change, in the same transaction', async () => {
    const events = await ctx.audit.list({ limit: 10 });
    expect(events.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(events[2]?.prevHash).toBe('0'.repeat(64));
    expect(events[1]?.prevHash).toBe(events[2]?.hash);
    expect(events[0]).toMatchObject({
      actor: 'system',
      action: 'party.created',
      entityType: 'party',
      entityId: 'gamma',
    });
    expect(events[0]?.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(await ctx.audit.verify()).toMatchObject({ ok: true, eventsChecked: 3, firstBreak: null });
  });

  it('leaves no event when the change fails', async () => {
    await expect(ctx.parties.create(party('alpha'), undefined)).rejects.toMatchObject({ code: 'CONFLICT' });
    const events = await ctx.audit.list({ limit: 10 });
    expect(events).toHaveLength(3);
  });

  it('refuses to update or delete an event, whoever asks', async () => {
    await expect(
      sql`update audit_events set summary = 'nothing happened' where seq = 2`.execute(ctx.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where seq = 3`.execute(ctx.db)).rejects.toThrow(/append-only/);
    expect(await ctx.audit.verify()).toMatchObject({ ok: true });
  });

  it('filters by entity, actor and time', async () => {
    expect(await ctx.audit.list({ entityType: 'party', entityId: 'beta', limit: 10 })).toHaveLength(1);
    expect(await ctx.audit.list({ actor: 'user:nobody', limit: 10 })).toHaveLength(0);
    expect(await ctx.audit.list({ from: '2999-01-01T00:00:00.000Z', limit: 10 })).toHaveLength(0);
    expect(await ctx.audit.list({ to: '2999-01-01T00:00:00.000Z', limit: 2 })).toHaveLength(2);
    expect((await ctx.audit.list({ beforeSeq: 2, limit: 10 })).map((e) => e.seq)).toEqual([1]);
  });
});
