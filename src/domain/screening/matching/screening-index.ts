/**
 * Restricted-party name screening over an in-memory index of list entries.
 *
 * Candidates come from inverted indexes, never from a scan of all entries: listed tokens (and the
 * English and pinyin spellings of a Han party name meet them there), listed tokens joined in twos and
 * threes (split matching), the listed names' initials (acronyms), and a one-deletion neighbourhood of
 * the vocabulary (typos). Each candidate variant is then scored by score.ts; the entry keeps its best.
 */
import { DomainError } from '../../errors.js';
import type { ListEntry } from '../list-entry.js';
import { analyseName } from './analyse-name.js';
import { genericWords } from './business-terms.js';
import type { LegalFormClass } from './legal-forms.js';
import type { NameReading } from './name-units.js';
import {
  deletionKeys,
  scoreName,
  typoSimilarity,
  withinOneEdit,
  type IndexedVariant,
  type NameScore,
  type PairHow,
  type PreparedReading,
  type PreparedUnit,
} from './score.js';

export interface ScreeningQuery {
  id: string;
  name: string;
  country?: string | undefined;
}

export interface TokenPair {
  query: string;
  listed: string;
  how: 'exact' | 'pinyin' | 'translated' | 'joined' | 'split' | 'typo' | 'acronym' | 'legal-form';
  weight: number;
}

export interface ScreeningMatch {
  entryId: string;
  source: string;
  /** The entry's listed name. */
  name: string;
  /** The name or alias matched, as listed. */
  variant: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  pairs: TokenPair[];
  parts: { name: number; legalForm: number; country: number };
}

export type ScreeningDecision = 'hit' | 'review' | 'clear';

export interface ScreeningResult {
  id: string;
  decision: ScreeningDecision;
  /** Best first, at most thresholds.maxMatches, only those ≥ thresholds.review. */
  matches: ScreeningMatch[];
}

export interface ScreeningThresholds {
  hit: number;
  review: number;
  maxMatches: number;
}

/**
 * Set on the labelled evaluation set (test/support/screening-evaluation.ts) against the full May 2022
 * CSL snapshot. review 0.73 sits in the gap between the lowest-scoring expected match (0.788, a Chinese
 * legal name with a city the listed name lacks) and the highest-scoring name that is not listed (0.682,
 * "Global Trading LLC" against "Global Trading Group NV"); it is near OpenSanctions' 0.70 on a score
 * built the same way. hit 0.9: a listed name or alias word for word, up to legal form, spacing, word
 * order or a translated business term; a typo or an extra word leaves it for a person to look at.
 */
export const defaultThresholds: ScreeningThresholds = { hit: 0.9, review: 0.73, maxMatches: 10 };

/**
 * The thresholds with those given in place of the defaults (from the command line or the environment),
 * refused when review would sit above hit: every match would then be a hit before it could be reviewed.
 */
export function thresholdsWith(given: {
  hit?: number | undefined;
  review?: number | undefined;
}): ScreeningThresholds {
  const hit = given.hit ?? defaultThresholds.hit;
  const review = given.review ?? defaultThresholds.review;
  if (review > hit) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `the review threshold (${review}) is above the hit threshold (${hit}); set SCREENING_REVIEW_THRESHOLD at or below SCREENING_HIT_THRESHOLD (or --review at or below --hit)`,
    );
  }
  return { ...defaultThresholds, hit, review };
}

/** Country is supporting evidence: it moves a score a little, and never makes a candidate. */
const countryAgrees = 0.05;
const countryDiffers = -0.05;
/** The legal form is weaker still: a company form on both sides, the same kind or not. */
const legalFormSame = 0.03;
const legalFormCompatible = 0.01;
/** A party written as a company against a listed person. */
const companyAgainstPerson = -0.05;
/** A known brand read out of a longer Han name leaves the rest of the name unmatched. */
const brandOnlyDiscount = 0.95;
/**
 * A partial match made only of descriptive words ("China", "Electronics", "Technology", "Beijing"):
 * pushed below review, since two companies described alike are not one company.
 */
const genericPartialDiscount = 0.8;
const largestBoost = countryAgrees + legalFormSame;
/** Typos are looked for only between words this long: short words one edit apart are other words. */
const shortestTypoWord = 5;

