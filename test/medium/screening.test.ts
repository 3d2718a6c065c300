import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { DomainError } from '../../src/domain/errors.js';
import type { ListVersion } from '../../src/domain/screening/screening.js';
import { createContext } from '../../src/context.js';
import { engines, freshContext, testConfig } from '../support/databases.js';
import {
  cslCsv,
  cslRow,
  cslSnapshotRows,
  listFile,
  truncated,
  type CslRow,
} from '../support/screening-lists.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** Entries of our own, named so that only the parties made for them can match them. */
const zentrovex = cslRow({ _id: 'syn-zentrovex', name: 'Zentrovex Photonics Co., Ltd.' });
const morvexa = cslRow({ _id: 'syn-morvexa', name: 'Morvexa Optics Ltd.', addresses: 'Wuhan, CN' });
const talvorin = cslRow({ _id: 'syn-talvorin', name: 'Talvorin Instruments Co., Ltd.' });
const quorvant = cslRow({ _id: 'syn-quorvant', name: 'Quorvant Semiconductor Equipment Co., Ltd.' });

/** Version 1: the snapshot's first 300 rows, its Huawei Technologies entries, and three of our own. */
function version1Rows(): CslRow[] {
  const { rows } = cslSnapshotRows();
  const huawei = rows.filter((row) => /Huawei Technologies/i.test(row.name ?? ''));
  return [...rows.slice(0, 300), ...huawei, zentrovex, morvexa, talvorin];
}

