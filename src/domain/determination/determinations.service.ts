import { z } from 'zod';
import { assertMaySeeParty, type Principal } from '../accounts/principal.js';
import { utcDay, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import type { PartiesService } from '../parties/parties.service.js';
import { countryCodeSchema } from '../parties/party.js';
import type { ProductsService } from '../products/products.service.js';
import { productIdSchema } from '../products/product.js';
import { ruleSetInForce, type RuleBook } from '../rules/rule-book.js';
import { determineLicence, type LicenceDetermination } from './licence-determination.js';

export const determinationRequestSchema = z
  .strictObject({
    productId: productIdSchema,
    destination: countryCodeSchema,
    /** The buyer party; its headquarters country is taken from the party record. */
    buyerPartyId: z.string().min(1).max(100).optional(),
    /** When the buyer is not (yet) a party: its headquarters country. */
    buyerHqCountry: countryCodeSchema.optional(),
    endUse: z
      .strictObject({
        supercomputer: z.boolean().optional(),
        advancedNodeIcProduction: z.boolean().optional(),
        reexport: z.boolean().optional(),
      })
      .default({}),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
      .optional(),
  })
  .refine((r) => !(r.buyerPartyId && r.buyerHqCountry), {
    error: 'give buyerPartyId or buyerHqCountry, not both',
    path: ['buyerHqCountry'],
  });
export type DeterminationRequest = z.infer<typeof determinationRequestSchema>;

export type DeterminationsService = ReturnType<typeof createDeterminationsService>;

/** Licence determination for a catalogue product: its class on the day, the buyer's headquarters, the rules. */
export function createDeterminationsService(deps: {
  clock: Clock;
  rules: RuleBook;
  products: ProductsService;
  parties: PartiesService;
}) {
  return {
    async determine(
      request: DeterminationRequest,
      principal: Principal | undefined,
    ): Promise<LicenceDetermination> {
      const asOf = request.asOf ?? utcDay(deps.clock());
      const ruleSet = ruleSetInForce(deps.rules, asOf);
      let buyerHqCountry = request.buyerHqCountry;
      if (request.buyerPartyId) {
        if (principal) assertMaySeeParty(principal, request.buyerPartyId);
        const party = await deps.parties.find(request.buyerPartyId);
        if (!party) throw notFound('Party', request.buyerPartyId);
        if (!party.roles.includes('buyer')) {
          throw new DomainError('VALIDATION_FAILED', `buyerPartyId: ${party.legalName} is not a buyer`, [
            { path: 'buyerPartyId', message: 'not a buyer' },
          ]);
        }
        buyerHqCountry = party.hqCountry;
      }
      const view = await deps.products.get(request.productId, asOf);
      return determineLicence(
        {
          // A compliance officer's override stands in for the computed class.
          classification: { ...view.classification, eccn: view.standing.eccn },
          productId: request.productId,
          destination: request.destination,
          ...(buyerHqCountry ? { buyerHqCountry } : {}),
          endUse: request.endUse,
          asOf,
        },
        ruleSet,
      );
    },
  };
}