function idf(entries: number, documentFrequency: number): number {
  return Math.log(1 + entries / documentFrequency);
}

function initialsOf(tokens: readonly string[]): string {
  return tokens.map((token) => token[0] ?? '').join('');
}

function pushPosting(postings: Map<string, number[]>, key: string, variant: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [variant]);
  else if (list.at(-1) !== variant) list.push(variant);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * How rare each word is among a list's entries: what an index weighs words by. An index can be built on
 * another index's statistics so that a list update changes no score but those of the entries it touched:
 * then re-screening only the parties those entries could match ends where screening everyone would.
 */
export interface WordStatistics {
  entries: number;
  /** Entries whose names hold the word, by word. */
  documentFrequency: Record<string, number>;
}

export class ScreeningIndex {
  readonly size: number;
  /** The statistics of this index's own entries (whatever it was built to weigh words by). */
  readonly statistics: WordStatistics;
  private readonly entries: readonly ListEntry[];
  private readonly variants: IndexedVariant[];
  /** Entries holding a word, by the statistics words are weighed by; undefined for a word never seen. */
  private readonly frequencyOf: (token: string) => number | undefined;
  private readonly weighedOver: number;
  /** Weights already worked out, by word. */
  private readonly weights = new Map<string, number>();
  private readonly unknownWeight: number;
  private readonly byToken: Map<string, number[]>;
  private readonly byJoined: Map<string, number[]>;
  private readonly byInitials: Map<string, number[]>;
  /** One-deletion keys of every vocabulary word long enough for typos → the words. */
  private readonly typoNeighbours: Map<string, string[]>;
  /** Per-query marks of the variants already collected, reused across queries. */
  private readonly seenAt: Uint32Array;
  private queryStamp = 0;

  private constructor(entries: readonly ListEntry[], basis: WordStatistics | undefined) {
    this.entries = entries;
    this.size = entries.length;
    this.variants = [];
    const documentFrequency = new Map<string, number>();
    entries.forEach((entry, entryIndex) => {
      const seenForms = new Set<string>();
      const entryTokens = new Set<string>();
      for (const label of [entry.name, ...entry.aliases]) {
        for (const reading of analyseName(label)) {
          if (reading.brandOnly) continue;
          const tokens = reading.units
            .filter((unit) => !unit.optional)
            .map((unit) => unit.spellings[0]?.value ?? '');
          const key = `${tokens.join(' ')}|${[...reading.legalClasses].sort().join(',')}`;
          if (seenForms.has(key)) continue;
          seenForms.add(key);
          for (const token of tokens) entryTokens.add(token);
          const isPerson = entry.type?.toLowerCase() === 'individual';
          this.variants.push(listedVariant(entryIndex, label, tokens, reading, isPerson));
        }
      }
      for (const token of entryTokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    });

    this.statistics = { entries: entries.length, documentFrequency: Object.fromEntries(documentFrequency) };
    // A word the basis never saw is as rare as a word can be: a new entry's name weighs fully.
    this.weighedOver = Math.max(1, basis?.entries ?? entries.length);
    this.frequencyOf = basis
      ? (token) =>
          Object.hasOwn(basis.documentFrequency, token) ? basis.documentFrequency[token] : undefined
      : (token) => documentFrequency.get(token);
    this.unknownWeight = idf(this.weighedOver, 0.5);
    this.byToken = new Map();
    this.byJoined = new Map();
    this.byInitials = new Map();
    this.typoNeighbours = new Map();
    this.variants.forEach((variant, v) => {
      variant.weights = variant.tokens.map((token) => this.weightOf(token));
      variant.totalWeight = variant.weights.reduce((sum, weight) => sum + weight, 0);
      for (const token of variant.tokens) pushPosting(this.byToken, token, v);
      for (const join of variant.joined) pushPosting(this.byJoined, join.value, v);
      for (const initials of variant.initials) pushPosting(this.byInitials, initials, v);
    });
    for (const word of documentFrequency.keys()) {
      if (word.length < shortestTypoWord) continue;
      for (const key of deletionKeys(word)) {
        const words = this.typoNeighbours.get(key);
        if (!words) this.typoNeighbours.set(key, [word]);
        else words.push(word);
      }
    }
    this.seenAt = new Uint32Array(this.variants.length);
  }

  /**
   * Indexes every name and alias of the entries. Entries keep their order; ties are broken by id. Words
   * are weighed by the entries' own statistics, or by `basis` when given (see WordStatistics).
   */
  static build(entries: readonly ListEntry[], basis?: WordStatistics): ScreeningIndex {
    return new ScreeningIndex(entries, basis);
  }

  /** Screens one party name against every entry, best matches first. */
  screen(query: ScreeningQuery, thresholds: ScreeningThresholds = defaultThresholds): ScreeningResult {
    const best = new Map<number, { match: ScreeningMatch; unclamped: number }>();
    for (const reading of analyseName(query.name)) {
      const prepared = this.prepare(reading);
      for (const v of this.candidates(prepared, thresholds)) {
        const variant = this.variants[v];
        if (!variant) continue;
        const scored = this.score(prepared, variant, query);
        if (scored.score < thresholds.review) continue;
        // Among an entry's variants the best wins; the unclamped total tells apart two that both reach 1.
        const previous = best.get(variant.entry);
        if (!previous || scored.unclamped > previous.unclamped) {
          best.set(variant.entry, {
            match: this.explain(prepared, variant, scored),
            unclamped: scored.unclamped,
          });
        }
      }
    }
    const matches = [...best.values()]
      .map((kept) => kept.match)
      .sort((a, b) => b.score - a.score || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0))
      .slice(0, thresholds.maxMatches);
    const top = matches[0];
    const decision: ScreeningDecision = !top ? 'clear' : top.score >= thresholds.hit ? 'hit' : 'review';
    return { id: query.id, decision, matches };
  }

