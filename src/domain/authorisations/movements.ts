import { DomainError } from '../errors.js';
import { applyMovement, expiryQuantity, type Balance, type EntryKind, type Movement } from './ledger.js';

/**
 * Orders to move units on authorisation ledgers, checked and applied in order against the balances they
 * find. Pure: the ledger writer reads and locks the balances, this decides entry by entry what each order
 * becomes (an entry, or the stable error that explains its refusal), and the writer stores the result.
 */

/** One request to move units on one ledger, as a person or another service makes it. */
export interface LedgerOrder {
  authorisationId: string;
  kind: EntryKind;
  /** Units; signed for `adjust`; ignored for `expire` (it takes whatever is available). */
  quantity: number;
  value?: { amountMinor: number; currency: string } | undefined;
  reason?: string | undefined;
  /** What the movement is for: an order line, a shipment, a round. */
  reference?: string | undefined;
}

/** What an order is checked against: the authorisation's fixed terms and its balance now. */
export interface LedgerState {
  authority: string;
  number: string;
  validFrom: string;
  validUntil: string;
  /** ISO 4217 when the authorisation limits value. */
  currency: string | null;
  balance: Balance;
  entryCount: number;
}

/**
 * Checks an order against the authorisation's terms and turns it into the movement its ledger applies.
 * Reservations and consumption need the authorisation valid on `today`; value must come in the
 * authorisation's currency; an adjustment needs a reason. Throws the stable error that explains a refusal.
 */
export function movementFor(state: LedgerState, order: LedgerOrder, today: string): Movement {
  const name = `${state.authority} ${state.number}`;
  if (
    (order.kind === 'reserve' || order.kind === 'consume') &&
    (today < state.validFrom || today > state.validUntil)
  ) {
    throw new DomainError(
      'AUTHORISATION_NOT_VALID',
      `${name} is valid from ${state.validFrom} to ${state.validUntil}, not on ${today}.`,
    );
  }
  if (order.value && order.value.currency !== state.currency) {
    throw new DomainError(
      'CURRENCY_MISMATCH',
      state.currency
        ? `${name} is limited in ${state.currency}, not ${order.value.currency}.`
        : `${name} limits no value; send no value.`,
      [{ path: 'value.currency', message: `expected ${state.currency ?? 'none'}` }],
    );
  }
  if (order.kind === 'adjust' && !order.reason) {
    throw new DomainError('VALIDATION_FAILED', 'reason: an adjustment needs a reason', [
      { path: 'reason', message: 'required for adjust' },
    ]);
  }
  const movesUnits = order.kind !== 'adjust' && order.kind !== 'expire' && order.kind !== 'grant';
  if (movesUnits && order.quantity <= 0) {
    throw new DomainError('VALIDATION_FAILED', `quantity: a ${order.kind} moves at least 1 unit`, [
      { path: 'quantity', message: 'must be 1 or more' },
    ]);
  }
  return order.kind === 'expire'
    ? expiryQuantity(state.balance)
    : { kind: order.kind, quantity: order.quantity, value: order.value?.amountMinor ?? 0 };
}

export interface PlannedEntry {
  authorisationId: string;
  entryNo: number;
  movement: Movement;
  /** The balance once this entry is applied: what the person who asked is told. */
  balanceAfter: Balance;
}

export interface LedgerPlan {
  /** One per order, in order: its entry, or why it was refused. */
  outcomes: (PlannedEntry | DomainError)[];
  /** Every ledger an entry was planned on, with its state before and after the whole plan. */
  changed: Map<string, { before: LedgerState; after: LedgerState }>;
}

/**
 * Applies orders one after another, each seeing the balances the earlier ones left, exactly as if each
 * had been written on its own. A refused order leaves every balance as it was. An order on a ledger not
 * in `ledgers` is refused as not found.
 */
export function planMovements(
  ledgers: ReadonlyMap<string, LedgerState>,
  orders: readonly LedgerOrder[],
  today: string,
): LedgerPlan {
  const current = new Map(ledgers);
  const changed: LedgerPlan['changed'] = new Map();
  const outcomes = orders.map((order): PlannedEntry | DomainError => {
    const state = current.get(order.authorisationId);
    if (!state) return new DomainError('NOT_FOUND', `Authorisation ${order.authorisationId} does not exist.`);
    try {
      const movement = movementFor(state, order, today);
      const next: LedgerState = {
        ...state,
        balance: applyMovement(state.balance, movement),
        entryCount: state.entryCount + 1,
      };
      current.set(order.authorisationId, next);
      const before = changed.get(order.authorisationId)?.before ?? state;
      changed.set(order.authorisationId, { before, after: next });
      return {
        authorisationId: order.authorisationId,
        entryNo: next.entryCount,
        movement,
        balanceAfter: next.balance,
      };
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  });
  return { outcomes, changed };
}
