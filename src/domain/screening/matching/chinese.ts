/**
 * Han text → name units. 华为技术有限公司 becomes 华为 {huawei} + 技术 {technology | jishu} and the legal
 * form {limited, company}; lists write either the English or the pinyin, and which one is not known in
 * advance, so every unit carries both and the matcher takes whichever the listed name has.
 */
import { pinyin } from 'pinyin-pro';
import { hanTerms, longestHanTerm, type HanTerm } from './business-terms.js';
import { hanLegalForms, type LegalFormClass } from './legal-forms.js';
import type { NameUnit, Spelling } from './name-units.js';
import { foldText, stem } from './normalise.js';

export interface HanReading {
  units: NameUnit[];
  legalForms: string[];
  legalClasses: Set<LegalFormClass>;
  /** Units of known brands in the text (海康威视 → hikvision), for the brand-only reading. */
  brandUnits: NameUnit[];
}

/** Single-character terms are read as terms only after a known word, never inside an unknown brand. */
const shortestTermInsideUnknown = 2;

function syllablesOf(run: string): string[] {
  const syllables = pinyin(run, { toneType: 'none', type: 'array' });
  // pinyin-pro gives one syllable per Han character; ü is folded to u as lists write it ("Lu", not "Lü").
  return syllables.map((syllable) => foldText(syllable).replace(/[^a-z]/g, ''));
}

function englishSpellings(words: readonly string[]): Spelling[] {
  return words.map((word) => ({ value: stem(foldText(word)), kind: 'translated' }));
}

function termUnits(text: string, term: HanTerm, pinyinOfText: string): NameUnit[] {
  const units: NameUnit[] = [];
  if (term.optionalBefore) {
    units.push({ text, spellings: englishSpellings(term.optionalBefore), optional: true });
  }
  const spellings = englishSpellings(term.english);
  if (!spellings.some((spelling) => spelling.value === pinyinOfText)) {
    spellings.push({ value: pinyinOfText, kind: 'pinyin' });
  }
  units.push({ text, spellings, optional: term.optional ?? false });
  return units;
}

/**
 * Unknown characters are most often a brand or a place: two characters each in company names, so a
 * run of them is cut in pairs (a run of up to three stays whole: 科大讯飞 is rarer than 深圳 + 华为).
 */
function unknownUnits(text: string, syllables: readonly string[]): NameUnit[] {
  const cuts: number[] = [];
  if (text.length <= 3) cuts.push(text.length);
  else {
    for (let left = text.length; left > 0;) {
      const size = left === 3 ? 3 : 2;
      cuts.push(size);
      left -= size;
    }
  }
  const units: NameUnit[] = [];
  let at = 0;
  for (const size of cuts) {
    const value = syllables.slice(at, at + size).join('');
    units.push({ text: text.slice(at, at + size), spellings: [{ value, kind: 'pinyin' }], optional: false });
    at += size;
  }
  return units;
}

/** Reads a run of Han characters: legal forms out, known words greedily longest-first, the rest as pinyin. */
export function readHan(run: string): HanReading {
  const syllables = syllablesOf(run);
  const reading: HanReading = { units: [], legalForms: [], legalClasses: new Set(), brandUnits: [] };
  let unknownStart = -1;
  const flushUnknown = (end: number) => {
    if (unknownStart < 0) return;
    reading.units.push(...unknownUnits(run.slice(unknownStart, end), syllables.slice(unknownStart, end)));
    unknownStart = -1;
  };

  let at = 0;
  while (at < run.length) {
    const legal = hanLegalForms.find(([form]) => run.startsWith(form, at));
    if (legal) {
      flushUnknown(at);
      const [form, classes] = legal;
      reading.legalForms.push(form);
      for (const legalClass of classes) reading.legalClasses.add(legalClass);
      at += form.length;
      continue;
    }
    const shortest = unknownStart >= 0 ? shortestTermInsideUnknown : 1;
    let matched = false;
    for (let length = Math.min(longestHanTerm, run.length - at); length >= shortest; length -= 1) {
      const text = run.slice(at, at + length);
      const term = hanTerms.get(text);
      if (!term) continue;
      flushUnknown(at);
      const units = termUnits(text, term, syllables.slice(at, at + length).join(''));
      reading.units.push(...units);
      if (term.brand) reading.brandUnits.push(...units);
      at += length;
      matched = true;
      break;
    }
    if (matched) continue;
    if (unknownStart < 0) unknownStart = at;
    at += 1;
  }
  flushUnknown(run.length);
  return reading;
}

/**
 * Pinyin words of the known terms, for names already romanised: "Keji" is 科技, so "technology" too;
 * "Haiguang" is 海光, so "Hygon". Single characters are left out: as pinyin they are too ambiguous
 * ("yuan" is 院 but also a currency and a surname).
 */
const pinyinTerms = new Map<string, Spelling[]>();
for (const [text, term] of hanTerms) {
  if (text.length < 2 || term.english.length === 0) continue;
  // 中心 "center" and 中芯 "SMIC" are both zhongxin: a romanised word keeps every reading.
  const romanised = syllablesOf(text).join('');
  pinyinTerms.set(romanised, [...(pinyinTerms.get(romanised) ?? []), ...englishSpellings(term.english)]);
}

/** The English spellings a romanised word stands for, when it is the pinyin of a known term. */
export function pinyinTermSpellings(word: string): readonly Spelling[] {
  return pinyinTerms.get(word) ?? [];
}
