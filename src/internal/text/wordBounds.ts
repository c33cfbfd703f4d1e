/**
 * Where a mention span may start and end, by the rules of docs/data-model.md
 * ("Mentions"), which the mention finder follows: a span starts where its word
 * starts, or after the clitics و or ف, then ب, ل or ك, then ال (or after لل, for
 * a name written without its ال); it ends where its word ends, takes in the
 * diacritics written on its last letter, and carries no tanween. The rules
 * themselves are written once, in mentionRules.ts, for the finder and this check.
 *
 * Letters are judged as the matching normalization sees them, so characters it
 * deletes (diacritics, tatweel, invisible marks) neither make nor break a word.
 * Each check reads a few characters on either side of the span: its cost does
 * not grow with the text.
 */
import { describeValue } from '../args/describeValue.js';
import { CLITICS, CLITICS_BEFORE_FUSED_ARTICLE, hasTanween, isWordCodePoint } from './mentionRules.js';
import { readMissingSpace } from './missingSpaces.js';
import { isDeleted, isMark, normalizeText } from './normalize.js';

// The longest clitic chain is four letters (وبال); a fifth letter means the span starts inside a word.
const MAX_CLITIC_LETTERS = 4;
// How many deleted characters (diacritics, tatweel, invisible marks) a walk steps over before it gives up.
const MAX_DELETED = 32;
// How far either side of a span an error message shows its word.
const CONTEXT = 30;

/**
 * Whether a character reads as a letter or digit once normalized, on the side
 * that touches the span (`before` it or `after` it); undefined when
 * normalization deletes it.
 */
function isWordChar(codePoint: number, side: 'before' | 'after'): boolean | undefined {
  // Fast paths: Arabic letters and ASCII are most of any text.
  if ((codePoint >= 0x0621 && codePoint <= 0x063a) || (codePoint >= 0x0641 && codePoint <= 0x064a)) {
    return true;
  }
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x61 && codePoint <= 0x7a)
    );
  }
  if (isDeleted(codePoint)) {
    return undefined;
  }
  const folded = normalizeText(String.fromCodePoint(codePoint));
  if (folded.length === 0) {
    return undefined;
  }
  // The unit of its normalized form that touches the span, as the finder reads it.
  return isWordCodePoint(side === 'before' ? codePointBefore(folded, folded.length) : folded.codePointAt(0)!);
}

/** The code point that ends just before `at`. */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
  }
  return low;
}

/**
 * Where the letters before `start` that belong to its word begin, stepping over
 * deleted characters: `start` itself when the span starts a word. Stops early,
 * inside the word, once it holds more letters than any clitic chain. `-1` when
 * more than `MAX_DELETED` deleted characters stand in a row before a letter,
 * so that the check stays cheap: such a span is refused, not waved through.
 */
export function wordStartBefore(text: string, start: number): number {
  let at = start;
  let wordStart = start;
  let letters = 0;
  let deleted = 0;
  while (at > 0 && letters <= MAX_CLITIC_LETTERS) {
    const codePoint = codePointBefore(text, at);
    const word = isWordChar(codePoint, 'before');
    if (word === false) {
      break;
    }
    at -= codePoint > 0xffff ? 2 : 1;
    if (word === true) {
      letters += 1;
      wordStart = at;
      deleted = 0;
    } else if (++deleted > MAX_DELETED) {
      return -1;
    }
  }
  return wordStart;
}

/**
 * Whether the letters of `text` from `from` to `start` are clitics that a
 * span starting at `start` may follow: under `CLITICS`, or, when `fused` is
 * true, `CLITICS_BEFORE_FUSED_ARTICLE`.
 */
export function isCliticPrefix(text: string, from: number, start: number, fused: boolean): boolean {
  if (from === start) {
    return true;
  }
  const rule = fused ? CLITICS_BEFORE_FUSED_ARTICLE : CLITICS;
  const raw = text.slice(from, start);
  // Most clitics are written as the plain letters the rules name; others (a diacritic on و, a
  // hamza on the alef of ال) are read after normalization.
  return rule.test(raw) || rule.test(normalizeText(raw));
}

