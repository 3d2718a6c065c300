import type { ListEntry, ListIdentifier } from '../list-entry.js';
import { cleanName, shortForms, splitAffiliation, splitAliases, stripPlace } from './clean.js';
import { countryCode } from './countries.js';

/**
 * What a file says of one entry, before its names are cleaned: `name` and `aliases` as the file wrote
 * them, nationalities and citizenships as codes or names; countries are worked out from them.
 */
export type RawEntry = Omit<ListEntry, 'listedId' | 'rawName' | 'countries'> & { nationalities: string[] };

/** Text or null: empty, whitespace and OFAC's `-0-` all mean nothing. */
export function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' || trimmed === '-0-' ? null : trimmed;
}

/** A list of values joined by `;` in one field. */
export function splitField(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => textOrNull(v) ?? []);
  return (textOrNull(value) ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * The entry as Tranche keeps it: the name cleaned of its quirks (affiliation and trailing places moved
 * out, short forms added as aliases), aliases cleaned and without repeats, and every country it is tied
 * to as a code.
 */
export function buildEntry(raw: RawEntry): ListEntry {
  const cleaned = cleanName(raw.name);
  const { name: affiliate, affiliatedWith } = splitAffiliation(cleaned);
  const addressText = raw.addresses
    .map((a) => [a.address, a.city, a.state].filter(Boolean).join(', '))
    .join('; ');
  const { name, place } = stripPlace(affiliate, addressText);
  const aliasSet = new Set<string>();
  const addAlias = (alias: string) => {
    const clean = cleanName(alias);
    if (clean && clean.toLowerCase() !== name.toLowerCase()) aliasSet.add(clean);
  };
  // The name with its place is still a way the list wrote it.
  if (place) addAlias(affiliate);
  for (const alias of raw.aliases.flatMap((a) => splitAliases(a))) addAlias(alias);
  for (const form of [name, ...aliasSet].flatMap(shortForms)) addAlias(form);
  const countries = new Set<string>();
  for (const address of raw.addresses) {
    const code = countryCode(address.country);
    if (code) countries.add(code);
  }
  for (const nationality of raw.nationalities) {
    const code = countryCode(nationality);
    if (code) countries.add(code);
  }
  const remarks = [affiliatedWith ? `Affiliated entity of ${affiliatedWith}.` : null, raw.remarks]
    .filter(Boolean)
    .join(' ');
  return {
    id: raw.id,
    listedId: raw.id,
    kind: raw.kind,
    source: raw.source,
    type: raw.type,
    programs: raw.programs,
    name,
    rawName: raw.name,
    aliases: [...aliasSet],
    addresses: raw.addresses.map((a) => ({ ...a, country: countryCode(a.country) ?? a.country })),
    identifiers: raw.identifiers,
    countries: [...countries].sort(),
    startDate: raw.startDate,
    endDate: raw.endDate,
    federalRegisterNotice: raw.federalRegisterNotice,
    licenseRequirement: raw.licenseRequirement,
    licensePolicy: raw.licensePolicy,
    remarks: remarks || null,
    sourceListUrl: raw.sourceListUrl,
    sourceInformationUrl: raw.sourceInformationUrl,
  };
}

/** Unified Social Credit Codes and other numbers OFAC keeps in its remarks ("… (USCC) 91110000MA005UCQ5P (China)"). */
export function identifiersInRemarks(remarks: string | null): ListIdentifier[] {
  if (!remarks) return [];
  const found: ListIdentifier[] = [];
  for (const match of remarks.matchAll(
    /Unified Social Credit Code \(USCC\)\s+([0-9A-Z]{18})(?:\s+\(([^)]+)\))?/g,
  )) {
    found.push({ scheme: 'USCC', value: match[1] ?? '', country: countryCode(match[2]) ?? 'CN' });
  }
  return found;
}
