/** The parties pages in Chromium: list and filters, a party's page, the create/edit form, CSV import, buyers' view. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';
import { csvText, partiesCsvHeader, partyCsvRow } from '../support/parties-csv.js';

describe.skipIf(!browserTestsEnabled)('parties in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s?.close());

  const rows = () => s.page.locator('[data-testid="parties"] tbody tr[data-party-id]');
  const rowIds = async () =>
    Promise.all((await rows().all()).map((row) => row.getAttribute('data-party-id')));

  it('lists the demo parties with their screening status and filters them by name and role', async () => {
    await s.signIn('compliance');
    await s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Parties' }).click();
    await s.page.waitForURL(/\/parties$/);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(18);
    // The demo screens its parties against the Entity List: Tencent is clear, the proposed consignee
    // Dawning (an alias of Sugon) waits for review.
    await expect(
      s.page.locator('tr[data-party-id="tencent"] [data-screening]').getAttribute('data-screening'),
    ).resolves.toBe('clear');
    await expect(
      s.page.locator('tr[data-party-id="dawning"] [data-screening]').getAttribute('data-screening'),
    ).resolves.toBe('potential-match');

    await s.page.getByLabel('Name').fill('腾讯');
    await s.page.getByRole('button', { name: 'Apply filters' }).click();
    await s.page.waitForURL(/q=/);
    await expect.poll(rowIds).toEqual(['tencent']);

    await s.page.getByRole('button', { name: 'Reset' }).click();
    await s.page.getByLabel('Role').selectOption('exporter');
    await s.page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(rowIds).toEqual(['nvidia']);
    await expect(s.page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toBe(
      '/api/parties.csv?role=exporter',
    );
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-parties.png'), fullPage: true });
  });

  it("shows a party's identifiers, addresses and audit history", async () => {
    await s.page.goto(`${s.baseUrl}/parties/bytedance`);
    await expect(s.page.getByTestId('party-identifiers').innerText()).resolves.toContain(
      '91110108000000001A',
    );
    await expect(s.page.getByTestId('party-addresses').innerText()).resolves.toContain('Beijing');
    await expect.poll(() => s.page.getByTestId('audit-events').innerText()).toContain('party.created');
  });

  it('creates a party, showing the API’s field errors beside the fields, then edits it', async () => {
    await s.page.goto(`${s.baseUrl}/parties`);
    await s.page.getByRole('link', { name: 'New party' }).click();
    await s.page.waitForURL(/\/parties\/new$/);
    const form = s.page.getByTestId('party-form');
    await form.getByLabel('Id', { exact: true }).fill('zhipu');
    await form.getByLabel('Legal name').fill('Beijing Zhipu Huazhang Technology Co., Ltd.');
    await form.getByLabel('Other names').fill('Zhipu AI\n智谱华章');
    await form.getByLabel('Buyer').check();
    await form.getByLabel('Country', { exact: true }).fill('cn');
    await form.getByLabel('Headquarters country').fill('CN');
    await form.getByRole('button', { name: 'Add identifier' }).click();
    await form.getByLabel('Identifier 1 value').fill('9111010800000000IO');
    await form.getByRole('button', { name: 'Add address' }).click();
    await form.getByLabel('Address 1 country').fill('CN');
    await form.getByRole('button', { name: 'Create party' }).click();

    const identifierError = form
      .locator('.field--invalid')
      .filter({ has: s.page.getByLabel('Identifier 1 value') })
      .locator('.field__error');
    await identifierError.waitFor();
    await expect(identifierError.innerText()).resolves.toMatch(/other than I, O, Z, S and V/);
    await expect(
      form
        .locator('.field--invalid')
        .filter({ has: s.page.getByLabel('Address 1 city') })
        .locator('.field__error')
        .innerText(),
    ).resolves.toMatch(/city or at least one address line/);
    expect(await s.ctx.parties.find('zhipu')).toBeUndefined();
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-party-form.png'), fullPage: true });

    await form.getByLabel('Identifier 1 value').fill('91110108000000004K');
    await form.getByLabel('Address 1 city').fill('Beijing');
    await form.getByRole('button', { name: 'Create party' }).click();
    await s.page.waitForURL(/\/parties\/zhipu$/);
    await expect(s.page.getByTestId('party-details').innerText()).resolves.toContain('智谱华章');

    await s.page.getByRole('link', { name: 'Edit party' }).click();
    await s.page.waitForURL(/\/parties\/zhipu\/edit$/);
    await expect(s.page.getByTestId('party-form').getByLabel('Id', { exact: true }).count()).resolves.toBe(0);
    await s.page.getByTestId('party-form').getByLabel('End user').check();
    await s.page.getByRole('button', { name: 'Save changes' }).click();
    await s.page.waitForURL(/\/parties\/zhipu$/);
    await expect.poll(() => s.page.getByTestId('audit-events').innerText()).toContain('party.updated');
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-party.png'), fullPage: true });
    expect((await s.ctx.parties.find('zhipu'))?.roles).toEqual(['buyer', 'end-user']);
  });

  it('imports a CSV file: row errors in a table first, then the count imported', async () => {
    await s.page.goto(`${s.baseUrl}/parties`);
    await s.page.getByRole('link', { name: 'Import CSV' }).click();
    await s.page.waitForURL(/\/parties\/import$/);
    const lines = [partiesCsvHeader, partyCsvRow(1, 'ui'), partyCsvRow(2, 'ui'), partyCsvRow(3, 'ui')];
    const bad = [...lines];
    bad[2] = (bad[2] ?? '').replace(',CN,CN,', ',CN,China,');
    const file = s.page.getByLabel('File');
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(bad)) });
    await s.page.getByRole('button', { name: 'Import' }).click();
    const errors = s.page.getByTestId('party-import-errors');
    await errors.waitFor();
    await expect(errors.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      '3\thq_country\tuse an ISO 3166 alpha-2 country code such as CN or US',
    ]);
    expect(await s.ctx.parties.find('ui-1')).toBeUndefined();

    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-party-import.png'), fullPage: true });
    await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(lines)) });
    await s.page.getByRole('button', { name: 'Check file' }).click();
    await expect(s.page.getByTestId('party-import-result').innerText()).resolves.toMatch(
      /All 3 rows of good\.csv are valid/,
    );
    expect(await s.ctx.parties.find('ui-1')).toBeUndefined();
    await s.page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => s.page.getByTestId('party-import-result').innerText())
      .toMatch(/Imported 3 parties from good\.csv \(audit event \d+\)/);
    expect((await s.ctx.parties.find('ui-2'))?.legalName).toBe('Example Trading 2, Ltd.');
  });

  it('shows a buyer its own party only, without the buttons that change parties', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    await s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Parties' }).click();
    await expect.poll(rowIds).toEqual(['bytedance']);
    await expect(s.page.getByRole('link', { name: 'New party' }).count()).resolves.toBe(0);
    await expect(s.page.getByRole('link', { name: 'Import CSV' }).count()).resolves.toBe(0);
    await s.page.goto(`${s.baseUrl}/parties/alibaba`);
    await expect(s.page.getByRole('alert').innerText()).resolves.toMatch(/only its own party/);
    await s.page.goto(`${s.baseUrl}/parties/import`);
    await expect(s.page.getByRole('alert').innerText()).resolves.toMatch(/not allowed/i);
    expect(s.pageErrors).toEqual([]);
  });
});
