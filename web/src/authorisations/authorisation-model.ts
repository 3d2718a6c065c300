import type { components } from '../api/schema';

/** The API's authorisation shapes, named here so the pages read them from the generated client. */
type Schemas = components['schemas'];
export type Authorisation = Schemas['Authorisation'];
export type AuthorisationTerms = Schemas['AuthorisationTerms'];
export type NewAuthorisationBody = Schemas['AuthorisationTermsInput'];
export type AuthorisationKind = AuthorisationTerms['kind'];
export type LedgerBalance = Schemas['LedgerBalance'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type EntryKind = LedgerEntry['kind'];
export type CoveredEccn = AuthorisationTerms['products']['eccns'][number];

/** The terms as the server validated and stored them. */
export function termsOf(authorisation: Authorisation): AuthorisationTerms {
  return authorisation.terms;
}

export const kindChoices: readonly { value: AuthorisationKind; label: string; hint: string }[] = [
  {
    value: 'export-licence',
    label: 'Export licence',
    hint: 'A licence from the exporting authority (BIS) for a quantity, and perhaps a value, of named items.',
  },
  {
    value: 'exception-use',
    label: 'Exception use',
    hint: 'Shipments under a licence exception (NAC notification or ACA), up to a quantity.',
  },
  {
    value: 'import-approval',
    label: 'Import approval',
    hint: 'The importing country’s approval for one importer, in a round.',
  },
  {
    value: 'party-cap',
    label: 'Per-customer cap',
    hint: 'The most one customer may receive, whatever the licences allow.',
  },
  {
    value: 'ratio-cap',
    label: 'Ratio cap',
    hint: 'Units to the destinations may not exceed a ratio of units shipped to a reference market.',
  },
];

export function kindLabel(kind: AuthorisationKind): string {
  return kindChoices.find((choice) => choice.value === kind)?.label ?? kind;
}

export const eccnChoices: readonly CoveredEccn[] = [
  '3A090.a',
  '3A090.b',
  '3A090.c',
  '4A090.a',
  '4A090.b',
  'not-3A090',
];

/** The party an authorisation is about beyond its holder: the importer, the capped customer. */
export function subjectPartyOf(terms: AuthorisationTerms): { role: string; partyId: string } | undefined {
  switch (terms.kind) {
    case 'import-approval':
      return terms.importerPartyId === terms.holderPartyId
        ? undefined
        : { role: 'importer', partyId: terms.importerPartyId };
    case 'party-cap':
      return { role: 'capped customer', partyId: terms.cappedPartyId };
    case 'export-licence':
    case 'exception-use':
    case 'ratio-cap':
      return undefined;
  }
}

/** Every party the terms name (holder, importer, capped customer, consignees, end users). */
export function partiesNamedBy(terms: AuthorisationTerms): string[] {
  const ids = [terms.holderPartyId];
  switch (terms.kind) {
    case 'export-licence':
      ids.push(...terms.consignees, ...terms.endUsers);
      break;
    case 'import-approval':
      ids.push(terms.importerPartyId);
      break;
    case 'party-cap':
      ids.push(terms.cappedPartyId);
      break;
    case 'exception-use':
    case 'ratio-cap':
      break;
  }
  return [...new Set(ids)];
}

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0), as Intl knows them. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * Money held in minor units shown in its currency: 1350000000000 USD → "USD 13,500,000,000.00". The
 * decimal is built from the integer as text so no float rounding can touch a figure.
 */
export function formatMoney(amountMinor: number, currency: string | null): string {
  if (currency === null) return new Intl.NumberFormat('en-US').format(amountMinor);
  const digits = minorDigits(currency);
  const negative = amountMinor < 0;
  const text = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  const decimal = `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}` as `${number}`;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(decimal);
  } catch {
    return `${currency} ${decimal}`;
  }
}

/** Money rounded for a glance in a table ("USD 13.5B"); the exact figure belongs in a title or a page. */
export function formatMoneyCompact(amountMinor: number, currency: string | null): string {
  if (currency === null) return new Intl.NumberFormat('en-US', { notation: 'compact' }).format(amountMinor);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amountMinor / 10 ** minorDigits(currency));
  } catch {
    return formatMoney(amountMinor, currency);
  }
}

/**
 * An amount typed in major units ("1,234.56") as minor units (123456), exactly; undefined for an empty
 * field, and null when it is not an amount in this currency.
 */
export function parseMoney(text: string, currency: string): number | null | undefined {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (cleaned === '') return undefined;
  const digits = minorDigits(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(`${match[1] ?? '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * A whole number typed with or without grouping ("10,000"). Anything else is sent as typed, so the API's
 * own message for the field is the one shown.
 */
export function wholeNumberOrText(text: string): number | string | undefined {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (cleaned === '') return undefined;
  return /^[+-]?\d+$/.test(cleaned) ? Number(cleaned) : text;
}

/** Country codes typed as a list ("CN, MO" or "CN MO"), upper-cased; the server checks each one. */
export function countryCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/**
 * A key naming one submission, so a retried or double-clicked request is applied once. Secure pages have
 * crypto.randomUUID; the fallback keeps an http:// intranet deployment working.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
