import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coverage, GateCoverage } from '../../src/domain/coverage/coverage.js';
import type { Order } from '../../src/domain/orders/order.js';
import { buildRoundProblem, supplyLeftForRound } from '../../src/domain/rounds/round-problem.js';
import { newRoundSchema } from '../../src/domain/rounds/round.js';

const round = newRoundSchema.parse({
  name: 'R1',
  productId: 'h200',
  fromPeriod: '2026-03',
  untilPeriod: '2026-04',
  criteria: { description: 'Firm first; Tencent weighs double.', weights: { tencent: 2 } },
  claimWindow: { until: '2026-03-01T00:00:00Z' },
});

const order = (id: string, buyer: string, extra: Partial<Order> = {}): Order => ({
  id,
  buyerPartyId: buyer,
  productId: 'h200',
  quantity: 100,
  period: '2026-02',
  tier: 'firm',
  reference: undefined,
  status: 'open',
  awarded: 0,
  lastRoundId: null,
  createdAt: '2026-02-01T00:00:00Z',
  ...extra,
});

const gate = (name: GateCoverage['gate'], draws: [string, number][], required = true): GateCoverage => ({
  gate: name,
  required,
  why: '',
  draws: draws.map(([authorisationId, available]) => ({
    authorisationId,
    kind: 'import-approval',
    authority: 'X',
    number: authorisationId,
    validUntil: '2026-12-31',
    available,
    draw: 0,
  })),
  coverable: 0,
  missing: draws.length === 0 && required ? `no ${name} authorisation for the buyer` : null,
});

const coverage = (gates: GateCoverage[]): Coverage => ({
  line: { productId: 'h200', quantity: 100, buyerPartyId: 'x', destination: 'CN', date: '2026-03-01' },
  covered: gates.every((g) => !g.required || g.draws.length > 0),
  coverableQuantity: 0,
  binding: null,
  gates,
  missing: gates.flatMap((g) => (g.missing ? [g.missing] : [])),
});

describe('building a round problem', () => {
  it('makes claims of the orders in the window, groups of their authorisations, and reports the uncovered', () => {
    const orders = [
      order('o1', 'tencent'),
      order('o2', 'alibaba', { tier: 'forecast', period: '2026-04' }),
      order('o3', 'baidu'),
      order('o4', 'tencent', { createdAt: '2026-03-02T00:00:00Z' }), // after the window
      order('o5', 'tencent', { period: '2026-05' }), // after the round
    ];
    const covered = new Map([
      ['o1', coverage([gate('export', [['bis', 500]]), gate('import', [['r1-tencent', 130]])])],
      [
        'o2',
        coverage([
          gate('export', [['bis', 500]]),
          gate('import', [
            ['r1-alibaba', 60],
            ['r1b-alibaba', 40],
          ]),
        ]),
      ],
      ['o3', coverage([gate('export', [['bis', 500]]), gate('import', [])])],
    ]);
    const built = buildRoundProblem(
      round,
      orders,
      [
        { period: '2026-03', units: 70 },
        { period: '2026-03', units: 30 },
        { period: '2026-04', units: 50 },
      ],
      covered,
      (id) => id.toUpperCase(),
    );
    expect(built.problem.periods).toEqual([
      { id: '2026-03', supply: 100 },
      { id: '2026-04', supply: 50 },
    ]);
    expect(built.claims).toEqual([
      {
        orderId: 'o1',
        buyerPartyId: 'tencent',
        quantity: 100,
        ordered: 100,
        carriedFrom: null,
        period: '2026-03',
        tier: 1,
        weight: 2,
        groups: ['BIS', 'R1-TENCENT'],
      },
      {
        orderId: 'o2',
        buyerPartyId: 'alibaba',
        quantity: 100,
        ordered: 100,
        carriedFrom: null,
        period: '2026-04',
        tier: 2,
        weight: 1,
        groups: ['BIS', 'R1-ALIBABA or R1B-ALIBABA'],
      },
    ]);
    // Alternatives within one gate pool their balances; the licence is one group shared by both claims.
    expect(built.problem.groups).toEqual([
      { id: 'BIS', cap: 500 },
      { id: 'R1-TENCENT', cap: 130 },
      { id: 'R1-ALIBABA or R1B-ALIBABA', cap: 100 },
    ]);
    expect(built.uncovered).toEqual([
      {
        orderId: 'o3',
        buyerPartyId: 'baidu',
        quantity: 100,
        period: '2026-02',
        missing: ['no import authorisation for the buyer'],
      },
    ]);
  });
});