  /**
   * Whether any entry of this index could reach the review threshold for the name: cheap, for delta
   * re-screening of many parties against the few entries a list update touched. Build an index of just
   * those entries and ask this of every party: with few entries the candidate lookup is a handful of
   * map probes and most parties stop there.
   */
  couldMatch(query: ScreeningQuery, thresholds: ScreeningThresholds = defaultThresholds): boolean {
    for (const reading of analyseName(query.name)) {
      const prepared = this.prepare(reading);
      for (const v of this.candidates(prepared, thresholds)) {
        const variant = this.variants[v];
        if (variant && this.score(prepared, variant, query).score >= thresholds.review) return true;
      }
    }
    return false;
  }

  private weightOf(token: string): number {
    let weight = this.weights.get(token);
    if (weight === undefined) {
      const frequency = this.frequencyOf(token);
      // Only known words are kept: queries bring words without end.
      if (frequency === undefined) return this.unknownWeight;
      weight = idf(this.weighedOver, frequency);
      this.weights.set(token, weight);
    }
    return weight;
  }

  /** Looks each unit's spellings and their one-edit neighbours up in the vocabulary, once per query. */
  private prepare(reading: NameReading): PreparedReading {
    const units: PreparedUnit[] = reading.units.map((unit) => {
      const matches = new Map<string, { similarity: number; how: PairHow }>();
      for (const spelling of unit.spellings) {
        matches.set(spelling.value, { similarity: 1, how: spelling.kind });
      }
      for (const spelling of unit.spellings) {
        if (spelling.value.length < shortestTypoWord) continue;
        for (const key of deletionKeys(spelling.value)) {
          for (const word of this.typoNeighbours.get(key) ?? []) {
            // Two five-letter words one substitution apart are usually two words ("Intel", "Inter").
            const longest = Math.max(word.length, spelling.value.length);
            if (matches.has(word) || (word.length === spelling.value.length && longest <= shortestTypoWord)) {
              continue;
            }
            if (withinOneEdit(word, spelling.value))
              matches.set(word, { similarity: typoSimilarity, how: 'typo' });
          }
        }
      }
      // A word weighs what its most common known reading weighs: "jishu" is only "technology".
      const known = unit.spellings.flatMap((spelling) =>
        this.frequencyOf(spelling.value) === undefined ? [] : [this.weightOf(spelling.value)],
      );
      return { unit, weight: known.length > 0 ? Math.min(...known) : this.unknownWeight, matches };
    });

    const joined: { value: string; start: number; length: number }[] = [];
    for (let start = 0; start < units.length; start += 1) {
      let partials = [''];
      for (let length = 1; length <= 3 && start + length <= units.length; length += 1) {
        const next = units[start + length - 1];
        if (!next || next.unit.optional) break;
        partials = partials.flatMap((partial) =>
          next.unit.spellings.slice(0, 3).map((spelling) => partial + spelling.value),
        );
        if (length < 2) continue;
        for (const value of partials) if (this.byToken.has(value)) joined.push({ value, start, length });
      }
    }
    const joinedByValue = new Map<string, { start: number; length: number }[]>();
    for (const join of joined) {
      joinedByValue.set(join.value, [...(joinedByValue.get(join.value) ?? []), join]);
    }
    const unitsBySpelling = new Map<string, number[]>();
    units.forEach((prepared, i) => {
      for (const spelling of new Set(prepared.unit.spellings.map((s) => s.value))) {
        unitsBySpelling.set(spelling, [...(unitsBySpelling.get(spelling) ?? []), i]);
      }
    });
    const required = units.filter((prepared) => !prepared.unit.optional);
    return {
      units,
      joinedByValue,
      unitsBySpelling,
      requiredWeight: required.reduce((sum, prepared) => sum + prepared.weight, 0),
      legalForms: reading.legalForms,
      legalClasses: reading.legalClasses,
      brandOnly: reading.brandOnly,
    };
  }

