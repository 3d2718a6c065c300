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
import { computeCoverage, type Coverage } from './coverage.js';

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
  return {
    async check(request: OrderLineRequest, principal: Principal | undefined): Promise<Coverage> {
      if (principal) assertMaySeeParty(principal, request.buyerPartyId);
      const date = request.date ?? utcDay(deps.clock());
      const line = { ...request, date };
      const buyer = await deps.parties.find(request.buyerPartyId);
      if (!buyer) throw notFound('Party', request.buyerPartyId);
      const product = await deps.products.get(request.productId, date);
      const determination = await deps.determinations.determine(
        {
          productId: request.productId,
          destination: request.destination,
          buyerPartyId: request.buyerPartyId,
          endUse: {},
          asOf: date,
        },
        undefined,
      );
      const eccn = product.standing.eccn;
      const importRule = ruleSetInForce(deps.rules, date).importRequirements.find(
        (r) =>
          r.destinations.includes(determination.resolvedDestination) && (r.items as string[]).includes(eccn),
      );
      const candidates = (await deps.authorisations.list(undefined)).map((a) => ({
        id: a.id,
        terms: a.terms,
        available: a.balance.available,
      }));
      return computeCoverage(
        line,
        {
          productName: product.product.name,
          eccn,
          buyerName: buyer.legalName,
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
        candidates,
      );
    },
  };
}