/**
 * The positions in `text`, at most `start` and within reach of a clitic chain
 * before it, where a listed missing space falls, nearest first. A missing space
 * is written as the two words with a `|` where the space is missing (`'الوزير|لافروف'`).
 */
export function missingSpacesBefore(text: string, start: number, missingSpaces: readonly string[]): number[] {
  const found: number[] = [];
  for (const entry of missingSpaces) {
    const { joined, bar } = readMissingSpace(entry);
    // The space must fall inside the span's word, no further back than the longest clitic chain with its marks.
    for (let at = start; at >= Math.max(0, start - MAX_CLITIC_LETTERS - MAX_DELETED); at -= 1) {
      if (at >= bar && text.startsWith(joined, at - bar)) {
        found.push(at);
      }
    }
  }
  return found.sort((left, right) => right - left);
}

/** What is wrong with where a span ends. */
export type EndProblem = 'inside-word' | 'tanween' | 'mark' | 'too-many-marks';

/**
 * Whether the span of `text` from `start` to `end` ends inside a word, carries
 * tanween (as {@link hasTanween} reads it, the finder's own rule), or leaves
 * out a diacritic written on its last letter; or `too-many-marks` when more
 * than `MAX_DELETED` deleted characters follow it, so that the check stays cheap.
 */
export function endProblem(text: string, start: number, end: number): EndProblem | undefined {
  // The marks right after the span are written on its last letter.
  let at = end;
  while (at < text.length && isMark(text.charCodeAt(at))) {
    if (at - end >= MAX_DELETED) {
      return 'too-many-marks';
    }
    at += 1;
  }
  const marks = at - end;
  for (let deleted = 0; at < text.length; deleted += 1) {
    const codePoint = text.codePointAt(at)!; // at < text.length
    const word = isWordChar(codePoint, 'after');
    if (word === true) {
      return 'inside-word';
    }
    if (word === false) {
      break;
    }
    if (deleted >= MAX_DELETED) {
      return 'too-many-marks';
    }
    at += codePoint > 0xffff ? 2 : 1;
  }
  // Past the checks above, the deleted characters around the span's end are few: this read is short.
  if (hasTanween(text, start, end)) {
    return 'tanween';
  }
  return marks > 0 ? 'mark' : undefined;
}

/** The word of `text` around the span from `start` to `end`, for a message: the span with the letters and marks that touch it. */
export function wordAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > Math.max(0, start - CONTEXT)) {
    const codePoint = codePointBefore(text, from);
    if (isWordChar(codePoint, 'before') === false) {
      break;
    }
    from -= codePoint > 0xffff ? 2 : 1;
  }
  let to = end;
  while (to < Math.min(text.length, end + CONTEXT)) {
    const codePoint = text.codePointAt(to)!; // to < text.length
    if (isWordChar(codePoint, 'after') === false) {
      break;
    }
    to += codePoint > 0xffff ? 2 : 1;
  }
  return text.slice(from, to);
}

/** The message for a span that ends badly. */
export function endMessage(problem: EndProblem, text: string, where: string, start: number, end: number): string {
  const word = describeValue(wordAround(text, start, end));
  if (problem === 'inside-word') {
    return `${where} ends inside the word ${word}: expected it to end where the word ends`;
  }
  if (problem === 'too-many-marks') {
    return `${where} is followed by more than ${MAX_DELETED} diacritics or invisible marks in a row: expected fewer, so that the end of its word can be found`;
  }
  if (problem === 'tanween') {
    return `${where} carries tanween, in ${word}: a name with tanween is an adjective or a common noun, not a mention; expected no span there`;
  }
  let after = end;
  while (after < text.length && isMark(text.charCodeAt(after))) {
    after += 1;
  }
  return `${where} ends before the diacritics written on its last letter, in ${word}: expected end to be ${after}, after them`;
}
