import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/database.js';
import {
  applyLedgerMovement,
  findAuthorisation,
  findAuthorisationByNumber,
  insertAuthorisation,
  insertLedgerEntry,
  insertReferenceShipment,
  listAllBalances,
  listAuthorisations,
  listLedgerEntries,
  streamAllLedgerEntries,
  toBalance,
  type AuthorisationWithBalance,
} from '../../db/repositories/authorisation.repository.js';
import { findParty } from '../../db/repositories/party.repository.js';
import { findProductRow } from '../../db/repositories/product.repository.js';
import type { LedgerEntriesTable } from '../../db/schema/authorisations.table.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, utcDay, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import { runIdempotent, type IdempotentRequest, type StoredResponse } from '../idempotency/idempotency.js';
import { parseInput } from '../validation.js';
import {
  initialGrant,
  namedParties,
  newAuthorisationSchema,
  ratioAllowance,
  type MovementRequest,
  type NewAuthorisation,
} from './authorisation.js';
import {
  applyMovement,
  availableQuantity,
  availableValue,
  balanceHolds,
  emptyBalance,
  expiryQuantity,
  type Balance,
  type EntryKind,
  type Movement,
} from './ledger.js';

export interface AuthorisationView {
  id: string;
  terms: NewAuthorisation;
  currency: string | null;
  balance: Balance & { available: number; availableValue: number | null; entryCount: number };
  /** Days until validUntil from today (negative once expired). */
  daysToExpiry: number;
  createdAt: string;
}

export interface LedgerEntry {
  id: string;
  authorisationId: string;
  entryNo: number;
  kind: EntryKind;
  quantity: number;
  value: number;
  reason: string | null;
  reference: string | null;
  actor: string;
  at: string;
}

export interface MovementResult {
  entry: LedgerEntry;
  balance: AuthorisationView['balance'];
}

export interface LedgerVerification {
  ok: boolean;
  authorisationsChecked: number;
  entriesChecked: number;
  mismatches: { authorisationId: string; problem: string }[];
}

const dayMs = 86_400_000;

function toView(row: AuthorisationWithBalance, today: string): AuthorisationView {
  const balance = toBalance(row);
  return {
    id: row.id,
    terms: JSON.parse(row.terms) as NewAuthorisation,
    currency: row.currency,
    balance: {
      ...balance,
      available: availableQuantity(balance),
      availableValue: availableValue(balance),
      entryCount: row.entryCount,
    },
    daysToExpiry: Math.round((Date.parse(row.validUntil) - Date.parse(today)) / dayMs),
    createdAt: row.createdAt,
  };
}

function toEntry(row: LedgerEntriesTable): LedgerEntry {
  return { ...row, kind: row.kind as EntryKind };
}

export type AuthorisationsService = ReturnType<typeof createAuthorisationsService>;

