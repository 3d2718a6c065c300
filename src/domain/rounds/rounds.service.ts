import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/database.js';
import { addOrderAwards, lockOrderAwards } from '../../db/repositories/order.repository.js';
import { findParty, partiesOnHold } from '../../db/repositories/party.repository.js';
import { findProductRow } from '../../db/repositories/product.repository.js';
import { lockLedgers, toBalance } from '../../db/repositories/authorisation.repository.js';
import {
  findRound,
  insertRound,
  listRoundHeads,
  listRounds,
  lockRound,
  updateRound,
  type RoundHead,
} from '../../db/repositories/round.repository.js';
import type { RoundsTable } from '../../db/schema/rounds.table.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import { allocate, type Binding, type PeriodOutcome } from '../allocation/allocate.js';
import { statementOf } from '../allocation/statements.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthorisationsService } from '../authorisations/authorisations.service.js';
import { availableQuantity } from '../authorisations/ledger.js';
import { writeLedgerMovements, type LedgerWrite } from '../authorisations/ledger-writer.js';
import { isoInstant, type Clock } from '../clock.js';
import type { Coverage } from '../coverage/coverage.js';
import type { CoverageService } from '../coverage/coverage.service.js';
import { DomainError, notFound } from '../errors.js';
import type { Order } from '../orders/order.js';
import type { OrdersService } from '../orders/orders.service.js';
import type { PartiesService } from '../parties/parties.service.js';
import { unitCount } from '../quantities.js';
import type { SupplyService } from '../supply/supply.service.js';
import { parseInput } from '../validation.js';
import {
  assertMayApprove,
  assertStep,
  monthsBetween,
  newRoundSchema,
  roundChangesSchema,
  whatIfSchema,
  withChanges,
  type NewRound,
  type RoundStatus,
} from './round.js';
import {
  buildRoundProblem,
  coverageDay,
  ordersInRound,
  supplyLeftForRound,
  unmetQuantity,
  type RoundClaim,
  type RoundGroup,
  type UncoveredOrder,
} from './round-problem.js';
import { claimChanges, summarise, type ClaimChange, type RoundSummary } from './round-summary.js';

/** A month's supply as a round sees it: planned, held by other committed rounds, and offered to this one. */
export interface SupplyOffer {
  period: string;
  planned: number;
  committedElsewhere: number;
  offered: number;
}

/** A claim's outcome as a round keeps it: the statement is written from it when read. */
export interface SimulatedClaim extends RoundClaim {
  awarded: number;
  binding: Binding;
  /** λ where the claim stopped (0 when it was not short). */
  level: number;
  /** The month it stopped in, or null when it was not short. */
  boundIn: string | null;
}

/** What a simulation found: the awards, each claim's statement, and the ledgers as they stood. */
export interface RoundSimulation {
  simulatedAt: string;
  periods: PeriodOutcome[];
  claims: (SimulatedClaim & { statement: string })[];
  awards: { orderId: string; period: string; quantity: number }[];
  groups: RoundGroup[];
  uncovered: UncoveredOrder[];
  /** Each covering authorisation's entry count when simulated: a commit refuses if any has moved since. */
  ledgerVersions: Record<string, number>;
  /** How each month's offer was reached from the plans and the other committed rounds. */
  supply: SupplyOffer[];
  /** The simulation this one replaced, in brief, so the two can be compared; null for the first. */
  previous: RoundSummary | null;
}

/** A what-if: what the round would award under other terms or capacity, beside its last simulation. */
export interface WhatIfResult {
  terms: NewRound;
  supply: SupplyOffer[];
  /** The round's last simulation, or null when it has none. */
  current: RoundSummary | null;
  whatIf: RoundSummary;
  /** How many claims' awards differ from the last simulation; `changes` lists the largest. */
  changed: number;
  changes: ClaimChange[];
}

export interface RoundView {
  id: string;
  name: string;
  productId: string;
  status: RoundStatus;
  terms: NewRound;
  simulation: RoundSimulation | null;
  /** The latest simulation in brief (totals, per month, per buyer); null before the first. */
  summary: RoundSummary | null;
  createdBy: string;
  createdAt: string;
  simulatedBy: string | null;
  simulatedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  committedAt: string | null;
  closedAt: string | null;
}

