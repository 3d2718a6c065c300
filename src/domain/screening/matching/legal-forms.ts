/**
 * Legal forms: recognised, taken out of the name's distinctive tokens, and kept as a weak signal.
 * "Co., Ltd.", "Company Limited", "Corp.", "有限公司" and "Youxian Gongsi" all say "a company" and nothing
 * about which one, so they must neither make a match (Watchman's "CORP matching 100 %") nor break one
 * when a party writes a different form from the list's.
 */

/** What a legal-form word says about the entity; forms in the same class are interchangeable. */
export type LegalFormClass = 'company' | 'limited' | 'corporation' | 'joint-stock' | 'partnership';

/** Words that are a legal form wherever they stand in a name. Tokens are folded and stemmed first. */
const legalFormWords = new Map<string, LegalFormClass>([
  ['co', 'company'],
  ['company', 'company'],
  ['cie', 'company'],
  ['gongsi', 'company'],
  ['obshchestvo', 'company'],
  ['ltd', 'limited'],
  ['limited', 'limited'],
  ['youxian', 'limited'],
  ['zeren', 'limited'],
  ['llc', 'limited'],
  ['gmbh', 'limited'],
  ['pty', 'limited'],
  ['pvt', 'limited'],
  ['plc', 'limited'],
  ['ltda', 'limited'],
  ['limitada', 'limited'],
  ['srl', 'limited'],
  ['sarl', 'limited'],
  ['bhd', 'limited'],
  ['ooo', 'limited'],
  ['tov', 'limited'],
  ['ogranichennoi', 'limited'],
  ['ogranichennoy', 'limited'],
  ['otvetstvennostyu', 'limited'],
  ['corp', 'corporation'],
  ['corporation', 'corporation'],
  ['inc', 'corporation'],
  ['incorporated', 'corporation'],
  ['incorporation', 'corporation'],
  ['jsc', 'joint-stock'],
  ['ojsc', 'joint-stock'],
  ['pjsc', 'joint-stock'],
  ['cjsc', 'joint-stock'],
  ['oao', 'joint-stock'],
  ['zao', 'joint-stock'],
  ['pao', 'joint-stock'],
  ['gufen', 'joint-stock'],
  ['aktsionernoe', 'joint-stock'],
  ['akcionernoe', 'joint-stock'],
  ['zakrytoe', 'joint-stock'],
  ['otkrytoe', 'joint-stock'],
  ['publichnoe', 'joint-stock'],
  ['llp', 'partnership'],
]);

/**
 * Short words that are a legal form only as a name's last word ("Huawei Chile S.A.", "… AG"): elsewhere
 * they are as likely part of a name ("AO" is also a Chinese given name).
 */
const trailingLegalFormWords = new Map<string, LegalFormClass>([
  ['sa', 'joint-stock'],
  ['ag', 'joint-stock'],
  ['ao', 'joint-stock'],
  ['nv', 'joint-stock'],
  ['spa', 'joint-stock'],
  ['kk', 'joint-stock'],
  ['bv', 'limited'],
  ['lp', 'partnership'],
]);

/** Han legal forms, longest first so 股份有限公司 is read whole, not as 股份 + 有限公司. */
export const hanLegalForms: readonly (readonly [string, readonly LegalFormClass[]])[] = [
  ['股份有限公司', ['joint-stock', 'limited', 'company']],
  ['有限责任公司', ['limited', 'company']],
  ['有限公司', ['limited', 'company']],
  ['股份公司', ['joint-stock', 'company']],
  ['公司', ['company']],
];

export interface LegalFormSplit {
  /** The distinctive tokens, legal forms taken out, in order. */
  tokens: string[];
  /** The legal-form words found, as written after normalisation. */
  legalForms: string[];
  classes: Set<LegalFormClass>;
}

/** Takes the legal-form words out of a name's tokens. */
export function splitLegalForms(tokens: readonly string[]): LegalFormSplit {
  const kept: string[] = [];
  const legalForms: string[] = [];
  const classes = new Set<LegalFormClass>();
  tokens.forEach((token, position) => {
    const isLast = position === tokens.length - 1 && tokens.length >= 3;
    const legalClass = legalFormWords.get(token) ?? (isLast ? trailingLegalFormWords.get(token) : undefined);
    if (legalClass) {
      legalForms.push(token);
      classes.add(legalClass);
    } else {
      kept.push(token);
    }
  });
  return { tokens: kept, legalForms, classes };
}