/** Export licences, exception uses, import approvals and caps, each with its append-only ledger. */
export function createAuthorisationsService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  const today = (): string => utcDay(clock());

  /** Buyers see an authorisation only when it names their party. */
  function assertVisible(principal: Principal | undefined, view: AuthorisationView): void {
    if (principal?.role === 'buyer' && !namedParties(view.terms).includes(principal.partyId ?? '')) {
      throw new DomainError('FORBIDDEN', 'A buyer account may see only authorisations that name its party.');
    }
  }

  /** Writes one entry through the conditional update, or explains precisely why it cannot be written. */
  async function move(
    tx: Tx,
    row: AuthorisationWithBalance,
    movement: Movement,
    details: { reason?: string | undefined; reference?: string | undefined },
    actor: Principal | undefined,
  ): Promise<MovementResult> {
    const now = isoInstant(clock);
    const applied = await applyLedgerMovement(tx, row.id, movement, now);
    if (!applied) {
      // The conditional update refused: the pure rule says why, in words (it throws).
      applyMovement(toBalance(row), movement);
      // The row changed between our read and the update; the refusal still stands.
      throw new DomainError(
        'AUTHORISATION_EXHAUSTED',
        `Authorisation ${row.number} cannot give ${movement.quantity} units now.`,
      );
    }
    const entry: LedgerEntry = {
      id: randomUUID(),
      authorisationId: row.id,
      entryNo: applied.entryNo,
      kind: movement.kind,
      quantity: movement.quantity,
      value: movement.value,
      reason: details.reason ?? null,
      reference: details.reference ?? null,
      actor: actorOf(actor),
      at: now,
    };
    await insertLedgerEntry(tx, entry);
    await audit.record(tx, actor, {
      action: `ledger.${movement.kind}`,
      entityType: 'authorisation',
      entityId: row.id,
      summary: `${movement.kind} ${movement.quantity} unit(s) on ${row.authority} ${row.number}${details.reason ? `: ${details.reason}` : ''}`,
      changes: {
        entryNo: entry.entryNo,
        kind: movement.kind,
        quantity: movement.quantity,
        value: movement.value,
        reference: entry.reference,
      },
    });
    const { entryNo: _entryNo, ...balance } = applied;
    return {
      entry,
      balance: {
        ...balance,
        available: availableQuantity(balance),
        availableValue: availableValue(balance),
        entryCount: applied.entryNo,
      },
    };
  }

  async function load(executor: Db | Tx, id: string): Promise<AuthorisationWithBalance> {
    const row = await findAuthorisation(executor, id);
    if (!row) throw notFound('Authorisation', id);
    return row;
  }

  return {
    /** Issues an authorisation: its record, its balance row and its opening grant, in one transaction. */
    async create(raw: unknown, actor: Principal | undefined): Promise<AuthorisationView> {
      const terms = parseInput(newAuthorisationSchema, raw);
      const id = await inTransaction(db, (tx) => this.createWithin(tx, terms, actor));
      return this.get(id, actor);
    },

    /**
     * Issues a validated authorisation inside the caller's transaction (an import adds many in one) and
     * returns its id. Refuses a number its authority already issued, and parties or products that do not
     * exist, each with the field at fault.
     */
    async createWithin(tx: Tx, terms: NewAuthorisation, actor: Principal | undefined): Promise<string> {
      const id = randomUUID();
      if (await findAuthorisationByNumber(tx, terms.authority, terms.number)) {
        throw new DomainError(
          'CONFLICT',
          `${terms.authority} has already issued an authorisation numbered ${terms.number}.`,
          [{ path: 'number', message: 'already recorded for this authority' }],
        );
      }
      for (const partyId of namedParties(terms)) {
        if (!(await findParty(tx, partyId))) {
          throw new DomainError('VALIDATION_FAILED', `party ${partyId} does not exist`, [
            { path: 'parties', message: `no party ${partyId}` },
          ]);
        }
      }
      for (const [index, productId] of terms.products.productIds.entries()) {
        if (!(await findProductRow(tx, productId))) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `products.productIds[${index}]: product ${productId} does not exist`,
            [{ path: `products.productIds[${index}]`, message: 'no such product' }],
          );
        }
      }
      const grant = initialGrant(terms);
      const now = isoInstant(clock);
      await insertAuthorisation(
        tx,
        {
          id,
          kind: terms.kind,
          authority: terms.authority,
          number: terms.number,
          holderPartyId: terms.holderPartyId,
          validFrom: terms.validFrom,
          validUntil: terms.validUntil,
          currency: grant.currency,
          terms: JSON.stringify(terms),
          createdAt: now,
        },
        {
          authorisationId: id,
          authorisedQuantity: 0,
          reservedQuantity: 0,
          usedQuantity: 0,
          valueLimited: grant.valueLimited ? 1 : 0,
          authorisedValue: 0,
          reservedValue: 0,
          usedValue: 0,
          entryCount: 0,
          updatedAt: now,
        },
      );
      await audit.record(tx, actor, {
        action: 'authorisation.created',
        entityType: 'authorisation',
        entityId: id,
        summary: `Recorded ${terms.kind} ${terms.authority} ${terms.number}, valid ${terms.validFrom} to ${terms.validUntil}`,
        changes: { after: terms },
      });
      const row = await load(tx, id);
      await move(
        tx,
        row,
        { kind: 'grant', quantity: grant.quantity, value: grant.value },
        { reason: 'issued' },
        actor,
      );
      return id;
    },

    async get(id: string, principal: Principal | undefined): Promise<AuthorisationView> {
      const view = toView(await load(db, id), today());
      assertVisible(principal, view);
      return view;
    },

    /** All authorisations (principal undefined: for other services), or those a principal may see. */
    async list(
      principal: Principal | undefined,
      filter: { kind?: string | undefined } = {},
    ): Promise<AuthorisationView[]> {
      const views = (await listAuthorisations(db, filter)).map((row) => toView(row, today()));
      return principal?.role === 'buyer'
        ? views.filter((v) => namedParties(v.terms).includes(principal.partyId ?? ''))
        : views;
    },

    async ledger(id: string, principal: Principal): Promise<LedgerEntry[]> {
      await this.get(id, principal);
      return (await listLedgerEntries(db, id)).map(toEntry);
    },

    /**
     * Records one ledger movement. Reservations and consumption need the authorisation valid today; value
     * must come in the authorisation's currency; everything else the conditional update enforces.
     */
    async record(
      id: string,
      request: MovementRequest,
      actor: Principal,
      idempotency?: Omit<IdempotentRequest, 'userId'>,
    ): Promise<StoredResponse<MovementResult>> {
      return runIdempotent(
        db,
        clock,
        idempotency ? { ...idempotency, userId: actor.userId } : undefined,
        async (tx) => {
          const row = await load(tx, id);
          const day = today();
          if (
            (request.kind === 'reserve' || request.kind === 'consume') &&
            (day < row.validFrom || day > row.validUntil)
          ) {
            throw new DomainError(
              'AUTHORISATION_NOT_VALID',
              `${row.authority} ${row.number} is valid from ${row.validFrom} to ${row.validUntil}, not on ${day}.`,
            );
          }
          if (request.value && request.value.currency !== row.currency) {
            throw new DomainError(
              'CURRENCY_MISMATCH',
              row.currency
                ? `${row.authority} ${row.number} is limited in ${row.currency}, not ${request.value.currency}.`
                : `${row.authority} ${row.number} limits no value; send no value.`,
              [{ path: 'value.currency', message: `expected ${row.currency ?? 'none'}` }],
            );
          }
          if (request.kind === 'adjust' && !request.reason) {
            throw new DomainError('VALIDATION_FAILED', 'reason: an adjustment needs a reason', [
              { path: 'reason', message: 'required for adjust' },
            ]);
          }
          if (request.kind !== 'adjust' && request.kind !== 'expire' && request.quantity <= 0) {
            throw new DomainError('VALIDATION_FAILED', `quantity: a ${request.kind} moves at least 1 unit`, [
              { path: 'quantity', message: 'must be 1 or more' },
            ]);
          }
          const movement: Movement =
            request.kind === 'expire'
              ? expiryQuantity(toBalance(row))
              : { kind: request.kind, quantity: request.quantity, value: request.value?.amountMinor ?? 0 };
          const result = await move(tx, row, movement, request, actor);
          return { statusCode: 201, body: result };
        },
      );
    },

    /** Records a shipment to a ratio cap's reference market; the cap grows by what the ratio now allows. */
    async recordReferenceShipment(
      id: string,
      input: { customerPartyId: string; quantity: number; shippedOn: string; reference: string },
      actor: Principal | undefined,
    ): Promise<MovementResult> {
      return inTransaction(db, async (tx) => {
        const row = await load(tx, id);
        const terms = JSON.parse(row.terms) as NewAuthorisation;
        if (terms.kind !== 'ratio-cap') {
          throw new DomainError('VALIDATION_FAILED', `${row.authority} ${row.number} is not a ratio cap`);
        }
        if (!(await findParty(tx, input.customerPartyId))) throw notFound('Party', input.customerPartyId);
        const before = await insertReferenceShipment(tx, {
          id: randomUUID(),
          authorisationId: id,
          customerPartyId: input.customerPartyId,
          quantity: input.quantity,
          shippedOn: input.shippedOn,
          reference: input.reference,
          recordedAt: isoInstant(clock),
        });
        const grant =
          ratioAllowance(terms.ratio, before) - ratioAllowance(terms.ratio, before - input.quantity);
        return move(
          tx,
          row,
          { kind: 'grant', quantity: grant, value: 0 },
          {
            reason: `${input.quantity} unit(s) shipped to ${input.customerPartyId} on ${input.shippedOn}`,
            reference: input.reference,
          },
          actor,
        );
      });
    },

    /** Re-derives every balance from its entries and compares it with the stored balance row. */
    async verify(): Promise<LedgerVerification> {
      const balances = new Map((await listAllBalances(db)).map((b) => [b.authorisationId, b]));
      const derived = new Map<string, { balance: Balance; count: number; lastNo: number }>();
      const mismatches: LedgerVerification['mismatches'] = [];
      let entriesChecked = 0;
      for await (const entry of streamAllLedgerEntries(db)) {
        entriesChecked++;
        const stored = balances.get(entry.authorisationId);
        let state = derived.get(entry.authorisationId);
        if (!state) {
          state = { balance: emptyBalance(stored?.valueLimited === 1), count: 0, lastNo: 0 };
          derived.set(entry.authorisationId, state);
        }
        if (entry.entryNo !== state.lastNo + 1) {
          mismatches.push({
            authorisationId: entry.authorisationId,
            problem: `entry ${state.lastNo + 1} is missing`,
          });
        }
        state.lastNo = entry.entryNo;
        state.count++;
        try {
          state.balance = applyMovement(state.balance, {
            kind: entry.kind as EntryKind,
            quantity: entry.quantity,
            value: entry.value,
          });
        } catch (error) {
          mismatches.push({
            authorisationId: entry.authorisationId,
            problem: `entry ${entry.entryNo} (${entry.kind} ${entry.quantity}) breaks the ledger rules: ${(error as Error).message}`,
          });
        }
      }
      for (const [authorisationId, stored] of balances) {
        const state = derived.get(authorisationId) ?? {
          balance: emptyBalance(stored.valueLimited === 1),
          count: 0,
          lastNo: 0,
        };
        const expected = state.balance;
        const actual = toBalance(stored);
        const fields = (Object.keys(expected) as (keyof Balance)[]).filter((k) => expected[k] !== actual[k]);
        if (fields.length > 0) {
          mismatches.push({
            authorisationId,
            problem: `balance ${fields.map((f) => `${f} ${String(actual[f])} ≠ ${String(expected[f])} from the entries`).join(', ')}`,
          });
        }
        if (stored.entryCount !== state.count) {
          mismatches.push({
            authorisationId,
            problem: `balance counts ${stored.entryCount} entries, the ledger holds ${state.count}`,
          });
        }
        if (!balanceHolds(actual)) mismatches.push({ authorisationId, problem: 'balance is overdrawn' });
      }
      return {
        ok: mismatches.length === 0,
        authorisationsChecked: balances.size,
        entriesChecked,
        mismatches,
      };
    },
  };
}
