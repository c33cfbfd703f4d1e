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
import { inputEnd, inputStart, MARK, NUMBER, type Token, tokenize, type TokenizedText, WORD } from './tokens.js';
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

const isMark = (token: Token | undefined, ...marks: readonly string[]): boolean =>
  token?.kind === MARK && marks.includes(token.text);

const wordOf = (token: Token | undefined): string | undefined => (token?.kind === WORD ? token.text : undefined);

/**
 * The unit after a number that ends before token `index`: `%` or `٪`, `بالمائة`,
 * `في المائة`, a currency word (and its adjective: `دولار أمريكي`, `دولار كندي`), or,
 * with `noun`, a counted noun. Undefined where none follows, or where what follows
 * makes the number a time (`خمس سنوات`).
 */
function unitAfter(
  tokens: readonly Token[],
  index: number,
  words: Lexicon,
  noun: (word: string) => boolean,
): UnitReading | undefined {
  const token = tokens[index];
  if (isMark(token, '%', '٪')) {
    return { unit: 'percent', next: index + 1, knownNoun: false };
  }
  const word = wordOf(token);
  if (word === undefined) {
    return undefined;
  }
  if (words.percentWords.has(word)) {
    return { unit: 'percent', next: index + 1, knownNoun: false };
  }
  const after = wordOf(tokens[index + 1]);
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
  if (known(word, (form) => words.timeUnits.has(form)) !== undefined || !noun(word)) {
    return undefined;
  }
  const form = known(word, (each) => words.countNouns.has(each));
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
    known(word, (form) => words.notCounted.has(form)) === undefined &&
    !words.months.has(word) &&
    known(word, (form) => words.scales.has(form)) === undefined &&
    !words.units.has(word) &&
    !words.tens.has(word) &&
    !words.hundreds.has(word)
  );
}

