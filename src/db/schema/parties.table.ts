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
  createdAt: string;
}