describe.each(engines)('screening on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  const v1 = version1Rows();
  const v1Bytes = cslCsv(v1);
  let version1: ListVersion;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine));
  });
  afterAll(() => drop());

  const party = (id: string, legalName: string, country = 'CN') =>
    ctx.parties.create({ id, legalName, roles: ['buyer'], country, hqCountry: country }, officer);
  const statusOf = async (id: string) => (await ctx.parties.get(officer, id)).screeningStatus;

  it('leaves parties unscreened while no list is in force', async () => {
    const early = await party('early', 'Talvorin Instruments Co., Ltd.');
    expect(early.screeningStatus).toBe('unscreened');
    expect((await ctx.screening.history('early')).screenings).toEqual([]);
    const refused = await failure(ctx.screening.screenNow('early', officer));
    expect(refused.code).toBe('CONFLICT');
  });

  it('imports a dated version with its entries, audited with the file’s SHA-256, screening unscreened parties', async () => {
    const progress: number[] = [];
    const result = await ctx.screening.importList([listFile('csl-v1.csv', v1Bytes)], officer, (rows) =>
      progress.push(rows),
    );
    version1 = result.version;
    expect(version1).toMatchObject({
      kind: 'csl',
      importedBy: 'user:chen',
      active: true,
      supersededAt: null,
      files: [
        { name: 'csl-v1.csv', sha256: createHash('sha256').update(v1Bytes).digest('hex'), rows: v1.length },
      ],
    });
    expect(version1.entryCount).toBeGreaterThan(300);
    expect(version1.delta).toMatchObject({
      previousVersionId: null,
      added: version1.entryCount,
      changed: 0,
      removed: 0,
      parties: { unscreened: 1, touched: 1, statusChanges: { 'unscreened→potential-match': 1 } },
    });
    expect(progress.at(-1)).toBe(v1.length);
    expect(await statusOf('early')).toBe('potential-match');

    const [event] = await ctx.audit.list({ entityType: 'screening-list-version', limit: 1 });
    expect(event).toMatchObject({
      seq: result.auditEventSeq,
      action: 'screening.list-imported',
      entityId: version1.id,
      actor: 'user:chen',
    });
    const changes = JSON.parse(event?.changes ?? '{}') as { files: { sha256: string }[] };
    expect(changes.files[0]?.sha256).toBe(version1.files[0]?.sha256);
    expect(await ctx.screening.listVersions()).toEqual([version1]);
  });

  it('refuses a truncated file or one that is not a list, naming the row, and keeps the previous version in force', async () => {
    const eventsBefore = (await ctx.audit.list({ limit: 1000 })).length;
    const cut = await failure(
      ctx.screening.importList([listFile('csl-cut.csv', truncated(v1Bytes))], officer),
    );
    expect(cut.code).toBe('LIST_INVALID');
    expect(cut.message).toContain('csl-cut.csv');
    expect(cut.details[0]?.path).toMatch(/csl-cut\.csv.*row \d+/);

    const notAList = await failure(
      ctx.screening.importList(
        [listFile('parties.csv', Buffer.from('id,legal_name\nacme,Acme Ltd\n'))],
        officer,
      ),
    );
    expect(notAList.code).toBe('LIST_INVALID');

    expect(await ctx.screening.listVersions()).toEqual([version1]);
    expect((await ctx.audit.list({ limit: 1000 })).length).toBe(eventsBefore);
  });

  it('screens a party when it is created and when it changes, keeping each screening', async () => {
    expect((await party('zentrovex', 'Zentrovex Photonics Co., Ltd.')).screeningStatus).toBe(
      'potential-match',
    );
    expect((await party('morvexa', 'Morvexa Optics Ltd.')).screeningStatus).toBe('potential-match');
    expect((await party('quorvant', 'Quorvant Semiconductor Equipment Co., Ltd.')).screeningStatus).toBe(
      'clear',
    );
    const acme = await party('acme', 'Acme Garden Tools Ltd', 'US');
    expect(acme.screeningStatus).toBe('clear');

    const changed = await ctx.parties.update('acme', { legalName: 'Huawei Technologies Co., Ltd.' }, officer);
    expect(changed.screeningStatus).toBe('potential-match');
    expect(await statusOf('acme')).toBe('potential-match');

    const history = await ctx.screening.history('acme');
    expect(history.status).toBe('potential-match');
    expect(history.screenings.map((s) => [s.trigger, s.status])).toEqual([
      ['party-updated', 'potential-match'],
      ['party-created', 'clear'],
    ]);
    const [latest] = history.screenings;
    expect(latest?.versionIds).toEqual([version1.id]);
    expect(latest?.decision).toBe('hit');
    expect(latest?.matches.length).toBeGreaterThan(1);
    for (const match of latest?.matches ?? []) {
      expect(match).toMatchObject({ partyName: 'Huawei Technologies Co., Ltd.', state: 'potential' });
      expect(match.pairs.length).toBeGreaterThan(0);
      expect(match.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const screened = await ctx.audit.list({ entityType: 'party', entityId: 'acme', limit: 10 });
    expect(screened.map((e) => e.action)).toContain('party.screened');
  });

  it('records decisions: a confirmed match blocks, a false positive is remembered', async () => {
    const queue = await ctx.screening.queue();
    const queued = new Set(queue.items.map((item) => item.party.id));
    expect([...queued].sort()).toEqual(['acme', 'early', 'morvexa', 'zentrovex']);
    expect(queue.total).toBe(queue.items.length);
    const huawei = queue.items.find((item) => item.party.id === 'acme');
    expect(huawei?.entry.id).toBe(huawei?.match.entryId);
    expect(huawei?.entry.source).toBe(huawei?.match.source);
    expect(huawei?.entry.name).toMatch(/Huawei/i);
    expect(huawei?.match.variant).toMatch(/Huawei/i);

    const emptyReason = await failure(
      ctx.screening.decide(
        'acme',
        { entryId: huawei?.match.entryId, decision: 'confirmed', reason: ' ' },
        officer,
      ),
    );
    expect(emptyReason.code).toBe('VALIDATION_FAILED');
    expect(emptyReason.details.map((d) => d.path)).toEqual(['reason']);
    const notMatched = await failure(
      ctx.screening.decide('acme', { entryId: 'syn-zentrovex', decision: 'confirmed', reason: 'x' }, officer),
    );
    expect(notMatched.details.map((d) => d.path)).toEqual(['entryId']);
    expect(
      (
        await failure(
          ctx.screening.decide('nobody', { entryId: 'x', decision: 'confirmed', reason: 'x' }, officer),
        )
      ).code,
    ).toBe('NOT_FOUND');

    const confirmed = await ctx.screening.decide(
      'acme',
      { entryId: huawei?.match.entryId, decision: 'confirmed', reason: 'Same company, same address.' },
      officer,
    );
    expect(confirmed.status).toBe('confirmed');
    expect(await statusOf('acme')).toBe('confirmed');

    const dismissed = await ctx.screening.decide(
      'zentrovex',
      { entryId: 'syn-zentrovex', decision: 'false-positive', reason: 'Different company: other USCC.' },
      officer,
    );
    expect(dismissed.status).toBe('false-positive');
    expect(dismissed.decision.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const decided = await ctx.audit.list({ entityType: 'party', entityId: 'zentrovex', limit: 10 });
    expect(decided[0]).toMatchObject({ action: 'screening.decided', actor: 'user:chen' });
    expect(JSON.parse(decided[0]?.changes ?? '{}')).toMatchObject({
      decision: 'false-positive',
      reason: 'Different company: other USCC.',
      before: 'potential-match',
      after: 'false-positive',
    });

    // Screening again finds the same entry, unchanged: the decision holds.
    const again = await ctx.screening.screenNow('zentrovex', officer);
    expect(again.status).toBe('false-positive');
    expect(again.matches.map((m) => [m.entryId, m.state])).toEqual([['syn-zentrovex', 'false-positive']]);
    expect((await ctx.screening.queue()).items.map((i) => i.party.id)).not.toContain('zentrovex');
  });

  it('re-screens only the parties an update can affect, and counts them', async () => {
    const v2 = [
      ...v1.filter((row) => row._id !== morvexa._id && row._id !== talvorin._id),
      { ...talvorin, alt_names: 'Talvorin Measurement Technology' },
      quorvant,
    ];
    const { version } = await ctx.screening.importList([listFile('csl-v2.csv', cslCsv(v2))], officer);
    expect(version.delta).toEqual({
      previousVersionId: version1.id,
      added: 1,
      changed: 1,
      removed: 1,
      unchanged: version1.entryCount - 2,
      parties: {
        // quorvant (the added entry) and early (the changed one's name)
        couldMatch: 2,
        // early (changed entry) and morvexa (removed entry)
        heldOnChanged: 2,
        unscreened: 0,
        reweighed: false,
        touched: 3,
        statusChanges: { 'clear→potential-match': 1, 'potential-match→clear': 1 },
      },
    });
    expect(await statusOf('quorvant')).toBe('potential-match');
    expect(await statusOf('morvexa')).toBe('clear');
    expect(await statusOf('early')).toBe('potential-match');
    expect(await statusOf('acme')).toBe('confirmed');
    expect(await statusOf('zentrovex')).toBe('false-positive');
    // Untouched parties have no new screening.
    expect((await ctx.screening.history('acme')).screenings[0]?.trigger).toBe('party-updated');

    const versions = await ctx.screening.listVersions();
    expect(versions.map((v) => [v.id, v.active])).toEqual([
      [version.id, true],
      [version1.id, false],
    ]);
    expect(versions[1]?.supersededAt).not.toBeNull();
  });

  it('brings a false positive back for review when the listed entry changes', async () => {
    const v3 = [
      ...version1Rows().filter((row) => ![morvexa._id, talvorin._id, zentrovex._id].includes(row._id ?? '')),
      { ...talvorin, alt_names: 'Talvorin Measurement Technology' },
      quorvant,
      { ...zentrovex, alt_names: 'Zentrovex Optoelectronics', addresses: 'Hefei, CN' },
    ];
    const { version } = await ctx.screening.importList([listFile('csl-v3.csv', cslCsv(v3))], officer);
    expect(version.delta).toMatchObject({ added: 0, changed: 1, removed: 0, parties: { touched: 1 } });
    expect(await statusOf('zentrovex')).toBe('potential-match');
    const history = await ctx.screening.history('zentrovex');
    expect(history.screenings[0]).toMatchObject({ trigger: 'list-imported', status: 'potential-match' });
    expect(history.decisions).toHaveLength(1);
  });

  it('holds a confirmed block when the party is renamed or the entry leaves the list, until it is lifted', async () => {
    // acme is confirmed on one Huawei entry. Renamed, it matches nothing: the block stays.
    const [confirmedOn] = (await ctx.screening.history('acme')).current.filter(
      (m) => m.state === 'confirmed',
    );
    expect(confirmedOn).toBeDefined();
    const renamed = await ctx.parties.update('acme', { legalName: 'Acme Garden Tools Ltd' }, officer);
    expect(renamed.screeningStatus).toBe('confirmed');
    const acme = await ctx.screening.history('acme');
    expect(acme.screenings[0]).toMatchObject({
      trigger: 'party-updated',
      decision: 'clear',
      status: 'confirmed',
    });
    expect(acme.current).toEqual([
      {
        ...confirmedOn,
        held: { reason: 'no-longer-matched', since: acme.screenings[0]?.screenedAt },
      },
    ]);

    // A block the matcher still finds cannot be lifted: it is confirmed or dismissed instead.
    const stillMatched = await failure(
      ctx.screening.decide(
        'zentrovex',
        { entryId: 'syn-zentrovex', decision: 'lifted', reason: 'Delisted.' },
        officer,
      ),
    );
    expect(stillMatched.code).toBe('VALIDATION_FAILED');
    expect(stillMatched.details.map((d) => d.path)).toEqual(['decision']);

    // quorvant, confirmed, then its entry is removed from the list: still blocked, and why is shown.
    await ctx.screening.decide(
      'quorvant',
      { entryId: quorvant._id, decision: 'confirmed', reason: 'Same address in the licence file.' },
      officer,
    );
    const withoutQuorvant = (await ctx.screening.listVersions())[0];
    const v4 = [
      ...version1Rows().filter((row) => ![morvexa._id, talvorin._id, zentrovex._id].includes(row._id ?? '')),
      { ...talvorin, alt_names: 'Talvorin Measurement Technology' },
      { ...zentrovex, alt_names: 'Zentrovex Optoelectronics', addresses: 'Hefei, CN' },
    ];
    const { version } = await ctx.screening.importList([listFile('csl-v4.csv', cslCsv(v4))], officer);
    expect(version.delta).toMatchObject({
      previousVersionId: withoutQuorvant?.id,
      added: 0,
      changed: 0,
      removed: 1,
      parties: { heldOnChanged: 1, touched: 1, statusChanges: {} },
    });
    expect(await statusOf('quorvant')).toBe('confirmed');
    const held = (await ctx.screening.history('quorvant')).current;
    expect(held.map((m) => [m.entryId, m.state, m.held?.reason])).toEqual([
      [quorvant._id, 'confirmed', 'entry-removed'],
    ]);
    // Screening again keeps it, with the time it was first held.
    const again = await ctx.screening.screenNow('quorvant', officer);
    expect(again.status).toBe('confirmed');
    expect(again.matches[0]?.held).toEqual(held[0]?.held);

    // Lifting takes a reason, is audited, and leaves nothing matched.
    const noReason = await failure(
      ctx.screening.decide('quorvant', { entryId: quorvant._id, decision: 'lifted', reason: '' }, officer),
    );
    expect(noReason.details.map((d) => d.path)).toEqual(['reason']);
    const lifted = await ctx.screening.decide(
      'quorvant',
      { entryId: quorvant._id, decision: 'lifted', reason: 'Removed from the Entity List (FR notice).' },
      officer,
    );
    expect(lifted.status).toBe('clear');
    expect((await ctx.screening.history('quorvant')).current).toEqual([]);
    const [event] = await ctx.audit.list({ entityType: 'party', entityId: 'quorvant', limit: 1 });
    expect(event).toMatchObject({ action: 'screening.decided', seq: lifted.auditEventSeq });
    expect(event?.summary).toMatch(/^Lifted the block on the match of Quorvant/);
    expect(JSON.parse(event?.changes ?? '{}')).toMatchObject({
      decision: 'lifted',
      before: 'confirmed',
      after: 'clear',
    });
    expect((await ctx.screening.screenNow('quorvant', officer)).status).toBe('clear');

    // Listed again, the entry is reviewed anew: a lifted block does not dismiss it.
    await ctx.screening.importList([listFile('csl-v5.csv', cslCsv([...v4, quorvant]))], officer);
    expect(await statusOf('quorvant')).toBe('potential-match');

    // acme's block is lifted the same way.
    const acmeLifted = await ctx.screening.decide(
      'acme',
      {
        entryId: confirmedOn?.entryId,
        decision: 'lifted',
        reason: 'Corrected: the party is Acme, not Huawei.',
      },
      officer,
    );
    expect(acmeLifted.status).toBe('clear');

    // A confirmation made in error is undone by dismissing the match: the party is no longer blocked.
    const quorvantAgain = await ctx.screening.decide(
      'quorvant',
      { entryId: quorvant._id, decision: 'confirmed', reason: 'Looked like the listed maker.' },
      officer,
    );
    expect(quorvantAgain.status).toBe('confirmed');
    const undone = await ctx.screening.decide(
      'quorvant',
      { entryId: quorvant._id, decision: 'false-positive', reason: 'Other USCC; a namesake in Hefei.' },
      officer,
    );
    expect(undone.status).toBe('false-positive');

    const verification = await ctx.audit.verify();
    expect(verification.ok).toBe(true);
  });
});

describe('screening thresholds from the environment', () => {
  it('refuse to start a service whose review threshold is above its hit threshold', async () => {
    await expect(
      createContext(testConfig({ screening: { hit: undefined, review: 0.95 } }), {
        database: { engine: 'sqlite', file: ':memory:' },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(
        /review threshold \(0\.95\) is above the hit threshold \(0\.9\)/,
      ) as unknown,
    });
  });
});
