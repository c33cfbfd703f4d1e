/**
 * A light English stemmer for the search of the English title and summary:
 * Lucene's EnglishPossessiveFilter (a trailing 's goes), then Lucene's
 * EnglishMinimalStemmer, which is the "S-stemmer" of Donna Harman, "How
 * Effective Is Suffixing?" (JASIS 42(1), 1991): plurals only.
 *
 * It does not touch -ed or -ing. Those rules need a dictionary or Porter's
 * measure to stay safe (united → unit, meeting → meet, news → new is already
 * the price of -s), and a reader searching an English summary of five
 * articles is better served by exact words than by conflated ones.
 */

/** The apostrophes that EnglishPossessiveFilter accepts before the s: ASCII, right single quotation mark, fullwidth. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\uff07']);

/**
 * Whether a word is a Latin-script word, which the search stems with
 * {@link englishStem}: Latin letters, their combining marks, and apostrophes,
 * starting with a letter. tokenize's `words()` never yields apostrophes; they
 * are accepted for a caller that keeps them so that the possessive rule can act.
 */
export function isLatinWord(word: string): boolean {
  return /^\p{Script=Latin}[\p{Script=Latin}\p{M}'\u2019\uff07]*$/u.test(word);
}

/**
 * Stems one lowercase Latin word.
 *
 * The rules, in order:
 * 1. EnglishPossessiveFilter: `'s`, `’s` or `＇s` at the end is removed, when a
 *    letter is left (Lucene would turn `'s` alone into an empty term; we keep it).
 * 2. EnglishMinimalStemmer, on a word of at least 3 letters that ends in `s`:
 *    - `-ss` and `-us` stay (stress, corpus, serious);
 *    - `-ies` becomes `-y` unless `-aies` / `-eies` (queries → query);
 *    - `-aes`, `-ees`, `-ies`, `-oes` stay (after the rule above);
 *    - any other `-s` goes (phrases → phrase, kings → king, bases → base).
 *
 * Only lowercase letters are looked at, so the caller lowercases first (the
 * search's normalizer does). A word that does not end in `s` is returned as it
 * is, so Arabic words and numbers pass through unchanged.
 *
 * The result is never longer than the word, and never empty when the word is
 * not. The stemmer is idempotent: `englishStem(englishStem(w)) === englishStem(w)`
 * for every string, because every word it changes comes out ending in a letter
 * other than `s` (`y`, `e`, or the letter before the removed `s`, which is
 * neither `s` nor, after the possessive rule, an apostrophe followed by `s`).
 * So stemming an already stemmed word, as a lookup on stemmed keys does, is safe.
 *
 * @param word - One lowercase word.
 * @returns The stem.
 */
export function englishStem(word: string): string {
  let length = word.length;
  // EnglishPossessiveFilter: strip a trailing 's, keeping at least one character.
  if (length > 2 && word.charCodeAt(length - 1) === 0x73 && APOSTROPHES.has(word.charAt(length - 2))) {
    length -= 2;
  }
  // EnglishMinimalStemmer: plurals.
  if (length >= 3 && word.charCodeAt(length - 1) === 0x73) {
    const before = word.charAt(length - 2);
    if (before === 'u' || before === 's') {
      // corpus, stress: not plurals.
    } else if (before === 'e') {
      const third = word.charAt(length - 3);
      const fourth = length > 3 ? word.charAt(length - 4) : '';
      if (third === 'i' && length > 3 && fourth !== 'a' && fourth !== 'e') {
        return `${word.slice(0, length - 3)}y`;
      }
      if (third !== 'i' && third !== 'a' && third !== 'o' && third !== 'e') {
        length -= 1;
      }
    } else {
      length -= 1;
    }
  }
  return length === word.length ? word : word.slice(0, length);
}
