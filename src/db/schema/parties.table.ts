export interface PartiesTable {
  id: string;
  legalName: string;
  /** JSON array of other names (trade names, transliterations). */
  otherNames: string;
  /** JSON array of roles: exporter, buyer, consignee, end-user. */
  roles: string;
  /** ISO 3166 alpha-2 of the party's location. */
  country: string;
  /** ISO 3166 alpha-2 of the headquarters (or ultimate parent's headquarters). */
  hqCountry: string;
  /** JSON array of { scheme, value }: USCC, LEI, DUNS, EIN or OTHER. */
  identifiers: string;
  /** JSON array of { lines, city?, region?, postalCode?, country }. */
  addresses: string;
  /** unscreened, clear, potential-match, confirmed or false-positive (a check constraint holds the list). */
  screeningStatus: string;
  /** Legal and other names lower-cased by the application, one per line: what name search matches. */
  searchNames: string;
  createdAt: string;
  updatedAt: string;
}
