import type { Readable } from 'node:stream';
import type { Db, Tx } from '../../db/database.js';
import {
  findParty,
  insertParty,
  listParties,
  lockParty,
  streamParties,
  updateParty,
  type PartyRowFilter,
} from '../../db/repositories/party.repository.js';
import { inTransaction } from '../../db/transaction.js';
import { assertMaySeeParty, type Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import type { z } from 'zod';
import { parseInput } from '../validation.js';
import { importPartiesCsv, type PartyImportOptions, type PartyImportResult } from './party-import.js';
import { newPartyRow, partyRow, toParty } from './party-rows.js';
import {
  changeableFields,
  type ScreeningStatus,
  foldForSearch,
  newPartySchema,
  partyChangesSchema,
  partyFilterSchema,
  type NewParty,
  type Party,
  type PartyFilter,
} from './party.js';

/** A party as a reader sees it: a buyer never learns where it stands against the restricted-party lists. */
export type PartyView = Omit<Party, 'screeningStatus'> & { screeningStatus?: Party['screeningStatus'] };

function seenBy(principal: Principal, party: Party): PartyView {
  if (principal.role !== 'buyer') return party;
  const { screeningStatus: _internal, ...rest } = party;
  return rest;
}

/** A buyer's list is its own party whatever it asks for; other readers filter freely. */
function rowFilter(principal: Principal, filter: PartyFilter): PartyRowFilter {
  return {
    onlyId: principal.role === 'buyer' ? (principal.partyId ?? '') : undefined,
    role: filter.role,
    country: filter.country,
    screeningStatus: filter.screeningStatus,
    nameContains: filter.q ? foldForSearch(filter.q) : undefined,
    limit: filter.limit,
    offset: filter.offset,
  };
}

const fieldLabels: Record<(typeof changeableFields)[number], string> = {
  legalName: 'legal name',
  otherNames: 'other names',
  roles: 'roles',
  country: 'country',
  hqCountry: 'headquarters country',
  identifiers: 'identifiers',
  addresses: 'addresses',
};

/** What screening needs of a party. */
export type PartyToScreen = Pick<Party, 'id' | 'legalName' | 'otherNames' | 'country' | 'screeningStatus'>;

/**
 * Restricted-party screening, as the parties service calls it (implemented by the screening service;
 * declared here so that parties do not depend on screening). It runs inside the transaction that writes
 * the party: a party is never committed with a status screened against its old names, and a failure to
 * screen rolls the change back.
 */
export interface PartyScreeningHook {
  /**
   * Called first in every transaction that will screen a party, before any row is written: it orders
   * the transaction with list imports, so a party written during an import is screened against the
   * new lists (and none waits on another's row while holding the order).
   */
  holdWithin(tx: Tx): Promise<void>;
  /** Screens a party just created or changed; returns its status (unchanged when no list is in force). */
  screenPartyWithin(
    tx: Tx,
    party: PartyToScreen,
    actor: Principal | undefined,
    trigger: 'party-created' | 'party-updated',
  ): Promise<ScreeningStatus>;
  /** Screens a batch of imported parties; returns how many ended in each status, or undefined when no list is in force. */
  screenImportedWithin(
    tx: Tx,
    parties: readonly PartyToScreen[],
    actor: Principal | undefined,
  ): Promise<Record<string, number> | undefined>;
}

export type PartiesService = ReturnType<typeof createPartiesService>;

export function createPartiesService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  screening?: PartyScreeningHook | undefined;
}) {
  const { db, clock, audit, screening } = deps;
  return {
    /** Parties matching the filter, by legal name; a buyer gets only its own. */
    async list(
      principal: Principal,
      rawFilter: z.input<typeof partyFilterSchema> = {},
    ): Promise<PartyView[]> {
      const filter = parseInput(partyFilterSchema, rawFilter);
      const rows = await listParties(db, rowFilter(principal, filter));
      return rows.map((row) => seenBy(principal, toParty(row)));
    },

    /** The same list, streamed in bounded memory for export; limit and offset do not apply. */
    async *stream(
      principal: Principal,
      rawFilter: z.input<typeof partyFilterSchema> = {},
    ): AsyncGenerator<PartyView> {
      const filter = parseInput(partyFilterSchema, rawFilter);
      const { limit: _limit, offset: _offset, ...all } = rowFilter(principal, filter);
      for await (const row of streamParties(db, all)) yield seenBy(principal, toParty(row));
    },

    async get(principal: Principal, id: string): Promise<PartyView> {
      assertMaySeeParty(principal, id);
      const row = await findParty(db, id);
      if (!row) throw notFound('Party', id);
      return seenBy(principal, toParty(row));
    },

    /** Looks a party up for other services (no access check: callers have done theirs). */
    async find(id: string): Promise<Party | undefined> {
      const row = await findParty(db, id);
      return row ? toParty(row) : undefined;
    },

    async create(raw: z.input<typeof newPartySchema>, actor: Principal | undefined): Promise<Party> {
      const input: NewParty = parseInput(newPartySchema, raw);
      return inTransaction(db, async (tx) => {
        await screening?.holdWithin(tx);
        if (await findParty(tx, input.id)) {
          throw new DomainError('CONFLICT', `A party with id ${input.id} already exists.`, [
            { path: 'id', message: 'already taken' },
          ]);
        }
        const row = newPartyRow(input, isoInstant(clock));
        await insertParty(tx, row);
        const party = toParty(row);
        await audit.record(tx, actor, {
          action: 'party.created',
          entityType: 'party',
          entityId: party.id,
          summary: `Created party ${party.legalName} (${party.country})`,
          changes: { after: party },
        });
        if (!screening) return party;
        const screeningStatus = await screening.screenPartyWithin(tx, party, actor, 'party-created');
        return { ...party, screeningStatus };
      });
    },

    /**
     * Changes some of a party's fields; the id never changes. The audit event holds each changed field
     * before and after. A change that changes nothing writes nothing, not even an event.
     */
    async update(
      id: string,
      raw: z.input<typeof partyChangesSchema>,
      actor: Principal | undefined,
    ): Promise<Party> {
      const changes = parseInput(partyChangesSchema, raw);
      return inTransaction(db, async (tx) => {
        await screening?.holdWithin(tx);
        const row = await lockParty(tx, id);
        if (!row) throw notFound('Party', id);
        const before = toParty(row);
        const changed = changeableFields.filter(
          (field) =>
            changes[field] !== undefined && JSON.stringify(changes[field]) !== JSON.stringify(before[field]),
        );
        if (changed.length === 0) return before;
        const after: Party = { ...before, updatedAt: isoInstant(clock) };
        const was: Record<string, unknown> = {};
        const now: Record<string, unknown> = {};
        for (const field of changed) {
          Object.assign(after, { [field]: changes[field] });
          was[field] = before[field];
          now[field] = after[field];
        }
        await updateParty(tx, partyRow(after));
        await audit.record(tx, actor, {
          action: 'party.updated',
          entityType: 'party',
          entityId: id,
          summary: `Changed ${changed.map((f) => fieldLabels[f]).join(', ')} of ${after.legalName}`,
          changes: { before: was, after: now },
        });
        if (!screening) return after;
        const screeningStatus = await screening.screenPartyWithin(tx, after, actor, 'party-updated');
        return { ...after, screeningStatus };
      });
    },

    /**
     * Imports parties from CSV, all or nothing; see party-import.ts. With `dryRun`, validates the whole file
     * (including ids already taken) and writes nothing.
     */
    importCsv(
      source: Readable,
      options: PartyImportOptions,
      actor: Principal | undefined,
    ): Promise<PartyImportResult> {
      return importPartiesCsv({ db, clock, audit, screening }, source, options, actor);
    },
  };
}
