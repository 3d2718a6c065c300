/**
 * The authorisations of the 2026 H200 demo. ILLUSTRATIVE FIGURES: the rule and the events are public
 * (export-controls.md §3); the licence numbers, quantities and shipments below are made up to show how
 * the gates interact, labelled as such in every record.
 */
export const demoAuthorisations: Record<string, unknown>[] = [
  {
    kind: 'export-licence',
    authority: 'BIS',
    number: 'DEMO-D1000001',
    holderPartyId: 'nvidia',
    validFrom: '2026-02-01',
    validUntil: '2027-01-31',
    products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'] },
    destinations: ['CN'],
    quantity: 500_000,
    value: { amountMinor: 500_000 * 27_000 * 100, currency: 'USD' },
    consignees: [],
    endUsers: [],
    conditions:
      'ILLUSTRATIVE. Issued under the 2026 case-by-case policy (91 FR 1684): China-bound units ≤ 50 % of units shipped to US end-use customers; every shipment tested by an independent third-party laboratory in the US before export; know-your-customer procedures against unauthorised remote access; no military end use.',
  },
  ...(
    [
      ['bytedance', 140_000],
      ['alibaba', 135_000],
      ['tencent', 130_000],
    ] as const
  ).map(([party, quantity]) => ({
    kind: 'import-approval',
    authority: 'MOFCOM',
    number: `DEMO-2026-R1-${party.toUpperCase()}`,
    holderPartyId: party,
    importerPartyId: party,
    round: '2026 round 1',
    validFrom: '2026-01-28',
    validUntil: '2026-12-31',
    products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'] },
    destinations: ['CN'],
    quantity,
    conditions:
      'ILLUSTRATIVE. First batch (reported 2026-01-28: ByteDance, Alibaba and Tencent, more than 400,000 H200 in total). Reported conditions: no use by the military, sensitive government bodies, critical infrastructure or state-owned enterprises.',
  })),
  ...(
    [
      ['baidu', 60_000],
      ['deepseek', 40_000],
    ] as const
  ).map(([party, quantity]) => ({
    kind: 'import-approval',
    authority: 'MOFCOM',
    number: `DEMO-2026-R2-${party.toUpperCase()}`,
    holderPartyId: party,
    importerPartyId: party,
    round: '2026 round 2',
    validFrom: '2026-06-01',
    validUntil: '2027-06-30',
    products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'] },
    destinations: ['CN'],
    quantity,
    conditions:
      'ILLUSTRATIVE. A later round (other firms were reported queued after the first batch): valid from June 2026, so it covers no order for an earlier month.',
  })),
  ...['bytedance', 'alibaba', 'tencent', 'baidu', 'deepseek'].map((party) => ({
    kind: 'party-cap',
    authority: 'BIS',
    number: `DEMO-CAP-75K-${party.toUpperCase()}`,
    holderPartyId: 'nvidia',
    cappedPartyId: party,
    validFrom: '2026-03-01',
    validUntil: '2027-01-31',
    products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'] },
    destinations: ['CN'],
    quantity: 75_000,
    conditions:
      'ILLUSTRATIVE. A per-customer cap of 75,000 units was reported under consideration in March 2026.',
  })),
  {
    kind: 'ratio-cap',
    authority: 'BIS',
    number: 'DEMO-D1000001-RATIO',
    holderPartyId: 'nvidia',
    validFrom: '2026-01-15',
    validUntil: '2027-01-31',
    products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'] },
    destinations: ['CN', 'MO'],
    ratio: { numerator: 1, denominator: 2 },
    referenceDestinations: ['US'],
    conditions:
      'Aggregate shipments to China and Macau ≤ 50 % of the units shipped to US end-use customers (91 FR 1684).',
  },
];

/** ILLUSTRATIVE US end-use shipments that drive the ratio cap: 120,000 units allow 60,000 to China. */
export const demoReferenceShipments = [
  { customerPartyId: 'microsoft', quantity: 50_000, shippedOn: '2026-02-10', reference: 'DEMO-US-0001' },
  { customerPartyId: 'meta', quantity: 40_000, shippedOn: '2026-02-24', reference: 'DEMO-US-0002' },
  { customerPartyId: 'oracle', quantity: 20_000, shippedOn: '2026-03-05', reference: 'DEMO-US-0003' },
  { customerPartyId: 'coreweave', quantity: 10_000, shippedOn: '2026-03-12', reference: 'DEMO-US-0004' },
];
