import type { AuthorisationKind, NewAuthorisation } from '../authorisations/authorisation.js';
import type { ScreeningStatus } from '../parties/party.js';
import type { EccnOutcome } from '../products/classification-decision.js';
import { unitCount } from '../quantities.js';

/**
 * The gates an order line must pass before a unit may be reserved for it, in the order they are checked:
 * the buyer's restricted-party screening first, then the authorisations.
 */
export const gates = ['screening', 'export', 'import', 'party-cap', 'ratio-cap'] as const;
export type Gate = (typeof gates)[number];

export interface OrderLine {
  productId: string;
  quantity: number;
  buyerPartyId: string;
  destination: string;
  date: string;
}

/** What coverage needs to know about the line besides the authorisations. */
export interface LineFacts {
  productName: string;
  eccn: EccnOutcome;
  buyerName: string;
  /** Where the buyer stands against the restricted-party lists. */
  buyerScreening: ScreeningStatus;
  /** The destination the rules apply (HK → CN). */
  resolvedDestination: string;
  /** Whether an export licence or exception is needed at all, and why. */
  exportLicenceRequired: boolean;
  exportWhy: string;
  /** Whether the destination requires an import approval, and under which rule. */
  importApprovalRequired: boolean;
  importWhy: string;
}

export interface CandidateAuthorisation {
  id: string;
  terms: NewAuthorisation;
  available: number;
}

export interface Draw {
  authorisationId: string;
  kind: AuthorisationKind;
  authority: string;
  number: string;
  validUntil: string;
  available: number;
  /** What this authorisation would give the line, drawn in order until the line is covered. */
  draw: number;
}

export interface GateCoverage {
  gate: Gate;
  required: boolean;
  why: string;
  draws: Draw[];
  /** Units this gate can cover (the line's quantity when the gate does not apply). */
  coverable: number;
  /** Set when the gate leaves the line short: what is missing, in words. */
  missing: string | null;
}

export interface Coverage {
  line: OrderLine;
  covered: boolean;
  /** Units every gate can cover together: the line may be reserved up to this. */
  coverableQuantity: number;
  /** The gate that limits the line most (ties: earliest in gate order), or null when fully covered. */
  binding: Gate | null;
  gates: GateCoverage[];
  missing: string[];
}

const gateNoun: Record<Exclude<Gate, 'screening'>, string> = {
  export: 'export authorisation',
  import: 'import approval',
  'party-cap': 'per-customer cap',
  'ratio-cap': 'ratio cap',
};

function coversProductAndPlace(terms: NewAuthorisation, line: OrderLine, facts: LineFacts): boolean {
  const product =
    terms.products.productIds.includes(line.productId) || terms.products.eccns.includes(facts.eccn);
  const place =
    terms.destinations.includes(line.destination) || terms.destinations.includes(facts.resolvedDestination);
  return product && place && terms.validFrom <= line.date && line.date <= terms.validUntil;
}

/** Whether an authorisation of this kind speaks to this gate for this line. */
function appliesTo(gate: Exclude<Gate, 'screening'>, terms: NewAuthorisation, line: OrderLine): boolean {
  switch (gate) {
    case 'export':
      if (terms.kind === 'exception-use') return true;
      if (terms.kind !== 'export-licence') return false;
      // A licence that names consignees or end users covers only those.
      return (
        (terms.consignees.length === 0 || terms.consignees.includes(line.buyerPartyId)) &&
        (terms.endUsers.length === 0 || terms.endUsers.includes(line.buyerPartyId))
      );
    case 'import':
      return terms.kind === 'import-approval' && terms.importerPartyId === line.buyerPartyId;
    case 'party-cap':
      return terms.kind === 'party-cap' && terms.cappedPartyId === line.buyerPartyId;
    case 'ratio-cap':
      return terms.kind === 'ratio-cap';
  }
}

/** Why the screening gate stands as it does, for staff (buyers are told less: see screeningWhyForBuyers). */
const screeningWhy: Record<ScreeningStatus, string> = {
  unscreened: 'no restricted-party list is in force, so the buyer has not been screened',
  clear: 'the buyer is clear of the restricted-party lists in force',
  'false-positive': 'the buyer’s possible restricted-party list matches were reviewed and dismissed',
  'potential-match': 'the buyer has a possible restricted-party list match awaiting review',
  confirmed: 'the buyer is confirmed as a listed restricted party',
};