  /**
   * The variants worth scoring. The (unit, listed word) keys are set aside from the most common up while
   * a variant reached only through them could not reach review even with every boost (the weighted Dice
   * bound, each unit counted once at its best key); they generate no candidates, so "Technology" or
   * "China" in a longer name never drags in thousands of names. The rest, and every joined, split and
   * acronym key, do.
   */
  private candidates(reading: PreparedReading, thresholds: ScreeningThresholds): number[] {
    this.queryStamp += 1;
    if (this.queryStamp === 0xffffffff) {
      this.seenAt.fill(0);
      this.queryStamp = 1;
    }
    const stamp = this.queryStamp;
    const found: number[] = [];
    const collect = (postings: readonly number[] | undefined) => {
      if (!postings) return;
      for (const v of postings) {
        if (this.seenAt[v] === stamp) continue;
        this.seenAt[v] = stamp;
        found.push(v);
      }
    };

    // Every (unit, listed token) the unit can pair with alone is a key; common keys are set aside,
    // rarest last, while a variant reached only through them stays under the bound.
    const required = reading.units.filter((prepared) => !prepared.unit.optional);
    const keys = required
      .flatMap((prepared) =>
        [...prepared.matches.keys()].map((token) => ({ prepared, token, idf: this.weightOf(token) })),
      )
      .sort((a, b) => a.idf - b.idf || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    const floor = thresholds.review - largestBoost;
    const coveredBy = new Map<PreparedUnit, number>();
    let numerator = 0;
    let listedWeight = 0;
    let generatorsFrom = keys.length;
    for (const [position, key] of keys.entries()) {
      const before = coveredBy.get(key.prepared);
      const addedListed = key.idf - (before ?? 0);
      const addedNumerator = (before === undefined ? key.prepared.weight : 0) + addedListed;
      if ((numerator + addedNumerator) / (reading.requiredWeight + listedWeight + addedListed) >= floor) {
        generatorsFrom = position;
        break;
      }
      coveredBy.set(key.prepared, key.idf);
      numerator += addedNumerator;
      listedWeight += addedListed;
    }
    for (const key of keys.slice(generatorsFrom)) collect(this.byToken.get(key.token));
    for (const prepared of required) {
      for (const spelling of prepared.unit.spellings) collect(this.byJoined.get(spelling.value));
    }
    for (const value of reading.joinedByValue.keys()) collect(this.byToken.get(value));
    if (required.length === 1) {
      for (const spelling of required[0]?.unit.spellings ?? []) collect(this.byInitials.get(spelling.value));
    }
    return found;
  }

  /** The score alone: most candidates end here, below review, without an explanation being built. */
  private score(reading: PreparedReading, variant: IndexedVariant, query: ScreeningQuery): ScoredVariant {
    const entry = this.entries[variant.entry] as ListEntry;
    const name = scoreName(reading, variant);
    const distinctive = name.pairs.some((pair) =>
      pair.tokens.some((j) => !genericWords.has(variant.tokens[j] ?? '')),
    );
    const pairedUnits = name.pairs.reduce((sum, pair) => sum + pair.units.length, 0);
    const pairedTokens = name.pairs.reduce((sum, pair) => sum + pair.tokens.length, 0);
    const complete =
      pairedTokens === variant.tokens.length &&
      reading.units.every(
        (prepared, i) => prepared.unit.optional || name.pairs.some((p) => p.units.includes(i)),
      );
    const nameScore =
      name.score *
      (reading.brandOnly ? brandOnlyDiscount : 1) *
      (distinctive || complete || pairedUnits === 0 ? 1 : genericPartialDiscount);
    const legalForm = legalFormPart(reading.legalClasses, variant.legalClasses, entry.type);
    const country = countryPart(query.country, entry.countries);
    const unclamped = nameScore + legalForm + country;
    const score = round3(Math.max(0, Math.min(1, unclamped)));
    return { entry, name, nameScore, legalForm, country, score, unclamped };
  }

  private explain(reading: PreparedReading, variant: IndexedVariant, scored: ScoredVariant): ScreeningMatch {
    const { entry, name, legalForm } = scored;
    const pairs: TokenPair[] = name.pairs.map((pair) => ({
      query: pair.units.map((i) => reading.units[i]?.unit.text ?? '').join(' '),
      listed: pair.tokens.map((j) => variant.tokens[j] ?? '').join(' '),
      how: pair.how,
      weight: round3(name.denominator > 0 ? pair.gain / name.denominator : 0),
    }));
    if (legalForm !== 0) {
      pairs.push({
        query: reading.legalForms.join(' '),
        listed: variant.legalForms.join(' '),
        how: 'legal-form',
        weight: round3(legalForm),
      });
    }
    return {
      entryId: entry.id,
      source: entry.source,
      name: entry.name,
      variant: variant.label,
      score: scored.score,
      pairs,
      parts: {
        name: round3(scored.nameScore),
        legalForm: round3(legalForm),
        country: round3(scored.country),
      },
    };
  }
}

interface ScoredVariant {
  entry: ListEntry;
  name: NameScore;
  nameScore: number;
  legalForm: number;
  country: number;
  score: number;
  unclamped: number;
}

function listedVariant(
  entry: number,
  label: string,
  tokens: string[],
  reading: NameReading,
  isPerson: boolean,
): IndexedVariant {
  const joined: IndexedVariant['joined'] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    let value = tokens[start] ?? '';
    for (let length = 2; length <= 3 && start + length <= tokens.length; length += 1) {
      value += tokens[start + length - 1] ?? '';
      joined.push({ value, start, length });
    }
  }
  const initials = new Set<string>();
  // A person's initials stand for nobody in particular: "DJ Ismail" is not DJI.
  if (tokens.length >= 2 && !isPerson) {
    initials.add(initialsOf(tokens));
    if (reading.legalForms.length > 0) initials.add(initialsOf([...tokens, ...reading.legalForms]));
  }
  return {
    entry,
    label,
    tokens,
    weights: [],
    totalWeight: 0,
    legalForms: reading.legalForms,
    legalClasses: reading.legalClasses,
    joined,
    initials: [...initials],
  };
}

function legalFormPart(
  query: ReadonlySet<LegalFormClass>,
  listed: ReadonlySet<LegalFormClass>,
  entryType: string | null,
): number {
  if (query.size === 0) return 0;
  if (entryType?.toLowerCase() === 'individual') return companyAgainstPerson;
  if (listed.size === 0) return 0;
  return [...query].some((legalClass) => listed.has(legalClass)) ? legalFormSame : legalFormCompatible;
}

function countryPart(queryCountry: string | undefined, entryCountries: readonly string[]): number {
  if (!queryCountry || entryCountries.length === 0) return 0;
  return entryCountries.includes(queryCountry.toUpperCase()) ? countryAgrees : countryDiffers;
}
