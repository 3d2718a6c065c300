/**
 * The quirks of the lists' name fields (screening.md, "Quirks a loader must survive"), undone once at
 * load time so the matcher sees clean names and the record keeps what the file said.
 */

/** "… and any successor, sub-unit, or subsidiary thereof": the listing's scope, not part of the name. */
const boilerplate = /\s*,?\s+and any successor,? sub-unit,? or subsidiary thereof\.?/gi;

/**
 * Trims and collapses whitespace, restores apostrophes the files turned into `?` ("Xi?an", "People?s"),
 * drops `?` used as quotes ("AO ?Institute Giprostroymost?"), and removes scope boilerplate.
 */
export function cleanName(raw: string): string {
  return raw
    .replace(boilerplate, '')
    .replace(/(?<=\p{L})\?(?=\p{L})/gu, "'")
    .replace(/\?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;]+$/, '');
}

/**
 * The aliases of an alias field: separated by `;`, the last often after "; and"; once in the snapshot
 * by ", and" ("… Co., Ltd., and Sense Time"), split only where both sides are names of two words or more
 * so "Research, and Development" stays whole.
 */
export function splitAliases(field: string | null | undefined): string[] {
  const aliases: string[] = [];
  for (const part of (field ?? '').split(';')) {
    const alias = cleanName(part.replace(/^\s*and\s+/i, ''));
    if (!alias) continue;
    const [before, after] = alias.split(/,\s+and\s+/i, 2);
    if (after !== undefined && wordCount(before ?? '') >= 2 && wordCount(after) >= 2) {
      aliases.push(cleanName(before ?? ''), cleanName(after));
    } else {
      aliases.push(alias);
    }
  }
  return aliases.filter(Boolean);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Words that are not part of an initialism: "China Aerospace Science and Industry Corporation" is CASIC. */
const initialismFillers = new Set(['and', 'of', 'the', 'for', 'de', '&']);

/**
 * Parenthesised short forms that stand for the name: initialisms of the words before them ("(SMIC)",
 * "(CASIC)") or one of those words ("Huawei Technologies Co., Ltd. (Huawei)"). "(USA)" in "AERO
 * CONTINENTE (USA) INC." or "(GROUP)" are not: they do not stand for the name.
 */
export function shortForms(name: string): string[] {
  const forms: string[] = [];
  for (const match of name.matchAll(/\(([^()]{2,20})\)/g)) {
    const inner = (match[1] ?? '').trim();
    const before = name
      .slice(0, match.index)
      .split(/[\s,.-]+/)
      .filter(Boolean);
    if (/^[\p{Lu}\d&-]{2,}$/u.test(inner) && isInitialism(inner, before)) forms.push(inner);
    else if (/^\p{L}[\p{L}\d-]+$/u.test(inner) && before.some((w) => w.toLowerCase() === inner.toLowerCase()))
      forms.push(inner);
  }
  return forms;
}

function isInitialism(short: string, words: readonly string[]): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  const initials = words
    .filter((w) => !initialismFillers.has(w.toLowerCase()))
    .map((w) => w[0]?.toLowerCase() ?? '');
  // Every letter of the short form is an initial, in order, and it covers at least two words.
  let at = 0;
  let used = 0;
  for (const initial of initials) {
    if (at < letters.length && initial === letters[at]) {
      at += 1;
      used += 1;
    }
  }
  return at === letters.length && used >= 2;
}

/**
 * "Huawei Technologies Co., Ltd. (Huawei).  Affiliated Entity:  Beijing Huawei Longshine …": the row
 * lists the affiliate. Its name is the affiliate's; the parent it is listed under is kept apart.
 */
export function splitAffiliation(name: string): { name: string; affiliatedWith: string | null } {
  const match = /^(.*?)[.\s]*Affiliated Entity:\s*(.+)$/i.exec(name);
  if (!match) return { name, affiliatedWith: null };
  return { name: cleanName(match[2] ?? ''), affiliatedWith: cleanName(match[1] ?? '') };
}

/**
 * Place names appended to a name ("48th Central Scientific Research Institute, Kirov"): trailing
 * comma-separated parts that also appear in the entry's own addresses. The place stays in the addresses;
 * the name loses it. At least one part always remains.
 */
export function stripPlace(name: string, addressText: string): { name: string; place: string | null } {
  if (!addressText) return { name, place: null };
  const parts = name.split(/,\s+/);
  const haystack = ` ${addressText.toLowerCase()} `;
  let keep = parts.length;
  while (keep > 1) {
    const part = (parts[keep - 1] ?? '').replace(/\.$/, '').trim().toLowerCase();
    const isLegalForm = /^(ltd|co|inc|llc|jsc|corp|limited|company|gmbh|ooo|oao|zao|pjsc|s\.?a|plc)$/i.test(
      part,
    );
    const inAddress = new RegExp(`[\\s,]${escape(part)}[\\s,]`).test(haystack);
    if (part.length < 3 || isLegalForm || !(inAddress || chineseProvinces.has(part))) break;
    keep -= 1;
  }
  if (keep === parts.length) return { name, place: null };
  return { name: parts.slice(0, keep).join(', '), place: parts.slice(keep).join(', ') };
}

/** Provinces and regions the Entity List appends to Chinese names ("…, Xi'an, Shaanxi") without an address naming them. */
const chineseProvinces = new Set([
  'anhui',
  'beijing',
  'chongqing',
  'fujian',
  'gansu',
  'guangdong',
  'guangxi',
  'guizhou',
  'hainan',
  'hebei',
  'heilongjiang',
  'henan',
  'hubei',
  'hunan',
  'inner mongolia',
  'jiangsu',
  'jiangxi',
  'jilin',
  'liaoning',
  'ningxia',
  'qinghai',
  'shaanxi',
  'shandong',
  'shanghai',
  'shanxi',
  'sichuan',
  'tianjin',
  'tibet',
  'xinjiang',
  'yunnan',
  'zhejiang',
  'hong kong',
  'macau',
]);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
