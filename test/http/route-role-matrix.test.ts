import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { roleMay, roles, type Permission, type Role } from '../../src/domain/accounts/roles.js';
import {
  authorisationCsvLine,
  authorisationRowsByKind,
  authorisationsCsvHeader,
} from '../support/authorisations-csv.js';
import { engines } from '../support/databases.js';
import { cslCsv, cslRow, listFile } from '../support/screening-lists.js';
import { testApp, testPassword, type Caller, type TestApp } from '../support/http.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteCase {
  method: Method;
  /** The route as registered (with :params). */
  route: string;
  permission: Permission;
  /** A valid request for this route; called once per allowed caller so each may create fresh records. */
  request(t: TestApp, caller: Caller, n: number): Promise<RequestSpec> | RequestSpec;
}

interface RequestSpec {
  url: string;
  body?: unknown;
  /** Send as this caller instead (a throw-away session of the same user). */
  as?: Caller;
  headers?: Record<string, string>;
}

const chip = (id: string) => ({
  id,
  name: `Chip ${id}`,
  vendor: 'Example',
  kind: 'chip',
  datacenter: { value: true, source: 'datasheet' },
  dieAreaMm2: { value: 800, source: 'datasheet' },
  dramBandwidthGBps: { value: 4000, source: 'datasheet' },
  peak: [{ format: 'FP8', bits: 8, tops: 1000, source: 'datasheet' }],
});

const importApproval = (number: string, party: string) => ({
  kind: 'import-approval',
  authority: 'MOFCOM',
  number,
  holderPartyId: party,
  importerPartyId: party,
  round: '1',
  validFrom: '2000-01-01',
  validUntil: '2099-12-31',
  products: { productIds: ['matrix-chip'] },
  destinations: ['CN'],
  quantity: 1_000_000,
});

/** Authorisations the ledger routes act on, made in beforeAll: one per buyer party, and a ratio cap. */
const ledgerFixture = {
  byParty: {} as Record<string, string>,
  shared: '',
  ratioCap: '',
  /** An authorisation the caller may see: buyers only those naming their own party. */
  visibleTo(caller: Caller): string {
    return this.byParty[caller.role === 'buyer2' ? 'alibaba' : 'bytedance'] ?? '';
  },
  async move(t: TestApp, kind: 'reserve' | 'consume'): Promise<void> {
    const session = await t.ctx.accounts.authenticateSession(t.callers.compliance.cookie.split('=')[1] ?? '');
    if (!session) throw new Error('compliance session ended');
    await t.ctx.authorisations.record(this.shared, { kind, quantity: 1 }, session.principal);
  },
};

/** One order per buyer party, made in beforeAll, for the routes that read one. */
const orderFixture = {
  byParty: {} as Record<string, string>,
  visibleTo(caller: Caller): string {
    return this.byParty[partyOf(caller)] ?? '';
  },
};

/** Rounds in each state a step needs, simulated and approved by two people other than the caller. */
const roundFixture = {
  simulator: {
    userId: 'matrix-simulator',
    username: 'matrix-simulator',
    role: 'planner',
    partyId: null,
  } as Principal,
  approver: {
    userId: 'matrix-approver',
    username: 'matrix-approver',
    role: 'compliance',
    partyId: null,
  } as Principal,
  terms: (n: number) => ({
    name: `Matrix round ${n}`,
    productId: 'matrix-chip',
    fromPeriod: '2026-03',
    untilPeriod: '2026-03',
    criteria: { description: 'Equal shares within each tier.' },
  }),
  async draft(t: TestApp, n: number): Promise<string> {
    return (await t.ctx.rounds.create(this.terms(n), this.simulator)).id;
  },
  async simulated(t: TestApp, n: number): Promise<string> {
    const id = await this.draft(t, n);
    await t.ctx.rounds.simulate(id, this.simulator);
    return id;
  },
  async approved(t: TestApp, n: number): Promise<string> {
    const id = await this.simulated(t, n);
    await t.ctx.rounds.approve(id, this.approver);
    return id;
  },
};

