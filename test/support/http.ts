import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/accounts/roles.js';
import type { AppContext } from '../../src/context.js';
import { buildApp } from '../../src/http/app.js';
import { freshContext, type EngineCase } from './databases.js';
import type { Config } from '../../src/config/config.js';

export const testPassword = 'a long test password';

/** Demo-like parties so buyer accounts have something to be bound to. */
const parties = [
  { id: 'bytedance', legalName: 'Beijing ByteDance Technology Co., Ltd.', country: 'CN', hqCountry: 'CN' },
  { id: 'alibaba', legalName: 'Alibaba Cloud Computing Co., Ltd.', country: 'CN', hqCountry: 'CN' },
];

export interface Caller {
  role: Role | 'buyer2';
  username: string;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  callers: Record<Role | 'buyer2', Caller>;
  /** Sends a request as a caller (session cookie plus CSRF token) or anonymously; a string body goes as is. */
  request(
    caller: Caller | undefined,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

/** A built app on a fresh database of one engine, with one signed-in user per role. */
export async function testApp(
  engine: EngineCase,
  options: { config?: Partial<Config>; clock?: () => Date } = {},
): Promise<TestApp> {
  const { ctx, drop } = await freshContext(engine, options);
  for (const p of parties) await ctx.parties.create({ ...p, otherNames: [], roles: ['buyer'] }, undefined);
  const app = await buildApp(ctx);
  const accounts: [Role | 'buyer2', Role, string | null][] = [
    ['admin', 'admin', null],
    ['compliance', 'compliance', null],
    ['planner', 'planner', null],
    ['shipping', 'shipping', null],
    ['auditor', 'auditor', null],
    ['buyer', 'buyer', 'bytedance'],
    ['buyer2', 'buyer', 'alibaba'],
  ];
  const callers = {} as Record<Role | 'buyer2', Caller>;
  for (const [key, role, partyId] of accounts) {
    const username = `${key}-user`;
    await ctx.accounts.createUser(
      { username, displayName: key, password: testPassword, role, partyId },
      undefined,
    );
    const session = await ctx.accounts.signIn(username, testPassword);
    callers[key] = {
      role: key,
      username,
      cookie: `tranche_session=${session.sessionToken}`,
      csrfToken: session.csrfToken,
    };
  }
  return {
    app,
    ctx,
    callers,
    request(caller, method, url, body, headers = {}) {
      return app.inject({
        method,
        url,
        headers: {
          ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