/** A simulation as stored: statements are left out (they are most of its size) and written when read. */
type StoredSimulation = Omit<RoundSimulation, 'claims'> & {
  claims: (SimulatedClaim & { statement?: string })[];
};

/** Writes each claim's statement from its outcome, its awards and the round's terms, as the engine would. */
function withStatements(simulation: StoredSimulation, terms: NewRound): RoundSimulation {
  const awardsOf = new Map<string, { claim: string; period: string; quantity: number }[]>();
  for (const award of simulation.awards) {
    const own = awardsOf.get(award.orderId) ?? [];
    own.push({ claim: award.orderId, period: award.period, quantity: award.quantity });
    awardsOf.set(award.orderId, own);
  }
  const capOf = new Map(simulation.groups.map((g) => [g.id, g.cap]));
  return {
    ...simulation,
    claims: simulation.claims.map((claim) => {
      if (claim.statement !== undefined) return { ...claim, statement: claim.statement };
      const group = claim.binding.startsWith('group:') ? claim.binding.slice('group:'.length) : null;
      const statement = statementOf(
        {
          id: claim.orderId,
          requested: claim.quantity,
          awarded: claim.awarded,
          binding: claim.binding,
          level: claim.level,
          boundIn: claim.boundIn,
        },
        {
          claim: {
            id: claim.orderId,
            quantity: claim.quantity,
            from: claim.period,
            tier: claim.tier,
            weight: claim.weight,
            floor: 0,
            groups: claim.groups,
          },
          rule: terms.rule,
          lot: terms.lot,
          awards: awardsOf.get(claim.orderId) ?? [],
          groupCap: group === null ? null : (capOf.get(group) ?? 0),
        },
      );
      return { ...claim, statement };
    }),
  };
}

/** A round as stored, its statements not yet written: what the service's own steps work from. */
type StoredRound = Omit<RoundView, 'simulation' | 'summary'> & { simulation: StoredSimulation | null };

/** Terms stored before a field existed read with its default. */
function readTerms(json: string): NewRound {
  return { carryUnmet: true, ...(JSON.parse(json) as Partial<NewRound>) } as NewRound;
}

function readRound(row: RoundsTable): StoredRound {
  const { summary: _summary, ...rest } = row;
  const stored = row.simulation ? (JSON.parse(row.simulation) as Partial<StoredSimulation>) : null;
  return {
    ...rest,
    status: row.status as RoundStatus,
    terms: readTerms(row.terms),
    // Simulations stored before a field existed read with its default.
    simulation: stored && ({ supply: [], previous: null, ...stored } as StoredSimulation),
  };
}

/** A round as people read it: every claim with its statement, and the whole in brief. */
function toView(round: StoredRound): RoundView {
  return {
    ...round,
    simulation: round.simulation && withStatements(round.simulation, round.terms),
    summary: round.simulation && summarise(round.simulation, round.terms),
  };
}

/** A round in a list: what it is and where it stands, its simulation in brief (not claim by claim). */
export type RoundListItem = Omit<RoundView, 'simulation'>;

function toListItem(round: StoredRound): RoundListItem {
  const { simulation, ...rest } = round;
  return { ...rest, summary: simulation && summarise(simulation, round.terms) };
}

/** Units awarded by committed rounds, summed by month: supply no other round may have. */
function committedUse(summaries: readonly (RoundSummary | null)[]): Map<string, number> {
  const used = new Map<string, number>();
  for (const summary of summaries) {
    for (const period of summary?.periods ?? []) {
      used.set(period.id, (used.get(period.id) ?? 0) + period.allocated);
    }
  }
  return used;
}

/**
 * What a buyer may see of a round: its own claims, awards and statements and its orders without coverage,
 * the round's terms and capacity per month (part of every statement), and the caps its claims are under.
 * Not other buyers' claims, the ledgers' versions, or who on the staff ran the round. Undefined when the
 * round is still a draft or holds none of the buyer's orders: to the buyer it does not exist. Taken before
 * statements are written, so only the buyer's own are.
 */
