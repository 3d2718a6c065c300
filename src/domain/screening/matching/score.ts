/**
 * Scoring one reading of a party's name against one listed name variant: the units are paired with
 * the listed tokens, best pairing first, and the name score is the weighted Dice coefficient of the
 * pairing — matched weight on both sides over all weight on both sides — with each token weighed by how
 * rare it is among the index's entries (IDF). So "Huawei" carries a name and "Technology" or "China"
 * barely does, and a name is only a match when its rare words are the listed name's rare words.
 */
import type { LegalFormClass } from './legal-forms.js';
import type { NameUnit } from './name-units.js';

export type PairHow = 'exact' | 'pinyin' | 'translated' | 'joined' | 'split' | 'typo' | 'acronym';

/** A misspelt word is good evidence, not proof. */
export const typoSimilarity = 0.85;
/**
 * A short form matching a listed name's initials: worth a look, never a hit on its own, since initials
 * collide far more than words do.
 */
export const acronymSimilarity = 0.8;

/**
 * How much more a word of the party's name that the listed name lacks counts against a match than a
 * listed word the party left out. Lists shorten names ("Sugon", "Megvii Technology") and parties write
 * them in full, so a missing listed word is weak evidence; an extra party word ("China Electronics
 * *Trading* Company") is evidence of a different company.
 */
export const unmatchedPartyWordFactor = 1.5;

/** A listed name variant, as the index keeps it. */
export interface IndexedVariant {
  entry: number;
  /** The name or alias as listed. */
  label: string;
  tokens: string[];
  weights: number[];
  totalWeight: number;
  legalForms: string[];
  legalClasses: Set<LegalFormClass>;
  /** Two and three consecutive tokens written as one ("sense time" → sensetime), for split matching. */
  joined: { value: string; start: number; length: number }[];
  /** The tokens' initials, with and without legal forms ("smi", "smic"), for acronym matching. */
  initials: string[];
}

/** A unit of the party's name, prepared once per query against the index's vocabulary. */
export interface PreparedUnit {
  unit: NameUnit;
  /** IDF of its first spelling; the highest IDF there is when the index does not know it. */
  weight: number;
  /** Every listed token it can pair with on its own, and how well. */
  matches: Map<string, { similarity: number; how: PairHow }>;
}

export interface PreparedReading {
  units: PreparedUnit[];
  /** Consecutive units written as one ("Sense Time" → sensetime), by the joined spelling. */
  joinedByValue: Map<string, { start: number; length: number }[]>;
  /** The units each spelling belongs to, for listed tokens written apart ("Sense Time" listed). */
  unitsBySpelling: Map<string, number[]>;
  /** Weight of the units that must be matched (optional ones count only when they are). */
  requiredWeight: number;
  legalForms: string[];
  legalClasses: Set<LegalFormClass>;
  brandOnly: boolean;
}

export interface ScoredPair {
  units: number[];
  tokens: number[];
  how: PairHow;
  /** similarity × (query weight + listed weight): this pair's share of the Dice numerator. */
  gain: number;
}

export interface NameScore {
  score: number;
  pairs: ScoredPair[];
  denominator: number;
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, offset) => start + offset);
}

function candidatePairs(reading: PreparedReading, variant: IndexedVariant): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  const units = reading.units;
  const unitWeight = (indexes: number[]) => indexes.reduce((sum, i) => sum + (units[i]?.weight ?? 0), 0);
  const tokenWeight = (indexes: number[]) => indexes.reduce((sum, j) => sum + (variant.weights[j] ?? 0), 0);
  const push = (unitIndexes: number[], tokenIndexes: number[], how: PairHow, similarity: number) => {
    pairs.push({
      units: unitIndexes,
      tokens: tokenIndexes,
      how,
      gain: similarity * (unitWeight(unitIndexes) + tokenWeight(tokenIndexes)),
    });
  };

  variant.tokens.forEach((token, j) => {
    units.forEach((prepared, i) => {
      const match = prepared.matches.get(token);
      if (match) push([i], [j], match.how, match.similarity);
    });
    for (const join of reading.joinedByValue.get(token) ?? []) {
      push(range(join.start, join.length), [j], 'joined', 1);
    }
  });
  for (const join of variant.joined) {
    for (const i of reading.unitsBySpelling.get(join.value) ?? []) {
      push([i], range(join.start, join.length), 'split', 1);
    }
  }
  const required = units.filter((prepared) => !prepared.unit.optional);
  if (required.length === 1 && variant.tokens.length >= 2) {
    const only = units.indexOf(required[0] as PreparedUnit);
    // Only a short form the party wrote: a translated brand ("dji" for 大疆) is not anyone's initials.
    const written = (required[0]?.unit.spellings ?? []).filter(
      (spelling) => spelling.kind === 'exact' && spelling.value.length >= 3,
    );
    if (written.some((spelling) => variant.initials.includes(spelling.value))) {
      push([only], range(0, variant.tokens.length), 'acronym', acronymSimilarity);
    }
  }
  return pairs;
}

/**
 * Pairs greedily, highest gain first (ties by position, so the result never depends on map order):
 * names are a handful of tokens, where greedy and optimal pairings almost never differ.
 */
export function scoreName(reading: PreparedReading, variant: IndexedVariant): NameScore {
  const candidates = candidatePairs(reading, variant).sort(
    (a, b) =>
      b.gain - a.gain ||
      (a.units[0] ?? 0) - (b.units[0] ?? 0) ||
      (a.tokens[0] ?? 0) - (b.tokens[0] ?? 0) ||
      a.units.length - b.units.length,
  );
  const usedUnits = new Set<number>();
  const usedTokens = new Set<number>();
  const pairs: ScoredPair[] = [];
  let matched = 0;
  let optionalMatchedWeight = 0;
  for (const pair of candidates) {
    if (pair.units.some((i) => usedUnits.has(i)) || pair.tokens.some((j) => usedTokens.has(j))) continue;
    for (const i of pair.units) {
      usedUnits.add(i);
      const prepared = reading.units[i];
      if (prepared?.unit.optional) optionalMatchedWeight += prepared.weight;
    }
    for (const j of pair.tokens) usedTokens.add(j);
    pairs.push(pair);
    matched += pair.gain;
  }
  let unmatchedPartyWeight = 0;
  reading.units.forEach((prepared, i) => {
    if (!prepared.unit.optional && !usedUnits.has(i)) unmatchedPartyWeight += prepared.weight;
  });
  const denominator =
    reading.requiredWeight +
    optionalMatchedWeight +
    variant.totalWeight +
    (unmatchedPartyWordFactor - 1) * unmatchedPartyWeight;
  return { score: denominator > 0 ? Math.min(1, matched / denominator) : 0, pairs, denominator };
}

/** Whether two words are at most one edit apart: insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  if (shorter.length === longer.length) {
    if (shorter.slice(i + 1) === longer.slice(i + 1)) return true;
    return (
      shorter[i] === longer[i + 1] &&
      shorter[i + 1] === longer[i] &&
      shorter.slice(i + 2) === longer.slice(i + 2)
    );
  }
  return shorter.slice(i) === longer.slice(i + 1);
}

/** Every string one deletion away, and the word itself: the keys of the typo index. */
export function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
