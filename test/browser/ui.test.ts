/**
 * The web UI in a real browser against the real server: Debian's Chromium drives a freshly built UI served
 * by the app on an in-memory SQLite database seeded with the 2026 H200 scenario.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';

describe.skipIf(!browserTestsEnabled)('web UI in Chromium', () => {
  let session: BrowserSession;
  let ctx: AppContext;
  let page: Page;
  let baseUrl: string;
  let passwords: Map<string, string>;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ ctx, page, baseUrl, passwords, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const signIn = (username: string) => session.signIn(username);
  const signOut = () => session.signOut();

  const catalogueRow = (productId: string) =>
    page.locator(`[data-testid="product-catalogue"] tr[data-product-id="${productId}"]`);

  it('serves the UI shell and its assets to a browser that has not signed in', async () => {
    const shell = await fetch(`${baseUrl}/products`);
    expect(shell.status).toBe(200);
    const html = await shell.text();
    expect(html).toContain('<div id="root">');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of ['/', ...assets]) {
      const response = await fetch(`${baseUrl}${asset}`);
      // Read the body: an unread response keeps its connection busy and the server's close() waiting.
      await response.arrayBuffer();
      expect(response.status, `GET ${asset}`).toBe(200);
    }
  });

  it('signs the compliance officer in with a Secure, HttpOnly session cookie', async () => {
    await signIn('compliance');
    await expect(page.getByTestId('current-user').innerText()).resolves.toContain('Chen Compliance');
    const cookies = await page.context().cookies(baseUrl);
    const session = cookies.find((cookie) => cookie.name === 'tranche_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    // The page script cannot read the session cookie.
    await expect(page.evaluate<string>('document.cookie')).resolves.not.toContain('tranche_session');
  });

  it('shows the catalogue with the standing classes, TPP and the China case-by-case flag', async () => {
    await page.waitForURL(/\/products$/);
    const h200 = catalogueRow('nvidia-h200-sxm');
    await h200.waitFor();
    await expect(h200.locator('[data-eccn]').first().getAttribute('data-eccn')).resolves.toBe('3A090.a');
    await expect(h200.locator('[data-column="tpp"]').innerText()).resolves.toBe('15,831');
    await expect(h200.locator('[data-column="china"]').innerText()).resolves.toContain('China case-by-case');
    await expect(
      catalogueRow('nvidia-rtx-4090').locator('[data-eccn]').first().getAttribute('data-eccn'),
    ).resolves.toBe('3A090.a');
    const h20 = await catalogueRow('nvidia-h20').locator('[data-eccn]').first().getAttribute('data-eccn');
    expect(h20).not.toMatch(/^3A090/);
    await expect(
      catalogueRow('nvidia-h20').locator('[data-column="china"]').innerText(),
    ).resolves.not.toContain('case-by-case');
    await page.screenshot({ path: path.join(screenshotDir, 'tranche-catalogue.png'), fullPage: true });
  });

  it('re-classifies under the rules of an earlier day', async () => {
    // Before 2026-01-15 there was no China case-by-case envelope.
    await page.getByLabel('Rules as of').fill('2025-06-01');
    await page.waitForURL(/asOf=2025-06-01/);
    const china = catalogueRow('nvidia-h200-sxm').locator('[data-column="china"]');
    await expect.poll(() => china.innerText()).not.toContain('case-by-case');
    await page.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => china.innerText()).toContain('China case-by-case');
  });

  it('explains the H200 with citations and the source of every figure', async () => {
    await catalogueRow('nvidia-h200-sxm').getByRole('link', { name: 'NVIDIA H200 SXM' }).click();
    await page.waitForURL(/\/products\/nvidia-h200-sxm/);
    const reasons = page.getByTestId('classification-reasons');
    await reasons.waitFor();
    await expect(reasons.innerText()).resolves.toContain('15,831');
    const rules = await page.getByTestId('rules-applied').innerText();
    expect(rules).toMatch(/FR|CFR/);
    await expect(
      page.getByTestId('rules-applied').getByRole('link').first().getAttribute('href'),
    ).resolves.toMatch(/^https:\/\//);
    const parameters = await page.getByTestId('technical-parameters').innerText();
    expect(parameters).toContain('NVIDIA H200 datasheet');
    expect(parameters).toContain('GH100 die');
    await expect(page.getByTestId('margins').innerText()).resolves.toContain('4,800');
  });

  it('refuses an override without a reason, showing the error at the field and saving nothing', async () => {
    const form = page.getByTestId('decision-form');
    await form.getByText('Override', { exact: true }).click();
    await form.getByLabel('Class to record').selectOption('3A090.b');
    await form.getByRole('button', { name: 'Record override' }).click();
    const reasonError = form
      .locator('.field--invalid')
      .filter({ has: page.getByLabel('Reason') })
      .locator('.field__error');
    await reasonError.waitFor();
    await expect(reasonError.innerText()).resolves.toMatch(/reason/i);
    await expect(form.getByLabel('Reason').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await ctx.products.get('nvidia-h200-sxm')).decisions).toHaveLength(0);
    await expect(page.getByTestId('decision-history').count()).resolves.toBe(0);
  });

  it('records a confirmation with a reason in the decision history and the audit history', async () => {
    const form = page.getByTestId('decision-form');
    await form.getByText('Confirm 3A090.a').click();
    const reason = 'Checked TPP and PD against the H200 datasheet and the GH100 die area.';
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Confirm class' }).click();
    const history = page.getByTestId('decision-history');
    await history.waitFor();
    await expect(history.innerText()).resolves.toContain(reason);
    await expect(history.innerText()).resolves.toContain('Confirmed');
    const audit = page.getByTestId('audit-events');
    await expect.poll(() => audit.innerText()).toContain('classification.confirmed');
    expect((await ctx.products.get('nvidia-h200-sxm')).standing.status).toBe('confirmed');
    await page.screenshot({ path: path.join(screenshotDir, 'tranche-product.png'), fullPage: true });
  });

  it('hides the audit trail from a buyer and refuses a direct visit', async () => {
    await signOut();
    await signIn('bytedance');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.innerText()).resolves.toContain('Products');
    await expect(nav.getByRole('link', { name: 'Audit trail' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/audit`);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/not allowed/i);
  });

  it('lets the auditor filter the trail by entity and verify the chain', async () => {
    await signOut();
    await signIn('auditor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await page.waitForURL(/\/audit/);
    await page.getByLabel('Entity type').fill('product');
    await page.getByLabel('Entity id').fill('nvidia-h200-sxm');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/entityId=nvidia-h200-sxm/);
    const table = page.getByTestId('audit-events');
    // The unfiltered page stays on screen until the filtered answer arrives: wait for the answer itself.
    const entities = table.locator('tbody tr[data-seq] td:nth-child(5)');
    await expect
      .poll(async () => [...new Set(await entities.allInnerTexts())])
      .toEqual(['product nvidia-h200-sxm']);
    await expect(table.innerText()).resolves.toContain('classification.confirmed');

    await page.getByRole('button', { name: 'Verify chain' }).click();
    await expect(page.getByTestId('chain-verification').innerText()).resolves.toMatch(/intact/i);
  });

  it('sends the user back to sign-in, and then to the page they were on, when the session ends', async () => {
    await page.context().clearCookies();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Products' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fproducts/);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/session ended/i);
    await page.getByLabel('Username').fill('auditor');
    await page.getByLabel('Password').fill(passwords.get('auditor') ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/products$/);
    await catalogueRow('nvidia-h200-sxm').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
