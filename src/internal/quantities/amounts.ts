/**
 * The quantity reader behind `findQuantities` (docs/data-model.md, "Quantities"):
 * a number (numbers.ts) and what it counts or measures after it — a percent sign
 * or word, a currency, or a counted noun — with the comparator before it, and the
 * context that makes a number something else: a date, a year, a time, an
 * identifier, an ordinal, a duration, a range. Each reading looks at a bounded
 * number of tokens around its number, so the scan is linear in the text.
 */
import type { Measure } from '../../schema.js';
import { known, type Lexicon, lexicon } from './lexicon.js';
import { type NumberReading, readNumber } from './numbers.js';
import { MARK, NUMBER, tokenize, type Tokens, WORD } from './tokens.js';
import type { ComparatorId } from './words.js';

/** An amount read from a text: its span (input offsets), value in base units, unit, and what the words say of it. */
export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly comparator?: ComparatorId;
  readonly measure?: Measure;
}

/** What follows a number: its unit, the index of the token after the amount, and the measure its noun gives. */
interface UnitReading {
  readonly unit: string;
  readonly next: number;
  readonly measure?: Measure;
  /** Whether the unit is a counted noun the keyword table knows. */
  readonly knownNoun: boolean;
}

const ARABIC_LETTER = (unit: number): boolean => unit >= 0x0621 && unit <= 0x064a;

/** Whether `word` is definite (`ال…`, `لل…`, or a clitic then `ال`), as a counted noun never is. */
function isDefinite(word: string): boolean {
  return /^(?:[وف]?[بكل]?ال|[وف]?لل)/u.test(word);
}

const PERCENT_SIGN = 0x25; // %
const ARABIC_PERCENT_SIGN = 0x066a; // ٪
/** The dashes and minus signs before a number: of a range (`2025 - 2026`), or of a negative number. */
const DASHES: ReadonlySet<number> = /* @__PURE__ */ new Set([
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,
]);
/** Marks that, run into a number, make it part of a time (`10:51`), a date (`9/10`) or a number cut short (`.5`). */
const JOINING_MARKS: ReadonlySet<number> = /* @__PURE__ */ new Set([0x2e, 0x2c, 0x3a, 0x2f, 0x5c]);
/** Marks that, run into the end of a number, make it part of a time or a date. */
const TRAILING_MARKS: ReadonlySet<number> = /* @__PURE__ */ new Set([0x3a, 0x2f, 0x5c]);
/** The clitics a number may be run into (`و15`, `ب44.7`). */
const NUMBER_CLITICS: ReadonlySet<string> = /* @__PURE__ */ new Set(['و', 'ف', 'ب', 'ل', 'وب', 'ول']);
/** The clitics a comparator's first word may carry: وأكثر, بحوالي, وبنحو. */
const CLITICS_BEFORE_COMPARATOR = ['و', 'ف', 'ب', 'وب', 'فب'] as const;

/** Whether token `index` is a mark among `marks`. */
const isMarkIn = (tokens: Tokens, index: number, marks: ReadonlySet<number>): boolean =>
  tokens.kind(index) === MARK && marks.has(tokens.unit(index, 0));

/**
 * The unit after a number that ends before token `index`: `%` or `٪`, `بالمائة`,
 * `في المائة`, a currency word (and its adjective: `دولار أمريكي`, `دولار كندي`), or,
 * with `noun`, a counted noun. Undefined where none follows, or where what follows
 * makes the number a time (`خمس سنوات`).
 */
function unitAfter(
  tokens: Tokens,
  index: number,
  words: Lexicon,
  noun: 'context' | 'any' | 'none',
): UnitReading | undefined {
  if (tokens.isMark(index, PERCENT_SIGN) || tokens.isMark(index, ARABIC_PERCENT_SIGN)) {
    return { unit: 'percent', next: index + 1, knownNoun: false };
  }
  const word = tokens.word(index);
  if (word === undefined) {
    return undefined;
  }
  if (words.percentWords.has(word)) {
    return { unit: 'percent', next: index + 1, knownNoun: false };
  }
  const after = tokens.word(index + 1);
  if (word === 'في' && after !== undefined && words.percentAfterFi.has(after)) {
    return { unit: 'percent', next: index + 2, knownNoun: false };
  }
  const currency = words.currencies.get(word);
  if (currency !== undefined) {
    const adjective = after === undefined ? undefined : currency.adjectives.get(after);
    return adjective === undefined
      ? { unit: currency.code, next: index + 1, knownNoun: false }
      : { unit: adjective, next: index + 2, knownNoun: false };
  }
  const isNoun = noun === 'context' ? isCountedNoun(word, words) : noun === 'any' && ARABIC_LETTER(word.charCodeAt(0));
  if (!isNoun || known(word, words.timeUnits) !== undefined) {
    return undefined;
  }
  const form = known(word, words.countNouns);
  const entry = form === undefined ? undefined : words.countNouns.get(form);
  const measure = typeof entry === 'string' ? entry : after === undefined ? undefined : entry?.get(after);
  return measure === undefined
    ? { unit: 'count', next: index + 1, knownNoun: false }
    : { unit: 'count', next: index + 1, measure, knownNoun: true };
}

