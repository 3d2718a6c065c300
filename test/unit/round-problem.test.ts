import { describe, expect, it } from 'vitest';
import type { Coverage, GateCoverage } from '../../src/domain/coverage/coverage.js';
import type { Order } from '../../src/domain/orders/order.js';
import { buildRoundProblem } from '../../src/domain/rounds/round-problem.js';
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
