/** The orders and supply pages in Chromium: a planner's view of the demo order book, and a buyer's. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';
import { csvText } from '../support/parties-csv.js';
import { ordersCsvHeader } from '../support/orders-csv.js';

describe.skipIf(!browserTestsEnabled)('orders in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s?.close());

  const rows = () => s.page.locator('[data-testid="orders"] tbody tr[data-order-id]');
  const buyersShown = async () =>
    [...new Set(await Promise.all((await rows().all()).map((row) => row.getAttribute('data-buyer'))))].sort();
  const nav = () => s.page.getByRole('navigation', { name: 'Main' });

  it('shows a planner the demo order book, filters it, places an order and imports a file', async () => {
    await s.signIn('planner');
    await nav().getByRole('link', { name: 'Orders' }).click();
    await s.page.waitForURL(/\/orders$/);
    await rows().first().waitFor();
    expect((await buyersShown()).length).toBe(16);

    await s.page.getByLabel('Buyer').selectOption('deepseek');
    await s.page.getByLabel('Tier').selectOption('firm');
    await s.page.getByRole('button', { name: 'Apply filters' }).click();
    await s.page.waitForURL(/buyerPartyId=deepseek/);
    await expect
      .poll(() => rows().allInnerTexts())
      .toEqual([expect.stringMatching(/30,000\t0\t2026-04\tfirm/)]);
    await expect(s.page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toBe(
      '/api/orders.csv?buyerPartyId=deepseek&tier=firm',
    );

    await s.page.getByRole('link', { name: 'New order' }).click();
    const form = s.page.getByTestId('order-form');
    await form.getByLabel('Buyer').selectOption('deepseek');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('Units').fill('0');
    await form.getByLabel('Month wanted').fill('2026-06');
    await form.getByRole('button', { name: 'Place order' }).click();
    await expect(form.locator('.field__error').first().innerText()).resolves.toMatch(/at least 1 unit/);
    await form.getByLabel('Units').fill('8,000');
    await form.getByLabel('Reference').fill('DS-UI-1');
    await form.getByRole('button', { name: 'Place order' }).click();
    await s.page.waitForURL(/\/orders$/);
    await expect.poll(() => rows().first().innerText()).toMatch(/8,000\t0\t2026-06\tfirm\tDS-UI-1/);

    await s.page.goto(`${s.baseUrl}/orders/import`);
    const file = s.page.getByLabel('File');
    const bad = [ordersCsvHeader, 'deepseek,nvidia-h200-sxm,800,2026-07,forecast,DS-UI-1'];
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(bad)) });
    await s.page.getByRole('button', { name: 'Import' }).click();
    await expect(s.page.getByTestId('order-import-errors').locator('tbody tr').innerText()).resolves.toMatch(
      /^2\treference\tdeepseek already has an order with reference DS-UI-1/,
    );
    const good = [ordersCsvHeader, 'deepseek,nvidia-h200-sxm,800,2026-07,forecast,DS-UI-2'];
    await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(good)) });
    await s.page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => s.page.getByTestId('order-import-result').innerText())
      .toMatch(/Imported 1 orders from good\.csv \(audit event \d+\)/);

    await nav().getByRole('link', { name: 'Supply' }).click();
    await expect
      .poll(() => s.page.locator('[data-testid="supply"] tr[data-period="2026-03"]').innerText())
      .toMatch(/700,000\t40,000\t740,000/);
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-supply.png'), fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('shows a buyer its own orders only, and no supply', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    await nav().getByRole('link', { name: 'Orders' }).click();
    await rows().first().waitFor();
    await expect.poll(buyersShown).toEqual(['bytedance']);
    await expect(s.page.getByLabel('Buyer').count()).resolves.toBe(0);
    await expect(nav().getByRole('link', { name: 'Supply' }).count()).resolves.toBe(0);
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-orders-buyer.png'), fullPage: true });

    await s.page.getByRole('link', { name: 'New order' }).click();
    const form = s.page.getByTestId('order-form');
    await expect(form.getByLabel('Buyer').inputValue()).resolves.toBe('bytedance');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('Units').fill('1600');
    await form.getByLabel('Month wanted').fill('2026-08');
    await form.getByLabel('Tier').selectOption('forecast');
    await form.getByRole('button', { name: 'Place order' }).click();
    await s.page.waitForURL(/\/orders$/);
    await expect.poll(() => rows().first().innerText()).toMatch(/1,600\t0\t2026-08\tforecast/);
    await s.page.goto(`${s.baseUrl}/supply`);
    await expect(s.page.getByRole('alert').innerText()).resolves.toMatch(/not allowed/i);
    expect(s.pageErrors).toEqual([]);
  });
});
