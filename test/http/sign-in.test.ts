import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, testPassword, type TestApp } from '../support/http.js';

describe.each(engines)('sign-in on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { config: { signInRateLimit: { max: 3, windowSeconds: 60 } } });
  });
  afterAll(() => t.close());

  it('sets a Secure, HttpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'planner-user', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^tranche_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    // The session's length, relative, so a client whose clock is off still keeps it that long (12 h default).
    expect(setCookie).toMatch(/Max-Age=43200(;|$)/);
    const body = response.json<{ user: { username: string; role: string }; csrfToken: string }>();
    expect(body.user).toMatchObject({ username: 'planner-user', role: 'planner' });
    expect(body.csrfToken.length).toBeGreaterThan(30);
    const cookie = setCookie.split(';')[0] ?? '';
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json<{ csrfToken: string }>().csrfToken).toBe(body.csrfToken);
  });

  it('answers a wrong password and an unknown user with the same error', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'auditor-user', password: 'not the password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'nobody', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('limits sign-in attempts per address and username', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'shipping-user', password: 'guess!' },
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await attempt();
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('RATE_LIMITED');
    // Another account from the same address is not locked out by it.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'compliance-user', password: testPassword },
    });
    expect(other.statusCode).toBe(200);
  });

  it('ends the session on sign-out', async () => {
    const caller = t.callers.shipping;
    const out = await t.request(caller, 'POST', '/api/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect((await t.request(caller, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });
});
