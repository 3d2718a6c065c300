/**
 * A restricted-party list entry as Tranche keeps it, whichever file it came from: the US Consolidated
 * Screening List (CSL: CSV, TSV or JSON) or OFAC's consolidated non-SDN files. Names are cleaned of the
 * files' quirks (screening.md, "Quirks a loader must survive"); what the file said is kept beside them.
 */

/** Which family of files an entry came from; a list import is a new dated version of one family. */
export const listKinds = ['csl', 'ofac-consolidated'] as const;
export type ListKind = (typeof listKinds)[number];

export interface ListAddress {
  address: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  /** ISO 3166 alpha-2 where the file gives one, else the file's text. */
  country: string | null;
}

export interface ListIdentifier {
  /** What the number is: "USCC", "Passport", "Registration Number", … as the list names it. */
  scheme: string;
  value: string;
  /** The issuing country, alpha-2, when given. */
  country: string | null;
}

export interface ListEntry {
  /**
   * The entry's key, unique in its list: the CSL `_id`, or `ofac:<ent_num>` for OFAC's files. The CSL
   * reuses an `_id` across sources now and then (an OFAC number on both the SDN and the Capta list); such
   * rows get the source's short name after a `~` ("34616~CAP").
   */
  id: string;
  /** The id as the list gives it (the CSL `_id`, `ofac:<ent_num>`), what people and scripts quote. */
  listedId: string;
  kind: ListKind;
  /** The list it is on, as the file names it, e.g. "Entity List (EL) - Bureau of Industry and Security". */
  source: string;
  /** Entity, Individual, Vessel, Aircraft; null when the file leaves it empty. */
  type: string | null;
  programs: string[];
  /** The listed name, cleaned: trimmed, spaces collapsed, apostrophes restored, boilerplate and
   * affiliation text moved out. */
  name: string;
  /** The name exactly as the file had it. */
  rawName: string;
  /** Other names: the file's aliases (split on its separators), acronyms given in parentheses, and
   * affiliated names found inside the name field. */
  aliases: string[];
  addresses: ListAddress[];
  identifiers: ListIdentifier[];
  /** Every country the entry is tied to (addresses, nationalities, citizenships), alpha-2, no repeats. */
  countries: string[];
  /** When the listing starts and ends, YYYY-MM-DD, when the file says. */
  startDate: string | null;
  endDate: string | null;
  federalRegisterNotice: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  remarks: string | null;
  sourceListUrl: string | null;
  sourceInformationUrl: string | null;
}
