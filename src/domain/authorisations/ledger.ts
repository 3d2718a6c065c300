import { DomainError } from '../errors.js';

/**
 * The ledger of one authorisation. Every movement is an append-only entry; the balance is what the entries
 * add up to. This file is the reference definition: the database applies the same rules with one
 * conditional UPDATE per movement, and `tranche ledger verify` re-derives every balance from here.
 *
 * Returns policy: a `return` entry records units coming back after shipment but restores no quantity. A
 * licence is written off when goods leave; whether returned goods may ship again under it is a compliance
 * decision, made explicit with an `adjust` entry and its reason.
 */
export const entryKinds = ['grant', 'reserve', 'release', 'consume', 'adjust', 'expire', 'return'] as const;
export type EntryKind = (typeof entryKinds)[number];

export interface Balance {
  authorised: number;
  reserved: number;
  used: number;
  /** Units returned after shipment, counted so returns never exceed shipments; they restore nothing. */
  returned: number;
  /** Whether the authorisation also limits value; then the value columns bind like the quantity ones. */
  valueLimited: boolean;
  authorisedValue: number;
  reservedValue: number;
  usedValue: number;
}

export interface Movement {
  kind: EntryKind;
  /** Units; for `adjust` a signed change of the authorised quantity, otherwise ≥ 0. */
  quantity: number;
  /** Minor units of the authorisation's currency; for `adjust` signed; 0 when the movement has no value. */
  value: number;
}

export const emptyBalance = (valueLimited: boolean): Balance => ({
  authorised: 0,
  reserved: 0,
  used: 0,
  returned: 0,
  valueLimited,
  authorisedValue: 0,
  reservedValue: 0,
  usedValue: 0,
});

export function availableQuantity(b: Balance): number {
  return b.authorised - b.reserved - b.used;
}

export function availableValue(b: Balance): number | null {
  return b.valueLimited ? b.authorisedValue - b.reservedValue - b.usedValue : null;
}

/** The quantity an `expire` entry removes: whatever is still available. */
export function expiryQuantity(b: Balance): Movement {
  return {
    kind: 'expire',
    quantity: availableQuantity(b),
    value: b.valueLimited ? (availableValue(b) ?? 0) : 0,
  };
}

function insufficient(what: string): DomainError {
  return new DomainError('LEDGER_BALANCE_INSUFFICIENT', what);
}

/** Applies one movement, or throws the stable error that says why it cannot be applied. */
export function applyMovement(b: Balance, m: Movement): Balance {
  if (!Number.isSafeInteger(m.quantity) || !Number.isSafeInteger(m.value)) {
    throw new DomainError('VALIDATION_FAILED', 'quantities and values are whole numbers');
  }
  if (m.kind !== 'adjust' && (m.quantity < 0 || m.value < 0)) {
    throw new DomainError('VALIDATION_FAILED', `a ${m.kind} entry takes a quantity of 0 or more`);
  }
  const value = b.valueLimited ? m.value : 0;
  switch (m.kind) {
    case 'grant':
      return { ...b, authorised: b.authorised + m.quantity, authorisedValue: b.authorisedValue + value };
    case 'reserve':
      if (availableQuantity(b) < m.quantity) {
        throw new DomainError(
          'AUTHORISATION_EXHAUSTED',
          `${m.quantity} units asked, ${availableQuantity(b)} available`,
        );
      }
      if (b.valueLimited && (availableValue(b) ?? 0) < value) {
        throw new DomainError(
          'AUTHORISATION_EXHAUSTED',
          `value ${value} asked, ${availableValue(b) ?? 0} available`,
        );
      }
      return { ...b, reserved: b.reserved + m.quantity, reservedValue: b.reservedValue + value };
    case 'release':
      if (b.reserved < m.quantity || b.reservedValue < value)
        throw insufficient('cannot release more than is reserved');
      return { ...b, reserved: b.reserved - m.quantity, reservedValue: b.reservedValue - value };
    case 'consume':
      if (b.reserved < m.quantity || b.reservedValue < value) {
        throw insufficient('a shipment consumes a reservation: reserve the units first');
      }
      return {
        ...b,
        reserved: b.reserved - m.quantity,
        used: b.used + m.quantity,
        reservedValue: b.reservedValue - value,
        usedValue: b.usedValue + value,
      };
    case 'adjust':
      if (b.authorised + m.quantity < b.reserved + b.used) {
        throw insufficient(
          'an adjustment cannot take the authorised quantity below what is reserved and used',
        );
      }
      if (b.valueLimited && b.authorisedValue + value < b.reservedValue + b.usedValue) {
        throw insufficient('an adjustment cannot take the authorised value below what is reserved and used');
      }
      return { ...b, authorised: b.authorised + m.quantity, authorisedValue: b.authorisedValue + value };
    case 'expire':
      if (m.quantity > availableQuantity(b)) throw insufficient('cannot expire more than is available');
      return { ...b, authorised: b.authorised - m.quantity, authorisedValue: b.authorisedValue - value };
    case 'return':
      if (b.returned + m.quantity > b.used) {
        throw insufficient(
          `cannot return more than was shipped: ${b.used} shipped, ${b.returned} already returned`,
        );
      }
      return { ...b, returned: b.returned + m.quantity };
  }
}

/** True when no figure is negative and nothing reserved or used exceeds what is authorised. */
export function balanceHolds(b: Balance): boolean {
  const quantityOk =
    b.reserved >= 0 &&
    b.used >= 0 &&
    b.reserved + b.used <= b.authorised &&
    b.returned >= 0 &&
    b.returned <= b.used;
  const valueOk =
    b.reservedValue >= 0 &&
    b.usedValue >= 0 &&
    (!b.valueLimited || b.reservedValue + b.usedValue <= b.authorisedValue);
  return quantityOk && valueOk;
}
