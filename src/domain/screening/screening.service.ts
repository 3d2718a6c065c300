import type { Db, Executor, Tx } from '../../db/database.js';
import { findParty, lockParty } from '../../db/repositories/party.repository.js';
import {
  activeListVersions,
  confirmedMatchesOf,
  countQueue,
  currentMatchesOf,
  decisionsOf,
  deleteMatch,
  findActiveListVersion,
  findWeighting,
  holdScreeningLock,
  setListVersionWeighting,
  findMatch,
  findPartiesForScreening,
  insertDecision,
  insertListEntries,
  insertListVersion,
  insertScreenings,
  listEntryHashes,
  listListVersions,
  listQueue,
  listScreenings,
  matchStatesOf,
  partiesHeldOn,
  replaceMatches,
  setListVersionDelta,
  setMatchState,
  setScreeningStatuses,
  streamListEntries,
  streamPartiesForScreening,
  supersedeListVersion,
  type PartyScreeningRow,
} from '../../db/repositories/screening.repository.js';
import type {
  ScreeningDecisionsTable,
  ScreeningListVersionsTable,
  ScreeningMatchesTable,
  ScreeningsTable,
} from '../../db/schema/screening.table.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import { timeOrderedId } from '../ids.js';
import type { PartyScreeningHook } from '../parties/parties.service.js';
import { screeningStatuses, type ScreeningStatus } from '../parties/party.js';
import { parseInput } from '../validation.js';
import { entryContentHash, listDelta } from './delta.js';
import type { ListEntry, ListKind } from './list-entry.js';
import { readList, type ListFileInput } from './lists/read-list.js';
import {
  defaultThresholds,
  ScreeningIndex,
  type ScreeningThresholds,
  type WordStatistics,
} from './matching/index.js';
import {
  heldBlocks,
  matchStateOf,
  mergeResults,
  partyQueries,
  statusOf,
  type ScreenedParty,
} from './screening-decisions.js';
import {
  decisionInputSchema,
  queueFilterSchema,
  type DecisionInput,
  type QueueFilter,
} from './screening-input.js';
import type {
  ListImportDelta,
  ListVersion,
  MatchState,
  PartyMatch,
  QueueItem,
  RescreenCounts,
  ReviewDecision,
  ReviewRecord,
  Screening,
  ScreeningTrigger,
} from './screening.js';

/** Where a list entry in the index came from. */
interface IndexedEntry {
  versionId: string;
  kind: ListKind;
  contentHash: string;
}

/** The matcher's index over the versions in force, with what each entry's match must record. */
interface ActiveIndex {
  /** The sorted ids of the versions in force: the cache key. */
  key: string;
  versionIds: string[];
  index: ScreeningIndex;
  entries: Map<string, IndexedEntry>;
}

/** Parties screened per batch: each batch is a handful of statements, whatever the number of parties. */
const screeningBatch = 500;

/**
 * Stable weights. The matcher weighs a word by how rare it is among the entries, so any change to the
 * list moves every score a little: a party matched by no changed entry could still cross a threshold.
 * So the index weighs words by statistics kept with the versions and carried from one update to the next
 * (a word a new entry brings counts as rare). Then an update changes no score but those of the entries it
 * touched, and re-screening only the parties those could match ends exactly where screening everyone
 * would. Once the changes since the statistics were taken pass this share of the entries, the update
 * takes fresh statistics and re-screens everyone.
 */
const reweighShare = 0.1;

/** Only the newest screenings are shown in a party's history. */
const historyLimit = 100;

export interface ListImportResult {
  version: ListVersion;
  auditEventSeq: number;
}

export interface DecisionResult {
  decision: ReviewRecord;
  status: ScreeningStatus;
  auditEventSeq: number;
}

export interface ScreeningHistory {
  partyId: string;
  status: ScreeningStatus;
  screenings: Screening[];
  decisions: ReviewRecord[];
  /** The matches the party stands on now, decisions applied (held blocks included), best first. */
  current: PartyMatch[];
}

/** How the audit trail words each decision. */
const decisionVerbs: Record<ReviewDecision, string> = {
  confirmed: 'Confirmed',
  'false-positive': 'Dismissed as a false positive',
  lifted: 'Lifted the block on',
};

function asStatus(value: string): ScreeningStatus {
  return (screeningStatuses as readonly string[]).includes(value) ? (value as ScreeningStatus) : 'unscreened';
}

