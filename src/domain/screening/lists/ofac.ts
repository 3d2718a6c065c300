import type { ListAddress } from '../list-entry.js';
import { DomainError } from '../../errors.js';
import { identifiersInRemarks, textOrNull, type RawEntry } from './entry-builder.js';

/**
 * OFAC's consolidated (non-SDN) files: `cons_prim.csv` holds one row per entity, its siblings hold
 * aliases (`cons_alt`), addresses (`cons_add`) and the rest of remarks too long for the main file
 * (`cons_comments`), each row naming its entity by `ent_num`. No header; `-0-` means empty.
 */
export const ofacFiles = {
  prim: [
    'ent_num',
    'name',
    'type',
    'programs',
    'title',
    'call_sign',
    'vessel_type',
    'tonnage',
    'grt',
    'vessel_flag',
    'vessel_owner',
    'remarks',
  ],
  alt: ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'remarks'],
  add: ['ent_num', 'add_num', 'address', 'city_state_postal', 'country', 'remarks'],
  comments: ['ent_num', 'remarks'],
} as const;
export type OfacFile = keyof typeof ofacFiles;

/** OFAC's files by the width of their rows: the content, not the file name, says which one a file is. */
export function ofacFileOfWidth(width: number): OfacFile | null {
  for (const [file, columns] of Object.entries(ofacFiles) as [OfacFile, readonly string[]][]) {
    if (columns.length === width) return file;
  }
  return null;
}

export const ofacSourceName = 'OFAC Consolidated (non-SDN) List - Treasury Department';

interface Where {
  file: string;
  row: number;
}

function invalid(where: Where, column: string | null, message: string): DomainError {
  const path = `${where.file}, row ${where.row}${column ? `, column ${column}` : ''}`;
  return new DomainError('LIST_INVALID', `${path}: ${message}`, [{ path, message }]);
}

/** Collects the four files' rows into entries; the main file must be read first. */
export class OfacAssembler {
  private readonly entries = new Map<string, RawEntry & { commentText: string }>();

  private entity(entNum: string | undefined, where: Where): RawEntry & { commentText: string } {
    const entry = this.entries.get(entNum ?? '');
    if (!entry) throw invalid(where, 'ent_num', `no entity ${entNum ?? ''} in the main file (cons_prim)`);
    return entry;
  }

  add(file: OfacFile, fields: readonly string[], where: Where): void {
    const [entNum] = fields;
    if (!/^\d+$/.test(entNum?.trim() ?? '')) {
      throw invalid(where, 'ent_num', `"${entNum ?? ''}" is not an entity number`);
    }
    const ent = (entNum ?? '').trim();
    if (file === 'prim') this.primary(ent, fields, where);
    else if (file === 'alt') {
      const alias = textOrNull(fields[3]);
      if (alias) this.entity(ent, where).aliases.push(alias);
    } else if (file === 'add') {
      const address: ListAddress = {
        address: textOrNull(fields[2]),
        city: textOrNull(fields[3]),
        state: null,
        postalCode: null,
        country: textOrNull(fields[4]),
      };
      if (address.address || address.city || address.country) this.entity(ent, where).addresses.push(address);
    } else {
      // The rest of a remark cut short in the main file: it continues mid-word.
      this.entity(ent, where).commentText += fields[1] ?? '';
    }
  }

  private primary(ent: string, fields: readonly string[], where: Where): void {
    const name = fields[1] ?? '';
    if (!textOrNull(name)) throw invalid(where, 'name', 'the entity has no name');
    if (this.entries.has(ent)) throw invalid(where, 'ent_num', `entity ${ent} is listed twice`);
    const type = textOrNull(fields[2]);
    this.entries.set(ent, {
      id: `ofac:${ent}`,
      kind: 'ofac-consolidated',
      source: ofacSourceName,
      type: type ? `${type.slice(0, 1).toUpperCase()}${type.slice(1).toLowerCase()}` : 'Entity',
      programs: (textOrNull(fields[3]) ?? '')
        .split(/;|\]\s*\[/)
        .map((p) => p.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      name,
      aliases: [],
      addresses: [],
      identifiers: [],
      nationalities: [],
      startDate: null,
      endDate: null,
      federalRegisterNotice: null,
      licenseRequirement: null,
      licensePolicy: null,
      remarks: textOrNull(fields[11]),
      sourceListUrl: null,
      sourceInformationUrl: null,
      commentText: '',
    });
  }

  /** The entries in the main file's order, remarks completed, aliases and USCCs read from them. */
  finish(): RawEntry[] {
    return [...this.entries.values()].map(({ commentText, ...entry }) => {
      const remarks = textOrNull(`${entry.remarks ?? ''}${commentText}`);
      const akas = [...(remarks ?? '').matchAll(/a\.k\.a\.\s+'([^']+)'/g)].map((m) => m[1] ?? '');
      return {
        ...entry,
        remarks,
        aliases: [...entry.aliases, ...akas],
        identifiers: identifiersInRemarks(remarks),
      };
    });
  }
}
