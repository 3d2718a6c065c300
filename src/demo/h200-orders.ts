import type { NewOrder } from '../domain/orders/order.js';
import type { SupplyPlanInput } from '../domain/supply/supply-plan.js';

/**
 * Demand and supply of the 2026 H200 demo. ILLUSTRATIVE FIGURES: no buyer's real orders or NVIDIA's real
 * supply are public; these are made up to show oversubscription (about 2.4 million units ordered by a
 * dozen Chinese buyers and four US customers against 700,000 units of inventory plus 300,000 of production
 * over six months), and every reference and note says so.
 */
const orderBook: [buyer: string, firm: [string, number][], forecast: [string, number][]][] = [
  [
    'bytedance',
    [
      ['2026-03', 60_000],
      ['2026-05', 80_000],
    ],
    [['2026-07', 100_000]],
  ],
  [
    'alibaba',
    [
      ['2026-03', 50_000],
      ['2026-04', 70_000],
    ],
    [['2026-06', 110_000]],
  ],
  [
    'tencent',
    [['2026-04', 60_000]],
    [
      ['2026-05', 80_000],
      ['2026-08', 90_000],
    ],
  ],
  [
    'baidu',
    [['2026-03', 40_000]],
    [
      ['2026-06', 60_000],
      ['2026-08', 50_000],
    ],
  ],
  ['deepseek', [['2026-04', 30_000]], [['2026-07', 70_000]]],
  // Firms queued for later approval rounds: their orders wait, listed with what is missing.
  ['kuaishou', [['2026-04', 30_000]], [['2026-07', 40_000]]],
  ['jd', [['2026-05', 25_000]], [['2026-08', 35_000]]],
  ['meituan', [['2026-05', 20_000]], [['2026-07', 30_000]]],
  ['xiaomi', [['2026-06', 25_000]], [['2026-08', 25_000]]],
  ['moonshot', [['2026-04', 15_000]], [['2026-07', 25_000]]],
  ['minimax', [['2026-06', 15_000]], [['2026-08', 20_000]]],
  ['lenovo', [['2026-05', 30_000]], [['2026-08', 40_000]]],
  [
    'microsoft',
    [
      ['2026-03', 120_000],
      ['2026-05', 100_000],
    ],
    [['2026-07', 150_000]],
  ],
  [
    'meta',
    [
      ['2026-03', 100_000],
      ['2026-06', 90_000],
    ],
    [['2026-08', 120_000]],
  ],
  [
    'oracle',
    [['2026-04', 80_000]],
    [
      ['2026-06', 70_000],
      ['2026-08', 60_000],
    ],
  ],
  [
    'coreweave',
    [
      ['2026-03', 50_000],
      ['2026-05', 60_000],
    ],
    [['2026-07', 80_000]],
  ],
];

export const demoOrdersLabel = 'ILLUSTRATIVE demo orders of the 2026 H200 scenario';

export const demoOrders: NewOrder[] = orderBook.flatMap(([buyer, firm, forecast]) =>
  (
    [
      ...firm.map(([period, quantity]) => ({ period, quantity, tier: 'firm' as const })),
      ...forecast.map(([period, quantity]) => ({ period, quantity, tier: 'forecast' as const })),
    ] as const
  ).map(({ period, quantity, tier }) => ({
    buyerPartyId: buyer,
    productId: 'nvidia-h200-sxm',
    quantity,
    period,
    tier,
    reference: `ILLUSTRATIVE-${buyer.toUpperCase()}-${period}-${tier.toUpperCase()}`,
  })),
);

// Little new H200 output: the point of the case is that demand far exceeds what there is.
const productionByMonth: [string, number][] = [
  ['2026-03', 40_000],
  ['2026-04', 45_000],
  ['2026-05', 50_000],
  ['2026-06', 50_000],
  ['2026-07', 55_000],
  ['2026-08', 60_000],
];

export const demoSupply: SupplyPlanInput[] = [
  {
    productId: 'nvidia-h200-sxm',
    period: '2026-03',
    kind: 'inventory',
    units: 700_000,
    note: 'ILLUSTRATIVE: H200 units on hand at the start of March 2026',
  },
  ...productionByMonth.map(([period, units]) => ({
    productId: 'nvidia-h200-sxm',
    period,
    kind: 'production' as const,
    units,
    note: 'ILLUSTRATIVE: planned H200 output for the month',
  })),
];
