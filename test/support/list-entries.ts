import type { ListEntry } from '../../src/domain/screening/list-entry.js';

/** An Entity List entry of our own for the matcher's and the decisions' unit tests: a name, its aliases. */
export function listEntry(
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<ListEntry> = {},
): ListEntry {
  return {
    id,
    listedId: id,
    kind: 'csl',
    source: 'Entity List (EL) - Bureau of Industry and Security',
    type: 'Entity',
    programs: [],
    name,
    rawName: name,
    aliases,
    addresses: [],
    identifiers: [],
    countries: ['CN'],
    startDate: null,
    endDate: null,
    federalRegisterNotice: null,
    licenseRequirement: null,
    licensePolicy: null,
    remarks: null,
    sourceListUrl: null,
    sourceInformationUrl: null,
    ...extra,
  };
}
