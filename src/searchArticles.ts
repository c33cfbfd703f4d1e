import { assertList } from './internal/args/arguments.js';
import { parseSearch, scanSearch } from './internal/search/search.js';
import type { Article } from './schema.js';

/**
 * Searches the titles and bodies of articles, best match first.
 *
 * Every word of `text` must match. Matching ignores diacritics, tatweel, the
 * hamza and alef forms, ta marbuta, alef maqsura and the digit script (see
 * {@link normalizeArabic}); words are light-stemmed as Lucene's Arabic
 * stemmer does, and a word also matches behind the clitic prefixes و ف ب ل ك
 * and ال (so `طاجيكستان` finds `لطاجيكستان`). Results are ranked by BM25
 * (k1 = 1.2, b = 0.75, title words counted twice) computed over `list`;
 * ties go to the later article, then to the earlier one in `list`.
 *
 * This scans and tokenizes every article on each call. To search the same
 * articles many times, build a {@link createCorpus} once and call
 * {@link Corpus.search}, which returns exactly the same results.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param text - One or more words, in Arabic or Latin script, or numbers.
 * @returns A new array of the matching articles, best first.
 * @throws {InvalidQueryError} When `text` is blank or has no letters or digits, or `list` is not an array.
 * @throws {InvalidRecordError} When an article's `title`, `body` or `publishedAt` is malformed.
 * @category Search
 * @example
 * ```ts
 * import { articles, searchArticles } from 'ru-tj-news';
 *
 * // No hamza in the query; the texts write أفغانستان.
 * searchArticles(articles, 'افغانستان').length;
 * // => 3
 * // Arabic-Indic digits find Western ones.
 * searchArticles(articles, 'القاعدة ٢٠١').length;
 * // => 3
 * searchArticles(articles, 'الهجرة')[0]?.id;
 * // => '2025-10-09-russia-tajikistan-joint-statement-military-cooperation'
 * ```
 */
export function searchArticles<T extends Article>(list: readonly T[], text: string): T[] {
  assertList(list);
  const terms = parseSearch(text);
  return scanSearch(list, terms).map((index) => list[index] as T);
}
