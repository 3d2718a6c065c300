/**
 * The authorisation pages and the coverage check in Chromium: the list with its balance bars, one
 * authorisation's ledger and movements (a reservation, then one refused as exhausted), a new authorisation
 * with the API's field errors, the coverage verdict gate by gate, and a buyer's narrower view.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';

describe.skipIf(!browserTestsEnabled)('authorisations and coverage in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s?.close());

  const nav = (name: string) =>
    s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  const row = (number: string) =>
    s.page.locator(`[data-testid="authorisations"] tr[data-number="${number}"]`);
  // Read in one go in the page: row locators taken one by one go stale while the list re-renders.
  const rowNumbers = (): Promise<(string | null)[]> =>
    s.page
      .locator('[data-testid="authorisations"] tr[data-number]')
      .evaluateAll((rows: { getAttribute(name: string): string | null }[]) =>
        rows.map((r) => r.getAttribute('data-number')),
      );
  const figure = (name: string) => s.page.locator(`[data-testid="balance"] [data-figure="${name}"]`);
  const ledgerRows = () => s.page.locator('[data-testid="ledger"] tbody tr[data-entry-no]');
  const idOf = async (number: string) => {
    const found = (await s.ctx.authorisations.list(undefined)).find((a) => a.terms.number === number);
    if (!found) throw new Error(`no demo authorisation ${number}`);
    return found.id;
  };

  it('lists the authorisations with a balance bar and its figures, and filters them', async () => {
    await s.signIn('compliance');
    await nav('Authorisations').click();
    await s.page.waitForURL(/\/authorisations$/);
    const licence = row('DEMO-D1000001');
    await licence.waitFor();
    await expect(licence.locator('[data-kind]').getAttribute('data-kind')).resolves.toBe('export-licence');
    const bar = licence.getByTestId('balance');
    await expect(bar.getAttribute('data-available')).resolves.toBe('500000');
    await expect(bar.locator('[data-figure="available"]').innerText()).resolves.toBe('500,000');
    await expect(bar.locator('[data-figure="authorised"]').innerText()).resolves.toBe('500,000');
    await expect(bar.locator('.balance-bar .balance-bar__segment--available').count()).resolves.toBe(1);
    await expect(bar.innerText()).resolves.toContain('USD');
    // The ratio cap has grown with 120,000 US units shipped: 60,000 to China.
    await expect(row('DEMO-D1000001-RATIO').locator('[data-figure="available"]').innerText()).resolves.toBe(
      '60,000',
    );
    // Round 2's approvals took effect on 2026-06-01 and run to mid-2027: valid on the session's day
    // (2026-11-29), and more than 30 days from expiring.
    const baidu = row('DEMO-2026-R2-BAIDU').locator('[data-expiry]');
    await expect(baidu.getAttribute('data-expiry')).resolves.toBe('valid');
    await expect(baidu.innerText()).resolves.toMatch(/^\d+ days left$/);

    await s.page.getByLabel('Kind').selectOption('import-approval');
    await expect.poll(async () => (await rowNumbers()).length).toBe(5);
    await s.page.getByLabel('Search').fill('tencent');
    await expect.poll(rowNumbers).toEqual(['DEMO-2026-R1-TENCENT']);
    // Clearing the search and the kind in one go, as a fast hand can (both events in one task): the
    // search cleared stays cleared.
    await s.page.evaluate(`(() => {
      const search = document.querySelector('input[name="q"]');
      const kind = document.querySelector('select[name="kind"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(search, '');
      search.dispatchEvent(new Event('input', { bubbles: true }));
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(kind, '');
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await expect.poll(async () => (await rowNumbers()).length).toBe(12);
    expect(new URL(s.page.url()).search).toBe('');

    await s.page.getByRole('button', { name: 'Verify ledgers' }).click();
    await expect(s.page.getByTestId('ledger-verification').innerText()).resolves.toMatch(
      /Ledgers agree · 12 authorisations/,
    );
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-authorisations.png'), fullPage: true });
  });

  it('reserves on the Tencent import approval once per submission, then refuses an exhausting reservation', async () => {
    const id = await idOf('DEMO-2026-R1-TENCENT');
    await row('DEMO-2026-R1-TENCENT').getByRole('link', { name: 'MOFCOM DEMO-2026-R1-TENCENT' }).click();
    await s.page.waitForURL(new RegExp(`/authorisations/${id}$`));
    await expect(figure('available').innerText()).resolves.toBe('130,000');
    await expect(s.page.getByTestId('conditions').innerText()).resolves.toContain(
      'no use by the military, sensitive government bodies',
    );
    await expect(ledgerRows().count()).resolves.toBe(1);

    const form = s.page.getByTestId('movement-form');
    await expect(form.getByLabel('Movement').inputValue()).resolves.toBe('reserve');
    await form.getByLabel('Quantity').fill('10');
    await form.getByLabel('Reference (optional)').fill('ORDER-TENCENT-1');
    const request = s.page.waitForRequest((r) => r.url().endsWith(`/api/authorisations/${id}/reservations`));
    await form.getByRole('button', { name: 'Reserve' }).click();
    expect((await request).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);
    const second = s.page.locator('[data-testid="ledger"] tr[data-entry-no="2"]');
    await second.waitFor();
    await expect(second.getAttribute('data-kind')).resolves.toBe('reserve');
    await expect(second.locator('[data-column="quantity"]').innerText()).resolves.toBe('10');
    await expect(second.innerText()).resolves.toContain('ORDER-TENCENT-1');
    await expect.poll(() => figure('available').innerText()).toBe('129,990');
    await expect(figure('reserved').innerText()).resolves.toBe('10');
    await expect(form.getByRole('status').innerText()).resolves.toContain('Recorded entry 2: reserve 10');
    await expect.poll(() => s.page.getByTestId('audit-events').innerText()).toContain('ledger.reserve');

    await form.getByLabel('Quantity').fill('10,000,000');
    await form.getByRole('button', { name: 'Reserve' }).click();
    const refusal = form.locator('[data-error-code="AUTHORISATION_EXHAUSTED"]');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toMatch(
      /Not enough available: 10000000 units asked, 129990 available/,
    );
    await expect(ledgerRows().count()).resolves.toBe(2);
    await expect(figure('available').innerText()).resolves.toBe('129,990');
    const stored = await s.ctx.authorisations.get(id, undefined);
    expect(stored.balance).toMatchObject({ reserved: 10, available: 129_990, entryCount: 2 });

    // The connection drops after the server recorded a reservation; pressing Reserve again resends the same
    // submission with the same Idempotency-Key, and the server answers with the first result: one entry.
    const keys: string[] = [];
    await s.page.route(
      '**/reservations',
      async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await form.getByLabel('Quantity').fill('5');
    await form.getByRole('button', { name: 'Reserve' }).click();
    await expect(form.getByRole('alert').first().innerText()).resolves.toMatch(/Could not reach/);
    expect((await s.ctx.authorisations.get(id, undefined)).balance).toMatchObject({
      reserved: 15,
      entryCount: 3,
    });
    const retry = s.page.waitForRequest((r) => r.url().endsWith('/reservations'));
    await form.getByRole('button', { name: 'Reserve' }).click();
    keys.push((await retry).headers()['idempotency-key'] ?? '');
    await expect(form.getByRole('status').innerText()).resolves.toContain('Recorded entry 3: reserve 5');
    expect(keys[0]).toBe(keys[1]);
    await expect.poll(() => ledgerRows().count()).toBe(3);
    await expect.poll(() => figure('reserved').innerText()).toBe('15');
    expect((await s.ctx.authorisations.get(id, undefined)).balance).toMatchObject({
      reserved: 15,
      entryCount: 3,
    });
    await expect(s.page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).resolves.toBe(
      `/api/authorisations/${id}/ledger.csv`,
    );
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-authorisation.png'), fullPage: true });
  });

  it('records a new authorisation, showing the API’s errors at the fields first', async () => {
    await s.page.goto(`${s.baseUrl}/authorisations`);
    await s.page.getByRole('link', { name: 'New authorisation' }).click();
    await s.page.waitForURL(/\/authorisations\/new$/);
    const form = s.page.getByTestId('authorisation-form');
    await form.getByText('Per-customer cap', { exact: true }).click();
    await form.getByLabel('Authority').fill('BIS');
    await form.getByLabel('Number').fill('UI-CAP-1');
    await form.getByLabel('Holder').selectOption('nvidia');
    await form.getByLabel('Valid from').fill('2026-12-01');
    await form.getByLabel('Valid until').fill('2026-11-01');
    await form
      .getByTestId('product-choices')
      .getByLabel(/NVIDIA H200 SXM/)
      .check();
    await form.getByLabel('Destinations').fill('CN, XX1');
    await form.getByLabel('Capped customer').selectOption('alibaba');
    await form.getByLabel('Quantity').fill('1000');
    await form.getByRole('button', { name: 'Record authorisation' }).click();

    const errorAt = (label: string) =>
      form
        .locator('.field--invalid')
        .filter({ has: s.page.getByLabel(label, { exact: true }) })
        .locator('.field__error');
    await errorAt('Destinations').waitFor();
    await expect(errorAt('Destinations').innerText()).resolves.toMatch(/^XX1: /);
    await form.getByLabel('Destinations').fill('CN');
    await form.getByRole('button', { name: 'Record authorisation' }).click();
    await errorAt('Valid until').waitFor();
    await expect(errorAt('Valid until').innerText()).resolves.toContain('validity ends before it starts');
    expect((await s.ctx.authorisations.list(undefined)).some((a) => a.terms.number === 'UI-CAP-1')).toBe(
      false,
    );

    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-authorisation-form.png'),
      fullPage: true,
    });
    await form.getByLabel('Valid until').fill('2027-06-30');
    await form.getByRole('button', { name: 'Record authorisation' }).click();
    await s.page.waitForURL(/\/authorisations\/[0-9a-f-]{36}$/);
    await expect.poll(() => s.page.getByRole('heading', { level: 1 }).innerText()).toBe('BIS UI-CAP-1');
    await expect(figure('available').innerText()).resolves.toBe('1,000');
    await expect(ledgerRows().first().getAttribute('data-kind')).resolves.toBe('grant');
  });

  it('checks coverage gate by gate: the ratio cap binds for Tencent, Baidu is covered, Kuaishou lacks an import approval', async () => {
    await nav('Coverage check').click();
    await s.page.waitForURL(/\/coverage$/);
    const form = s.page.getByTestId('coverage-form');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('Quantity').fill('70000');
    await form.getByLabel('Buyer').selectOption('tencent');
    await form.getByLabel('Destination country').fill('CN');
    await form.getByRole('button', { name: 'Check coverage' }).click();
    const verdict = s.page.getByTestId('coverage-verdict');
    await verdict.waitFor();
    await expect(verdict.innerText()).resolves.toBe('Not covered: 60,000 of 70,000 units coverable');
    await expect(s.page.getByTestId('coverage-binding').innerText()).resolves.toBe('The ratio cap binds.');
    const ratioGate = s.page.locator('[data-gate="ratio-cap"]');
    await expect(ratioGate.locator('[data-column="draw"]').innerText()).resolves.toBe('60,000');
    await expect(ratioGate.innerText()).resolves.toContain('60,000 of 70,000 coverable');
    // The import approval alone could give the whole line: 70,000 of its 129,990 available.
    await expect(s.page.locator('[data-gate="import"] [data-column="draw"]').innerText()).resolves.toBe(
      '70,000',
    );
    await expect(s.page.getByTestId('coverage-missing').innerText()).resolves.toMatch(
      /^Ratio caps for Shenzhen Tencent/,
    );
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-coverage.png'), fullPage: true });

    // Baidu's round-2 import approval has been valid since 2026-06-01; Kuaishou is still waiting for one.
    await form.getByLabel('Quantity').fill('10');
    await form.getByLabel('Buyer').selectOption('baidu');
    await form.getByRole('button', { name: 'Check coverage' }).click();
    await expect.poll(() => verdict.innerText()).toBe('Covered: all 10 units');
    await expect(s.page.locator('[data-gate="import"]').innerText()).resolves.toContain('DEMO-2026-R2-BAIDU');
    await form.getByLabel('Buyer').selectOption('kuaishou');
    await form.getByRole('button', { name: 'Check coverage' }).click();
    await expect.poll(() => verdict.innerText()).toBe('Not covered: none of 10 units');
    await expect(s.page.locator('[data-gate="import"]').innerText()).resolves.toMatch(
      /Missing: No import approval for Beijing Kuaishou/,
    );
    await expect(s.page.getByTestId('coverage-binding').getAttribute('data-binding')).resolves.toBe('import');
  });

  it('keeps a value-limited licence in its currency and grows a ratio cap with reference shipments', async () => {
    await s.page.goto(`${s.baseUrl}/authorisations/${await idOf('DEMO-D1000001')}`);
    const values = s.page.getByTestId('value-figures');
    // Money is shown with a no-break space between the currency code and the figure.
    await expect(values.innerText()).resolves.toMatch(/USD\s13,500,000,000\.00/);
    const form = s.page.getByTestId('movement-form');
    await form.getByLabel('Quantity').fill('100');
    await form.getByLabel('Value (USD)').fill('2,700,000.50');
    await form.getByRole('button', { name: 'Reserve' }).click();
    const entry = s.page.locator('[data-testid="ledger"] tr[data-entry-no="2"]');
    await expect(entry.locator('[data-column="value"]').innerText()).resolves.toMatch(/^USD\s2,700,000\.50$/);
    await expect.poll(() => values.innerText()).toMatch(/USD\s13,497,299,999\.50/);
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-licence.png'), fullPage: true });

    await s.page.goto(`${s.baseUrl}/authorisations/${await idOf('DEMO-D1000001-RATIO')}`);
    await expect(figure('available').innerText()).resolves.toBe('60,000');
    await form.getByLabel('Movement').selectOption('reference-shipment');
    await form.getByLabel('Customer').selectOption('microsoft');
    await form.getByLabel('Quantity').fill('2000');
    await form.getByLabel('Reference', { exact: true }).fill('UI-US-0005');
    await form.getByRole('button', { name: 'Record reference shipment' }).click();
    await expect(form.getByRole('status').innerText()).resolves.toContain('Recorded entry 6: grant 1,000');
    await expect.poll(() => figure('available').innerText()).toBe('61,000');
    await expect(
      s.page.locator('[data-testid="ledger"] tr[data-entry-no="6"]').innerText(),
    ).resolves.toContain('2,000 units shipped to microsoft');
  });

  it('shows a buyer only the authorisations naming its party, and refuses the others', async () => {
    await s.signOut();
    await s.signIn('tencent');
    await nav('Authorisations').click();
    await expect
      .poll(async () => (await rowNumbers()).sort())
      .toEqual(['DEMO-2026-R1-TENCENT', 'DEMO-CAP-75K-TENCENT']);
    await expect(s.page.getByRole('button', { name: 'Verify ledgers' }).count()).resolves.toBe(0);
    await expect(s.page.getByRole('link', { name: 'New authorisation' }).count()).resolves.toBe(0);

    await row('DEMO-2026-R1-TENCENT').getByRole('link').click();
    await s.page.getByTestId('ledger').waitFor();
    await expect(s.page.getByTestId('movement-form').count()).resolves.toBe(0);
    // Who on the staff recorded each entry is not the buyer's business.
    await expect(s.page.getByTestId('ledger').innerText()).resolves.toContain('staff');
    await expect(s.page.getByTestId('ledger').innerText()).resolves.not.toMatch(/user:|system/);
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-authorisation-buyer.png'),
      fullPage: true,
    });

    await s.page.goto(`${s.baseUrl}/authorisations/${await idOf('DEMO-D1000001')}`);
    // Another party's authorisation does not exist as far as this buyer can tell.
    await expect(s.page.getByRole('alert').innerText()).resolves.toMatch(/Authorisation \S+ does not exist/);
    await expect(s.page.getByTestId('authorisation').count()).resolves.toBe(0);

    await nav('Coverage check').click();
    const form = s.page.getByTestId('coverage-form');
    await expect
      .poll(() => form.getByLabel('Buyer').inputValue())
      .toBe('Shenzhen Tencent Computer Systems Co., Ltd.');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('Quantity').fill('10');
    await form.getByRole('button', { name: 'Check coverage' }).click();
    await expect(s.page.getByTestId('coverage-verdict').innerText()).resolves.toBe('Covered: all 10 units');
    expect(s.pageErrors).toEqual([]);
  });
});
