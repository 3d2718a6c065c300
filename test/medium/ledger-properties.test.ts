import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import {
  applyMovement,
  balanceHolds,
  emptyBalance,
  type Balance,
} from '../../src/domain/authorisations/ledger.js';
import { DomainError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/context.js';
import { engines, freshContext } from '../support/databases.js';

const operation = fc.oneof(
  fc.record({ kind: fc.constant('reserve' as const), quantity: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('release' as const), quantity: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('consume' as const), quantity: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('return' as const), quantity: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('adjust' as const),
    quantity: fc.integer({ min: -80, max: 80 }),
    reason: fc.constant('amended'),
  }),
  fc.record({ kind: fc.constant('expire' as const), quantity: fc.constant(0) }),
);

describe('the pure ledger rule', () => {
  it('never lets a balance go negative or overdrawn, whatever the sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(operation, { maxLength: 60 }),
        (granted, ops) => {
          let balance: Balance = applyMovement(emptyBalance(false), {
            kind: 'grant',
            quantity: granted,
            value: 0,
          });
          for (const op of ops) {
            const quantity =
              op.kind === 'expire' ? balance.authorised - balance.reserved - balance.used : op.quantity;
            try {
              balance = applyMovement(balance, { kind: op.kind, quantity, value: 0 });
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
            }
            expect(balanceHolds(balance)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe.each(engines)('ledger operations on a real database ($name)', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  const officer: Principal = { userId: 'officer', username: 'officer', role: 'compliance', partyId: null };

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date('2026-03-01T10:00:00Z') }));
    await ctx.parties.create(
      { id: 'nvidia', legalName: 'NVIDIA', roles: ['exporter'], country: 'US', hqCountry: 'US' },
      undefined,
    );
  });
  afterAll(() => drop());

  let capsIssued = 0;
  /** A fresh per-customer cap granting `granted` units, so each run starts from its own ledger. */
  const newCap = (granted: number) =>
    ctx.authorisations.create(
      {
        kind: 'party-cap',
        authority: 'TEST',
        number: `cap-${++capsIssued}`,
        holderPartyId: 'nvidia',
        cappedPartyId: 'nvidia',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
        products: { eccns: ['3A090.a'] },
        destinations: ['CN'],
        quantity: granted,
      },
      officer,
    );

  it('agrees with the pure rule after every operation, and the ledger verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 200 }),
        fc.array(operation, { maxLength: 15 }),
        async (granted, ops) => {
          const created = await newCap(granted);
          let model: Balance = applyMovement(emptyBalance(false), {
            kind: 'grant',
            quantity: granted,
            value: 0,
          });
          for (const op of ops) {
            let expected: Balance | DomainError;
            try {
              const quantity =
                op.kind === 'expire' ? model.authorised - model.reserved - model.used : op.quantity;
              expected = applyMovement(model, { kind: op.kind, quantity, value: 0 });
            } catch (error) {
              expected = error as DomainError;
            }
            try {
              const result = await ctx.authorisations.record(created.id, op, officer);
              expect(expected).not.toBeInstanceOf(DomainError);
              model = expected as Balance;
              expect(result.body.balance).toMatchObject({
                authorised: model.authorised,
                reserved: model.reserved,
                used: model.used,
              });
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              expect(expected).toBeInstanceOf(DomainError);
              expect(error.code).toBe((expected as DomainError).code);
            }
            const stored = await ctx.authorisations.get(created.id, officer);
            expect(balanceHolds(stored.balance)).toBe(true);
          }
        },
      ),
      { numRuns: 15 },
    );
    expect(await ctx.authorisations.verify()).toMatchObject({ ok: true, mismatches: [] });
  });

  it('answers operations sent all at once exactly as if each had waited for the one before', async () => {
    const before = ctx.authorisations.movementStats();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 200 }),
        fc.array(operation, { minLength: 1, maxLength: 40 }),
        async (granted, ops) => {
          const created = await newCap(granted);
          // Every operation is submitted before any is answered, so they share transactions.
          const answers = await Promise.allSettled(
            ops.map((op) => ctx.authorisations.record(created.id, op, officer)),
          );
          let model: Balance = applyMovement(emptyBalance(false), {
            kind: 'grant',
            quantity: granted,
            value: 0,
          });
          ops.forEach((op, i) => {
            const answer = answers[i];
            const quantity =
              op.kind === 'expire' ? model.authorised - model.reserved - model.used : op.quantity;
            try {
              model = applyMovement(model, { kind: op.kind, quantity, value: 0 });
              expect(answer?.status).toBe('fulfilled');
              if (answer?.status === 'fulfilled') {
                expect(answer.value.body.balance).toMatchObject({
                  authorised: model.authorised,
                  reserved: model.reserved,
                  used: model.used,
                  returned: model.returned,
                });
              }
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              expect(answer?.status).toBe('rejected');
              if (answer?.status === 'rejected') {
                expect((answer.reason as DomainError).code).toBe(error.code);
              }
            }
          });
          const stored = await ctx.authorisations.get(created.id, officer);
          expect(stored.balance).toMatchObject({
            authorised: model.authorised,
            reserved: model.reserved,
            used: model.used,
            returned: model.returned,
          });
        },
      ),
      { numRuns: 15 },
    );
    expect(await ctx.authorisations.verify()).toMatchObject({ ok: true, mismatches: [] });
    expect((await ctx.audit.verify()).ok).toBe(true);
    // They did share transactions, and no shared transaction failed and fell back to one at a time.
    const after = ctx.authorisations.movementStats();
    expect(after.batches - before.batches).toBeLessThan(after.items - before.items);
    expect(after.retriedAlone).toBe(before.retriedAlone);
  });
});