function buyersPart(round: StoredRound, buyer: Principal): StoredRound | undefined {
  const simulation = round.simulation;
  if (!simulation || round.status === 'draft') return undefined;
  const own = (partyId: string) => partyId === buyer.partyId;
  const claims = simulation.claims.filter((c) => own(c.buyerPartyId));
  const uncovered = simulation.uncovered.filter((u) => own(u.buyerPartyId));
  if (claims.length === 0 && uncovered.length === 0) return undefined;
  const orders = new Set(claims.map((c) => c.orderId));
  const groups = new Set(claims.flatMap((c) => c.groups));
  return {
    ...round,
    createdBy: 'staff',
    simulatedBy: round.simulatedBy && 'staff',
    approvedBy: round.approvedBy && 'staff',
    simulation: {
      ...simulation,
      claims,
      uncovered,
      awards: simulation.awards.filter((a) => orders.has(a.orderId)),
      groups: simulation.groups.filter((g) => groups.has(g.id)).map((g) => ({ ...g, authorisationIds: [] })),
      ledgerVersions: {},
      // Supply plans and other rounds' holdings are internal; the months' offers are in `periods`.
      supply: [],
      // The brief of the last simulation sums every buyer's claims.
      previous: null,
    },
  };
}

/** The round as `principal` may see it: all of it, or a buyer's own part (undefined when none). */
function seenBy(round: StoredRound, principal: Principal | undefined): StoredRound | undefined {
  return principal?.role === 'buyer' ? buyersPart(round, principal) : round;
}

/** A weight for a party that does not exist would be published and never apply. */
async function assertWeightsNameParties(tx: Tx, terms: NewRound): Promise<void> {
  for (const partyId of Object.keys(terms.criteria.weights)) {
    if (!(await findParty(tx, partyId))) {
      throw new DomainError('VALIDATION_FAILED', `criteria.weights.${partyId}: no party ${partyId}`, [
        { path: `criteria.weights.${partyId}`, message: `no party ${partyId}` },
      ]);
    }
  }
}

export type RoundsService = ReturnType<typeof createRoundsService>;

