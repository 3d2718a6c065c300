/**
 * One name, any script, into the readings the matcher compares: the name itself, each parenthesised
 * short form, and for a Han name holding a known brand, the brand alone.
 */
import { pinyinTermSpellings, readHan } from './chinese.js';
import { splitLegalForms, type LegalFormClass } from './legal-forms.js';
import type { NameReading, NameUnit } from './name-units.js';
import { latinTokens, nameReadings } from './normalise.js';

function readOne(text: string): NameReading[] {
  const units: NameUnit[] = [];
  const legalForms: string[] = [];
  const legalClasses = new Set<LegalFormClass>();
  const brandUnits: NameUnit[] = [];
  // Latin and Han parts keep their order: "Beijing 商汤 Technology" is three units in a row.
  const parts = text.split(/(\p{Script=Han}+)/u).filter(Boolean);
  const latinWords = parts.flatMap((part) => (/\p{Script=Han}/u.test(part) ? [] : latinTokens(part)));
  const latin = splitLegalForms(latinWords);
  legalForms.push(...latin.legalForms);
  for (const legalClass of latin.classes) legalClasses.add(legalClass);
  const distinctive = new Set(latin.tokens);
  for (const part of parts) {
    if (/\p{Script=Han}/u.test(part)) {
      const han = readHan(part);
      units.push(...han.units);
      brandUnits.push(...han.brandUnits);
      legalForms.push(...han.legalForms);
      for (const legalClass of han.legalClasses) legalClasses.add(legalClass);
    } else {
      for (const token of latinTokens(part)) {
        if (!distinctive.has(token)) continue;
        const translations = pinyinTermSpellings(token).filter((spelling) => spelling.value !== token);
        units.push({
          text: token,
          spellings: [{ value: token, kind: 'exact' }, ...translations],
          optional: false,
        });
      }
    }
  }
  const readings: NameReading[] = [{ units, legalForms, legalClasses, brandOnly: false }];
  if (brandUnits.length > 0 && brandUnits.length < units.filter((unit) => !unit.optional).length) {
    readings.push({ units: brandUnits, legalForms, legalClasses, brandOnly: true });
  }
  return readings;
}

/** The readings of a name worth matching; a name of nothing but legal forms and stopwords has none. */
export function analyseName(text: string): NameReading[] {
  const { main, shortForms } = nameReadings(text);
  return [main, ...shortForms]
    .flatMap(readOne)
    .filter((reading) => reading.units.some((unit) => !unit.optional));
}
