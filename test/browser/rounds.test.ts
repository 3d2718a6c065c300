/**
 * Allocation rounds in Chromium on the demo's two H200 rounds: round 1 committed, round 2 simulated by the
 * planner and awaiting a second person. The planner reads round 2 (where the supply goes, the claims carried
 * from round 1, the caps that bind), drafts a round of its own, tries a what-if on round 2 and adopts it;
 * compliance approves and commits it; a buyer sees its own statements only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { findUserByUsername } from '../../src/db/repositories/user.repository.js';
import { demoProducts } from '../../src/demo/h200-scenario.js';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';

const round1 = '2026 round 1: first-batch approvals';
const round2 = '2026 round 2: after the second approvals';
const ratioCap = 'BIS DEMO-D1000001-RATIO';

describe.skipIf(!browserTestsEnabled)('allocation rounds in Chromium', () => {
  let s: BrowserSession;
  let round2Url = '';

  beforeAll(async () => {
    s = await startBrowserSession({ rounds: true });
  });
  afterAll(() => s?.close());

  const nav = () => s.page.getByRole('navigation', { name: 'Main' });
  const status = () => s.page.getByTestId('round-status');
  const listed = (name: string) =>
    s.page.locator('[data-testid="rounds"] tbody tr[data-round-id]').filter({ hasText: name });
  const statements = () => s.page.locator('[data-testid="statements"] tbody tr[data-binding]');
  const whatIf = () => s.page.getByTestId('what-if');

  it('shows a planner both demo rounds, round 1 committed and round 2 simulated', async () => {
    await s.signIn('planner');
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await s.page.waitForURL(/\/rounds$/);
    await expect.poll(() => listed(round1).innerText()).toMatch(/2026-03 – 2026-05\t.*\tcommitted/);
    await expect(listed(round2).innerText()).resolves.toMatch(/2026-06 – 2026-08\t.*\tsimulated/);
    // Each round's simulation in brief: what it awarded of what was claimed.
    const brief = (await s.ctx.rounds.list()).find((r) => r.name === round1)?.summary;
    await expect(listed(round1).locator('[data-column="awarded"]').innerText()).resolves.toBe(
      `${brief?.awarded.toLocaleString('en-US')}\nof ${brief?.requested.toLocaleString('en-US')} claimed`,
    );

    // Round 1 left Baidu out: its import approval was not valid yet.
    await listed(round1).getByRole('link', { name: round1 }).click();
    await expect.poll(() => status().innerText()).toBe('committed');
    await expect(s.page.getByTestId('committed-note').innerText()).resolves.toMatch(
      /reserved in the ledgers/,
    );
    await expect(
      s.page.locator('[data-testid="uncovered"] tr[data-buyer="baidu"]').first().innerText(),
    ).resolves.toMatch(/no import approval/i);
    await expect(whatIf().count()).resolves.toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows round 2: where the supply goes, claims carried from round 1, the caps that bind', async () => {
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await listed(round2).getByRole('link', { name: round2 }).click();
    await s.page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    round2Url = s.page.url();
    await expect.poll(() => status().innerText()).toBe('simulated');
    await statements().first().waitFor();

    // The supply up to August: round 1 holds what it committed, round 2 shares the rest among the buyers.
    const flow = s.page.getByTestId('flow');
    await flow.waitFor();
    await expect(flow.locator('[data-node^="round:"]').textContent()).resolves.toContain(round1);
    await expect(flow.locator('[data-node="this-round"]').textContent()).resolves.toContain(round2);
    expect(await flow.locator('[data-node^="buyer:"]').count()).toBeGreaterThanOrEqual(5);
    await expect(flow.locator('[data-node="buyer:baidu"]').count()).resolves.toBe(1);
    const summary = (await flow.locator('svg').getAttribute('aria-label')) ?? '';
    expect(summary).toMatch(new RegExp(`${round1} holds [\\d,]+`));
    expect(summary).toMatch(/this round awards [\d,]+ to \d+ buyers/);
    await expect(flow.locator('figcaption').innerText()).resolves.toBe(summary);
    await flow.screenshot({ path: path.join(screenshotDir, 'tranche-round-flow.png') });

    // June is offered its own plan and what the earlier months left after round 1.
    const june = s.page.locator('[data-testid="periods"] tr[data-period="2026-06"]');
    await expect(june.locator('[data-figure="planned"]').innerText()).resolves.toBe('50,000');
    await expect(june.locator('[data-figure="held"]').innerText()).resolves.toBe('0');
    await expect(june.locator('[data-figure="offered"]').innerText()).resolves.toBe('315,000');
    await expect(s.page.getByTestId('supply-note').innerText()).resolves.toMatch(
      /265,000 units earlier months left/,
    );

    // Orders round 1 left unmet take part again, marked with the round they come from.
    const carried = statements().and(s.page.locator('[data-carried="yes"]'));
    expect(await carried.count()).toBeGreaterThan(0);
    await expect(carried.first().locator('.carried-note').innerText()).resolves.toMatch(
      new RegExp(`carried\\s+from ${round1}`),
    );
    await expect(carried.first().locator('.carried-note a').getAttribute('href')).resolves.toMatch(
      /^\/rounds\/[0-9a-f-]{36}$/,
    );

    // The ratio cap binds the Chinese buyers, Baidu and DeepSeek now among them; supply binds the US buyers.
    const ratioBound = statements().and(s.page.locator(`[data-binding="group:${ratioCap}"]`));
    expect(await ratioBound.count()).toBeGreaterThan(0);
    const bound = (await ratioBound.locator('td:first-child').allInnerTexts()).join(' ');
    expect(bound).toMatch(/ByteDance|Alibaba|Tencent/i);
    expect(bound).toMatch(/Baidu/i);
    expect(bound).toMatch(/DeepSeek/i);
    const supplyBound = (
      await statements()
        .and(s.page.locator('[data-binding="supply"]'))
        .locator('td:first-child')
        .allInnerTexts()
    ).join(' ');
    expect(supplyBound).toMatch(/Microsoft|Meta|Oracle|CoreWeave/i);
    expect(supplyBound).not.toMatch(/ByteDance|Alibaba|Tencent|Baidu|DeepSeek/i);
    await expect(
      s.page.locator(`[data-testid="groups"] tr[data-group="${ratioCap}"]`).innerText(),
    ).resolves.toMatch(/150,000/);
    // With the second approvals Baidu and DeepSeek are covered; who is still left out says what is missing.
    const uncovered = s.page.locator('[data-testid="uncovered"] tbody tr[data-buyer]');
    const leftOut = await uncovered.evaluateAll((rows: { getAttribute(name: string): string | null }[]) =>
      rows.map((r) => r.getAttribute('data-buyer')),
    );
    expect(leftOut).not.toContain('baidu');
    expect(leftOut).not.toContain('deepseek');
    for (const missing of await uncovered.locator('td:last-child').allInnerTexts()) {
      expect(missing).toMatch(/no import approval/i);
    }

    // The text filter narrows the statements, and the CSV holds what is shown, in the same columns as ever.
    await s.page.getByLabel('Filter statements').fill(`group:${ratioCap}`);
    await expect.poll(() => statements().count()).toBe(await ratioBound.count());
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('Buyer,Order,Month,Tier,Requested,Awarded,Binding,Statement');
    expect(csv.filter((line) => line.includes(`group:${ratioCap}`)).length).toBe(await ratioBound.count());
    await s.page.getByLabel('Filter statements').fill('');

    // Four eyes: the planner simulated round 2, so someone else approves it.
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

  it('lets a planner draft a round, refusing one without published criteria', async () => {
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await s.page.getByRole('link', { name: 'New round' }).click();
    const form = s.page.getByTestId('round-form');
    await form.getByLabel('Name').fill('H200 September 2026');
    await form.getByLabel('Product').selectOption('nvidia-h200-sxm');
    await form.getByLabel('From month').fill('2026-09');
    await form.getByLabel('Until month').fill('2026-09');
    await expect(form.getByLabel('Carry unmet claims').isChecked()).resolves.toBe(true);
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
    await expect.poll(() => status().innerText()).toBe('draft');
    await expect(whatIf().innerText()).resolves.toMatch(/Simulate the round first/);
    expect(s.pageErrors).toEqual([]);
  });

  it('runs a what-if on round 2 beside its simulation, adopts it and compares with the one it replaced', async () => {
    await s.page.goto(round2Url);
    await expect.poll(() => status().innerText()).toBe('simulated');
    const panel = whatIf();
    await expect(panel.getByLabel('Capacity 2026-07').inputValue()).resolves.toBe('55000');

    // A lot the API cannot take is refused beside the field.
    await panel.getByLabel('Lot').fill('eight');
    await panel.getByRole('button', { name: 'Try what-if' }).click();
    await expect
      .poll(() => panel.locator('.field--invalid').filter({ hasText: 'Lot' }).innerText())
      .toMatch(/number/i);
    await panel.getByLabel('Lot').fill('8');

    await panel.getByText('Pro rata', { exact: true }).click();
    await panel.getByLabel('Capacity 2026-07').fill('40,000');
    await panel.getByRole('button', { name: 'Try what-if' }).click();
    const result = s.page.getByTestId('what-if-result');
    await expect
      .poll(() => result.getByTestId('what-if-changed').innerText())
      .toMatch(/^[\d,]+ claims’ awards differ from the last simulation\.$/);
    await expect(result.getByTestId('comparison-terms').innerText()).resolves.toMatch(
      /Rule\s+Equal shares \(max-min\)\s+→\s+(changed to\s+)?Pro rata/,
    );
    const july = result.locator('[data-testid="comparison-months"] tr[data-period="2026-07"]');
    await expect(july.innerText()).resolves.toMatch(/^2026-07\t55,000 → 40,000\t[\d,]+\t[\d,]+\t−[\d,]+$/);
    const awarded = result.locator('[data-testid="comparison-totals"] tr[data-total="awarded"]');
    await expect(awarded.innerText()).resolves.toMatch(/^Units awarded\t[\d,]+\t[\d,]+\t−[\d,]+$/);
    expect(
      await result.locator('[data-testid="comparison-buyers"] .difference--down').count(),
    ).toBeGreaterThan(0);
    expect(await result.locator('[data-testid="what-if-changes"] tbody tr').count()).toBeGreaterThan(0);
    // Capacity comes from the plans: the panel says so and where to change them.
    await expect(
      result.getByTestId('what-if-capacity-note').getByRole('link').getAttribute('href'),
    ).resolves.toBe('/supply');
    // Trying changed nothing.
    await expect(s.page.getByTestId('round-terms').innerText()).resolves.toMatch(/Equal shares/);
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-round-what-if.png'), fullPage: true });
    await panel.screenshot({ path: path.join(screenshotDir, 'tranche-round-what-if-panel.png') });

    await result.getByRole('button', { name: 'Adopt and simulate' }).click();
    const previous = s.page.getByTestId('previous-comparison');
    await previous.waitFor();
    await expect(s.page.getByTestId('round-terms').innerText()).resolves.toMatch(/Pro rata/);
    await expect(status().innerText()).resolves.toBe('simulated');
    await expect(previous.getByTestId('comparison-terms').innerText()).resolves.toMatch(
      /Rule\s+Equal shares \(max-min\)\s+→\s+(changed to\s+)?Pro rata/,
    );
    // The capacity was not adopted: July is offered what the plans leave, as before.
    await expect(
      previous.locator('[data-testid="comparison-months"] tr[data-period="2026-07"]').innerText(),
    ).resolves.toMatch(/^2026-07\t55,000\t/);
    expect(
      await previous.locator('[data-testid="comparison-buyers"] tr[data-buyer]').count(),
    ).toBeGreaterThan(5);
    await expect(s.page.getByTestId('what-if-result').count()).resolves.toBe(0);
    await s.page.screenshot({ path: path.join(screenshotDir, 'tranche-round-adopted.png'), fullPage: true });
    await previous.screenshot({ path: path.join(screenshotDir, 'tranche-round-previous.png') });
    expect(s.pageErrors).toEqual([]);
  });

  it('lets compliance approve and commit round 2 into the ledgers', async () => {
    await s.signOut();
    await s.signIn('compliance');
    await s.page.goto(round2Url);
    await expect.poll(() => status().innerText()).toBe('simulated');
    // Names arrive with the audit trail, after the round itself.
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
    await expect(whatIf().count()).resolves.toBe(0);
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-round-committed.png'),
      fullPage: true,
    });

    await nav().getByRole('link', { name: 'Rounds' }).click();
    await expect.poll(() => listed(round2).innerText()).toMatch(/\tcommitted/);

    // The orders show what the committed rounds awarded them; those awarded in full are allocated.
    await nav().getByRole('link', { name: 'Orders' }).click();
    const orders = s.page.locator('[data-testid="orders"] tbody tr[data-order-id]');
    await orders.first().waitFor();
    expect(await orders.locator('[data-status="allocated"]').count()).toBeGreaterThan(0);
    expect(
      (await orders.locator('[data-column="awarded"]').allInnerTexts()).some((units) => units !== '0'),
    ).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows a buyer its own statements and nothing of the other buyers', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    await nav().getByRole('link', { name: 'Rounds' }).click();
    await s.page.locator('[data-testid="rounds"] tbody tr[data-round-id]').first().waitFor();
    await s.page.goto(round2Url);
    await expect.poll(() => status().innerText()).toBe('committed');
    await statements().first().waitFor();
    const buyers = await statements().locator('td:first-child').allInnerTexts();
    expect(buyers.length).toBeGreaterThan(0);
    expect(buyers.every((name) => /bytedance/i.test(name))).toBe(true);
    expect(await statements().and(s.page.locator('[data-carried="yes"]')).count()).toBeGreaterThan(0);
    for (const action of ['Simulate again', 'Approve', 'Commit', 'Close', 'Try what-if']) {
      await expect(s.page.getByRole('button', { name: action }).count()).resolves.toBe(0);
    }
    // Supply is internal: no what-if, no flow of the supply, no plans.
    await expect(whatIf().count()).resolves.toBe(0);
    await expect(s.page.getByTestId('flow').count()).resolves.toBe(0);
    await expect(s.page.locator('[data-testid="periods"] [data-figure="planned"]').count()).resolves.toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows a large round’s statements a page at a time, filtering and exporting them all', async () => {
    const row = await findUserByUsername(s.ctx.db, 'planner');
    if (!row) throw new Error('no planner in the demo');
    const planner: Principal = { userId: row.id, username: row.username, role: 'planner', partyId: null };
    // A product only US customers order (no ledger involved), with 250 orders: more than two pages.
    const l4 = demoProducts.find((p) => p.id === 'nvidia-l4');
    if (!l4) throw new Error('no L4 in the demo');
    await s.ctx.products.create({ ...l4, id: 'l4-us', name: 'L4 for US customers' }, undefined);
    await s.ctx.supply.set(
      { productId: 'l4-us', period: '2026-09', kind: 'production', units: 1_000 },
      undefined,
    );
    for (let n = 0; n < 250; n += 1) {
      await s.ctx.orders.create(
        {
          buyerPartyId: n % 2 === 0 ? 'microsoft' : 'meta',
          productId: 'l4-us',
          quantity: 8,
          period: '2026-09',
          tier: 'firm',
        },
        undefined,
      );
    }
    const round = await s.ctx.rounds.create(
      {
        name: 'L4 September',
        productId: 'l4-us',
        fromPeriod: '2026-09',
        untilPeriod: '2026-09',
        criteria: { description: 'Equal shares.', weights: {} },
      },
      planner,
    );
    await s.ctx.rounds.simulate(round.id, planner);

    await s.signOut();
    await s.signIn('planner');
    await s.page.goto(`${s.baseUrl}/rounds/${encodeURIComponent(round.id)}`);
    await statements().first().waitFor();
    const pager = s.page.locator('.pager');
    await expect(statements().count()).resolves.toBe(100);
    await expect(pager.innerText()).resolves.toMatch(/Statements 1–100/);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pager.innerText()).toMatch(/Statements 101–200/);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => statements().count()).toBe(50);
    await expect(pager.getByRole('button', { name: 'Next' }).isDisabled()).resolves.toBe(true);

    // The CSV holds every statement, not the page on screen.
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(1 + 250);

    // Filtering starts again from the first page: Meta holds 125 statements.
    await s.page.getByLabel('Filter statements').fill('meta');
    await expect.poll(() => pager.innerText()).toMatch(/Statements 1–100/);
    await expect(s.page.getByText('125 of 250 statements').count()).resolves.toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});