/** What a buyer is told of the screening gate: never where it stands against the lists. */
export const screeningWhyForBuyers = 'every buyer is screened against the restricted-party lists';

/**
 * The screening gate: nothing may be reserved for a buyer with a possible or confirmed match on a
 * restricted-party list until a reviewer clears it. The hold is worded the same for both, and for the
 * buyer's own eyes too (a listed party is not told it matched); `why` says which, for staff.
 */
function screeningGate(line: OrderLine, facts: LineFacts): GateCoverage {
  const held = facts.buyerScreening === 'potential-match' || facts.buyerScreening === 'confirmed';
  return {
    gate: 'screening',
    required: held,
    why: screeningWhy[facts.buyerScreening],
    draws: [],
    coverable: held ? 0 : line.quantity,
    missing: held ? `${facts.buyerName} is on compliance hold (restricted-party screening)` : null,
  };
}

/**
 * Which authorisations cover an order line, gate by gate, in the order they would be drawn (earliest
 * expiry first, then id), how much each can give, and — failing closed — what is missing. A gate that
 * applies and has nothing covering it covers zero units: nothing ships on an absent authorisation.
 * Caps (per customer, ratio) apply when any exists for the line; they only ever take away. Screening
 * applies when it holds the buyer, and then covers nothing.
 */
export function computeCoverage(
  line: OrderLine,
  facts: LineFacts,
  candidates: CandidateAuthorisation[],
): Coverage {
  const results: GateCoverage[] = gates.map((gate) => {
    if (gate === 'screening') return screeningGate(line, facts);
    const applicable = candidates
      .filter((c) => appliesTo(gate, c.terms, line) && coversProductAndPlace(c.terms, line, facts))
      .sort((a, b) => a.terms.validUntil.localeCompare(b.terms.validUntil) || a.id.localeCompare(b.id));
    const required =
      gate === 'export'
        ? facts.exportLicenceRequired
        : gate === 'import'
          ? facts.importApprovalRequired
          : applicable.length > 0;
    const why =
      gate === 'export'
        ? facts.exportWhy
        : gate === 'import'
          ? facts.importWhy
          : applicable.length > 0
            ? `a ${gateNoun[gate]} applies to ${facts.buyerName} for ${facts.productName}`
            : `no ${gateNoun[gate]} applies`;
    let remaining = line.quantity;
    const draws: Draw[] = applicable.map((c) => {
      const draw = Math.max(0, Math.min(c.available, remaining));
      remaining -= draw;
      return {
        authorisationId: c.id,
        kind: c.terms.kind,
        authority: c.terms.authority,
        number: c.terms.number,
        validUntil: c.terms.validUntil,
        available: c.available,
        draw,
      };
    });
    if (!required) return { gate, required, why, draws, coverable: line.quantity, missing: null };
    const total = draws.reduce((sum, d) => sum + d.available, 0);
    const coverable = Math.min(line.quantity, total);
    let missing: string | null = null;
    if (applicable.length === 0) {
      missing = `no ${gateNoun[gate]} for ${facts.buyerName} covering ${facts.productName} to ${line.destination} valid on ${line.date}`;
    } else if (coverable < line.quantity) {
      missing = `${gateNoun[gate]}s for ${facts.buyerName} covering ${facts.productName} have ${unitCount(total)} available; the line needs ${unitCount(line.quantity)}`;
    }
    return { gate, required, why, draws, coverable, missing };
  });
  const coverableQuantity = Math.min(line.quantity, ...results.map((r) => r.coverable));
  const binding =
    coverableQuantity < line.quantity
      ? (results.find((r) => r.coverable === coverableQuantity)?.gate ?? null)
      : null;
  return {
    line,
    covered: coverableQuantity === line.quantity,
    coverableQuantity,
    binding,
    gates: results,
    missing: results.flatMap((r) => (r.missing ? [r.missing] : [])),
  };
}
