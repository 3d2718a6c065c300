import type { ScreeningStatus } from '../parties/party.js';
import type { ListEntry, ListKind } from './list-entry.js';
import type { ScreeningDecision, ScreeningMatch } from './matching/index.js';

/**
 * Where one of a party's matches stands: `potential` until a reviewer decides it, then `confirmed` (the
 * party is the listed one: blocked) or `false-positive` (remembered for that version of the entry).
 */
export const matchStates = ['potential', 'confirmed', 'false-positive'] as const;
export type MatchState = (typeof matchStates)[number];

/**
 * What a reviewer may decide about a match: `confirmed` (the party is the listed one), `false-positive`
 * (it is not), or `lifted`: a confirmed block that no screening finds any more (the entry left the list,
 * or the party's names no longer match it) is released. Nothing else releases a confirmed block.
 */
export const reviewDecisions = ['confirmed', 'false-positive', 'lifted'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Why a confirmed match is kept although the latest screening did not find it. */
export const heldReasons = ['entry-removed', 'no-longer-matched'] as const;
export type HeldReason = (typeof heldReasons)[number];

/** A confirmed match carried from screening to screening until a reviewer lifts it. */
export interface HeldBlock {
  reason: HeldReason;
  /** When a screening first did not find the match. */
  since: string;
}

/** What caused a screening. */
export const screeningTriggers = [
  'party-created',
  'party-updated',
  'party-imported',
  'list-imported',
  'manual',
] as const;
export type ScreeningTrigger = (typeof screeningTriggers)[number];

/** A match of one of the party's names with a list entry, with the explanation the matcher gave. */
export interface PartyMatch extends ScreeningMatch {
  /** The party's name that matched (its legal name or one of its other names). */
  partyName: string;
  kind: ListKind;
  /** The list version the entry was read from, and the entry's content hash in it. */
  versionId: string;
  contentHash: string;
  state: MatchState;
  /** Set when the matcher no longer finds this confirmed match and it is kept as a block. */
  held?: HeldBlock;
}

/** One screening of a party, as stored and shown in its history. */
export interface Screening {
  id: string;
  partyId: string;
  screenedAt: string;
  actor: string;
  trigger: ScreeningTrigger;
  versionIds: string[];
  /** The matcher's verdict over all the party's names. */
  decision: ScreeningDecision;
  /** The party's status after it, decisions remembered. */
  status: ScreeningStatus;
  matches: PartyMatch[];
}

/** A reviewer's decision on a party's match with one version of a list entry. */
export interface ReviewRecord {
  id: string;
  partyId: string;
  entryId: string;
  contentHash: string;
  decision: ReviewDecision;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ListFileSummary {
  name: string;
  sha256: string;
  rows: number;
}

/** How one list import changed the list and which parties it re-screened. */
export interface ListImportDelta {
  /** The version this one superseded; null for a kind's first version. */
  previousVersionId: string | null;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  parties: RescreenCounts;
}

export interface RescreenCounts {
  /** Parties whose names could match an added or changed entry. */
  couldMatch: number;
  /** Parties whose current matches reference a changed or removed entry. */
  heldOnChanged: number;
  /** Parties never screened before (no list was in force when they were last written). */
  unscreened: number;
  /**
   * Whether the update re-weighed the words (a kind's first list, or more than a tenth of the entries
   * changed since the last weighing): every party is then re-screened.
   */
  reweighed: boolean;
  /** Parties re-screened: the union of the three. */
  touched: number;
  /** Of those, how many changed status, by `from→to`. */
  statusChanges: Record<string, number>;
}

/** A dated version of one list kind. */
export interface ListVersion {
  id: string;
  kind: ListKind;
  importedAt: string;
  importedBy: string;
  files: ListFileSummary[];
  entryCount: number;
  active: boolean;
  supersededAt: string | null;
  delta: ListImportDelta;
}

/** A potential match waiting for review, with what the reviewer needs to judge it. */
export interface QueueItem {
  party: { id: string; legalName: string; country: string; screeningStatus: ScreeningStatus };
  match: PartyMatch;
  entry: ListEntry;
  screenedAt: string;
  screeningId: string;
}
