import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/domain/allocation/allocate.js';
import { parseAllocationProblem } from '../../src/domain/allocation/allocation-problem.js';

const run = (json: unknown) => allocate(parseAllocationProblem(json));
const awardsOf = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.claims.map((c) => [c.id, c.awarded]));

describe('the allocation engine', () => {
  it('shares short supply equally under max-min, meeting small claims in full', () => {
    const result = run({
      periods: [{ id: 'p1', supply: 100 }],
      claims: [
        { id: 'a', quantity: 10 },
        { id: 'b', quantity: 60 },
        { id: 'c', quantity: 80 },
      ],
    });
    expect(awardsOf(result)).toEqual({ a: 10, b: 45, c: 45 });
    expect(result.claims.map((c) => c.binding)).toEqual(['claim', 'supply', 'supply']);
    expect(result.claims[1]?.statement).toContain('rose to 45 units per unit of weight');
  });

  it('applies one allocation coefficient under pro-rata and rounds down, then gives the remainders', () => {
    // The EU quota case: 100 available, 300 asked; the coefficient is 1/3.
    const result = run({
      rule: 'pro-rata',
      periods: [{ id: 'quota', supply: 100 }],
      claims: [
        { id: 'a', quantity: 50 },
        { id: 'b', quantity: 100 },
        { id: 'c', quantity: 150 },
      ],
    });
    // 16.67, 33.33 and 50 floor to 16, 33, 50; the one unit left goes to the largest remainder (a: 0.67).
    expect(awardsOf(result)).toEqual({ a: 17, b: 33, c: 50 });
    expect(result.claims[2]?.statement).toContain('allocation coefficient was 0.3333');
  });

  it('freezes the members of a group at its cap and lets the others rise', () => {
    const result = run({
      periods: [{ id: 'p1', supply: 300 }],
      groups: [{ id: 'licence', cap: 100 }],
      claims: [
        { id: 'a', quantity: 200, groups: ['licence'] },
        { id: 'b', quantity: 200, groups: ['licence'] },
        { id: 'c', quantity: 200 },
      ],
    });
    expect(awardsOf(result)).toEqual({ a: 50, b: 50, c: 200 });
    expect(result.claims.map((c) => c.binding)).toEqual(['group:licence', 'group:licence', 'claim']);
    expect(result.claims[0]?.statement).toContain('licence reached its cap of 100 units in p1');
  });

  it('serves tiers strictly, floors first, and counts in whole lots', () => {
    const result = run({
      lot: 8,
      periods: [{ id: 'p1', supply: 100 }],
      claims: [
        { id: 'firm', quantity: 64, tier: 1 },
        { id: 'firm-2', quantity: 64, tier: 1, floor: 40 },
        { id: 'forecast', quantity: 64, tier: 2 },
      ],
    });
    // 12 lots: firm-2's floor takes 5 (40 units); of the 7 left, firm-2's last 3 are met and firm takes 4.
    expect(awardsOf(result)).toEqual({ firm: 32, 'firm-2': 64, forecast: 0 });
    expect(result.awards.every((a) => a.quantity % 8 === 0)).toBe(true);
    expect(result.claims[2]?.binding).toBe('supply');
    expect(result.claims[2]?.statement).toContain('before tier 2 was reached');
  });

  it('carries unallocated supply forward, or lets it lapse, and keeps unmet claims as backlog', () => {
    const problem = {
      periods: [
        { id: 'p1', supply: 100 },
        { id: 'p2', supply: 50 },
      ],
      claims: [
        { id: 'early', quantity: 30 },
        { id: 'late', quantity: 200, from: 'p2' },
      ],
    };
    const carried = run(problem);
    expect(carried.periods).toEqual([
      { id: 'p1', supply: 100, available: 100, allocated: 30, carriedOver: 70 },
      { id: 'p2', supply: 50, available: 120, allocated: 120, carriedOver: 0 },
    ]);
    const lapsed = run({ ...problem, carryOver: false });
    expect(lapsed.periods[1]).toEqual({ id: 'p2', supply: 50, available: 50, allocated: 50, carriedOver: 0 });
    expect(awardsOf(lapsed)).toEqual({ early: 30, late: 50 });
  });

  it('consumes group caps across periods', () => {
    const result = run({
      periods: [
        { id: 'p1', supply: 60 },
        { id: 'p2', supply: 60 },
      ],
      groups: [{ id: 'approval', cap: 80 }],
      claims: [{ id: 'a', quantity: 200, groups: ['approval'] }],
    });
    expect(result.awards).toEqual([
      { claim: 'a', period: 'p1', quantity: 60 },
      { claim: 'a', period: 'p2', quantity: 20 },
    ]);
    expect(result.claims[0]?.binding).toBe('group:approval');
  });

  it('names the item at fault in bad input', () => {
    const bad = (json: unknown) => () => run(json);
    expect(
      bad({ periods: [{ id: 'p1', supply: 1 }], claims: [{ id: 'a', quantity: 1, groups: ['nope'] }] }),
    ).toThrow('claims[0] ("a").groups[0]: group "nope" is not among the groups');
    expect(
      bad({ periods: [{ id: 'p1', supply: 1 }], claims: [{ id: 'a', quantity: 1, from: 'p9' }] }),
    ).toThrow('claims[0] ("a").from: period "p9" is not among the periods');
    expect(bad({ periods: [{ id: 'p1', supply: 1 }], claims: [{ id: 'a', quantity: -1 }] })).toThrow(
      'claims[0] ("a").quantity: must be 0 or more',
    );
    expect(bad({ periods: [{ id: 'p1', supply: 1 }], claims: [{ id: 'a', quantity: 1.5 }] })).toThrow(
      'claims[0] ("a").quantity: must be a whole number of units',
    );
    expect(
      bad({
        periods: [{ id: 'p1', supply: 1 }],
        claims: [
          { id: 'a', quantity: 1 },
          { id: 'a', quantity: 2 },
        ],
      }),
    ).toThrow('claims[1] ("a").id: repeats the id of claims[0]; ids must be unique');
  });
});