/** Whether `word` can be the noun a number counts: an Arabic word that is not definite, a function word, a unit of physical measure, a month or a number word. */
function isCountedNoun(word: string, words: Lexicon): boolean {
  return (
    word.length >= 2 &&
    ARABIC_LETTER(word.charCodeAt(0)) &&
    !isDefinite(word) &&
    known(word, words.notCounted) === undefined &&
    !words.months.has(word) &&
    known(word, words.scales) === undefined &&
    !words.units.has(word) &&
    !words.tens.has(word) &&
    !words.hundreds.has(word)
  );
}

/** The comparator phrase that ends right before token `index`, if any; its first word may carry و, ف or ب. */
export function comparatorBefore(tokens: Tokens, index: number, words: Lexicon): ComparatorId | undefined {
  const last = tokens.word(index - 1);
  const phrases = last === undefined ? undefined : words.comparators.get(last);
  if (phrases === undefined) {
    return undefined;
  }
  // Longest first, so that لا يزيد عن wins over يزيد عن.
  for (const [phrase, comparator] of phrases) {
    if (phraseEndsAt(tokens, index, phrase)) {
      return comparator;
    }
  }
  return undefined;
}

/** Whether the words of `phrase` (last word first) end right before token `index`; its first word may carry a clitic. */
function phraseEndsAt(tokens: Tokens, index: number, phrase: readonly string[]): boolean {
  for (let back = 0; back < phrase.length; back += 1) {
    const word = tokens.word(index - 1 - back);
    const expected = phrase[back]!; // back < phrase.length
    if (word === undefined) {
      return false;
    }
    // The phrase's first word (the last one back) may carry a clitic: وأكثر, بحوالي, وبنحو.
    const first = back === phrase.length - 1;
    if (word !== expected && !(first && CLITICS_BEFORE_COMPARATOR.some((clitic) => word === clitic + expected))) {
      return false;
    }
  }
  return true;
}

/**
 * Whether the context of the number from token `first` to `next` (exclusive)
 * makes it something other than an amount: an identifier (`رقم 201`), an ordinal
 * or definite number (`الـ 30`), a year (`عام 2024`), a day or year of a date
 * (`8 أكتوبر`, `نيسان 1992`, `تشرين الأول 2025`, `9/10/2025`), a time (`10:51`),
 * the end of a range (`2025 - 2026`, `10 إلى 15`), a negative number, or a
 * number run into the letters of a word before it.
 */
function isOtherThanAmount(tokens: Tokens, first: number, next: number, words: Lexicon): boolean {
  const previous = tokens.word(first - 1);
  const joined = !tokens.spaced(first);
  if (previous !== undefined) {
    if (
      words.identifierWords.has(previous) ||
      previous === 'ال' ||
      words.yearWords.has(previous) ||
      words.months.has(previous) ||
      (words.monthSecondWords.has(previous) && words.months.has(tokens.word(first - 2) ?? ''))
    ) {
      return true;
    }
    // A number run into the word before it (`القاعدة201`), unless that word is a clitic (`و15`, `ب44.7`).
    if (tokens.kind(first) === NUMBER && joined && !NUMBER_CLITICS.has(previous)) {
      return true;
    }
    // The end of a range: `10 إلى 15`, `10 حتى 15`.
    if ((previous === 'الي' || previous === 'حتي') && tokens.kind(first - 2) === NUMBER) {
      return true;
    }
  }
  // A time (10:51), a date's part (9/10), a number cut by a stray point (.5).
  if (joined && isMarkIn(tokens, first - 1, JOINING_MARKS)) {
    return true;
  }
  // The end of a range (2025 - 2026), or a negative number (-5).
  if (isMarkIn(tokens, first - 1, DASHES) && (joined || tokens.kind(first - 2) === NUMBER)) {
    return true;
  }
  if (words.months.has(tokens.word(next) ?? '')) {
    return true;
  }
  return tokens.kind(next) !== -1 && !tokens.spaced(next) && isMarkIn(tokens, next, TRAILING_MARKS);
}

/** A fraction word with no scale after it, read as a share of the whole named after it (`نصف الحكومة`): a definite noun that is no time. */
function fractionShare(tokens: Tokens, read: NumberReading, words: Lexicon): boolean {
  const after = tokens.word(read.next);
  return (
    after !== undefined &&
    /^[وف]?[بكل]?ال/u.test(after) &&
    known(after.replace(/^[وف]?[بكل]?ال/u, ''), words.timeUnits) === undefined
  );
}

