import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';
import { h200Spec } from '../support/orders-csv.js';

type ErrorBody = { error: { code: string; message: string; details: { path?: string; message: string }[] } };
interface RoundBody {
  id: string;
  status: string;
  terms: { rule: string };
  simulation: {
    claims: { buyerPartyId: string; awarded: number }[];
    uncovered: { buyerPartyId: string; missing: string[] }[];
    supply: { period: string; planned: number; offered: number }[];
    previous: { terms: { rule: string }; awarded: number } | null;
  } | null;
}

describe.each(engines)('rounds over HTTP on $name', (engine) => {
  let t: TestApp;
  let roundId = '';

  beforeAll(async () => {
    t = await testApp(engine);
    await t.ctx.products.create(h200Spec, undefined);
    await t.ctx.parties.create(
      {
        id: 'microsoft',
        legalName: 'Microsoft Corporation',
        otherNames: [],
        roles: ['buyer'],
        country: 'US',
        hqCountry: 'US',
      },
      undefined,
    );
    await t.ctx.supply.set(
      { productId: 'h200', period: '2026-03', kind: 'inventory', units: 1000 },
      undefined,
    );
    // Microsoft is in the US: no authorisation gates its order. ByteDance's needs licences it lacks.
    for (const [buyerPartyId, quantity] of [
      ['microsoft', 600],
      ['bytedance', 800],
    ] as const) {
      await t.ctx.orders.create(
        { buyerPartyId, productId: 'h200', quantity, period: '2026-03', tier: 'firm' },
        undefined,
      );
    }
  });
  afterAll(() => t.close());

  it('simulates with no body, then answers a what-if without changing the round', async () => {
    const created = await t.request(t.callers.planner, 'POST', '/api/rounds', {
      name: 'March',
      productId: 'h200',
      fromPeriod: '2026-03',
      untilPeriod: '2026-03',
      criteria: { description: 'Equal shares.' },
    });
    expect(created.statusCode).toBe(201);
    roundId = created.json<RoundBody>().id;
    const simulated = await t.request(t.callers.planner, 'POST', `/api/rounds/${roundId}/simulation`);
    expect(simulated.statusCode).toBe(200);
    const round = simulated.json<RoundBody>();
    expect(round.status).toBe('simulated');
    expect(round.simulation?.supply).toEqual([
      { period: '2026-03', planned: 1000, committedElsewhere: 0, offered: 1000 },
    ]);
    expect(round.simulation?.claims.map((c) => [c.buyerPartyId, c.awarded])).toEqual([['microsoft', 600]]);
    expect(round.simulation?.uncovered.map((u) => u.buyerPartyId)).toEqual(['bytedance']);

    const whatIf = await t.request(t.callers.planner, 'POST', `/api/rounds/${roundId}/what-if`, {
      supply: [{ period: '2026-03', units: 240 }],
    });
    expect(whatIf.statusCode).toBe(200);
    expect(whatIf.json()).toMatchObject({
      current: { awarded: 600 },
      whatIf: { awarded: 240, buyers: [{ buyerPartyId: 'microsoft', awarded: 240 }] },
      changed: 1,
      changes: [{ buyerPartyId: 'microsoft', before: 600, after: 240 }],
    });
    const again = await t.request(t.callers.planner, 'GET', `/api/rounds/${roundId}`);
    expect(again.json()).toEqual(round);
  });

  it('answers bad what-ifs and changes with field errors', async () => {
    const bad = await t.request(t.callers.planner, 'POST', `/api/rounds/${roundId}/what-if`, {
      lot: 0,
      supply: [{ period: '2026-03', units: -5 }],
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<ErrorBody>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d) => d.path)).toEqual(['lot', 'supply[0].units']);

    const unknownField = await t.request(t.callers.planner, 'POST', `/api/rounds/${roundId}/simulation`, {
      productId: 'another',
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    expect(
      (await t.request(t.callers.planner, 'GET', `/api/rounds/${roundId}`)).json<RoundBody>().terms.rule,
    ).toBe('max-min');
  });

  it('adopts changes when simulating, keeps the last simulation in brief for staff, and not for buyers', async () => {
    const changed = await t.request(t.callers.planner, 'POST', `/api/rounds/${roundId}/simulation`, {
      rule: 'pro-rata',
    });
    expect(changed.statusCode).toBe(200);
    const round = changed.json<RoundBody>();
    expect(round.terms.rule).toBe('pro-rata');
    expect(round.simulation?.previous).toMatchObject({ terms: { rule: 'max-min' }, awarded: 600 });

    const seen = await t.request(t.callers.buyer, 'GET', `/api/rounds/${roundId}`);
    expect(seen.statusCode).toBe(200);
    const buyers = seen.json<RoundBody>();
    expect(buyers.simulation?.claims).toEqual([]);
    expect(buyers.simulation?.uncovered.map((u) => u.buyerPartyId)).toEqual(['bytedance']);
    expect(buyers.simulation?.previous).toBeNull();
  });

  it('lists rounds with their simulation in brief, not claim by claim; a buyer’s brief is its own', async () => {
    interface ListedBody {
      id: string;
      simulation?: unknown;
      summary: { claims: number; awarded: number; buyers: { buyerPartyId: string }[] } | null;
    }
    const staff = await t.request(t.callers.planner, 'GET', '/api/rounds?productId=h200');
    expect(staff.statusCode).toBe(200);
    const [listed] = staff.json<ListedBody[]>();
    expect(listed?.id).toBe(roundId);
    expect(listed).not.toHaveProperty('simulation');
    const full = (await t.request(t.callers.planner, 'GET', `/api/rounds/${roundId}`)).json<
      RoundBody & { summary: unknown }
    >();
    // The same brief as the round itself carries.
    expect(listed?.summary).toEqual(full.summary);
    expect(listed?.summary).toMatchObject({
      claims: full.simulation?.claims.length,
      awarded: full.simulation?.claims.reduce((sum, c) => sum + c.awarded, 0),
    });

    const buyer = await t.request(t.callers.buyer, 'GET', '/api/rounds');
    const [own] = buyer.json<ListedBody[]>();
    expect(own?.id).toBe(roundId);
    // ByteDance's order had no coverage: no claim of its own, and nothing of Microsoft's.
    expect(own?.summary).toMatchObject({ claims: 0, awarded: 0, buyers: [] });
  });
});
