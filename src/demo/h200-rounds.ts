import type { NewRound } from '../domain/rounds/round.js';

/**
 * The allocation rounds of the 2026 H200 demo. ILLUSTRATIVE: the sequence is the public one (China approved
 * imports in rounds, a first batch for ByteDance, Alibaba and Tencent, other firms queued; export-controls.md
 * §3), the figures and dates are made up. Round 1 shares March to May among the orders the first-batch
 * approvals cover; the ratio cap binds it. Round 2 shares June to August after Baidu's and DeepSeek's
 * approvals and more US shipments, carrying what round 1 left unmet.
 */
const criteria = {
  description:
    'ILLUSTRATIVE published criteria: firm (non-cancellable) orders are served before forecasts; within each, ' +
    'every claim receives the same number of units (max-min) until its order, one of its authorisations or ' +
    'the month’s supply runs out. Units go in whole 8-GPU baseboards (lots of 8). Orders a round leaves unmet ' +
    'carry to the next round.',
  tiers: { firm: 1, forecast: 2 },
  weights: {},
};

export const demoRounds: { terms: NewRound; commit: boolean }[] = [
  {
    terms: {
      name: '2026 round 1: first-batch approvals',
      productId: 'nvidia-h200-sxm',
      fromPeriod: '2026-03',
      untilPeriod: '2026-05',
      rule: 'max-min',
      lot: 8,
      carryOver: true,
      carryUnmet: true,
      criteria,
      claimWindow: {},
    },
    commit: true,
  },
  {
    terms: {
      name: '2026 round 2: after the second approvals',
      productId: 'nvidia-h200-sxm',
      fromPeriod: '2026-06',
      untilPeriod: '2026-08',
      rule: 'max-min',
      lot: 8,
      carryOver: true,
      carryUnmet: true,
      criteria,
      claimWindow: {},
    },
    commit: false,
  },
];

/**
 * ILLUSTRATIVE US end-use shipments made between the rounds: 300,000 more units to US customers raise the
 * ratio cap's allowance to 210,000 China-bound units in all.
 */
export const demoShipmentsBetweenRounds = [
  { customerPartyId: 'microsoft', quantity: 120_000, shippedOn: '2026-05-20', reference: 'DEMO-US-0005' },
  { customerPartyId: 'meta', quantity: 100_000, shippedOn: '2026-05-27', reference: 'DEMO-US-0006' },
  { customerPartyId: 'oracle', quantity: 80_000, shippedOn: '2026-06-03', reference: 'DEMO-US-0007' },
];