function toScreenedParty(row: PartyScreeningRow): ScreenedParty {
  return {
    id: row.id,
    legalName: row.legalName,
    otherNames: JSON.parse(row.otherNames) as string[],
    country: row.country,
    screeningStatus: asStatus(row.screeningStatus),
  };
}

function toScreening(row: ScreeningsTable): Screening {
  return {
    id: row.id,
    partyId: row.partyId,
    screenedAt: row.screenedAt,
    actor: row.actor,
    trigger: row.trigger as ScreeningTrigger,
    versionIds: JSON.parse(row.versionIds) as string[],
    decision: row.decision as Screening['decision'],
    status: asStatus(row.status),
    matches: (JSON.parse(row.result) as { matches: PartyMatch[] }).matches,
  };
}

function toListVersion(
  row: Omit<ScreeningListVersionsTable, 'wordStatistics' | 'changesSinceWeighting'>,
): ListVersion {
  return {
    id: row.id,
    kind: row.kind as ListKind,
    importedAt: row.importedAt,
    importedBy: row.importedBy,
    files: JSON.parse(row.files) as ListVersion['files'],
    entryCount: row.entryCount,
    active: row.active === 1,
    supersededAt: row.supersededAt,
    delta: JSON.parse(row.delta) as ListImportDelta,
  };
}

function toReview(row: ScreeningDecisionsTable): ReviewRecord {
  return { ...row, decision: row.decision as ReviewRecord['decision'] };
}

