import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../src/demo/h200-scenario.js';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';

describe.each(engines)('classification API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    for (const product of demoProducts) await t.ctx.products.create(product, undefined);
  });
  afterAll(() => t.close());

  it('classifies the catalogue under the rules of asOf', async () => {
    const response = await t.request(t.callers.planner, 'GET', '/api/products?asOf=2026-03-01');
    expect(response.statusCode).toBe(200);
    const products =
      response.json<
        { product: { id: string }; classification: { eccn: string; tpp: number; chinaCaseByCase: boolean } }[]
      >();
    const byId = Object.fromEntries(products.map((p) => [p.product.id, p.classification]));
    expect(byId['nvidia-h200-sxm']).toMatchObject({ eccn: '3A090.a', chinaCaseByCase: true });
    expect(byId['nvidia-h20']?.eccn).toBe('not-3A090');
    expect(byId['nvidia-rtx-4090']?.eccn).toBe('3A090.a');
    const before = await t.request(t.callers.planner, 'GET', '/api/products/nvidia-h200-sxm?asOf=2026-01-14');
    expect(
      before.json<{ classification: { chinaCaseByCase: boolean } }>().classification.chinaCaseByCase,
    ).toBe(false);
  });

  it('answers 422 for a day before any rule in force', async () => {
    const response = await t.request(t.callers.planner, 'GET', '/api/products?asOf=2020-01-01');
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('RULES_NOT_IN_FORCE');
  });

  it('classifies ad-hoc specs and names the item and field of a bad one', async () => {
    const ok = await t.request(t.callers.shipping, 'POST', '/api/classifications', {
      asOf: '2026-03-01',
      specs: [{ id: 'x', datacenter: true, dieAreaMm2: 1000, peak: [{ format: 'FP8', bits: 8, tops: 600 }] }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ classification: string; tpp: number }[]>()[0]).toMatchObject({
      classification: '3A090.a',
      tpp: 4800,
    });
    const bad = await t.request(t.callers.shipping, 'POST', '/api/classifications', {
      specs: [
        { id: 'x', datacenter: true, peak: [] },
        { id: 'y', datacenter: 'yes', peak: [] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/item 0/);
  });

  it('determines licences and keeps the reasons and citations', async () => {
    const response = await t.request(t.callers.compliance, 'POST', '/api/determinations', {
      productId: 'nvidia-hgx-h200-8gpu',
      destination: 'DE',
      buyerHqCountry: 'CN',
      asOf: '2026-03-01',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      licenceRequired: boolean;
      requirements: { basis: string; citation: { source: string } }[];
    }>();
    expect(body.licenceRequired).toBe(true);
    expect(body.requirements.map((r) => r.basis)).toContain('headquarters');
    const invalid = await t.request(t.callers.compliance, 'POST', '/api/determinations', {
      productId: 'nvidia-h200-sxm',
      destination: 'CN',
      buyerPartyId: 'bytedance',
      buyerHqCountry: 'CN',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'buyerHqCountry',
    );
  });

  it('lists the rules in force with citations and what is pending', async () => {
    const response = await t.request(t.callers.buyer, 'GET', '/api/rules?asOf=2025-06-01');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      version: string;
      rules: { citation: { source: string } }[];
      pending: { effectiveFrom: string }[];
    }>();
    expect(body.version).toBe('2025-04-09');
    expect(body.rules.every((r) => r.citation.source.length > 0)).toBe(true);
    expect(body.pending.map((p) => p.effectiveFrom)).toContain('2026-01-15');
  });
});
