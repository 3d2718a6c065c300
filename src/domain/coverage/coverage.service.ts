import { z } from 'zod';
import { assertMaySeeParty, type Principal } from '../accounts/principal.js';
import type { AuthorisationsService } from '../authorisations/authorisations.service.js';
import { utcDay, type Clock } from '../clock.js';
import type { DeterminationsService } from '../determination/determinations.service.js';
import { notFound } from '../errors.js';
import type { PartiesService } from '../parties/parties.service.js';
import { countryCodeSchema } from '../parties/party.js';
import { productIdSchema } from '../products/product.js';
import type { ProductsService } from '../products/products.service.js';
import { ruleSetInForce, type RuleBook } from '../rules/rule-book.js';
import { computeCoverage, screeningWhyForBuyers, type Coverage } from './coverage.js';

export const orderLineSchema = z.strictObject({
  productId: productIdSchema,
  quantity: z.number().int('must be a whole number of units').min(1, 'must be at least 1').max(1e9),
  buyerPartyId: z.string().min(1).max(100),
  destination: countryCodeSchema,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
    .optional(),
});
export type OrderLineRequest = z.infer<typeof orderLineSchema>;

export type CoverageService = ReturnType<typeof createCoverageService>;

/** Coverage of an order line: the same answer for the API, the CLI and the UI. */
export function createCoverageService(deps: {
  clock: Clock;
  rules: RuleBook;
  products: ProductsService;
  parties: PartiesService;
  determinations: DeterminationsService;
  authorisations: AuthorisationsService;
}) {
  /**
   * What coverage reads besides the line, each read once per batch of lines: the authorisations with their
   * balances, and each buyer, product and licence determination once per distinct key.
   */
  function lookups() {
    const once = <K, V>(load: (key: K) => Promise<V>) => {
      const cache = new Map<string, Promise<V>>();
      return (key: K): Promise<V> => {
        const k = JSON.stringify(key);
        let value = cache.get(k);
        if (!value) {
          value = load(key);
          cache.set(k, value);
        }
        return value;
      };
    };
    return {
      buyer: once((id: string) => deps.parties.find(id)),
      product: once(([id, date]: [string, string]) => deps.products.get(id, date)),
      determination: once(([productId, destination, buyerPartyId, asOf]: [string, string, string, string]) =>
        deps.determinations.determine({ productId, destination, buyerPartyId, endUse: {}, asOf }, undefined),
      ),
      candidates: once(async (_: null) =>
        (await deps.authorisations.list(undefined)).map((a) => ({
          id: a.id,
          terms: a.terms,
          available: a.balance.available,
        })),
      ),
    };
  }

  async function coverageOf(request: OrderLineRequest, read: ReturnType<typeof lookups>): Promise<Coverage> {
    const date = request.date ?? utcDay(deps.clock());
    const line = { ...request, date };
    const buyer = await read.buyer(request.buyerPartyId);
    if (!buyer) throw notFound('Party', request.buyerPartyId);
    const product = await read.product([request.productId, date]);
    const determination = await read.determination([
      request.productId,
      request.destination,
      request.buyerPartyId,
      date,
    ]);
    const eccn = product.standing.eccn;
    const importRule = ruleSetInForce(deps.rules, date).importRequirements.find(
      (r) =>
        r.destinations.includes(determination.resolvedDestination) && (r.items as string[]).includes(eccn),
    );
    return computeCoverage(
      line,
      {
        productName: product.product.name,
        eccn,
        buyerName: buyer.legalName,
        buyerScreening: buyer.screeningStatus,
        resolvedDestination: determination.resolvedDestination,
        exportLicenceRequired: determination.licenceRequired,
        exportWhy: determination.licenceRequired
          ? determination.requirements.map((r) => r.why).join(' ')
          : 'no export licence is required for this line',
        importApprovalRequired: importRule !== undefined,
        importWhy: importRule
          ? `${importRule.summary} (${importRule.citation.source})`
          : 'the destination requires no import approval for this product',
      },
      await read.candidates(null),
    );
  }

  return {
    async check(request: OrderLineRequest, principal: Principal | undefined): Promise<Coverage> {
      if (principal) assertMaySeeParty(principal, request.buyerPartyId);
      const coverage = await coverageOf(request, lookups());
      if (principal?.role !== 'buyer') return coverage;
      // A buyer learns that a hold exists (its line is not covered), never where it stands on the lists.
      return {
        ...coverage,
        gates: coverage.gates.map((g) => (g.gate === 'screening' ? { ...g, why: screeningWhyForBuyers } : g)),
      };
    },

    /** Coverage of many lines (for other services) against one reading of the authorisations. */
    async checkAll(requests: readonly OrderLineRequest[]): Promise<Coverage[]> {
      const read = lookups();
      const results: Coverage[] = [];
      for (const request of requests) results.push(await coverageOf(request, read));
      return results;
    },
  };
}