/** A one-entry list, and parties that match it: each decision needs a match of its own to decide. */
const screeningFixture = {
  list: () => cslCsv([cslRow({ _id: 'matrix-entry', name: 'Zentrovex Photonics Co., Ltd.' })]),
  async matchedParty(t: TestApp, n: number): Promise<string> {
    const id = `screened-${n}`;
    await t.ctx.parties.create(
      { id, legalName: 'Zentrovex Photonics Co., Ltd.', roles: ['buyer'], country: 'CN', hqCountry: 'CN' },
      undefined,
    );
    return id;
  },
};

/** The party a caller orders for: buyers their own, everyone else ByteDance. */
const partyOf = (caller: Caller) => (caller.role === 'buyer2' ? 'alibaba' : 'bytedance');

const routeCases: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/auth/me',
    permission: 'account:own',
    request: () => ({ url: '/api/auth/me' }),
  },
  {
    method: 'POST',
    route: '/api/auth/sign-out',
    permission: 'account:own',
    // Signing out ends the session, so each call uses a throw-away session of the same user.
    request: async (t, caller) => {
      const session = await t.ctx.accounts.signIn(caller.username, testPassword);
      return {
        url: '/api/auth/sign-out',
        as: { ...caller, cookie: `tranche_session=${session.sessionToken}`, csrfToken: session.csrfToken },
      };
    },
  },
  { method: 'GET', route: '/api/users', permission: 'users:manage', request: () => ({ url: '/api/users' }) },
  {
    method: 'POST',
    route: '/api/users',
    permission: 'users:manage',
    request: (_t, caller, n) => ({
      url: '/api/users',
      body: {
        username: `new-${caller.role}-${n}`,
        displayName: 'New',
        password: 'another long password',
        role: 'planner',
      },
    }),
  },
  { method: 'GET', route: '/api/tokens', permission: 'account:own', request: () => ({ url: '/api/tokens' }) },
  {
    method: 'POST',
    route: '/api/tokens',
    permission: 'account:own',
    request: () => ({ url: '/api/tokens', body: { name: 'script' } }),
  },
  {
    method: 'DELETE',
    route: '/api/tokens/:id',
    permission: 'account:own',
    request: async (t, caller) => {
      const session = await t.ctx.accounts.authenticateSession(caller.cookie.split('=')[1] ?? '');
      if (!session) throw new Error(`${caller.username} has no live session`);
      const token = await t.ctx.accounts.createToken(session.principal, { name: 'to revoke' });
      return { url: `/api/tokens/${token.id}` };
    },
  },
  {
    method: 'GET',
    route: '/api/parties',
    permission: 'parties:read',
    request: () => ({ url: '/api/parties' }),
  },
  {
    method: 'GET',
    route: '/api/parties/:id',
    permission: 'parties:read',
    // Each caller asks for a party it may see: buyers their own.
    request: (_t, caller) => ({ url: `/api/parties/${caller.role === 'buyer2' ? 'alibaba' : 'bytedance'}` }),
  },
  {
    method: 'GET',
    route: '/api/parties.csv',
    permission: 'parties:read',
    request: () => ({ url: '/api/parties.csv?country=CN' }),
  },
  {
    method: 'POST',
    route: '/api/parties',
    permission: 'parties:write',
    request: (_t, caller, n) => ({
      url: '/api/parties',
      body: {
        id: `party-${n}`,
        legalName: `Party ${caller.role}`,
        roles: ['buyer'],
        country: 'CN',
        hqCountry: 'CN',
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/parties/:id',
    permission: 'parties:write',
    request: (_t, caller) => ({
      url: '/api/parties/alibaba',
      body: { otherNames: [`Seen by ${caller.role}`] },
    }),
  },
  {
    method: 'POST',
    route: '/api/parties/import',
    permission: 'parties:write',
    request: (_t, _caller, n) => ({
      url: '/api/parties/import?fileName=matrix.csv',
      headers: { 'content-type': 'text/csv' },
      body:
        'id,legal_name,other_names,roles,country,hq_country,identifiers,address_lines,address_city,address_postal_code,address_country\n' +
        `imported-${n},Imported ${n},,buyer,CN,CN,,,Beijing,,CN\n`,
    }),
  },
  {
    method: 'GET',
    route: '/api/products',
    permission: 'products:read',
    request: () => ({ url: '/api/products' }),
  },
  {
    method: 'GET',
    route: '/api/products/:id',
    permission: 'products:read',
    request: () => ({ url: '/api/products/matrix-chip' }),
  },
  {
    method: 'POST',
    route: '/api/products',
    permission: 'products:write',
    request: (_t, caller, n) => ({ url: '/api/products', body: chip(`chip-${caller.role}-${n}`) }),
  },
  {
    method: 'POST',
    route: '/api/products/:id/classification-decisions',
    permission: 'classification:decide',
    request: () => ({
      url: '/api/products/matrix-chip/classification-decisions',
      body: { decision: 'confirm', reason: 'Checked against the datasheet' },
    }),
  },
  {
    method: 'POST',
    route: '/api/classifications',
    permission: 'classification:run',
    request: () => ({
      url: '/api/classifications',
      body: { specs: [{ id: 'x', datacenter: true, peak: [{ format: 'FP8', bits: 8, tops: 700 }] }] },
    }),
  },
  {
    method: 'POST',
    route: '/api/determinations',
    permission: 'determination:run',
    request: () => ({
      url: '/api/determinations',
      body: { productId: 'matrix-chip', destination: 'CN', buyerPartyId: 'bytedance', asOf: '2026-03-01' },
    }),
  },
  { method: 'GET', route: '/api/rules', permission: 'rules:read', request: () => ({ url: '/api/rules' }) },
  {
    method: 'GET',
    route: '/api/audit-events',
    permission: 'audit:read',
    request: () => ({ url: '/api/audit-events' }),
  },
  {
    method: 'GET',
    route: '/api/audit-events/verification',
    permission: 'audit:verify',
    request: () => ({ url: '/api/audit-events/verification' }),
  },
  // Authorisations and ledgers: see `ledgerFixture` below for the records these requests act on.
  {
    method: 'GET',
    route: '/api/authorisations',
    permission: 'authorisations:read',
    request: () => ({ url: '/api/authorisations' }),
  },
  {
    method: 'POST',
    route: '/api/authorisations',
    permission: 'authorisations:write',
    request: (_t, caller, n) => ({
      url: '/api/authorisations',
      body: importApproval(`MATRIX-${caller.role}-${n}`, 'bytedance'),
    }),
  },
  {
    method: 'GET',
    route: '/api/authorisations.csv',
    permission: 'authorisations:read',
    request: () => ({ url: '/api/authorisations.csv?kind=import-approval' }),
  },
  {
    method: 'POST',
    route: '/api/authorisations/import',
    permission: 'authorisations:write',
    request: (_t, caller, n) => ({
      url: '/api/authorisations/import?fileName=matrix.csv',
      headers: { 'content-type': 'text/csv' },
      body: `${authorisationsCsvHeader}\n${authorisationCsvLine({
        ...authorisationRowsByKind['import-approval'](`IMPORT-${caller.role}-${n}`),
        productIds: 'matrix-chip',
      })}\n`,
    }),
  },
  {
    method: 'GET',
    route: '/api/authorisations/:id',
    permission: 'authorisations:read',
    request: (_t, caller) => ({ url: `/api/authorisations/${ledgerFixture.visibleTo(caller)}` }),
  },
  {
    method: 'GET',
    route: '/api/authorisations/:id/ledger',
    permission: 'authorisations:read',
    request: (_t, caller) => ({ url: `/api/authorisations/${ledgerFixture.visibleTo(caller)}/ledger` }),
  },
  {
    method: 'GET',
    route: '/api/authorisations/:id/ledger.csv',
    permission: 'authorisations:read',
    request: (_t, caller) => ({ url: `/api/authorisations/${ledgerFixture.visibleTo(caller)}/ledger.csv` }),
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/reservations',
    permission: 'ledger:reserve',
    request: () => ({
      url: `/api/authorisations/${ledgerFixture.shared}/reservations`,
      body: { quantity: 1 },
    }),
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/releases',
    permission: 'ledger:reserve',
    request: async (t) => {
      await ledgerFixture.move(t, 'reserve');
      return { url: `/api/authorisations/${ledgerFixture.shared}/releases`, body: { quantity: 1 } };
    },
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/consumptions',
    permission: 'ledger:ship',
    request: async (t) => {
      await ledgerFixture.move(t, 'reserve');
      return { url: `/api/authorisations/${ledgerFixture.shared}/consumptions`, body: { quantity: 1 } };
    },
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/returns',
    permission: 'ledger:ship',
    request: async (t) => {
      await ledgerFixture.move(t, 'reserve');
      await ledgerFixture.move(t, 'consume');
      return {
        url: `/api/authorisations/${ledgerFixture.shared}/returns`,
        body: { quantity: 1, reason: 'damaged' },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/adjustments',
    permission: 'ledger:adjust',
    request: () => ({
      url: `/api/authorisations/${ledgerFixture.shared}/adjustments`,
      body: { quantity: 1, reason: 'amended by the authority' },
    }),
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/expiry',
    permission: 'ledger:adjust',
    // Expiry empties an authorisation, so each call gets its own.
    request: async (t, caller, n) => {
      const created = await t.ctx.authorisations.create(
        importApproval(`EXPIRE-${caller.role}-${n}`, 'bytedance'),
        undefined,
      );
      return { url: `/api/authorisations/${created.id}/expiry`, body: { reason: 'lapsed' } };
    },
  },
  {
    method: 'POST',
    route: '/api/authorisations/:id/reference-shipments',
    permission: 'ledger:ship',
    request: (_t, _caller, n) => ({
      url: `/api/authorisations/${ledgerFixture.ratioCap}/reference-shipments`,
      body: { customerPartyId: 'bytedance', quantity: 2, shippedOn: '2026-03-01', reference: `US-${n}` },
    }),
  },
  {
    method: 'GET',
    route: '/api/ledger/verification',
    permission: 'ledger:verify',
    request: () => ({ url: '/api/ledger/verification' }),
  },
  {
    method: 'POST',
    route: '/api/coverage',
    permission: 'coverage:check',
    request: (_t, caller) => ({
      url: '/api/coverage',
      body: {
        productId: 'matrix-chip',
        quantity: 1,
        buyerPartyId: caller.role === 'buyer2' ? 'alibaba' : 'bytedance',
        destination: 'CN',
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/orders',
    permission: 'orders:read',
    request: () => ({ url: '/api/orders?tier=firm' }),
  },
  {
    method: 'GET',
    route: '/api/orders/:id',
    permission: 'orders:read',
    request: (_t, caller) => ({ url: `/api/orders/${orderFixture.visibleTo(caller)}` }),
  },
  {
    method: 'GET',
    route: '/api/orders.csv',
    permission: 'orders:read',
    request: () => ({ url: '/api/orders.csv?period=2026-03' }),
  },
  {
    method: 'POST',
    route: '/api/orders',
    permission: 'orders:write',
    request: (_t, caller, n) => ({
      url: '/api/orders',
      body: {
        buyerPartyId: partyOf(caller),
        productId: 'matrix-chip',
        quantity: 8,
        period: '2026-04',
        tier: 'firm',
        reference: `MATRIX-${n}`,
      },
    }),
  },
  {
    method: 'POST',
    route: '/api/orders/import',
    permission: 'orders:write',
    request: (_t, caller, n) => ({
      url: '/api/orders/import?fileName=matrix.csv',
      headers: { 'content-type': 'text/csv' },
      body: `buyerPartyId,productId,quantity,period,tier,reference\n${partyOf(caller)},matrix-chip,8,2026-05,forecast,IMPORT-${n}\n`,
    }),
  },
  {
    method: 'GET',
    route: '/api/supply',
    permission: 'supply:read',
    request: () => ({ url: '/api/supply?productId=matrix-chip' }),
  },
  {
    method: 'PUT',
    route: '/api/supply',
    permission: 'supply:write',
    request: (_t, _caller, n) => ({
      url: '/api/supply',
      body: { productId: 'matrix-chip', period: '2026-03', kind: 'production', units: n },
    }),
  },
  {
    method: 'GET',
    route: '/api/rounds',
    permission: 'rounds:read',
    request: () => ({ url: '/api/rounds?productId=matrix-chip' }),
  },
  {
    method: 'POST',
    route: '/api/rounds',
    permission: 'rounds:plan',
    request: (_t, _caller, n) => ({ url: '/api/rounds', body: roundFixture.terms(n) }),
  },
  {
    method: 'GET',
    route: '/api/rounds/:id',
    permission: 'rounds:read',
    // Simulated, so buyers see it too: it holds their (uncovered) orders.
    request: async (t, _caller, n) => ({ url: `/api/rounds/${await roundFixture.simulated(t, n)}` }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/simulation',
    permission: 'rounds:plan',
    request: async (t, _caller, n) => ({ url: `/api/rounds/${await roundFixture.draft(t, n)}/simulation` }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/what-if',
    permission: 'rounds:plan',
    request: async (t, _caller, n) => ({
      url: `/api/rounds/${await roundFixture.simulated(t, n)}/what-if`,
      body: { rule: 'pro-rata' },
    }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/approval',
    permission: 'rounds:approve',
    request: async (t, _caller, n) => ({ url: `/api/rounds/${await roundFixture.simulated(t, n)}/approval` }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/commit',
    permission: 'rounds:commit',
    request: async (t, _caller, n) => ({ url: `/api/rounds/${await roundFixture.approved(t, n)}/commit` }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/closure',
    permission: 'rounds:plan',
    request: async (t, _caller, n) => ({ url: `/api/rounds/${await roundFixture.draft(t, n)}/closure` }),
  },
  {
    method: 'GET',
    route: '/api/screening/lists',
    permission: 'screening:read',
    request: () => ({ url: '/api/screening/lists' }),
  },
  {
    method: 'POST',
    route: '/api/screening/lists',
    permission: 'screening:lists',
    request: () => ({
      url: '/api/screening/lists?fileName=matrix.csv',
      headers: { 'content-type': 'text/csv' },
      body: screeningFixture.list().toString('utf8'),
    }),
  },
  {
    method: 'GET',
    route: '/api/screening/queue',
    permission: 'screening:read',
    request: () => ({ url: '/api/screening/queue?limit=10' }),
  },
  {
    method: 'POST',
    route: '/api/screening/parties/:partyId/decisions',
    permission: 'screening:decide',
    request: async (t, _caller, n) => ({
      url: `/api/screening/parties/${await screeningFixture.matchedParty(t, n)}/decisions`,
      body: { entryId: 'matrix-entry', decision: 'false-positive', reason: 'Different company.' },
    }),
  },
  {
    method: 'POST',
    route: '/api/screening/parties/:partyId/screen',
    permission: 'screening:run',
    request: () => ({ url: '/api/screening/parties/bytedance/screen' }),
  },
  {
    method: 'GET',
    route: '/api/parties/:id/screenings',
    permission: 'screening:read',
    request: () => ({ url: '/api/parties/bytedance/screenings' }),
  },
];

const callerKeys = [...roles, 'buyer2'] as const;

describe.each(engines)('route × role on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(engine);
    await t.ctx.products.create(chip('matrix-chip'), undefined);
    for (const party of ['bytedance', 'alibaba']) {
      ledgerFixture.byParty[party] = (
        await t.ctx.authorisations.create(importApproval(`FIXTURE-${party}`, party), undefined)
      ).id;
    }
    ledgerFixture.shared = ledgerFixture.byParty.bytedance ?? '';
    for (const party of ['bytedance', 'alibaba']) {
      orderFixture.byParty[party] = (
        await t.ctx.orders.create(
          { buyerPartyId: party, productId: 'matrix-chip', quantity: 8, period: '2026-03', tier: 'firm' },
          undefined,
        )
      ).id;
    }
    await t.ctx.supply.set(
      { productId: 'matrix-chip', period: '2026-03', kind: 'inventory', units: 100 },
      undefined,
    );
    await t.ctx.screening.importList([listFile('matrix.csv', screeningFixture.list())], undefined);
    ledgerFixture.ratioCap = (
      await t.ctx.authorisations.create(
        {
          kind: 'ratio-cap',
          authority: 'BIS',
          number: 'FIXTURE-RATIO',
          holderPartyId: 'bytedance',
          validFrom: '2000-01-01',
          validUntil: '2099-12-31',
          products: { productIds: ['matrix-chip'] },
          destinations: ['CN'],
          ratio: { numerator: 1, denominator: 2 },
          referenceDestinations: ['US'],
        },
        undefined,
      )
    ).id;
  });
  afterAll(() => t.close());

  it('covers every documented route', () => {
    const documented = Object.entries(
      (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths,
    )
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .filter((r) => !['POST /api/auth/sign-in', 'GET /api/health'].includes(r))
      .sort();
    expect(routeCases.map((c) => `${c.method} ${c.route}`).sort()).toEqual(documented);
  });

  it('refuses every protected route without credentials (401)', async () => {
    for (const c of routeCases) {
      const { url, body, headers } = await c.request(t, t.callers.admin, 0);
      const response = await t.request(undefined, c.method, url, body, headers);
      expect(response.statusCode, `${c.method} ${c.route}`).toBe(401);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('allows each permitted role and refuses each other role with 403', async () => {
    let n = 0;
    for (const c of routeCases) {
      for (const key of callerKeys) {
        const caller = t.callers[key];
        const role: Role = key === 'buyer2' ? 'buyer' : key;
        const { url, body, as, headers } = await c.request(t, caller, ++n);
        const response = await t.request(as ?? caller, c.method, url, body, headers);
        const label = `${key} ${c.method} ${c.route} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (roleMay(role, c.permission)) {
          expect(response.statusCode, label).toBeGreaterThanOrEqual(200);
          expect(response.statusCode, label).toBeLessThan(300);
        } else {
          expect(response.statusCode, label).toBe(403);
          expect(response.json<{ error: { code: string } }>().error.code, label).toBe('FORBIDDEN');
        }
      }
    }
  });

  it('states the policy a reviewer expects, independent of the table', () => {
    expect(roleMay('buyer', 'audit:read')).toBe(false);
    expect(roleMay('auditor', 'products:write')).toBe(false);
    expect(roleMay('admin', 'classification:decide')).toBe(false);
    expect(roleMay('compliance', 'classification:decide')).toBe(true);
    expect(roleMay('planner', 'users:manage')).toBe(false);
    expect(roles.filter((role) => roleMay(role, 'screening:read'))).toEqual([
      'admin',
      'compliance',
      'auditor',
    ]);
    expect(roleMay('buyer', 'screening:read')).toBe(false);
    expect(roleMay('admin', 'screening:decide')).toBe(false);
  });

  it("keeps one buyer out of another buyer's data", async () => {
    const own = await t.request(t.callers.buyer, 'GET', '/api/parties/bytedance');
    expect(own.statusCode).toBe(200);
    const other = await t.request(t.callers.buyer, 'GET', '/api/parties/alibaba');
    expect(other.statusCode).toBe(403);
    expect(other.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    const list = await t.request(t.callers.buyer, 'GET', '/api/parties');
    expect(list.json<{ id: string }[]>().map((p) => p.id)).toEqual(['bytedance']);
    const determination = await t.request(t.callers.buyer, 'POST', '/api/determinations', {
      productId: 'matrix-chip',
      destination: 'CN',
      buyerPartyId: 'alibaba',
    });
    expect(determination.statusCode).toBe(403);
    const otherOrder = await t.request(
      t.callers.buyer,
      'GET',
      `/api/orders/${orderFixture.byParty.alibaba ?? ''}`,
    );
    expect(otherOrder.statusCode).toBe(404);
    expect(otherOrder.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
    const orders = await t.request(t.callers.buyer, 'GET', '/api/orders?buyerPartyId=alibaba');
    expect(new Set(orders.json<{ buyerPartyId: string }[]>().map((o) => o.buyerPartyId))).toEqual(
      new Set(['bytedance']),
    );
    const exported = await t.request(t.callers.buyer, 'GET', '/api/orders.csv');
    expect(exported.body).not.toContain('alibaba');
  });

  it('accepts API tokens and rejects revoked ones', async () => {
    const created = await t.request(t.callers.auditor, 'POST', '/api/tokens', { name: 'robot' });
    const { token, id } = created.json<{ token: string; id: string }>();
    const withToken = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(withToken.statusCode).toBe(200);
    await t.request(t.callers.auditor, 'DELETE', `/api/tokens/${id}`);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('requires the CSRF token for state changes made with the session cookie', async () => {
    const caller = t.callers.compliance;
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: caller.cookie },
      payload: { name: 'no csrf' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json<{ error: { code: string } }>().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: caller.cookie, 'x-csrf-token': t.callers.planner.csrfToken },
      payload: { name: 'wrong csrf' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const tokens = await t.request(caller, 'GET', '/api/tokens');
    expect(tokens.json<{ name: string }[]>().map((x) => x.name)).not.toContain('no csrf');
  });
});
