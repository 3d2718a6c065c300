import type { Party, ScreeningStatus } from '../parties/party.js';
import type {
  ScreeningDecision,
  ScreeningMatch,
  ScreeningQuery,
  ScreeningResult,
  ScreeningThresholds,
} from './matching/index.js';
import type { MatchState, PartyMatch, ReviewRecord } from './screening.js';

/** What screening needs of a party. */
export type ScreenedParty = Pick<Party, 'id' | 'legalName' | 'otherNames' | 'country' | 'screeningStatus'>;

/**
 * One query per name the party goes by (legal name first, then its other names: trade names, pinyin,
 * Chinese): a listed company may be known to us under any of them. Ids are `<party>#<n>`.
 */
export function partyQueries(party: Pick<ScreenedParty, 'id' | 'legalName' | 'otherNames' | 'country'>) {
  const names = [...new Set([party.legalName, ...party.otherNames].map((name) => name.trim()))].filter(
    (name) => name !== '',
  );
  return names.map((name, n): ScreeningQuery => ({ id: `${party.id}#${n}`, name, country: party.country }));
}

const decisionRank: Record<ScreeningDecision, number> = { clear: 0, review: 1, hit: 2 };

/**
 * Merges the results of a party's queries: per list entry the best-scoring match (with the party name
 * that made it), in descending score. Matches under the review threshold, or of a query the matcher
 * cleared, are not matches to hold the party on.
 */
export function mergeResults(
  queries: readonly ScreeningQuery[],
  results: readonly ScreeningResult[],
  thresholds: ScreeningThresholds,
): { decision: ScreeningDecision; matches: (ScreeningMatch & { partyName: string })[] } {
  let decision: ScreeningDecision = 'clear';
  const best = new Map<string, ScreeningMatch & { partyName: string }>();
  results.forEach((result, n) => {
    if (decisionRank[result.decision] > decisionRank[decision]) decision = result.decision;
    if (result.decision === 'clear') return;
    const partyName = queries[n]?.name ?? '';
    for (const match of result.matches) {
      if (match.score < thresholds.review) continue;
      const held = best.get(match.entryId);
      if (!held || match.score > held.score) best.set(match.entryId, { ...match, partyName });
    }
  });
  const matches = [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  return { decision, matches };
}

/**
 * Where a match stands given the reviewer's latest decision on that party and entry:
 * - none: potential, to be reviewed;
 * - confirmed: confirmed whatever the entry became since. Only a reviewer releases a block;
 * - false positive: remembered only for the entry's content it was made on. When the entry changes
 *   (a new alias, an address), the match comes back for review;
 * - lifted: the block was released when nothing matched any more; a match found again is reviewed anew.
 */
export function matchStateOf(contentHash: string, latest: ReviewRecord | undefined): MatchState {
  if (!latest) return 'potential';
  if (latest.decision === 'confirmed') return 'confirmed';
  if (latest.decision === 'lifted') return 'potential';
  return latest.contentHash === contentHash ? 'false-positive' : 'potential';
}

/**
 * The confirmed matches a new screening keeps although the matcher no longer finds them: a confirmed
 * block ends by a reviewer's `lifted` decision, never because a list update dropped the entry or the
 * party's names were edited. Each is marked with why it is held (kept from the first screening that
 * missed it, so `since` says how long) and otherwise left as it was confirmed.
 */
export function heldBlocks(
  previous: readonly PartyMatch[],
  found: ReadonlySet<string>,
  isListed: (entryId: string) => boolean,
  now: string,
): PartyMatch[] {
  return previous
    .filter((match) => match.state === 'confirmed' && !found.has(match.entryId))
    .map((match) => ({
      ...match,
      held: {
        reason: isListed(match.entryId) ? 'no-longer-matched' : 'entry-removed',
        since: match.held?.since ?? now,
      },
    }));
}

/**
 * A party's status from its matches' states: any confirmed match blocks it; else any undecided one
 * queues it for review; else, when every match was dismissed, false-positive; with no match, clear.
 */
export function statusOf(states: readonly MatchState[]): ScreeningStatus {
  if (states.includes('confirmed')) return 'confirmed';
  if (states.includes('potential')) return 'potential-match';
  if (states.includes('false-positive')) return 'false-positive';
  return 'clear';
}
