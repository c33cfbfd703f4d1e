/**
 * Search terms: normalized, light-stemmed words, as in Lucene's ArabicStemmer
 * (see ../shared/reference/arabic-normalization.md).
 */
import { normalizeText } from './normalize.js';

// Lucene's prefixes, normalized; only the first that matches is removed.
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
// Lucene's suffixes, normalized (ة is already ه, so يه and ية coincide); each is tried in turn.
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * The clitic prefixes a word can carry in running text: a conjunction (و ف),
 * then a preposition (ب ل ك), then the article (ال), with لل for ل + ال.
 * A search term matches a text word that is the term with one of these in front,
 * because the light stemmer removes at most one prefix, and none from words like
 * لطاجيكستان that start with a bare preposition.
 */
export const CLITIC_PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conjunction of ['', 'و', 'ف']) {
    for (const preposition of ['', 'ب', 'ل', 'ك']) {
      for (const article of ['', 'ال']) out.add(conjunction + preposition + article);
    }
    out.add(`${conjunction}لل`);
  }
  return [...out];
})();

const ARABIC_LETTER = /^[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+$/u;

/** Light-stems one normalized word. Only Arabic words are stemmed; digits and Latin words are returned as they are. */
export function stemWord(word: string): string {
  if (word.length < 3 || !ARABIC_LETTER.test(word)) return word;
  let stem = word;
  for (const prefix of PREFIXES) {
    // و needs a word of at least 4 letters; the other prefixes need 2 letters left.
    const minimum = prefix.length === 1 ? 4 : prefix.length + 2;
    if (stem.length >= minimum && stem.startsWith(prefix)) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

// A word is a run of letters (and any marks NFKC left), or a number with its decimal points.
const WORD = /[\p{L}\p{M}]+|\p{Nd}+(?:[.\u066b]\p{Nd}+)*/gu;

/** A cache of stems: the vocabulary of a corpus is far smaller than its text. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** Splits text into search terms: normalized, then cut into words, then light-stemmed. */
export function tokenize(text: string): string[] {
  const words = normalizeText(text).match(WORD);
  if (words === null) return [];
  const terms = new Array<string>(words.length);
  for (let index = 0; index < words.length; index += 1) terms[index] = cachedStem(words[index] ?? '');
  return terms;
}

/** Whether a term is an Arabic word, which can carry clitic prefixes in running text. */
export function isArabicTerm(term: string): boolean {
  return ARABIC_LETTER.test(term);
}
