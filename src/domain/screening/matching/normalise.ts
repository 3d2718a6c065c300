/**
 * Latin-script name normalisation: the part of matching that makes "SENSETIME GROUP LTD." and
 * "SenseTime Group Limited" the same tokens. Han text is split off first and handled in chinese.ts.
 */

/** Words that carry no identity in a company or person name. "da" and "di" are kept: they are pinyin. */
const stopwords = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'at',
  'on',
  'to',
  'a',
  'an',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'les',
  'el',
  'et',
  'y',
  'und',
  'von',
  'der',
  'fka',
  'aka',
  'nka',
]);

/**
 * Abbreviations lists and parties write for the same word. Mapped before stemming so that
 * "Semiconductor Mfg Intl Corp" and "Semiconductor Manufacturing International Corporation" align.
 */
const abbreviations = new Map<string, string>([
  ['tech', 'technology'],
  ['techn', 'technology'],
  ['technol', 'technology'],
  ['mfg', 'manufacturing'],
  ['manuf', 'manufacturing'],
  ['intl', 'international'],
  ['int', 'international'],
  ['internat', 'international'],
  ['elec', 'electronic'],
  ['electr', 'electronic'],
  ['inst', 'institute'],
  ['univ', 'university'],
  ['natl', 'national'],
  ['sci', 'science'],
  ['eng', 'engineering'],
  ['engg', 'engineering'],
  ['grp', 'group'],
  ['hldg', 'holding'],
  ['hldgs', 'holding'],
  ['dev', 'development'],
  ['devt', 'development'],
  ['equip', 'equipment'],
  ['ind', 'industry'],
  ['indus', 'industry'],
  ['comm', 'communication'],
  ['telecom', 'telecommunication'],
  ['telecomm', 'telecommunication'],
  ['centre', 'center'],
  ['ctr', 'center'],
  ['mat', 'material'],
  ['matl', 'material'],
  ['svc', 'service'],
  ['svcs', 'service'],
]);

/** Letters NFKD does not decompose into a base letter and a mark. */
const foldedLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Folds plural and adjectival endings so "Technologies"/"Technology" and "Electronics"/"Electronic"
 * meet without an edit-distance match (they are 3 edits apart). Deliberately crude: it runs on both
 * sides, so it only has to be consistent, not linguistically right.
 */
export function stem(token: string): string {
  if (token.length > 5 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 4 && token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us')) {
    return token.slice(0, -1);
  }
  return token;
}

/** Case, accents, ligatures and full-width forms folded; `&` spelt out. Han characters pass through. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþ]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/&/g, ' and ');
}

/**
 * The tokens of a Latin-script name, folded, stopwords removed, abbreviations expanded, stemmed.
 * Dots and apostrophes join what they separate ("Co.,Ltd." → co ltd, "S.A." → sa, "Xi'an" → xian);
 * any other punctuation separates. Ordinals keep only their number ("13th" → 13).
 */
export function latinTokens(text: string): string[] {
  const folded = foldText(text).replace(/[.'’`´?]/g, '');
  const tokens: string[] = [];
  for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || stopwords.has(raw)) continue;
    const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(raw);
    const word = ordinal?.[1] ?? abbreviations.get(raw) ?? raw;
    tokens.push(stem(word));
  }
  return tokens;
}

/** Whether the text holds any Han character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Text written the way a short form is: "SMIC", "CETC 13", "NSCC-WX", "HMN". */
function looksLikeAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&-]{1,9}(?: \d{1,3})?$/.test(text.trim());
}

export interface NameReadings {
  /** The name with any parenthesised short form taken out: "Semiconductor Manufacturing International Corporation". */
  main: string;
  /** Each parenthesised short form, read as a name of its own: "SMIC". */
  shortForms: string[];
}

/**
 * Splits "Semiconductor Manufacturing International Corporation (SMIC)" into the name and its short
 * form, as the list loader does for list entries, so a party written that way is screened under both.
 * Parentheses that hold anything else ("(Shanghai)", "(北京)") are part of the name and stay in it.
 */
export function nameReadings(text: string): NameReadings {
  const shortForms: string[] = [];
  const main = text.normalize('NFKC').replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const outside = text.replace(whole, '');
    // In an all-capitals name a parenthesised capital word is as likely a city as a short form.
    if (looksLikeAcronym(inner) && (/\p{Ll}/u.test(outside) || inner.trim().length <= 6)) {
      shortForms.push(inner.trim());
      return ' ';
    }
    return ` ${inner} `;
  });
  return { main: main.replace(/\s+/g, ' ').trim(), shortForms };
}
