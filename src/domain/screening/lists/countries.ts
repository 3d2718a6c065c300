/**
 * Country names as the lists write them, to ISO 3166 alpha-2. OFAC's files name countries in words
 * ("Russia", "Virgin Islands, British", "Korea, North"); the CSL mostly gives codes. English names come
 * from the runtime's own region data (ICU), plus the forms the lists use that ICU does not.
 */
const listForms: Record<string, string> = {
  'virgin islands, british': 'VG',
  'korea, north': 'KP',
  'korea, south': 'KR',
  'korea, republic of': 'KR',
  "korea, democratic people's republic of": 'KP',
  burma: 'MM',
  palestinian: 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  'czech republic': 'CZ',
  'the gambia': 'GM',
  'congo, democratic republic of the': 'CD',
  'congo, republic of the': 'CG',
  "cote d'ivoire": 'CI',
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  'russian federation': 'RU',
  iran: 'IR',
  syria: 'SY',
  'bosnia and herzegovina': 'BA',
  'north macedonia, the republic of': 'MK',
  macedonia: 'MK',
  turkey: 'TR',
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(listForms));
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (!name || name === code) continue;
      const folded = fold(name);
      if (!byName.has(folded)) byName.set(folded, code);
      // "Myanmar (Burma)", "Hong Kong SAR China": the plain form too.
      const plain = fold(name.replace(/\(.*\)|SAR China/g, ''));
      if (plain && !byName.has(plain)) byName.set(plain, code);
    }
  }
  return byName;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The alpha-2 code of a country as a list writes it (a code or a name), or null when unknown. */
export function countryCode(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed;
  return names().get(fold(trimmed)) ?? null;
}