/** Allocation rounds: simulate, approve (a second person), commit into the ledgers, close. Every step audited. */
export function createRoundsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  orders: OrdersService;
  supply: SupplyService;
  coverage: CoverageService;
  authorisations: AuthorisationsService;
  parties: PartiesService;
}) {
  const { db, clock, audit } = deps;

  async function locked(tx: Tx, id: string): Promise<StoredRound> {
    const row = await lockRound(tx, id);
    if (!row) throw notFound('Round', id);
    return readRound(row);
  }

  async function stored(id: string): Promise<StoredRound> {
    const row = await findRound(db, id);
    if (!row) throw notFound('Round', id);
    return readRound(row);
  }

  /** Coverage of each order in the round, checked on the first day it may receive units, in one batch. */
  async function coverageOf(round: NewRound, orders: readonly Order[]): Promise<Map<string, Coverage>> {
    const taking = ordersInRound(round, orders);
    const countryOf = new Map<string, string>();
    for (const buyer of new Set(taking.map((o) => o.buyerPartyId))) {
      countryOf.set(buyer, (await deps.parties.find(buyer))?.country ?? '');
    }
    const coverage = await deps.coverage.checkAll(
      taking.map((order) => ({
        productId: order.productId,
        quantity: unmetQuantity(order),
        buyerPartyId: order.buyerPartyId,
        destination: countryOf.get(order.buyerPartyId) ?? '',
        date: coverageDay(round, order),
      })),
    );
    return new Map(taking.map((order, i) => [order.id, coverage[i] as Coverage]));
  }

  /** A round's latest simulation in brief, as kept beside it (or worked out, for rounds simulated before). */
  async function summaryOf(head: RoundHead): Promise<RoundSummary | null> {
    if (head.summary !== null) return JSON.parse(head.summary) as RoundSummary;
    if (head.simulatedAt === null) return null;
    const row = await findRound(db, head.id);
    const round = row && readRound(row);
    return round?.simulation ? summarise(round.simulation, round.terms) : null;
  }

  /**
   * Runs the engine over the round's claims (from the open orders), caps (from coverage) and supply (from
   * the plans, less what other committed rounds hold, or the capacity a what-if names). Writes nothing.
   */
  async function run(
    round: StoredRound,
    terms: NewRound,
    actor: Principal,
    capacity?: readonly { period: string; units: number }[],
  ): Promise<Omit<StoredSimulation, 'previous'>> {
    const orders: Order[] = [];
    for await (const order of deps.orders.stream(actor, { productId: terms.productId })) orders.push(order);
    const months = monthsBetween(terms.fromPeriod, terms.untilPeriod);
    const planned = new Map<string, number>();
    for (const line of await deps.supply.list({ productId: terms.productId })) {
      planned.set(line.period, (planned.get(line.period) ?? 0) + line.units);
    }
    const committed = (await listRoundHeads(db, terms.productId)).filter(
      (other) => other.id !== round.id && other.committedAt !== null,
    );
    const held = committedUse(await Promise.all(committed.map(summaryOf)));
    const supply = supplyLeftForRound(months, planned, held).map((offer) => {
      const instead = capacity?.find((c) => c.period === offer.period);
      return instead ? { ...offer, offered: instead.units } : offer;
    });
    if (supply.every((s) => s.offered === 0)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        supply.every((s) => s.planned === 0)
          ? `No supply of ${terms.productId} is planned from ${terms.fromPeriod} to ${terms.untilPeriod}: plan it before simulating.`
          : `Committed rounds already hold all the supply of ${terms.productId} planned up to ${terms.untilPeriod}: nothing is left to share.`,
      );
    }
    const authorisations = new Map((await deps.authorisations.list(undefined)).map((a) => [a.id, a]));
    const labelOf = (authorisationId: string): string => {
      const a = authorisations.get(authorisationId);
      return a ? `${a.terms.authority} ${a.terms.number}` : authorisationId;
    };
    const built = buildRoundProblem(
      terms,
      orders,
      supply.map((s) => ({ period: s.period, units: s.offered })),
      await coverageOf(terms, orders),
      labelOf,
    );
    const result = allocate(built.problem);
    const outcomeOf = new Map(result.claims.map((c) => [c.id, c]));
    return {
      simulatedAt: isoInstant(clock),
      periods: result.periods,
      claims: built.claims.map((claim) => {
        const outcome = outcomeOf.get(claim.orderId);
        return {
          ...claim,
          awarded: outcome?.awarded ?? 0,
          binding: outcome?.binding ?? 'claim',
          level: outcome?.level ?? 0,
          boundIn: outcome?.boundIn ?? null,
        };
      }),
      awards: result.awards.map((a) => ({ orderId: a.claim, period: a.period, quantity: a.quantity })),
      groups: built.groups,
      uncovered: built.uncovered,
      ledgerVersions: Object.fromEntries(
        built.groups.flatMap((g) =>
          g.authorisationIds.map((a) => [a, authorisations.get(a)?.balance.entryCount ?? 0]),
        ),
      ),
      supply,
    };
  }

  /** The terms with changes applied, validated as new terms are. */
  function changedTerms(terms: NewRound, changes: Parameters<typeof withChanges>[1]): NewRound {
    return parseInput(newRoundSchema, withChanges(terms, changes));
  }

  return {
    async create(raw: unknown, actor: Principal): Promise<RoundView> {
      const terms = parseInput(newRoundSchema, raw);
      const id = randomUUID();
      await inTransaction(db, async (tx) => {
        if (!(await findProductRow(tx, terms.productId))) {
          throw new DomainError('VALIDATION_FAILED', `productId: no product ${terms.productId}`, [
            { path: 'productId', message: `no product ${terms.productId}` },
          ]);
        }
        await assertWeightsNameParties(tx, terms);
        await insertRound(tx, {
          id,
          name: terms.name,
          productId: terms.productId,
          status: 'draft',
          terms: JSON.stringify(terms),
          simulation: null,
          summary: null,
          createdBy: actor.userId,
          createdAt: isoInstant(clock),
          simulatedBy: null,
          simulatedAt: null,
          approvedBy: null,
          approvedAt: null,
          committedAt: null,
          closedAt: null,
        });
        await audit.record(tx, actor, {
          action: 'round.created',
          entityType: 'round',
          entityId: id,
          summary: `Drafted round ${terms.name} for ${terms.productId}, ${terms.fromPeriod} to ${terms.untilPeriod}`,
          changes: { after: terms },
        });
      });
      return this.get(id);
    },

    /** One round; a buyer sees it only once simulated and only if it holds one of its orders, and only its own part. */
    async get(id: string, principal?: Principal): Promise<RoundView> {
      const row = await findRound(db, id);
      const round = row && seenBy(readRound(row), principal);
      if (!round) throw notFound('Round', id);
      return toView(round);
    },

    /**
     * Rounds, newest first, each with its simulation in brief. A buyer's brief covers its own claims, so
     * only a buyer's list reads the simulations themselves.
     */
    async list(productId?: string, principal?: Principal): Promise<RoundListItem[]> {
      if (principal?.role === 'buyer') {
        return (await listRounds(db, productId)).flatMap((row) => {
          const round = buyersPart(readRound(row), principal);
          return round ? [toListItem(round)] : [];
        });
      }
      return Promise.all(
        (await listRoundHeads(db, productId)).map(async (head) => ({
          ...head,
          status: head.status as RoundStatus,
          terms: readTerms(head.terms),
          summary: await summaryOf(head),
        })),
      );
    },

    /**
     * Builds the round's claims from the open orders, their caps from coverage, its supply from the plans,
     * and runs the engine. Nothing is reserved: a simulation can be repeated until it is approved. Changes
     * (rule, lot, carry-over, criteria) are adopted into the terms first, in the same audited step; the
     * simulation replaced is kept in brief beside the new one. Simulating again after an approval
     * withdraws the approval.
     */
    async simulate(id: string, actor: Principal, rawChanges?: unknown): Promise<RoundView> {
      const changes = rawChanges === undefined ? {} : parseInput(roundChangesSchema, rawChanges);
      const round = await stored(id);
      assertStep('simulate', round.status);
      const terms = changedTerms(round.terms, changes);
      const termsChanged = JSON.stringify(terms) !== JSON.stringify(round.terms);
      const simulation: StoredSimulation = {
        ...(await run(round, terms, actor)),
        previous: round.simulation && summarise(round.simulation, round.terms),
      };
      await inTransaction(db, async (tx) => {
        const current = await locked(tx, id);
        assertStep('simulate', current.status);
        if (
          current.simulatedAt !== round.simulatedAt ||
          JSON.stringify(current.terms) !== JSON.stringify(round.terms)
        ) {
          throw new DomainError(
            'ROUND_STALE',
            `Round ${round.name} was changed or simulated by someone else meanwhile: reload it and simulate again.`,
          );
        }
        if (termsChanged) await assertWeightsNameParties(tx, terms);
        await updateRound(tx, id, {
          status: 'simulated',
          terms: JSON.stringify(terms),
          simulation: JSON.stringify(simulation),
          summary: JSON.stringify(summarise(simulation, terms)),
          simulatedBy: actor.userId,
          simulatedAt: simulation.simulatedAt,
          approvedBy: null,
          approvedAt: null,
        });
        const awarded = simulation.periods.reduce((sum, p) => sum + p.allocated, 0);
        await audit.record(tx, actor, {
          action: 'round.simulated',
          entityType: 'round',
          entityId: id,
          summary: `Simulated round ${terms.name}${termsChanged ? ' under changed terms' : ''}: ${unitCount(awarded)} awarded to ${simulation.claims.filter((c) => c.awarded > 0).length} of ${simulation.claims.length} claims; ${simulation.uncovered.length} orders without coverage`,
          changes: {
            awarded,
            claims: simulation.claims.length,
            uncovered: simulation.uncovered.length,
            ledgerVersions: simulation.ledgerVersions,
            supply: simulation.supply,
            ...(termsChanged ? { before: round.terms, after: terms } : {}),
          },
        });
      });
      return this.get(id);
    },

    /**
     * What the round would award under other terms or capacity, beside its last simulation. Nothing about
     * the round changes; the question asked is audited, so the record shows which alternatives were seen.
     */
    async whatIf(id: string, raw: unknown, actor: Principal): Promise<WhatIfResult> {
      const { supply: capacity, ...changes } = parseInput(whatIfSchema, raw);
      const round = await stored(id);
      assertStep('simulate', round.status);
      const terms = changedTerms(round.terms, changes);
      const months = new Set(monthsBetween(terms.fromPeriod, terms.untilPeriod));
      capacity?.forEach((line, i) => {
        if (!months.has(line.period)) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `supply[${i}].period: ${line.period} is not a month of the round`,
            [{ path: `supply[${i}].period`, message: `${line.period} is not a month of the round` }],
          );
        }
      });
      const simulation = await run(round, terms, actor, capacity);
      const whatIf = summarise(simulation, terms);
      const current = round.simulation && summarise(round.simulation, round.terms);
      const { changed, largest } = claimChanges(round.simulation?.claims ?? [], simulation.claims);
      await inTransaction(db, async (tx) => {
        await assertWeightsNameParties(tx, terms);
        await audit.record(tx, actor, {
          action: 'round.what-if',
          entityType: 'round',
          entityId: id,
          summary: `Tried a what-if on round ${round.name}: ${unitCount(whatIf.awarded)} would be awarded${current ? ` (${unitCount(current.awarded)} in the last simulation)` : ''}, ${changed} claims' awards differ`,
          changes: { asked: { ...changes, supply: capacity }, awarded: whatIf.awarded, changed },
        });
      });
      return { terms, supply: simulation.supply, current, whatIf, changed, changes: largest };
    },

    /** A second person with the planner or compliance role approves what the first simulated. */
    async approve(id: string, actor: Principal): Promise<RoundView> {
      await inTransaction(db, async (tx) => {
        const round = await locked(tx, id);
        assertStep('approve', round.status);
        assertMayApprove(actor, round.simulatedBy);
        const now = isoInstant(clock);
        await updateRound(tx, id, { status: 'approved', approvedBy: actor.userId, approvedAt: now });
        await audit.record(tx, actor, {
          action: 'round.approved',
          entityType: 'round',
          entityId: id,
          summary: `Approved round ${round.name} as simulated at ${round.simulatedAt ?? ''}`,
          changes: { simulatedAt: round.simulatedAt, simulatedBy: round.simulatedBy },
        });
      });
      return this.get(id);
    },

    /**
     * Turns the approved awards into reservations in every covering ledger, in one transaction: every
     * reservation is written, or none is. Refused with ROUND_STALE when a covering ledger moved since the
     * simulation (simulate again and have it approved again); nothing is reserved then.
     */
    async commit(id: string, actor: Principal): Promise<RoundView> {
      await inTransaction(db, async (tx) => {
        const round = await locked(tx, id);
        assertStep('commit', round.status);
        const simulation = round.simulation;
        if (!simulation)
          throw new DomainError('ROUND_STATE_INVALID', `Round ${round.name} has no simulation.`);
        const ids = Object.keys(simulation.ledgerVersions).sort();
        const ledgers = new Map((await lockLedgers(tx, ids)).map((row) => [row.id, row]));
        const left = new Map<string, number>();
        for (const authorisationId of ids) {
          const row = ledgers.get(authorisationId);
          if (!row || row.entryCount !== simulation.ledgerVersions[authorisationId]) {
            throw new DomainError(
              'ROUND_STALE',
              `${row ? `${row.authority} ${row.number}` : `Authorisation ${authorisationId}`} has moved since round ${round.name} was simulated: simulate it again and have it approved again. Nothing was reserved.`,
            );
          }
          left.set(authorisationId, availableQuantity(toBalance(row)));
        }
        // Each claim's order must still need what it needed when simulated: another round committed since
        // may have met part of it.
        const orders = new Map(
          (
            await lockOrderAwards(
              tx,
              simulation.claims.map((c) => c.orderId),
            )
          ).map((row) => [row.id, row]),
        );
        for (const claim of simulation.claims) {
          const order = orders.get(claim.orderId);
          if (!order || order.status !== 'open' || unmetQuantity(order) !== claim.quantity) {
            throw new DomainError(
              'ROUND_STALE',
              `Order ${claim.orderId} has changed since round ${round.name} was simulated (another round has awarded it units): simulate the round again and have it approved again. Nothing was reserved.`,
            );
          }
        }
        // Screening may have put a buyer on hold since: nothing is reserved for a party held for review.
        const awardedBuyers = new Set(
          simulation.claims.filter((c) => c.awarded > 0).map((c) => c.buyerPartyId),
        );
        const held = await partiesOnHold(tx, [...awardedBuyers].sort());
        if (held.length > 0) {
          throw new DomainError(
            'ROUND_STALE',
            `${held.map((p) => p.legalName).join(', ')} ${held.length === 1 ? 'is' : 'are'} on compliance hold (restricted-party screening) since round ${round.name} was simulated: simulate it again and have it approved again. Nothing was reserved.`,
          );
        }
        const claimOf = new Map(simulation.claims.map((c) => [c.orderId, c]));
        const groupOf = new Map(simulation.groups.map((g) => [g.id, g]));
        const writes: LedgerWrite[] = [];
        for (const award of simulation.awards) {
          for (const groupId of claimOf.get(award.orderId)?.groups ?? []) {
            // Within a pooled group, the reservation draws on its authorisations in coverage's order.
            let owed = award.quantity;
            for (const authorisationId of groupOf.get(groupId)?.authorisationIds ?? []) {
              const take = Math.min(owed, left.get(authorisationId) ?? 0);
              if (take <= 0) continue;
              left.set(authorisationId, (left.get(authorisationId) ?? 0) - take);
              owed -= take;
              writes.push({
                order: {
                  authorisationId,
                  kind: 'reserve',
                  quantity: take,
                  reference: `round ${round.name}: order ${award.orderId}, ${award.period}`,
                },
                actor,
              });
            }
            if (owed > 0) {
              throw new DomainError(
                'ROUND_STALE',
                `${groupId} can no longer give order ${award.orderId} its ${unitCount(award.quantity)}: simulate the round again. Nothing was reserved.`,
              );
            }
          }
        }
        for (const outcome of await writeLedgerMovements(tx, { clock, audit }, writes)) {
          if (!outcome.ok) {
            throw new DomainError(
              'ROUND_STALE',
              `A reservation of round ${round.name} was refused (${outcome.error.message}): simulate it again. Nothing was reserved.`,
            );
          }
        }
        const awardedTo = new Map<string, number>();
        for (const award of simulation.awards) {
          awardedTo.set(award.orderId, (awardedTo.get(award.orderId) ?? 0) + award.quantity);
        }
        await addOrderAwards(
          tx,
          id,
          simulation.claims.map((c) => ({ orderId: c.orderId, quantity: awardedTo.get(c.orderId) ?? 0 })),
        );
        const now = isoInstant(clock);
        await updateRound(tx, id, { status: 'committed', committedAt: now });
        await audit.record(tx, actor, {
          action: 'round.committed',
          entityType: 'round',
          entityId: id,
          summary: `Committed round ${round.name}: ${writes.length} reservations in ${ids.length} ledgers`,
          changes: { reservations: writes.length, ledgers: ids },
        });
      });
      return this.get(id);
    },

    async close(id: string, actor: Principal): Promise<RoundView> {
      await inTransaction(db, async (tx) => {
        const round = await locked(tx, id);
        assertStep('close', round.status);
        await updateRound(tx, id, { status: 'closed', closedAt: isoInstant(clock) });
        await audit.record(tx, actor, {
          action: 'round.closed',
          entityType: 'round',
          entityId: id,
          summary: `Closed round ${round.name} (${round.status})`,
          changes: { before: round.status },
        });
      });
      return this.get(id);
    },
  };
}
