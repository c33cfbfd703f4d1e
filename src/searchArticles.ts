import { assertList } from './internal/args/arguments.js';
import { compileSearch } from './internal/search/compileSearch.js';
import { scanSearch } from './internal/search/scanSearch.js';
import { parseSearchOptions } from './internal/search/searchOptions.js';
import type { Article } from './schema.js';
import type { SearchOptions } from './searchHits.js';

/**
 * Searches the titles and bodies of articles, best match first.
 *
 * Every word of `text` must match. Matching ignores diacritics, tatweel, the
 * hamza and alef forms, ta marbuta, alef maqsura and the digit script (see
 * {@link normalizeArabic}). A word of the text holds a query word when it is
 * the query word itself, with, each optional, a clitic prefix in front (و or ف,
 * then ب ل or ك, then ال, or لل for ل + ال: `طاجيكستان` finds `لطاجيكستان`)
 * and a suffix ending behind: one of Lucene's light-stemmer suffixes ها ان ات
 * ون ين ية ه ي, or two of them in the order that stemmer strips them (يات, يين,
 * اتها …). The query word may drop its own suffix ending when three letters or
 * more remain (`الاتفاقية` finds `الاتفاقيات`), and its own Lucene prefix (ال
 * وال بال كال فال لل, or و on four letters or more), after which the text word
 * may carry one of those prefixes only (`وبوتين` finds `بوتين`). Letters that
 * only line up with the query word after stemming do not count: `أن` does not
 * find `وكالة`, nor `على` `بالفعل`, nor `لدى` `البلدين`. Words in other scripts
 * and numbers match only themselves. Results are ranked by BM25
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
 * // A short word finds itself, not letters that line up: لدى is in one article,
 * // and البلدين (ب + لدى + ين after stemming) in others.
 * searchArticles(articles, 'لدى').length;
 * // => 1
 * searchArticles(articles, 'الهجرة')[0]?.id;
 * // => '2025-10-09-russia-tajikistan-joint-statement-military-cooperation'
 * ```
 */
export function searchArticles<T extends Article>(list: readonly T[], text: string, options: SearchOptions = {}): T[] {
  assertList(list);
  const { limit, offset, names } = parseSearchOptions(options, 'the search options');
  const { documents } = scanSearch(list, compileSearch(text, names), offset, limit);
  // The page holds positions in list.
  return Array.from(documents, (index) => list[index]!);
}
