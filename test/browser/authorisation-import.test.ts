/** The authorisations CSV import and export in Chromium: row errors first, a dry run, the import, a buyer's view. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorisationRowsByKind, authorisationsCsv } from '../support/authorisations-csv.js';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';

describe.skipIf(!browserTestsEnabled)('authorisation CSV import in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s?.close());

  const numbers = async () => (await s.ctx.authorisations.list(undefined)).map((a) => a.terms.number);

  it('imports a CSV file from the list: row errors in a table first, then a dry run, then the import', async () => {
    await s.signIn('compliance');
    await s.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Authorisations', exact: true })
      .click();
    await s.page.waitForURL(/\/authorisations$/);
    await expect(s.page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toBe(
      '/api/authorisations.csv',
    );
    await s.page.getByLabel('Kind').selectOption('party-cap');
    await expect
      .poll(() => s.page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'))
      .toBe('/api/authorisations.csv?kind=party-cap');
    await s.page.getByRole('link', { name: 'Import CSV' }).click();
    await s.page.waitForURL(/\/authorisations\/import$/);

    const rows = [
      authorisationRowsByKind['export-licence']('UI-1'),
      authorisationRowsByKind['party-cap']('UI-2'),
    ];
    const file = s.page.getByLabel('File');
    await file.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        authorisationsCsv([rows[0] ?? {}, { ...rows[1], quantity: '1.5', consignees: 'tencent' }]),
      ),
    });
    await s.page.getByRole('button', { name: 'Import' }).click();
    const errors = s.page.getByTestId('authorisation-import-errors');
    await errors.waitFor();
    await expect(errors.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      '3\tquantity\t"1.5" is not a whole number: write whole units in digits, without decimals or separators',
      '3\tconsignees\tdoes not apply to kind party-cap: leave it empty',
    ]);
    expect(await numbers()).not.toContain('DUI-1');
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-authorisation-import.png'),
      fullPage: true,
    });

    await file.setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(authorisationsCsv(rows)),
    });
    await s.page.getByRole('button', { name: 'Check file' }).click();
    await expect(s.page.getByTestId('authorisation-import-result').innerText()).resolves.toMatch(
      /All 2 rows of good\.csv are valid/,
    );
    expect(await numbers()).not.toContain('DUI-1');
    await s.page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => s.page.getByTestId('authorisation-import-result').innerText())
      .toMatch(/Imported 2 authorisations from good\.csv \(audit event \d+\)/);
    expect(await numbers()).toEqual(expect.arrayContaining(['DUI-1', 'CAP-UI-2']));

    await s.page.getByRole('link', { name: 'See the authorisations' }).click();
    await s.page.waitForURL(/\/authorisations$/);
    await s.page.locator('[data-testid="authorisations"] tr[data-number="DUI-1"]').waitFor();
  });

  it('shows a buyer the export but not the import', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    await s.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Authorisations', exact: true })
      .click();
    await s.page.getByRole('link', { name: 'Export CSV' }).waitFor();
    await expect(s.page.getByRole('link', { name: 'Import CSV' }).count()).resolves.toBe(0);
    await s.page.goto(`${s.baseUrl}/authorisations/import`);
    await expect(s.page.getByRole('alert').innerText()).resolves.toMatch(/not allowed/i);
    expect(s.pageErrors).toEqual([]);
  });
});
