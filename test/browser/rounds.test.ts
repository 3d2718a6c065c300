/** Allocation rounds in Chromium: a planner drafts and simulates the March 2026 H200 round, compliance approves and commits it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';

describe.skipIf(!browserTestsEnabled)('allocation rounds in Chromium', () => {
  let s: BrowserSession;
  let roundUrl = '';

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s?.close());

  const nav = () => s.page.getByRole('navigation', { name: 'Main' });
  const status = () => s.page.getByTestId('round-status');
  const statements = () => s.page.locator('[data-testid="statements"] tbody tr[data-binding]');

  it('lets a planner draft and simulate a round, and refuses the planner’s own approval', async () => {
    await s.signIn('planner');
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await s.page.waitForURL(/\/rounds$/);
    await s.page.getByRole('link', { name: 'New round' }).click();

    const form = s.page.getByTestId('round-form');
    await form.getByLabel('Name').fill('H200 March 2026');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('From month').fill('2026-03');
    await form.getByLabel('Until month').fill('2026-03');
    await form.getByRole('button', { name: 'Draft round' }).click();
    // The criteria are published to the claimants, so the API refuses a round without them.
    await expect
      .poll(() => form.locator('.field--invalid').filter({ hasText: 'Criteria in words' }).innerText())
      .toMatch(/publish the criteria in words/);
    await form
      .getByLabel('Criteria in words')
      .fill('Firm orders before forecasts; equal shares (max-min) within each tier.');
    await form.getByRole('button', { name: 'Draft round' }).click();
    await s.page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    roundUrl = s.page.url();
    await expect(status().innerText()).resolves.toBe('draft');

    await s.page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await expect.poll(() => status().innerText()).toBe('simulated');
    await statements().first().waitFor();

    // The ratio cap, not the licence, binds the Chinese buyers.
    const ratioBound = statements().and(s.page.locator('[data-binding="group:BIS DEMO-D1000001-RATIO"]'));
    expect(await ratioBound.count()).toBeGreaterThan(0);
    const bound = (await ratioBound.locator('td:first-child').allInnerTexts()).join(' ');
    expect(bound).toMatch(/ByteDance|Alibaba|Tencent/i);
    await expect(ratioBound.first().innerText()).resolves.toContain('group:BIS DEMO-D1000001-RATIO');
    await expect(
      s.page.locator('[data-testid="uncovered"] tr[data-buyer="baidu"]').first().innerText(),
    ).resolves.toMatch(/no import approval/i);
    await expect(
      s.page.locator('[data-testid="groups"] tr[data-group="BIS DEMO-D1000001-RATIO"]').innerText(),
    ).resolves.toMatch(/60,000/);

    // The text filter narrows the statements, and the CSV holds what is shown.
    await s.page.getByLabel('Filter statements').fill('group:BIS DEMO-D1000001-RATIO');
    await expect.poll(() => statements().count()).toBe(await ratioBound.count());
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('Buyer,Order,Month,Tier,Requested,Awarded,Binding,Statement');
    expect(csv.filter((line) => line.includes('group:BIS DEMO-D1000001-RATIO')).length).toBe(
      await ratioBound.count(),
    );
    await s.page.getByLabel('Filter statements').fill('');

    await s.page.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => s.page.getByRole('alert').innerText())
      .toMatch(/You simulated this round, so someone else must approve it/);
    await expect(status().innerText()).resolves.toBe('simulated');
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-round-simulated.png'),
      fullPage: true,
    });
    expect(s.pageErrors).toEqual([]);
  });

  it('lets compliance approve and commit it into the ledgers', async () => {
    await s.signOut();
    await s.signIn('compliance');
    await s.page.goto(roundUrl);
    await expect.poll(() => status().innerText()).toBe('simulated');
    // Names arrive with the users list, after the round itself.
    await expect
      .poll(() => s.page.getByTestId('round-steps').innerText())
      .toMatch(/Simulated[\s\S]*by planner/);

    await s.page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => status().innerText()).toBe('approved');
    await s.page.getByRole('button', { name: 'Commit' }).click();
    await expect.poll(() => status().innerText()).toBe('committed');
    await expect(s.page.getByTestId('committed-note').innerText()).resolves.toMatch(
      /reserved in the ledgers/,
    );
    await expect(s.page.getByRole('button', { name: 'Commit' }).count()).resolves.toBe(0);
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-round-committed.png'),
      fullPage: true,
    });

    await nav().getByRole('link', { name: 'Rounds' }).click();
    await expect
      .poll(() => s.page.locator('[data-testid="rounds"] tbody tr[data-round-id]').innerText())
      .toMatch(/H200 March 2026.*\t2026-03\t.*\tcommitted/);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows a buyer its own statements and nothing of the other buyers', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await s.page.locator('[data-testid="rounds"] tbody tr[data-round-id]').first().waitFor();
    await s.page.goto(roundUrl);
    await expect.poll(() => status().innerText()).toBe('committed');
    await statements().first().waitFor();
    const buyers = await statements().locator('td:first-child').allInnerTexts();
    expect(buyers.length).toBeGreaterThan(0);
    expect(buyers.every((name) => /bytedance/i.test(name))).toBe(true);
    for (const action of ['Simulate again', 'Approve', 'Commit', 'Close']) {
      await expect(s.page.getByRole('button', { name: action }).count()).resolves.toBe(0);
    }
    expect(s.pageErrors).toEqual([]);
  });
});
