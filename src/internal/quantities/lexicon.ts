/**
 * The keyword tables of words.ts as look-ups, built on first use: a word's
 * value as a number word, its scale, its currency, its comparator phrases.
 * Every look-up is on a map of the table's own keys, so that a text word such
 * as `constructor` never reads an inherited property.
 */
import type { Measure } from '../../schema.js';
import {
  COMPARATOR_PHRASES,
  type ComparatorId,
  COUNT_NOUNS,
  CURRENCIES,
  FRACTION_WORDS,
  HUNDRED_STEMS,
  HUNDRED_WORDS,
  IDENTIFIER_WORDS,
  MONTH_SECOND_WORDS,
  MONTH_WORDS,
  NOT_COUNTED,
  PERCENT_AFTER_FI,
  PERCENT_WORDS,
  SCALE_WORDS,
  TEEN_HEADS,
  TEN_WORDS,
  TIME_UNITS,
  UNIT_WORDS,
  YEAR_WORDS,
} from './words.js';

/** A scale word read: the power of ten, and whether it is a dual (two of it) or a plural (only after a number). */
export interface Scale {
  readonly power: number;
  readonly form: 'singular' | 'dual' | 'plural';
}

/** A currency word read: its default code, and the adjectives that name another or confirm it. */
export interface Currency {
  readonly code: string;
  readonly adjectives: ReadonlyMap<string, string>;
}

/** The look-ups, built once. */
export interface Lexicon {
  readonly units: ReadonlyMap<string, number>;
  readonly teenHeads: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  /** Hundred words, written alone (`مائة`, `مئتين`) or joined to their unit (`ثلاثمائة`). */
  readonly hundreds: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, Scale>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly percentWords: ReadonlySet<string>;
  readonly percentAfterFi: ReadonlySet<string>;
  readonly currencies: ReadonlyMap<string, Currency>;
  /**
   * The comparator phrases by their last word (and that word with a clitic, for a phrase of one word),
   * each as its words, last word first, so that it is matched backwards from a number; longest first.
   */
  readonly comparators: ReadonlyMap<string, readonly (readonly [words: readonly string[], comparator: ComparatorId])[]>;
  readonly countNouns: ReadonlyMap<string, Measure | ReadonlyMap<string, Measure>>;
  readonly timeUnits: ReadonlySet<string>;
  readonly yearWords: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly monthSecondWords: ReadonlySet<string>;
  readonly identifierWords: ReadonlySet<string>;
  readonly notCounted: ReadonlySet<string>;
  /** Every word that starts a number in words: the number words, fractions and scale words, and each scale word with the tanween alef (`مليونا`). */
  readonly starters: ReadonlySet<string>;
  /** The first three letters of each starter of three letters or more, as {@link headKey} codes: a filter that needs no string. */
  readonly starterHeads: ReadonlySet<number>;
  /** The starters of two letters (`ست`), as {@link headKey} codes of their two letters. */
  readonly shortStarters: ReadonlySet<number>;
}

/** A number for the first letters of a word (two or three UTF-16 units), for the look-ups that need no string. */
export function headKey(first: number, second: number, third = 0): number {
  return first * 0x1_0000_0000 + second * 0x1_0000 + third;
}

let built: Lexicon | undefined;

/** The look-ups, built on the first call. */
export function lexicon(): Lexicon {
  if (built !== undefined) {
    return built;
  }
  const hundreds = new Map(Object.entries(HUNDRED_WORDS));
  for (const [stem, value] of Object.entries(HUNDRED_STEMS)) {
    hundreds.set(`${stem}ميه`, value * 100);
    hundreds.set(`${stem}مايه`, value * 100);
  }
  const scales = new Map<string, Scale>();
  for (const { power, singular, dual, plural } of SCALE_WORDS) {
    for (const word of singular) {
      scales.set(word, { power, form: 'singular' });
    }
    for (const word of dual) {
      scales.set(word, { power, form: 'dual' });
    }
    for (const word of plural) {
      scales.set(word, { power, form: 'plural' });
    }
  }
  const currencies = new Map<string, Currency>();
  for (const { words, code, adjectives } of CURRENCIES) {
    const currency = { code, adjectives: new Map(Object.entries(adjectives)) };
    for (const word of words) {
      currencies.set(word, currency);
    }
  }
  const starters = new Set([
    ...Object.keys(UNIT_WORDS),
    ...Object.keys(TEEN_HEADS),
    ...Object.keys(TEN_WORDS),
    ...hundreds.keys(),
    ...Object.keys(FRACTION_WORDS),
    ...scales.keys(),
    ...[...scales.keys()].map((word) => `${word}ا`),
  ]);
  const heads = (length: number): Set<number> =>
    new Set(
      [...starters]
        .filter((word) => (length === 2 ? word.length === 2 : word.length >= 3))
        .map((word) => headKey(word.charCodeAt(0), word.charCodeAt(1), length === 2 ? 0 : word.charCodeAt(2))),
    );
  built = {
    starters,
    starterHeads: heads(3),
    shortStarters: heads(2),
    units: new Map(Object.entries(UNIT_WORDS)),
    teenHeads: new Map(Object.entries(TEEN_HEADS)),
    tens: new Map(Object.entries(TEN_WORDS)),
    hundreds,
    scales,
    fractions: new Map(Object.entries(FRACTION_WORDS)),
    percentWords: new Set(PERCENT_WORDS),
    percentAfterFi: new Set(PERCENT_AFTER_FI),
    currencies,
    comparators: comparatorsByLastWord(),
    countNouns: new Map(
      Object.entries(COUNT_NOUNS).map(([noun, measure]) => [
        noun,
        typeof measure === 'string' ? measure : new Map(Object.entries(measure)),
      ]),
    ),
    timeUnits: new Set(TIME_UNITS),
    yearWords: new Set(YEAR_WORDS),
    months: new Set(MONTH_WORDS),
    monthSecondWords: new Set(MONTH_SECOND_WORDS),
    identifierWords: new Set(IDENTIFIER_WORDS),
    notCounted: new Set(NOT_COUNTED),
  };
  return built;
}

/** {@link Lexicon.comparators}: the phrases by the word they end with (with its clitics, for a one-word phrase). */
function comparatorsByLastWord(): Map<string, (readonly [readonly string[], ComparatorId])[]> {
  const byLast = new Map<string, (readonly [readonly string[], ComparatorId])[]>();
  const sorted = [...COMPARATOR_PHRASES].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
  for (const [phrase, comparator] of sorted) {
    const words = phrase.split(' ').reverse();
    const last = words[0]!; // a phrase has a word
    const keys = words.length === 1 ? ['', 'و', 'ف', 'ب', 'وب', 'فب'].map((clitic) => clitic + last) : [last];
    for (const key of keys) {
      const list = byLast.get(key) ?? [];
      list.push([words, comparator]);
      byLast.set(key, list);
    }
  }
  return byLast;
}

/**
 * The first form of `word` that `table` has: the word, or the word without the
 * alef of the accusative tanween (`عاماً` → `عاما` → `عام`), which the normalization keeps.
 */
export function known(word: string, table: { has(key: string): boolean }): string | undefined {
  if (table.has(word)) {
    return word;
  }
  if (word.length > 2 && word.charCodeAt(word.length - 1) === 0x0627) {
    const bare = word.slice(0, -1);
    return table.has(bare) ? bare : undefined;
  }
  return undefined;
}
