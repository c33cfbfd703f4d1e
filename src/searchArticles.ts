import { assertList } from './internal/args/arguments.js';
import { parseSearch, scanSearch } from './internal/search/search.js';
import type { Article } from './schema.js';

/**
 * Searches the titles and bodies of articles, best match first.
 *
 * Every word of `text` must match. Matching ignores diacritics, tatweel, the
 * hamza and alef forms, ta marbuta, alef maqsura and the digit script (see
 * {@link normalizeArabic}). A word of the text holds a query word when it is
 * the query word itself, or a core of it, with, each optional, a clitic prefix
 * in front (و or ف, then ب ل or ك, then ال, or لل for ل + ال: `طاجيكستان`
 * finds `لطاجيكستان`) and an ending behind. The endings are one of Lucene's
 * light-stemmer suffixes ها ان ات ون ين ية ه ي, or two of them in the order that
 * stemmer strips them (يات, يين, اتها …); on a core of three letters or more (a
 * leading ال not counted) also a pronoun (ه ها هما هم كما كم نا), alone or
 * behind ات or the dual and plural construct ا and ي (`وفد` finds `وفداهما`),
 * and the past-tense ت and تا (`عقد` finds `عقدت`); on the word itself, unless
 * it ends in ي ا or ه, the accusative tanween alef (`وزير` finds `وزيراً`). A
 * core is the word, or the word without its own ending when three letters or
 * more remain (`الاتفاقية` finds `الاتفاقيات`, `وزيراً` finds `الوزير`). A word
 * in ta marbuta, ات or ت + ending has a feminine stem, which takes ة, ات, and ت
 * before a pronoun or the dual (`شراكة` finds `شراكتهما`, `اتفاقية` finds
 * `اتفاقيتين`). The query word may also drop its own Lucene prefix (ال وال بال
 * كال فال لل, or و on four letters or more), after which the text word may carry
 * one of those prefixes only (`وبوتين` finds `بوتين`); other clitics stay, as a
 * letter may belong to the word (`بوتين` does not find `وتين`). Letters that
 * only line up with the query word do not count: `أن` does not find `وكالة`,
 * nor `على` `بالفعل`, nor `لدى` `البلدين`, nor `إلا` `الأهم`. The full rules
 * are in the search guide. Words in other scripts and numbers match only
 * themselves. Results are ranked by BM25
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
export function searchArticles<T extends Article>(list: readonly T[], text: string): T[] {
  assertList(list);
  const terms = parseSearch(text);
  return scanSearch(list, terms).map((index) => list[index] as T);
}
