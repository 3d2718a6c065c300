import { api, unwrap } from '../api/client';
import type { Party, ProductView } from '../api/types';
import { useApiQuery, type QueryState } from '../api/use-api-query';

/**
 * The parties and products the pages name by id, fetched once per page. A buyer's party list holds its own
 * party only, so other ids fall back to showing the id itself.
 */
export function useParties(): QueryState<Party[]> {
  return useApiQuery(
    (signal) => unwrap(api.GET('/api/parties', { params: { query: { limit: 1000 } }, signal })),
    [],
  );
}

export function useProducts(): QueryState<ProductView[]> {
  return useApiQuery((signal) => unwrap(api.GET('/api/products', { signal })), []);
}

export interface Names {
  party: (id: string) => string;
  product: (id: string) => string;
}

export function namesFrom(
  parties: readonly Party[] | undefined,
  products: readonly ProductView[] | undefined,
): Names {
  const partyNames = new Map((parties ?? []).map((p) => [p.id, p.legalName]));
  const productNames = new Map((products ?? []).map((v) => [v.product.id, v.product.name]));
  return {
    party: (id) => partyNames.get(id) ?? id,
    product: (id) => productNames.get(id) ?? id,
  };
}

/** Parties as choices, each with its country so that namesakes can be told apart. */
export function partyChoices(parties: readonly Party[]): { value: string; label: string }[] {
  return parties.map((party) => ({ value: party.id, label: `${party.legalName} (${party.country})` }));
}

/** Products as choices, each with the ECCN it is classified under. */
export function productEccnChoices(
  products: readonly ProductView[] | undefined,
): { value: string; label: string }[] {
  return (products ?? []).map((view) => ({
    value: view.product.id,
    label: `${view.product.name} (${view.standing.eccn})`,
  }));
}