describe('the supply a round may share', () => {
  const months = (from: number, until: number) =>
    Array.from({ length: until - from + 1 }, (_, i) => `2026-${String(from + i).padStart(2, '0')}`);

  it('offers stock no committed round holds, carrying earlier months’ leftover into the first month', () => {
    const planned = new Map([
      ['2026-03', 740],
      ['2026-04', 45],
      ['2026-05', 50],
      ['2026-06', 50],
    ]);
    // Round 1 (March to May) awarded 300, 200 and 100: 235 units are left over for June's round.
    const committed = new Map([
      ['2026-03', 300],
      ['2026-04', 200],
      ['2026-05', 100],
    ]);
    expect(supplyLeftForRound(['2026-06'], planned, committed)).toEqual([
      { period: '2026-06', planned: 50, committedElsewhere: 0, offered: 285 },
    ]);
    // A round over round 1's own months gets only the 235 left over, as early as it is free: in March.
    expect(supplyLeftForRound(months(3, 5), planned, committed).map((s) => s.offered)).toEqual([235, 0, 0]);
  });

  it('keeps what a later committed award needs, even from an earlier round', () => {
    const planned = new Map([
      ['2026-03', 100],
      ['2026-04', 0],
    ]);
    // A committed round gives 100 units in April, served from March's stock: March has nothing to offer.
    const committed = new Map([['2026-04', 100]]);
    expect(supplyLeftForRound(['2026-03'], planned, committed).map((s) => s.offered)).toEqual([0]);
  });

  it('never lets a round take what committed rounds need later, and offers everything else', () => {
    const month = fc.integer({ min: 1, max: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(month, fc.nat(1000)), { maxLength: 10 }),
        fc.array(fc.tuple(month, fc.nat(1000)), { maxLength: 10 }),
        month,
        fc.integer({ min: 0, max: 4 }),
        (plan, use, first, span) => {
          const sum = (lines: [number, number][]) => {
            const map = new Map<string, number>();
            for (const [m, units] of lines) {
              const key = `2026-0${m}`;
              map.set(key, (map.get(key) ?? 0) + units);
            }
            return map;
          };
          const planned = sum(plan);
          const committed = sum(use);
          const roundMonths = months(first, Math.min(8, first + span));
          const offered = new Map(
            supplyLeftForRound(roundMonths, planned, committed).map((s) => [s.period, s.offered]),
          );
          // Through every month, what the round may take plus what is committed fits what is planned, as
          // far as the committed rounds themselves fit.
          let cumPlanned = 0;
          let cumCommitted = 0;
          let cumOffered = 0;
          let worstShortfall = 0;
          for (const m of months(1, 8)) {
            cumPlanned += planned.get(m) ?? 0;
            cumCommitted += committed.get(m) ?? 0;
            cumOffered += offered.get(m) ?? 0;
            worstShortfall = Math.max(worstShortfall, cumCommitted - cumPlanned);
            expect(cumOffered + cumCommitted).toBeLessThanOrEqual(cumPlanned + worstShortfall);
            expect(cumOffered).toBeGreaterThanOrEqual(0);
          }
          // Nothing is held back without cause: at the end everything free is offered, unless a later
          // month's committed awards need it.
          const lastFree = Math.min(
            ...months(Math.min(8, first + span), 8).map((m) => {
              let p = 0;
              let c = 0;
              for (const earlier of months(1, Number(m.slice(5)))) {
                p += planned.get(earlier) ?? 0;
                c += committed.get(earlier) ?? 0;
              }
              return p - c;
            }),
          );
          expect(cumOffered).toBe(Math.max(0, lastFree));
        },
      ),
    );
  });
});
