import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import { GroupCommit } from '../../db/group-commit.js';
import {
  findAuthorisation,
  findAuthorisationByNumber,
  insertAuthorisation,
  insertReferenceShipment,
  listAllBalances,
  listAuthorisations,
  listLedgerEntries,
  lockLedgers,
  streamAllLedgerEntries,
  toBalance,
  type AuthorisationWithBalance,
} from '../../db/repositories/authorisation.repository.js';
import { findIdempotencyKeys } from '../../db/repositories/idempotency.repository.js';
import { findParty } from '../../db/repositories/party.repository.js';
import { findProductRow } from '../../db/repositories/product.repository.js';
import type { LedgerEntriesTable } from '../../db/schema/authorisations.table.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, utcDay, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import {
  requestHashOf,
  runIdempotent,
  type IdempotentRequest,
  type StoredResponse,
} from '../idempotency/idempotency.js';
import { unitCount } from '../quantities.js';
import { parseInput } from '../validation.js';
import {
  initialGrant,
  namedParties,
  newAuthorisationSchema,
  ratioAllowance,
  type MovementRequest,
  type NewAuthorisation,
} from './authorisation.js';
import { applyMovement, balanceHolds, emptyBalance, type Balance, type EntryKind } from './ledger.js';
import {
  balanceView,
  IdempotencyRaceLost,
  replayOutcome,
  writeLedgerMovements,
  type BalanceView,
  type LedgerEntry,
  type LedgerWrite,
  type LedgerWriteOutcome,
  type MovementResult,
} from './ledger-writer.js';
import type { LedgerOrder } from './movements.js';

export type { LedgerEntry, MovementResult } from './ledger-writer.js';

export interface AuthorisationView {
  id: string;
  terms: NewAuthorisation;
  currency: string | null;
  balance: BalanceView;
  /** Days until validUntil from today (negative once expired). */
  daysToExpiry: number;
  createdAt: string;
}

export interface LedgerVerification {
  ok: boolean;
  authorisationsChecked: number;
  entriesChecked: number;
  mismatches: { authorisationId: string; problem: string }[];
}

const dayMs = 86_400_000;

function toView(row: AuthorisationWithBalance, today: string): AuthorisationView {
  return {
    id: row.id,
    terms: JSON.parse(row.terms) as NewAuthorisation,
    currency: row.currency,
    balance: balanceView(toBalance(row), row.entryCount),
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

  /**
   * Buyers see an authorisation only when it names their party; to them any other does not exist, so an
   * id cannot be used to learn what another buyer holds.
   */
  function assertVisible(principal: Principal | undefined, view: AuthorisationView): void {
    if (principal?.role === 'buyer' && !namedParties(view.terms).includes(principal.partyId ?? '')) {
      throw notFound('Authorisation', view.id);
    }
  }

  /** Writes one movement inside the caller's transaction, or throws the error that refused it. */
  async function writeWithin(
    tx: Tx,
    order: LedgerOrder,
    actor: Principal | undefined,
  ): Promise<MovementResult> {
    const [outcome] = await writeLedgerMovements(tx, { clock, audit }, [{ order, actor }]);
    if (!outcome) throw new Error('the ledger writer answered nothing');
    if (!outcome.ok) throw outcome.error;
    return outcome.body;
  }

  /** Movements people record share transactions with those recorded at the same moment. */
  const movements = new GroupCommit<LedgerWrite, LedgerWriteOutcome>({
    maxBatch: 256,
    runBatch: (writes) => inTransaction(db, (tx) => writeLedgerMovements(tx, { clock, audit }, writes)),
    async recover(write, error) {
      // A retry that raced its twin on another instance: the twin's stored answer is this request's too.
      const id = write.idempotency;
      if (id && (error instanceof IdempotencyRaceLost || isUniqueViolation(error))) {
        const [stored] = await findIdempotencyKeys(db, [id]);
        if (stored) return replayOutcome(stored, id.requestHash);
      }
      throw error;
    },
    slotOf: (write) => write.idempotency && `${write.idempotency.userId}\u0000${write.idempotency.key}`,
  });

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
          returnedQuantity: 0,
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
      await writeWithin(
        tx,
        {
          authorisationId: id,
          kind: 'grant',
          quantity: grant.quantity,
          value: grant.currency ? { amountMinor: grant.value, currency: grant.currency } : undefined,
          reason: 'issued',
        },
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

    /** The entries in order. A buyer sees who acted only where it acted itself; others' staff are "staff". */
    async ledger(id: string, principal: Principal): Promise<LedgerEntry[]> {
      await this.get(id, principal);
      const entries = (await listLedgerEntries(db, id)).map(toEntry);
      if (principal.role !== 'buyer') return entries;
      const self = actorOf(principal);
      return entries.map((entry) => (entry.actor === self ? entry : { ...entry, actor: 'staff' }));
    },

    /**
     * Records one ledger movement. Reservations and consumption need the authorisation valid today; value
     * must come in the authorisation's currency; the ledger rules refuse the rest. With an idempotency key,
     * a retry gets the first answer and never moves units twice.
     */
    async record(
      id: string,
      request: MovementRequest,
      actor: Principal,
      idempotency?: Omit<IdempotentRequest, 'userId'>,
    ): Promise<StoredResponse<MovementResult>> {
      const outcome = await movements.submit({
        order: { authorisationId: id, ...request },
        actor,
        idempotency: idempotency && {
          userId: actor.userId,
          key: idempotency.key,
          requestHash: requestHashOf(idempotency.fingerprint),
        },
      });
      if (!outcome.ok) throw outcome.error;
      const { statusCode, body, replayed } = outcome;
      return { statusCode, body, replayed };
    },

    /**
     * Records a shipment to a ratio cap's reference market; the cap grows by what the ratio now allows. With
     * an idempotency key, a retried request counts the shipment once.
     */
    async recordReferenceShipment(
      id: string,
      input: { customerPartyId: string; quantity: number; shippedOn: string; reference: string },
      actor: Principal | undefined,
      idempotency?: IdempotentRequest,
    ): Promise<StoredResponse<MovementResult>> {
      return runIdempotent(db, clock, idempotency, async (tx) => {
        // Locked first, so concurrent shipments to one cap each see the others' totals.
        const [row] = await lockLedgers(tx, [id]);
        if (!row) throw notFound('Authorisation', id);
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
        const body = await writeWithin(
          tx,
          {
            authorisationId: id,
            kind: 'grant',
            quantity: grant,
            reason: `${unitCount(input.quantity)} shipped to ${input.customerPartyId} on ${input.shippedOn}`,
            reference: input.reference,
          },
          actor,
        );
        return { statusCode: 201, body };
      });
    },

    /** How recorded movements shared transactions since start: for benchmarks and diagnosis. */
    movementStats(): Readonly<GroupCommit<LedgerWrite, LedgerWriteOutcome>['stats']> {
      return { ...movements.stats };
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