/**
 * Reads the amount whose number starts at token `index`, or gives the index to go
 * on from. `context` applies the rules of {@link isOtherThanAmount} and the year
 * rule; without it (to check a span someone chose), any Arabic word may be the
 * counted noun, and only the words themselves are read.
 */
function amountAt(
  tokens: Tokens,
  index: number,
  words: Lexicon,
  context: boolean,
): { readonly amount?: Amount; readonly next: number } {
  const read = readNumber(tokens, index, words);
  if (read === undefined) {
    return { next: index + 1 };
  }
  if (context && isOtherThanAmount(tokens, index, read.next, words)) {
    return { next: read.next };
  }
  const spanStart = tokens.inputStart(tokens.from(index) + read.prefix);
  const comparator = context ? comparatorBefore(tokens, index, words) : undefined;
  const withComparator = comparator === undefined ? {} : { comparator };
  if (read.kind === 'fraction') {
    const currency = unitAfter(tokens, read.next, words, 'none');
    if (currency !== undefined && currency.unit !== 'percent') {
      return finish(tokens, spanStart, currency.next, read.value / 100, currency, withComparator);
    }
    if (!fractionShare(tokens, read, words)) {
      return { next: read.next };
    }
    return finish(
      tokens,
      spanStart,
      read.next,
      read.value,
      { unit: 'percent', next: read.next, knownNoun: false },
      withComparator,
    );
  }
  const unit = unitAfter(tokens, read.next, words, context ? 'context' : 'any');
  if (unit === undefined) {
    return { next: read.next };
  }
  // A four-digit number from 1800 to 2199 is a year, unless a percent sign, a currency or a known noun follows it.
  if (context && read.yearLike && unit.unit === 'count' && !unit.knownNoun) {
    return { next: read.next };
  }
  if (!Number.isFinite(read.value)) {
    return { next: unit.next };
  }
  return finish(tokens, spanStart, unit.next, read.value, unit, withComparator);
}

function finish(
  tokens: Tokens,
  start: number,
  next: number,
  value: number,
  unit: UnitReading,
  comparator: { readonly comparator?: ComparatorId },
): { readonly amount: Amount; readonly next: number } {
  // The amount ends with token next - 1.
  const measure = unit.measure === undefined ? {} : { measure: unit.measure };
  return {
    amount: Object.freeze({
      start,
      end: tokens.inputEnd(tokens.to(next - 1)),
      value,
      unit: unit.unit,
      ...comparator,
      ...measure,
    }),
    next,
  };
}

/** Every amount of `input`, in text order, frozen. */
export function findAmounts(input: string): Amount[] {
  const words = lexicon();
  // Nothing else is normalized before the tokens are done with: they may read the shared buffers.
  const tokens = tokenize(input, false);
  const found: Amount[] = [];
  for (let index = 0; index < tokens.count;) {
    if (tokens.kind(index) === MARK) {
      index += 1;
      continue;
    }
    const { amount, next } = amountAt(tokens, index, words, true);
    if (amount !== undefined) {
      found.push(amount);
    }
    index = Math.max(next, index + 1);
  }
  return found;
}

/**
 * How `input` reads from `start` to `end` as one amount, by its words alone (no
 * context rules): undefined when the span is not exactly one amount. The comparator
 * is the phrase right before the span. `text` may be given, tokenized once for many spans.
 */
export function readSpan(
  input: string,
  start: number,
  end: number,
  tokens: Tokens = tokenize(input),
  starts: ReadonlyMap<number, number> = tokenStarts(tokens),
): Amount | undefined {
  const index = starts.get(start);
  const words = lexicon();
  if (index === undefined) {
    return undefined;
  }
  const { amount } = amountAt(tokens, index, words, false);
  if (amount?.start !== start || amount.end !== end) {
    return undefined;
  }
  const comparator = comparatorBefore(tokens, index, words);
  return comparator === undefined ? amount : { ...amount, comparator };
}

/**
 * The input offset where each token's first unit starts (and, for a word that may
 * carry a clitic, where each of its next units starts), to the token's index: where
 * a span may start.
 */
export function tokenStarts(tokens: Tokens): ReadonlyMap<number, number> {
  const starts = new Map<number, number>();
  for (let index = 0; index < tokens.count; index += 1) {
    const from = tokens.from(index);
    const last = tokens.kind(index) === WORD ? Math.min(tokens.to(index), from + 3) : from + 1;
    for (let unit = from; unit < last; unit += 1) {
      const offset = tokens.inputStart(unit);
      if (!starts.has(offset)) {
        starts.set(offset, index);
      }
    }
  }
  return starts;
}

export { tokenize };