/** The comparator phrase that ends right before token `index`, if any; its first word may carry و, ف or ب. */
export function comparatorBefore(tokens: readonly Token[], index: number, words: Lexicon): ComparatorId | undefined {
  const last = wordOf(tokens[index - 1]);
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
function phraseEndsAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let back = 0; back < phrase.length; back += 1) {
    const word = wordOf(tokens[index - 1 - back]);
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

const CLITICS_BEFORE_COMPARATOR = ['و', 'ف', 'ب', 'وب', 'فب'] as const;

/**
 * Whether the context of the number from token `first` to `next` (exclusive)
 * makes it something other than an amount: an identifier (`رقم 201`), an ordinal
 * or definite number (`الـ 30`), a year (`عام 2024`), a day or year of a date
 * (`8 أكتوبر`, `نيسان 1992`, `تشرين الأول 2025`, `9/10/2025`), a time (`10:51`),
 * the end of a range (`2025 - 2026`, `10 إلى 15`), a negative number, or a
 * number run into the letters of a word before it.
 */
function isOtherThanAmount(tokens: readonly Token[], first: number, next: number, words: Lexicon): boolean {
  const token = tokens[first]!; // the number's first token
  const before = tokens[first - 1];
  const previous = wordOf(before);
  if (previous !== undefined) {
    if (
      words.identifierWords.has(previous) ||
      previous === 'ال' ||
      words.yearWords.has(previous) ||
      words.months.has(previous) ||
      (words.monthSecondWords.has(previous) && words.months.has(wordOf(tokens[first - 2]) ?? ''))
    ) {
      return true;
    }
    // A number run into the word before it (`القاعدة201`), unless that word is a clitic (`و15`, `ب44.7`).
    if (token.kind === NUMBER && !token.spaced && !['و', 'ف', 'ب', 'ل', 'وب', 'ول'].includes(previous)) {
      return true;
    }
    // The end of a range: `10 إلى 15`, `10 حتى 15`.
    if ((previous === 'الي' || previous === 'حتي') && tokens[first - 2]?.kind === NUMBER) {
      return true;
    }
  }
  if (before?.kind === MARK) {
    const joined = !token.spaced;
    // A time (10:51), a date's part (9/10), a number cut by a stray point (.5), a negative number (-5).
    if (joined && ['.', ',', ':', '/', '\\'].includes(before.text)) {
      return true;
    }
    if (isMark(before, '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212')) {
      if (tokens[first - 2]?.kind === NUMBER || joined) {
        return true;
      }
    }
  }
  const after = tokens[next];
  if (after !== undefined) {
    if (words.months.has(wordOf(after) ?? '')) {
      return true;
    }
    if (!after.spaced && isMark(after, ':', '/', '\\')) {
      return true;
    }
  }
  return false;
}

/** A fraction word with no scale after it, read as a share of the whole named after it (`نصف الحكومة`): a definite noun that is no time. */
function fractionShare(tokens: readonly Token[], read: NumberReading, words: Lexicon): boolean {
  const after = wordOf(tokens[read.next]);
  return (
    after !== undefined &&
    /^[وف]?[بكل]?ال/u.test(after) &&
    known(after.replace(/^[وف]?[بكل]?ال/u, ''), (form) => words.timeUnits.has(form)) === undefined
  );
}

/**
 * Reads the amount whose number starts at token `index`, or gives the index to go
 * on from. `context` applies the rules of {@link isOtherThanAmount} and the year
 * rule; without it (to check a span someone chose), any Arabic word may be the
 * counted noun, and only the words themselves are read.
 */
function amountAt(
  text: TokenizedText,
  index: number,
  words: Lexicon,
  context: boolean,
): { readonly amount?: Amount; readonly next: number } {
  const { tokens } = text;
  const read = readNumber(tokens, index, words);
  if (read === undefined) {
    return { next: index + 1 };
  }
  if (context && isOtherThanAmount(tokens, index, read.next, words)) {
    return { next: read.next };
  }
  const spanStart = inputStart(text, tokens[index]!.from + read.prefix); // the number's first token
  const comparator = context ? comparatorBefore(tokens, index, words) : undefined;
  const withComparator = comparator === undefined ? {} : { comparator };
  if (read.kind === 'fraction') {
    const currency = unitAfter(tokens, read.next, words, () => false);
    if (currency !== undefined && currency.unit !== 'percent') {
      return finish(text, spanStart, currency.next, read.value / 100, currency, withComparator);
    }
    if (!fractionShare(tokens, read, words)) {
      return { next: read.next };
    }
    return finish(
      text,
      spanStart,
      read.next,
      read.value,
      { unit: 'percent', next: read.next, knownNoun: false },
      withComparator,
    );
  }
  const unit = unitAfter(tokens, read.next, words, (word) =>
    context ? isCountedNoun(word, words) : ARABIC_LETTER(word.charCodeAt(0)),
  );
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
  return finish(text, spanStart, unit.next, read.value, unit, withComparator);
}

function finish(
  text: TokenizedText,
  start: number,
  next: number,
  value: number,
  unit: UnitReading,
  comparator: { readonly comparator?: ComparatorId },
): { readonly amount: Amount; readonly next: number } {
  const last = text.tokens[next - 1]!; // the amount ends with a token
  const measure = unit.measure === undefined ? {} : { measure: unit.measure };
  return {
    amount: Object.freeze({ start, end: inputEnd(text, last.to), value, unit: unit.unit, ...comparator, ...measure }),
    next,
  };
}

/** Every amount of `input`, in text order, frozen. */
export function findAmounts(input: string): Amount[] {
  const words = lexicon();
  // Nothing else is normalized before the tokens are done with: they may read the shared buffers.
  const text = tokenize(input, false);
  const found: Amount[] = [];
  const { tokens } = text;
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index]!; // index < tokens.length
    if (token.kind === MARK) {
      index += 1;
      continue;
    }
    const { amount, next } = amountAt(text, index, words, true);
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
  text: TokenizedText = tokenize(input),
  starts: ReadonlyMap<number, number> = tokenStarts(text),
): Amount | undefined {
  const index = starts.get(start);
  const words = lexicon();
  if (index === undefined) {
    return undefined;
  }
  const { amount } = amountAt(text, index, words, false);
  if (amount?.start !== start || amount.end !== end) {
    return undefined;
  }
  const comparator = comparatorBefore(text.tokens, index, words);
  return comparator === undefined ? amount : { ...amount, comparator };
}

/**
 * The input offset where each token's first unit starts (and, for a word that may
 * carry a clitic, where each of its next units starts), to the token's index: where
 * a span may start.
 */
export function tokenStarts(text: TokenizedText): ReadonlyMap<number, number> {
  const starts = new Map<number, number>();
  text.tokens.forEach((token, index) => {
    const last = token.kind === WORD ? Math.min(token.to, token.from + 3) : token.from + 1;
    for (let unit = token.from; unit < last; unit += 1) {
      const offset = inputStart(text, unit);
      if (!starts.has(offset)) {
        starts.set(offset, index);
      }
    }
  });
  return starts;
}

export { tokenize };
