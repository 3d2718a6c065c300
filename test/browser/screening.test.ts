/** Screening in Chromium: the review queue (confirm one match, dismiss another), the party's history, buyers' view. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  screenshotDir,
  startBrowserSession,
  type BrowserSession,
} from '../support/browser.js';
import { cslCsv, cslRow, listFile } from '../support/screening-lists.js';

describe.skipIf(!browserTestsEnabled)('screening in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
    for (const [id, legalName] of [
      ['zentrovex', 'Zentrovex Photonics Co., Ltd.'],
      ['morvexa', 'Morvexa Optics Ltd.'],
    ] as const) {
      await s.ctx.parties.create(
        { id, legalName, roles: ['end-user'], country: 'CN', hqCountry: 'CN' },
        undefined,
      );
    }
    const list = cslCsv([
      cslRow({
        _id: 'syn-zentrovex',
        name: 'Zentrovex Photonics Co., Ltd.',
        programs: 'EAR',
        alt_names: 'Zentrovex Optoelectronics',
        addresses: 'No. 8 Optics Valley Road, Wuhan, CN',
      }),
      cslRow({ _id: 'syn-morvexa', name: 'Morvexa Optics Ltd.', addresses: 'Hefei, CN' }),
    ]);
    await s.ctx.screening.importList([listFile('csl-demo.csv', list)], undefined);
  });
  afterAll(() => s?.close());

  const item = (partyId: string) => s.page.locator(`[data-testid="queue-item"][data-party-id="${partyId}"]`);

  it('lets compliance confirm one match and dismiss another as a false positive, a reason required', async () => {
    await s.signIn('compliance');
    await s.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Screening review' })
      .click();
    await s.page.waitForURL(/\/screening$/);
    await item('zentrovex').waitFor();
    await expect(s.page.getByTestId('queue-item').count()).resolves.toBe(2);

    const zentrovex = item('zentrovex');
    await expect(zentrovex.getByTestId('entry-source').innerText()).resolves.toBe(
      'Entity List (EL) - Bureau of Industry and Security',
    );
    await expect(zentrovex.getByTestId('listed-entry').innerText()).resolves.toContain('Optics Valley Road');
    await expect(zentrovex.getByTestId('match-variant').innerText()).resolves.toBe(
      'Zentrovex Photonics Co., Ltd.',
    );
    await expect(zentrovex.getByTestId('match-pairs').innerText()).resolves.toMatch(/zentrovex/i);
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-screening-queue.png'),
      fullPage: true,
    });

    await zentrovex.getByLabel('Reason').fill('Same company: address and USCC match the listing.');
    await zentrovex.getByRole('button', { name: 'Confirm match' }).click();
    await expect(s.page.getByTestId('decision-saved').innerText()).resolves.toMatch(/now confirmed/);
    await expect.poll(() => item('zentrovex').count()).toBe(0);

    const morvexa = item('morvexa');
    await morvexa.getByRole('button', { name: 'False positive' }).click();
    await expect(morvexa.locator('.field__error').innerText()).resolves.toMatch(/reason/);
    await morvexa.getByLabel('Reason').fill('Different company: a Shanghai lens maker, other USCC.');
    await morvexa.getByRole('button', { name: 'False positive' }).click();
    await s.page.getByTestId('queue-empty').waitFor();

    expect((await s.ctx.parties.find('zentrovex'))?.screeningStatus).toBe('confirmed');
    expect((await s.ctx.parties.find('morvexa'))?.screeningStatus).toBe('false-positive');
  });

  it("shows the party's screening status and history", async () => {
    await s.page.goto(`${s.baseUrl}/parties/morvexa`);
    const history = s.page.getByTestId('screening-history');
    await history.waitFor();
    await expect(history.innerText()).resolves.toContain('False positive');
    await expect(s.page.getByTestId('screenings').innerText()).resolves.toContain('List updated');
    await expect(s.page.getByTestId('screening-decisions').innerText()).resolves.toContain(
      'Different company: a Shanghai lens maker, other USCC.',
    );
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-party-screening.png'),
      fullPage: true,
    });
  });

  it('keeps a confirmed party blocked when its entry leaves the list, until compliance lifts the block', async () => {
    // Confirmed, the match can be dismissed if the confirmation was wrong.
    await s.page.goto(`${s.baseUrl}/parties/zentrovex`);
    const confirmed = s.page.getByTestId('confirmed-match');
    await confirmed.waitFor();
    await expect(confirmed.getByRole('button', { name: 'Dismiss as false positive' }).count()).resolves.toBe(
      1,
    );

    // The next version of the list no longer has the entry zentrovex was confirmed on.
    await s.ctx.screening.importList(
      [
        listFile(
          'csl-next.csv',
          cslCsv([cslRow({ _id: 'syn-morvexa', name: 'Morvexa Optics Ltd.', addresses: 'Hefei, CN' })]),
        ),
      ],
      undefined,
    );
    expect((await s.ctx.parties.find('zentrovex'))?.screeningStatus).toBe('confirmed');

    await s.page.goto(`${s.baseUrl}/parties/zentrovex`);
    const block = s.page.getByTestId('held-block');
    await block.waitFor();
    await expect(block.innerText()).resolves.toMatch(/no longer on the lists in force/);
    await expect(s.page.locator('header [data-screening]').innerText()).resolves.toBe('Confirmed match');

    await block.getByRole('button', { name: 'Lift block' }).click();
    await expect(block.locator('.field__error').innerText()).resolves.toMatch(/reason/);
    await s.page.screenshot({
      path: path.join(screenshotDir, 'tranche-party-held-block.png'),
      fullPage: true,
    });
    await block.getByLabel('Reason for lifting').fill('Removed from the Entity List by a final rule.');
    await block.getByRole('button', { name: 'Lift block' }).click();
    await expect.poll(() => s.page.getByTestId('held-block').count()).toBe(0);
    await expect.poll(() => s.page.locator('header [data-screening]').innerText()).toBe('Clear');
    await expect(s.page.getByTestId('screening-decisions').innerText()).resolves.toContain(
      'Removed from the Entity List by a final rule.',
    );
    expect((await s.ctx.parties.find('zentrovex'))?.screeningStatus).toBe('clear');
  });

  it('shows buyers no screening at all', async () => {
    await s.signOut();
    await s.signIn('bytedance');
    const nav = s.page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Parties' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Screening review' }).count()).resolves.toBe(0);
    await s.page.goto(`${s.baseUrl}/parties/bytedance`);
    await s.page.getByTestId('party-details').waitFor();
    await expect(s.page.getByTestId('screening-history').count()).resolves.toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
