import { describe, expect, it } from 'vitest';
import { entryContentHash, listDelta } from '../../src/domain/screening/delta.js';
import type { ListEntry } from '../../src/domain/screening/list-entry.js';
import { listEntry } from '../support/list-entries.js';
import {
  heldBlocks,
  matchStateOf,
  mergeResults,
  partyQueries,
  statusOf,
} from '../../src/domain/screening/screening-decisions.js';
import type { PartyMatch, ReviewRecord } from '../../src/domain/screening/screening.js';
import { defaultThresholds, type ScreeningMatch } from '../../src/domain/screening/matching/index.js';

const entry: ListEntry = listEntry('e1', 'Zentrovex Photonics Co., Ltd.');

const review = (decision: ReviewRecord['decision'], contentHash: string): ReviewRecord => ({
  id: 'd1',
  partyId: 'p',
  entryId: 'e1',
  contentHash,
  decision,
  reason: 'checked',
  decidedBy: 'user:chen',
  decidedAt: '2026-01-01T00:00:00.000Z',
});

const match = (entryId: string, score: number): ScreeningMatch => ({
  entryId,
  source: 's',
  name: entryId,
  variant: entryId,
  score,
  pairs: [],
  parts: { name: score, legalForm: 0, country: 0 },
});

describe('screening decisions', () => {
  it('hashes an entry by content, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as ListEntry;
    expect(entryContentHash(reordered)).toBe(entryContentHash(entry));
    expect(entryContentHash({ ...entry, aliases: ['Zentrovex Optoelectronics'] })).not.toBe(
      entryContentHash(entry),
    );
  });

  it('splits a new version into added, changed, removed and unchanged entries', () => {
    const previous = new Map([
      ['a', 'h1'],
      ['b', 'h2'],
      ['c', 'h3'],
    ]);
    expect(
      listDelta(previous, [
        { id: 'a', contentHash: 'h1' },
        { id: 'b', contentHash: 'h2-new' },
        { id: 'd', contentHash: 'h4' },
      ]),
    ).toEqual({ added: ['d'], changed: ['b'], removed: ['c'], unchanged: 1 });
  });

  it('remembers a false positive only for the entry content it was made on; a confirmation sticks', () => {
    expect(matchStateOf('h1', undefined)).toBe('potential');
    expect(matchStateOf('h1', review('false-positive', 'h1'))).toBe('false-positive');
    expect(matchStateOf('h2', review('false-positive', 'h1'))).toBe('potential');
    expect(matchStateOf('h2', review('confirmed', 'h1'))).toBe('confirmed');
    // A lifted block dismisses nothing: found again, the match is reviewed anew.
    expect(matchStateOf('h1', review('lifted', 'h1'))).toBe('potential');
  });

  it('keeps confirmed matches the matcher no longer finds, saying why and since when', () => {
    const stored = (entryId: string, state: PartyMatch['state'], held?: PartyMatch['held']): PartyMatch => ({
      ...match(entryId, 0.9),
      partyName: 'Acme',
      kind: 'csl',
      versionId: 'v1',
      contentHash: 'h',
      state,
      ...(held ? { held } : {}),
    });
    const listed = new Set(['still-listed', 'found']);
    const now = '2026-06-01T00:00:00.000Z';
    const kept = heldBlocks(
      [
        stored('found', 'confirmed'),
        stored('still-listed', 'confirmed'),
        stored('delisted', 'confirmed', { reason: 'no-longer-matched', since: '2026-01-01T00:00:00.000Z' }),
        stored('dismissed', 'false-positive'),
        stored('undecided', 'potential'),
      ],
      new Set(['found']),
      (id) => listed.has(id),
      now,
    );
    expect(kept.map((m) => [m.entryId, m.state, m.held])).toEqual([
      ['still-listed', 'confirmed', { reason: 'no-longer-matched', since: now }],
      ['delisted', 'confirmed', { reason: 'entry-removed', since: '2026-01-01T00:00:00.000Z' }],
    ]);
  });

  it('derives the party status from its matches, the most serious first', () => {
    expect(statusOf([])).toBe('clear');
    expect(statusOf(['false-positive'])).toBe('false-positive');
    expect(statusOf(['false-positive', 'potential'])).toBe('potential-match');
    expect(statusOf(['potential', 'confirmed'])).toBe('confirmed');
  });

  it('queries every name of a party once and keeps the best match per entry', () => {
    const queries = partyQueries({
      id: 'p',
      legalName: 'Zentrovex Photonics Co., Ltd.',
      otherNames: ['Zentrovex', ' Zentrovex Photonics Co., Ltd. '],
      country: 'CN',
    });
    expect(queries.map((q) => q.name)).toEqual(['Zentrovex Photonics Co., Ltd.', 'Zentrovex']);
    const merged = mergeResults(
      queries,
      [
        { id: 'p#0', decision: 'review', matches: [match('e1', 0.8), match('e2', 0.75)] },
        { id: 'p#1', decision: 'hit', matches: [match('e1', 0.95)] },
      ],
      defaultThresholds,
    );
    expect(merged.decision).toBe('hit');
    expect(merged.matches.map((m) => [m.entryId, m.score, m.partyName])).toEqual([
      ['e1', 0.95, 'Zentrovex'],
      ['e2', 0.75, 'Zentrovex Photonics Co., Ltd.'],
    ]);
  });
});
