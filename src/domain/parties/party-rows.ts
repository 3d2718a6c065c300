import type { PartiesTable } from '../../db/schema/parties.table.js';
import {
  partyRoles,
  screeningStatuses,
  searchNamesOf,
  type NewParty,
  type Party,
  type ScreeningStatus,
} from './party.js';

/** How a party is stored: list fields as JSON text, names folded for search. */
export function toParty(row: PartiesTable): Party {
  const roles = (JSON.parse(row.roles) as string[]).filter((r): r is Party['roles'][number] =>
    (partyRoles as readonly string[]).includes(r),
  );
  return {
    id: row.id,
    legalName: row.legalName,
    otherNames: JSON.parse(row.otherNames) as string[],
    roles,
    country: row.country,
    hqCountry: row.hqCountry,
    identifiers: JSON.parse(row.identifiers) as Party['identifiers'],
    addresses: JSON.parse(row.addresses) as Party['addresses'],
    // The check constraint holds the column to the list; the fallback only satisfies the type.
    screeningStatus: (screeningStatuses as readonly string[]).includes(row.screeningStatus)
      ? (row.screeningStatus as ScreeningStatus)
      : 'unscreened',
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A validated new party as its row: unscreened, created and updated now. */
export function newPartyRow(party: NewParty, now: string): PartiesTable {
  return {
    id: party.id,
    legalName: party.legalName,
    otherNames: JSON.stringify(party.otherNames),
    roles: JSON.stringify(party.roles),
    country: party.country,
    hqCountry: party.hqCountry,
    identifiers: JSON.stringify(party.identifiers),
    addresses: JSON.stringify(party.addresses),
    screeningStatus: 'unscreened' satisfies ScreeningStatus,
    searchNames: searchNamesOf(party),
    createdAt: now,
    updatedAt: now,
  };
}

export function partyRow(party: Party): PartiesTable {
  return {
    ...newPartyRow(party, party.createdAt),
    screeningStatus: party.screeningStatus,
    updatedAt: party.updatedAt,
  };
}
