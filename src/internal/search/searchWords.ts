/**
 * The words the search reads, from the text and from the query alike: tokenize's
 * `words()`, less the `s` of an English possessive. `Rahmon's` is the one word
 * `rahmon`, as englishStem's possessive rule would have it if the apostrophe
 * did not cut words, so `base's` finds `base` and a lone `s` is neither searched,
 * nor highlighted, nor counted in a document's length.
 */
import { normalizeText } from '../text/normalize.js';
import { WORD, words } from '../text/tokenize.js';
import { APOSTROPHES, isLatinWord } from './englishStem.js';

/**
 * Whether the word at `index` of a normalized text is the `s` of a possessive:
 * the one-letter word `s`, right after an apostrophe (' ’ ＇, which NFKC makes ')
 * that right follows a Latin word (`previous`, which ends at `previousEnd`).
 * Other lone `s` words stay: `U.S.` is `u`, `s`, and `1990's` keeps its `s`.
 */
export function isPossessiveS(
  normalized: string,
  word: string,
  index: number,
  previous: string | undefined,
  previousEnd: number,
): boolean {
  return (
    word === 's' &&
    previous !== undefined &&
    previousEnd === index - 1 &&
    APOSTROPHES.has(normalized.charAt(index - 1)) &&
    isLatinWord(previous)
  );
}

/** The search words of a text: `words(text)` without the `s` of each possessive (see {@link isPossessiveS}). */
export function searchWords(text: string): string[] {
  const found = words(text);
  // Most texts have no word `s` at all: they need no second look.
  if (!found.includes('s')) {
    return found;
  }
  const normalized = normalizeText(text);
  const out: string[] = [];
  let previous: string | undefined;
  let previousEnd = -1;
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (!isPossessiveS(normalized, word, match.index, previous, previousEnd)) {
      out.push(word);
    }
    previous = word;
    previousEnd = match.index + word.length;
  }
  return out;
}
