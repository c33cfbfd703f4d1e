/**
 * The sentences of an English text, such as an article's `en.summary`, split by
 * one rule that a reader can apply by hand, so that `en.evidence.summary` can
 * give one list of quotes per sentence and a test can count them.
 *
 * The rule (docs/data-model.md states it for users):
 * - A sentence ends at `.`, `!` or `?`, or a run of them (`?!`, `...`), with any
 *   closing quotation marks or brackets right after it (`"` `'` `”` `’` `)` `]`),
 *   where the end of the text follows, or whitespace and then a character that is
 *   not a lower-case letter. So `44.7` and `$1.2 billion` (no whitespace after the
 *   point) and `approx. five` (a lower-case word after it) go on.
 * - A single `.` ends no sentence where it closes an abbreviation:
 *   - a single letter, or a chain of single letters each followed by a point: an
 *     initial (`J.`), `U.S.`, `U.N.`, `e.g.`, `a.m.`. So a sentence that ends on a
 *     single letter (`Plan B.`) is not split from the next: write around it;
 *   - one of the titles of `TITLES` below (`Mr.`, `Dr.`, `Gen.`, `No.`, …), compared
 *     with their case.
 * - Each sentence is trimmed of surrounding whitespace; text after the last end
 *   is a sentence too, and whitespace alone is none.
 */

/** The characters that end a sentence. */
const TERMINATORS = '.!?';
/** The characters that may close a sentence after its terminator: quotation marks and brackets. */
const CLOSERS = '"\'”’)]';
/** Abbreviations that stand before a name or a number, and so never end a sentence. */
const TITLES: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Gov',
  'Sen',
  'Rep',
  'No',
  'vs',
];

const isLetter = (character: string): boolean => /^\p{L}$/u.test(character);
const isSpace = (character: string): boolean => /^\s$/u.test(character);

/** Whether the word of letters and points that ends just before `point` is an abbreviation (see the module comment). */
function closesAbbreviation(text: string, point: number): boolean {
  let start = point;
  while (start > 0 && (isLetter(text[start - 1]!) || text[start - 1] === '.')) {
    start -= 1;
  }
  const word = text.slice(start, point);
  if (word.length === 0) {
    return false;
  }
  return TITLES.includes(word) || word.split('.').every((part) => part.length === 1 && isLetter(part));
}

/**
 * Whether the terminators that start at `first`, with their closers up to `end`,
 * end a sentence: see the module comment.
 */
function endsSentence(text: string, first: number, end: number): boolean {
  if (end === text.length) {
    return true;
  }
  if (!isSpace(text[end]!)) {
    return false;
  }
  let next = end;
  while (next < text.length && isSpace(text[next]!)) {
    next += 1;
  }
  if (next < text.length && /^\p{Ll}$/u.test(text[next]!)) {
    return false;
  }
  // Only a lone point closes an abbreviation: `...` and `?` always end.
  const lonePoint = text[first] === '.' && (first + 1 === end || !TERMINATORS.includes(text[first + 1]!));
  return !(lonePoint && closesAbbreviation(text, first));
}

/**
 * The sentences of `text`, trimmed, in order: see the module comment for the rule.
 * A text of whitespace alone has none.
 */
export function splitSentences(text: string): readonly string[] {
  const sentences: string[] = [];
  const push = (sentence: string): void => {
    const trimmed = sentence.trim();
    if (trimmed.length > 0) {
      sentences.push(trimmed);
    }
  };
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!TERMINATORS.includes(text[at]!)) {
      at += 1;
      continue;
    }
    let end = at;
    while (end < text.length && TERMINATORS.includes(text[end]!)) {
      end += 1;
    }
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      end += 1;
    }
    if (endsSentence(text, at, end)) {
      push(text.slice(start, end));
      start = end;
    }
    at = end;
  }
  push(text.slice(start));
  return sentences;
}
