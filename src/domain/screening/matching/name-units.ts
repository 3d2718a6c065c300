/**
 * A name read for matching: the units a party's name is made of, each with every spelling it may have
 * on a list. Latin words have one spelling; a Han word has its English term, its pinyin and, for a few
 * brands, the brand's list name.
 */
import type { LegalFormClass } from './legal-forms.js';

/** How a spelling was reached: as written, as the pinyin of Han text, or as a translation of it. */
export type SpellingKind = 'exact' | 'pinyin' | 'translated';

export interface Spelling {
  /** Folded, stemmed, one token. */
  value: string;
  kind: SpellingKind;
}

export interface NameUnit {
  /** The unit as the party wrote it, for explanations: "Huawei", "技术". */
  text: string;
  /** The first is the one the unit's weight is taken from. */
  spellings: Spelling[];
  /** A word the English adds that the Han leaves implicit ("science" of 科技): counted only if found. */
  optional: boolean;
}

export interface NameReading {
  units: NameUnit[];
  /** Legal-form words, as written after normalisation ("co", "ltd", "有限公司"). */
  legalForms: string[];
  legalClasses: Set<LegalFormClass>;
  /** Reads only a known brand out of a longer Han name; its score is discounted for what it ignored. */
  brandOnly: boolean;
}