/** The entries of the versions in force, read back from the database. */
async function loadEntries(
  db: Executor,
  versions: readonly { id: string; kind: string }[],
): Promise<{ entries: ListEntry[]; indexed: Map<string, IndexedEntry> }> {
  const entries: ListEntry[] = [];
  const indexed = new Map<string, IndexedEntry>();
  for (const version of versions) {
    for await (const row of streamListEntries(db, version.id)) {
      entries.push(JSON.parse(row.entry) as ListEntry);
      indexed.set(row.entryId, {
        versionId: version.id,
        kind: version.kind as ListKind,
        contentHash: row.contentHash,
      });
    }
  }
  return { entries, indexed };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;

/**
 * Restricted-party screening: list versions, screening parties against the versions in force, the review
 * queue and reviewers' decisions.
 *
 * The matcher's index over the versions in force is built once and cached. Several app instances may
 * share one PostgreSQL database, so the cache is keyed on the set of active version ids, which every
 * screening re-reads first (one indexed query): an import made by another instance or the CLI is picked
 * up at the next screening.
 */
export function createScreeningService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  thresholds?: ScreeningThresholds;
}) {
  const { db, clock, audit } = deps;
  const thresholds = deps.thresholds ?? defaultThresholds;
  let cache: ActiveIndex | undefined;

  /**
   * The index over the versions in force as `executor` sees them, or undefined when no list has been
   * imported. Rebuilt on `executor` (never on the outer handle from inside a transaction: on SQLite that
   * would wait for the transaction's own connection). A rebuild inside an import's uncommitted
   * transaction is harmless: its key names a version id that exists only if the import commits.
   */
  async function activeIndex(executor: Executor): Promise<ActiveIndex | undefined> {
    const versions = await activeListVersions(executor);
    if (versions.length === 0) return undefined;
    const versionIds = versions.map((v) => v.id).sort();
    const key = versionIds.join(',');
    if (cache?.key === key) return cache;
    const { entries, indexed } = await loadEntries(executor, versions);
    // Versions ids are time-ordered: the newest in force holds the statistics words are weighed by.
    const weighting = await findWeighting(executor, versionIds.at(-1) ?? '');
    const basis = weighting ? (JSON.parse(weighting.wordStatistics) as WordStatistics) : undefined;
    const built: ActiveIndex = {
      key,
      versionIds,
      index: ScreeningIndex.build(entries, basis),
      entries: indexed,
    };
    cache = built;
    return built;
  }

  /**
   * Screens parties against the index and writes, per party: a screening row, its current matches
   * (replacing the previous ones) and its status. Reviewers' decisions are applied as matchStateOf says.
   * Returns each party's status before and after, in the order given.
   */
  async function screenWithin(
    tx: Tx,
    active: ActiveIndex,
    parties: readonly ScreenedParty[],
    actor: Principal | undefined,
    trigger: ScreeningTrigger,
  ): Promise<{ party: ScreenedParty; screening: Screening }[]> {
    const out: { party: ScreenedParty; screening: Screening }[] = [];
    const now = isoInstant(clock);
    const actorName = actorOf(actor);
    for (let at = 0; at < parties.length; at += screeningBatch) {
      const batch = parties.slice(at, at + screeningBatch);
      const latest = new Map<string, ReviewRecord>();
      for (const row of await decisionsOf(
        tx,
        batch.map((p) => p.id),
      )) {
        latest.set(`${row.partyId}\n${row.entryId}`, toReview(row));
      }
      const confirmed = new Map<string, PartyMatch[]>();
      for (const row of await confirmedMatchesOf(
        tx,
        batch.map((p) => p.id),
      )) {
        // The row's state is the decided one; its JSON keeps the state the match was found in.
        const match: PartyMatch = { ...(JSON.parse(row.match) as PartyMatch), state: 'confirmed' };
        confirmed.set(row.partyId, [...(confirmed.get(row.partyId) ?? []), match]);
      }
      const screeningRows: ScreeningsTable[] = [];
      const matchRows: ScreeningMatchesTable[] = [];
      const byStatus = new Map<string, string[]>();
      for (const party of batch) {
        const queries = partyQueries(party);
        const merged = mergeResults(
          queries,
          queries.map((q) => active.index.screen(q, thresholds)),
          thresholds,
        );
        const id = timeOrderedId();
        const matches: PartyMatch[] = [];
        for (const match of merged.matches) {
          const entry = active.entries.get(match.entryId);
          // The index holds exactly the entries of `active`; an unknown id would be a matcher fault.
          if (!entry) throw new Error(`the matcher returned entry ${match.entryId}, which is not indexed`);
          const state: MatchState = matchStateOf(
            entry.contentHash,
            latest.get(`${party.id}\n${match.entryId}`),
          );
          matches.push({
            ...match,
            kind: entry.kind,
            versionId: entry.versionId,
            contentHash: entry.contentHash,
            state,
          });
        }
        matches.push(
          ...heldBlocks(
            confirmed.get(party.id) ?? [],
            new Set(matches.map((m) => m.entryId)),
            (entryId) => active.entries.has(entryId),
            now,
          ),
        );
        const status = statusOf(matches.map((m) => m.state));
        const screening: Screening = {
          id,
          partyId: party.id,
          screenedAt: now,
          actor: actorName,
          trigger,
          versionIds: active.versionIds,
          decision: merged.decision,
          status,
          matches,
        };
        out.push({ party, screening });
        screeningRows.push({
          id,
          partyId: party.id,
          screenedAt: now,
          actor: actorName,
          trigger,
          versionIds: JSON.stringify(active.versionIds),
          decision: merged.decision,
          status,
          result: JSON.stringify({ matches }),
        });
        for (const match of matches) {
          matchRows.push({
            partyId: party.id,
            entryId: match.entryId,
            versionId: match.versionId,
            contentHash: match.contentHash,
            state: match.state,
            scoreMilli: Math.round(match.score * 1000),
            screeningId: id,
            screenedAt: now,
            match: JSON.stringify(match),
          });
        }
        if (status !== party.screeningStatus)
          byStatus.set(status, [...(byStatus.get(status) ?? []), party.id]);
      }
      await insertScreenings(tx, screeningRows);
      await replaceMatches(
        tx,
        batch.map((p) => p.id),
        matchRows,
      );
      await setScreeningStatuses(tx, byStatus);
    }
    return out;
  }

  /** Screens one party inside the caller's transaction and audits it; undefined when no list is in force. */
  async function screenOneWithin(
    tx: Tx,
    party: ScreenedParty,
    actor: Principal | undefined,
    trigger: ScreeningTrigger,
  ): Promise<Screening | undefined> {
    const active = await activeIndex(tx);
    if (!active) return undefined;
    const [done] = await screenWithin(tx, active, [party], actor, trigger);
    if (!done) throw new Error('screening returned no result');
    const { screening } = done;
    await audit.record(tx, actor, {
      action: 'party.screened',
      entityType: 'party',
      entityId: party.id,
      summary:
        `Screened ${party.legalName}: ${screening.status}` +
        (screening.matches.length ? ` (${screening.matches.length} match(es))` : ''),
      changes: {
        screeningId: screening.id,
        trigger,
        versionIds: screening.versionIds,
        before: party.screeningStatus,
        after: screening.status,
        matches: screening.matches.map((m) => ({
          entryId: m.entryId,
          contentHash: m.contentHash,
          score: m.score,
          state: m.state,
        })),
      },
    });
    return screening;
  }

  /** Parties the new entries could match, parties held on changed or removed entries, and the unscreened. */
  async function deltaTargets(
    tx: Tx,
    changedEntries: readonly ListEntry[],
    changedOrRemoved: readonly string[],
    basis: WordStatistics | undefined,
  ): Promise<{ parties: ScreenedParty[]; counts: Omit<RescreenCounts, 'touched' | 'statusChanges'> }> {
    // Weighed as the full index weighs them, the changed entries score a party exactly as it will; with
    // no basis (a re-weighing) every party is a target anyway.
    const deltaIndex =
      changedEntries.length && basis ? ScreeningIndex.build(changedEntries, basis) : undefined;
    const held = await partiesHeldOn(tx, changedOrRemoved);
    const targets = new Map<string, ScreenedParty>();
    let couldMatch = 0;
    let unscreened = 0;
    for await (const row of streamPartiesForScreening(tx)) {
      const party = toScreenedParty(row);
      let target = false;
      if (party.screeningStatus === 'unscreened') {
        unscreened += 1;
        target = true;
      }
      if (!basis) target = true;
      else if (deltaIndex && partyQueries(party).some((q) => deltaIndex.couldMatch(q, thresholds))) {
        couldMatch += 1;
        target = true;
      }
      if (held.has(party.id)) target = true;
      if (target) targets.set(party.id, party);
    }
    return {
      parties: [...targets.values()],
      counts: { couldMatch, heldOnChanged: held.size, unscreened, reweighed: !basis },
    };
  }

  const partyHook: PartyScreeningHook = {
    holdWithin: (tx) => holdScreeningLock(tx, 'shared'),

    async screenPartyWithin(tx, party, actor, trigger) {
      const screening = await screenOneWithin(tx, party, actor, trigger);
      return screening?.status ?? party.screeningStatus;
    },

    async screenImportedWithin(tx, parties, actor) {
      const active = await activeIndex(tx);
      if (!active || parties.length === 0) return undefined;
      const done = await screenWithin(tx, active, parties, actor, 'party-imported');
      const byStatus: Record<string, number> = {};
      for (const { screening } of done) byStatus[screening.status] = (byStatus[screening.status] ?? 0) + 1;
      return byStatus;
    },
  };

  return {
    /** What the parties service calls when a party is created, changed or imported. */
    partyHook,

    /**
     * Imports a new version of one list kind from its files, all or nothing.
     *
     * The files are read and checked first, outside any transaction: a file that is not a list or is
     * truncated fails with LIST_INVALID and nothing is written, the previous version staying in force.
     * Then one transaction stores the version and its entries, supersedes the previous version of the
     * kind, re-screens the parties the change can affect (the delta: see deltaTargets) and audits it all.
     * Re-screening inside the import's transaction keeps the list and the statuses derived from it in step:
     * no reader ever sees a new list with statuses from the old one, and a failure re-screening rolls the
     * version back. The price is a longer write transaction when a kind is imported for the first time.
     */
    async importList(
      files: readonly ListFileInput[],
      actor: Principal | undefined,
      onProgress?: (rowsRead: number) => void,
    ): Promise<ListImportResult> {
      if (files.length === 0) {
        throw new DomainError('VALIDATION_FAILED', 'Send at least one list file.', [
          { path: 'files', message: 'no file' },
        ]);
      }
      const loaded = await readList(files, onProgress);
      const hashed = loaded.entries.map((entry) => ({
        entry,
        id: entry.id,
        contentHash: entryContentHash(entry),
      }));
      let installed: ActiveIndex | undefined;
      const result = await inTransaction(db, async (tx) => {
        // Alone: screenings under way finish first, and parties written meanwhile wait for the new lists.
        await holdScreeningLock(tx, 'exclusive');
        const now = isoInstant(clock);
        const previous = await findActiveListVersion(tx, loaded.kind);
        const delta = listDelta(previous ? await listEntryHashes(tx, previous.id) : new Map(), hashed);
        // Stable weights (see reweighShare): the statistics of the newest version in force carry over
        // while the changes since they were taken stay small.
        const inForce = (await activeListVersions(tx)).map((v) => v.id).sort();
        const weighting = inForce.length ? await findWeighting(tx, inForce.at(-1) ?? '') : undefined;
        const changes = delta.added.length + delta.changed.length + delta.removed.length;
        const carried = weighting ? (JSON.parse(weighting.wordStatistics) as WordStatistics) : undefined;
        const changesSinceWeighting = (weighting?.changesSinceWeighting ?? 0) + changes;
        const basis =
          carried && changesSinceWeighting <= reweighShare * carried.entries ? carried : undefined;
        if (previous) await supersedeListVersion(tx, previous.id, now);
        const versionId = timeOrderedId();
        await insertListVersion(tx, {
          id: versionId,
          kind: loaded.kind,
          importedAt: now,
          importedBy: actorOf(actor),
          files: JSON.stringify(loaded.files),
          entryCount: hashed.length,
          active: 1,
          supersededAt: null,
          delta: '{}',
          // Filled in below, once the index over the new set of versions is built.
          wordStatistics: '{}',
          changesSinceWeighting: 0,
        });
        await insertListEntries(
          tx,
          hashed.map(({ entry, contentHash }) => ({
            versionId,
            entryId: entry.id,
            source: entry.source,
            name: entry.name,
            contentHash,
            entry: JSON.stringify(entry),
          })),
        );

        // The index over the new set of versions: the other kinds' entries read back, this kind's as read.
        const versions = await activeListVersions(tx);
        const others = await loadEntries(
          tx,
          versions.filter((v) => v.id !== versionId),
        );
        for (const { id, contentHash } of hashed) {
          others.indexed.set(id, { versionId, kind: loaded.kind, contentHash });
        }
        const versionIds = versions.map((v) => v.id).sort();
        const index = ScreeningIndex.build([...others.entries, ...loaded.entries], basis);
        const active: ActiveIndex = { key: versionIds.join(','), versionIds, index, entries: others.indexed };
        await setListVersionWeighting(tx, versionId, {
          wordStatistics: JSON.stringify(basis ?? index.statistics),
          changesSinceWeighting: basis ? changesSinceWeighting : 0,
        });

        const changedIds = new Set([...delta.added, ...delta.changed]);
        const targets = await deltaTargets(
          tx,
          hashed.filter((h) => changedIds.has(h.id)).map((h) => h.entry),
          [...delta.changed, ...delta.removed],
          basis,
        );
        const done = await screenWithin(tx, active, targets.parties, actor, 'list-imported');
        const statusChanges: Record<string, number> = {};
        const newlyHeld: string[] = [];
        for (const { party, screening } of done) {
          if (screening.status === party.screeningStatus) continue;
          const key = `${party.screeningStatus}→${screening.status}`;
          statusChanges[key] = (statusChanges[key] ?? 0) + 1;
          if (screening.status === 'potential-match' || screening.status === 'confirmed')
            newlyHeld.push(party.id);
        }
        const summary: ListImportDelta = {
          previousVersionId: previous?.id ?? null,
          added: delta.added.length,
          changed: delta.changed.length,
          removed: delta.removed.length,
          unchanged: delta.unchanged,
          parties: { ...targets.counts, touched: done.length, statusChanges },
        };
        await setListVersionDelta(tx, versionId, JSON.stringify(summary));
        const event = await audit.record(tx, actor, {
          action: 'screening.list-imported',
          entityType: 'screening-list-version',
          entityId: versionId,
          summary:
            `Imported ${loaded.kind} list: ${hashed.length.toLocaleString('en-US')} entries ` +
            `(+${summary.added} ~${summary.changed} −${summary.removed}); re-screened ${done.length.toLocaleString('en-US')} parties`,
          changes: {
            kind: loaded.kind,
            files: loaded.files,
            entryCount: hashed.length,
            delta: summary,
            // Which entries changed, so the trail says what each version did; a kind's first version
            // adds every entry, which the files' digests already pin down.
            entries: previous
              ? { added: delta.added, changed: delta.changed, removed: delta.removed }
              : undefined,
            partiesNowHeld: newlyHeld,
          },
        });
        installed = active;
        const row = {
          id: versionId,
          kind: loaded.kind,
          importedAt: now,
          importedBy: actorOf(actor),
          files: loaded.files,
          entryCount: hashed.length,
          active: true,
          supersededAt: null,
          delta: summary,
        } satisfies ListVersion;
        return { version: row, auditEventSeq: event.seq };
      });
      // Only once committed does the new index serve other screenings.
      cache = installed;
      return result;
    },

    /** Every stored version, newest first. */
    async listVersions(): Promise<ListVersion[]> {
      return (await listListVersions(db)).map(toListVersion);
    },

    /** Potential matches waiting for a reviewer. */
    async queue(rawFilter: unknown = {}): Promise<{ total: number; items: QueueItem[] }> {
      const filter: QueueFilter = parseInput(queueFilterSchema, rawFilter);
      const rows = await listQueue(db, { limit: filter.limit ?? 100, offset: filter.offset ?? 0 });
      return {
        total: await countQueue(db),
        items: rows.map((row) => ({
          party: {
            id: row.partyId,
            legalName: row.legalName,
            country: row.country,
            screeningStatus: asStatus(row.screeningStatus),
          },
          match: JSON.parse(row.match) as PartyMatch,
          entry: JSON.parse(row.entry) as ListEntry,
          screenedAt: row.screenedAt,
          screeningId: row.screeningId,
        })),
      };
    },

    /**
     * Records a reviewer's decision on one of a party's current matches, with the entry's content hash:
     * a false positive holds until the entry changes. The party's status follows from all its matches.
     * Audited in the same transaction.
     */
    async decide(partyId: string, raw: unknown, actor: Principal): Promise<DecisionResult> {
      const input: DecisionInput = parseInput(decisionInputSchema, raw);
      return inTransaction(db, async (tx) => {
        await holdScreeningLock(tx, 'shared');
        const party = await lockParty(tx, partyId);
        if (!party) throw notFound('Party', partyId);
        const match = await findMatch(tx, partyId, input.entryId);
        if (!match) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `entryId: ${input.entryId} is not a current match of party ${partyId}; reload the queue.`,
            [{ path: 'entryId', message: 'not a current match of this party' }],
          );
        }
        const storedMatch = JSON.parse(match.match) as PartyMatch;
        if (input.decision === 'lifted' && !storedMatch.held) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `decision: only a confirmed match that screening no longer finds can be lifted; ${input.entryId} ` +
              `still matches party ${partyId} (confirm it, or dismiss it as a false positive).`,
            [{ path: 'decision', message: 'the match is not a held block' }],
          );
        }
        const decision: ReviewRecord = {
          id: timeOrderedId(),
          partyId,
          entryId: input.entryId,
          contentHash: match.contentHash,
          decision: input.decision,
          reason: input.reason,
          decidedBy: actorOf(actor),
          decidedAt: isoInstant(clock),
        };
        await insertDecision(tx, decision);
        // A lifted block is no longer a match at all; the others keep their row in the decided state.
        if (input.decision === 'lifted') await deleteMatch(tx, partyId, input.entryId);
        else await setMatchState(tx, partyId, input.entryId, input.decision);
        const before = asStatus(party.screeningStatus);
        const status = statusOf((await matchStatesOf(tx, partyId)) as MatchState[]);
        if (status !== before) await setScreeningStatuses(tx, new Map([[status, [partyId]]]));
        const event = await audit.record(tx, actor, {
          action: 'screening.decided',
          entityType: 'party',
          entityId: partyId,
          summary: `${decisionVerbs[input.decision]} the match of ${party.legalName} with ${storedMatch.name}: ${input.reason}`,
          changes: { ...decision, before, after: status },
        });
        return { decision, status, auditEventSeq: event.seq };
      });
    },

    /** A party's screenings (newest first) and the decisions made on its matches. */
    async history(partyId: string): Promise<ScreeningHistory> {
      const party = await findParty(db, partyId);
      if (!party) throw notFound('Party', partyId);
      const [screenings, decisions, current] = await Promise.all([
        listScreenings(db, partyId, historyLimit),
        decisionsOf(db, [partyId]),
        currentMatchesOf(db, partyId),
      ]);
      return {
        partyId,
        status: asStatus(party.screeningStatus),
        screenings: screenings.map(toScreening),
        decisions: decisions.map(toReview).reverse(),
        current: current.map((row) => ({
          ...(JSON.parse(row.match) as PartyMatch),
          state: row.state as MatchState,
        })),
      };
    },

    /** Screens a party now against the lists in force. */
    async screenNow(partyId: string, actor: Principal | undefined): Promise<Screening> {
      return inTransaction(db, async (tx) => {
        await holdScreeningLock(tx, 'shared');
        await lockParty(tx, partyId);
        const [row] = await findPartiesForScreening(tx, [partyId]);
        if (!row) throw notFound('Party', partyId);
        const screening = await screenOneWithin(tx, toScreenedParty(row), actor, 'manual');
        if (!screening) {
          throw new DomainError(
            'CONFLICT',
            'No restricted-party list has been imported yet: import one (POST /api/screening/lists) first.',
          );
        }
        return screening;
      });
    },
  };
}
