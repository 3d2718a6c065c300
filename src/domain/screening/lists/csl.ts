import type { ListAddress, ListIdentifier } from '../list-entry.js';
import { splitField, textOrNull, type RawEntry } from './entry-builder.js';

/** The columns a file must have to be a Consolidated Screening List (CSV or TSV header, JSON keys). */
export const cslRequiredColumns = ['_id', 'source', 'name'] as const;

/** "19 Luysi Chalovskoy St., Borisov, 222512, BY": the address, its last part the country's code. */
function addressFromText(text: string): ListAddress {
  const parts = text.split(/,\s*/);
  const last = parts.at(-1)?.trim() ?? '';
  // An address may be the country alone ("SY").
  const hasCode = /^[A-Z]{2}$/.test(last);
  return {
    address: (hasCode ? parts.slice(0, -1) : parts).join(', ').trim() || null,
    city: null,
    state: null,
    postalCode: null,
    country: hasCode ? last : null,
  };
}

/** "CN, 91110000MA005UCQ5P, Unified Social Credit Code (USCC)": country (optional), number, what it is. */
function identifierFromText(text: string): ListIdentifier | null {
  const parts = text.split(/,\s*/).map((p) => p.trim());
  const [first, second, ...rest] = parts;
  const withCountry = parts.length >= 3 && /^[A-Z]{2}$/.test(first ?? '');
  const value = withCountry ? second : first;
  const scheme = withCountry ? rest.join(', ') : [second, ...rest].filter(Boolean).join(', ');
  // Dates and flags ("02 Aug 2021, Effective Date (CMIC)", "Male, Gender") are not identifiers.
  if (!value || !scheme || /\b(date|gender|target type|sanctions)\b/i.test(scheme)) return null;
  return { scheme: schemeName(scheme), value, country: withCountry ? (first ?? null) : null };
}

function schemeName(scheme: string): string {
  return /unified social credit code/i.test(scheme) ? 'USCC' : scheme;
}

/** One CSL row, from CSV or TSV, keyed by the header's column names. */
export function cslRowEntry(row: Readonly<Record<string, string | undefined>>): RawEntry {
  return {
    id: textOrNull(row['_id']) ?? '',
    kind: 'csl',
    source: textOrNull(row['source']) ?? '',
    type: textOrNull(row['type']),
    programs: splitField(row['programs']),
    // Not trimmed: the entry keeps the name as the file wrote it.
    name: row['name'] ?? '',
    aliases: [row['alt_names'] ?? ''],
    addresses: splitField(row['addresses']).map(addressFromText),
    identifiers: splitField(row['ids']).flatMap((text) => identifierFromText(text) ?? []),
    nationalities: [...splitField(row['nationalities']), ...splitField(row['citizenships'])],
    startDate: textOrNull(row['start_date']),
    endDate: textOrNull(row['end_date']),
    federalRegisterNotice: textOrNull(row['federal_register_notice']),
    licenseRequirement: textOrNull(row['license_requirement']),
    licensePolicy: textOrNull(row['license_policy']),
    remarks: textOrNull(row['remarks']),
    sourceListUrl: textOrNull(row['source_list_url']),
    sourceInformationUrl: textOrNull(row['source_information_url']),
  };
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function jsonText(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? textOrNull(value) : typeof value === 'number' ? String(value) : null;
}

function jsonList(value: JsonValue | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => jsonText(v) ?? []);
  return splitField(jsonText(value));
}

/**
 * One CSL result from the JSON file: `alt_names` and `programs` are arrays, addresses objects with their
 * own country, ids objects `{ type, number, country }`.
 */
export function cslJsonEntry(result: { [key: string]: JsonValue }): RawEntry {
  const addresses = Array.isArray(result['addresses']) ? result['addresses'] : [];
  const ids = Array.isArray(result['ids']) ? result['ids'] : [];
  const field = (key: string) => result[key];
  return {
    id: jsonText(field('_id')) ?? jsonText(field('id')) ?? '',
    kind: 'csl',
    source: jsonText(field('source')) ?? '',
    type: jsonText(field('type')),
    programs: jsonList(field('programs')),
    name: typeof field('name') === 'string' ? (field('name') as string) : '',
    aliases: jsonList(field('alt_names')),
    addresses: addresses.flatMap((a) => {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) return [];
      return [
        {
          address: jsonText(a['address']),
          city: jsonText(a['city']),
          state: jsonText(a['state']),
          postalCode: jsonText(a['postal_code']),
          country: jsonText(a['country']),
        },
      ];
    }),
    identifiers: ids.flatMap((i) => {
      if (i === null || typeof i !== 'object' || Array.isArray(i)) return [];
      const scheme = jsonText(i['type']);
      const value = jsonText(i['number']);
      if (!scheme || !value || /\b(date|gender|target type)\b/i.test(scheme)) return [];
      return [{ scheme: schemeName(scheme), value, country: jsonText(i['country']) }];
    }),
    nationalities: [...jsonList(field('nationalities')), ...jsonList(field('citizenships'))],
    startDate: jsonText(field('start_date')),
    endDate: jsonText(field('end_date')),
    federalRegisterNotice: jsonText(field('federal_register_notice')),
    licenseRequirement: jsonText(field('license_requirement')),
    licensePolicy: jsonText(field('license_policy')),
    remarks: jsonText(field('remarks')),
    sourceListUrl: jsonText(field('source_list_url')),
    sourceInformationUrl: jsonText(field('source_information_url')),
  };
}

export type { JsonValue };
