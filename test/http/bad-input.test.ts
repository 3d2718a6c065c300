import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';

interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

const validChip = {
  id: 'test-chip',
  name: 'Test chip',
  vendor: 'Example',
  kind: 'chip',
  datacenter: { value: true, source: 'datasheet' },
  dieAreaMm2: { value: 800, source: 'datasheet' },
  peak: [{ format: 'FP8', bits: 8, tops: 1000, source: 'datasheet' }],
};

describe.each(engines)('bad input on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(() => t.close());

  async function auditCount(): Promise<number> {
    return (await t.ctx.audit.list({ limit: 500 })).length;
  }

  async function expectRejected(body: unknown, path: string, raw = false): Promise<ErrorBody> {
    const before = await auditCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/products',
      headers: {
        cookie: t.callers.compliance.cookie,
        'x-csrf-token': t.callers.compliance.csrfToken,
        'content-type': 'application/json',
      },
      payload: raw ? (body as string) : JSON.stringify(body),
    });
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json<ErrorBody>();
    expect(error.error.code).toBe('VALIDATION_FAILED');
    expect(error.error.details.map((d) => d.path)).toContain(path);
    expect(await auditCount()).toBe(before);
    expect((await t.request(t.callers.compliance, 'GET', '/api/products')).json<unknown[]>()).toHaveLength(0);
    return error;
  }

  it('malformed JSON', async () => {
    const error = await expectRejected('{"id": "x",', 'body', true);
    expect(error.error.message).toMatch(/not valid JSON/);
  });
  it('unknown fields', async () => {
    const error = await expectRejected({ ...validChip, colour: 'green' }, 'body');
    expect(error.error.details[0]?.message).toMatch(/colour/);
  });
  it('missing fields', () => expectRejected({ ...validChip, peak: undefined }, 'peak'));
  it('negative numbers, naming the field path', () =>
    expectRejected(
      { ...validChip, peak: [{ format: 'FP8', bits: 8, tops: -1, source: 'x' }] },
      'peak[0].tops',
    ));
  it('non-finite numbers (1e999 parses as Infinity)', () =>
    expectRejected(
      JSON.stringify({ ...validChip, peak: [{ format: 'FP8', bits: 8, tops: 1, source: 'x' }] }).replace(
        '"tops":1',
        '"tops":1e999',
      ),
      'peak[0].tops',
      true,
    ));
  it('non-integer bit lengths', () =>
    expectRejected(
      { ...validChip, peak: [{ format: 'FP8', bits: 8.5, tops: 1, source: 'x' }] },
      'peak[0].bits',
    ));
  it('unknown enum values', () => expectRejected({ ...validChip, kind: 'gpu' }, 'kind'));

  it('dates in the wrong form', async () => {
    for (const asOf of ['2026-3-1', '01/03/2026', '2026-02-30']) {
      const response = await t.request(t.callers.planner, 'GET', `/api/products?asOf=${asOf}`);
      expect(response.statusCode, asOf).toBe(400);
      expect(response.json<ErrorBody>().error.details[0]?.path).toBe('querystring.asOf');
    }
  });

  it('an unknown route answers in the same envelope', async () => {
    const response = await t.request(t.callers.planner, 'GET', '/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json<ErrorBody>().error.code).toBe('NOT_FOUND');
  });
});
