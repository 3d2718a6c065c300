import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { engines, freshContext } from '../support/databases.js';

describe.each(engines)('accounts on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let now = new Date('2026-03-01T09:00:00Z');

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => now, config: { sessionTtlHours: 1 } }));
    await ctx.parties.create(
      {
        id: 'tencent',
        legalName: 'Tencent',
        otherNames: [],
        roles: ['buyer'],
        country: 'CN',
        hqCountry: 'CN',
      },
      undefined,
    );
  });
  afterAll(() => drop());

  it('stores an argon2id hash, never the password', async () => {
    await ctx.accounts.createUser(
      { username: 'Chen', displayName: 'Chen', password: 'correct horse battery', role: 'compliance' },
      undefined,
    );
    const row = await ctx.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'chen')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('correct horse');
  });

  it('binds buyers to a party and only buyers', async () => {
    await expect(
      ctx.accounts.createUser(
        { username: 'b1', displayName: 'B', password: 'x'.repeat(12), role: 'buyer' },
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'partyId' }] });
    await expect(
      ctx.accounts.createUser(
        { username: 'p1', displayName: 'P', password: 'x'.repeat(12), role: 'planner', partyId: 'tencent' },
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      ctx.accounts.createUser(
        { username: 'b2', displayName: 'B', password: 'x'.repeat(12), role: 'buyer', partyId: 'nobody' },
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const buyer = await ctx.accounts.createUser(
      { username: 'b3', displayName: 'B', password: 'x'.repeat(12), role: 'buyer', partyId: 'tencent' },
      undefined,
    );
    expect(buyer.partyId).toBe('tencent');
  });

  it('refuses a duplicate username without writing anything', async () => {
    const before = (await ctx.audit.list({ limit: 500 })).length;
    await expect(
      ctx.accounts.createUser(
        { username: 'chen', displayName: 'C', password: 'y'.repeat(12), role: 'auditor' },
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await ctx.audit.list({ limit: 500 })).length).toBe(before);
  });

  it('signs in, authenticates the session until it expires, and rejects wrong passwords alike', async () => {
    await expect(ctx.accounts.signIn('chen', 'wrong password!')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(ctx.accounts.signIn('nobody', 'wrong password!')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    const session = await ctx.accounts.signIn(' CHEN ', 'correct horse battery');
    const found = await ctx.accounts.authenticateSession(session.sessionToken);
    expect(found?.principal).toMatchObject({ username: 'chen', role: 'compliance', partyId: null });
    expect(found?.csrfToken).toBe(session.csrfToken);
    now = new Date(now.getTime() + 61 * 60_000);
    expect(await ctx.accounts.authenticateSession(session.sessionToken)).toBeUndefined();
  });

  it('issues API tokens stored as digests, and honours revocation', async () => {
    const signedIn = await ctx.accounts.signIn('chen', 'correct horse battery');
    const session = await ctx.accounts.authenticateSession(signedIn.sessionToken);
    if (!session) throw new Error('no session');
    const principal = session.principal;
    const token = await ctx.accounts.createToken(principal, { name: 'ci' });
    expect(token.token).toMatch(/^trn_/);
    const stored = await ctx.db
      .selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token.token);
    expect(await ctx.accounts.authenticateToken(token.token)).toMatchObject({ username: 'chen' });
    await ctx.accounts.revokeToken(principal, token.id);
    expect(await ctx.accounts.authenticateToken(token.token)).toBeUndefined();
    await expect(ctx.accounts.revokeToken(principal, token.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
