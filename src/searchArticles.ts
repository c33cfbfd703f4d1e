import { entities as shippedEntities } from './data/entities.js';
import { assertList } from './internal/args/arguments.js';
import { compileSearch } from './internal/search/compileSearch.js';
import { scanSearch } from './internal/search/scanSearch.js';
import { parseSearchOptions } from './internal/search/searchOptions.js';
import type { Article } from './schema.js';
import type { SearchOptions } from './searchHits.js';

/**
 * Searches articles, Arabic and English, best match first.
 *
 * A query is words, `"phrases"`, `-exclusions` and `prefix*`es, separated by
 * spaces. Words joined by a hyphen or other punctuation (`al-Qaeda`,
 * `لياكين-فرولوف`, `U.S.`) are a phrase, as if quoted. Every word, phrase and prefix must match; an article that matches an
 * excluded word or phrase (`-أفغانستان`, `-"القاعدة العسكرية"`) is left out. A
 * phrase matches its words adjacent and in order, in one field (punctuation
 * between them aside). A prefix of two letters or more matches the words that
 * start with it; an Arabic prefix of three letters or more (ال counted) also
 * matches behind a clitic prefix (`طاجيك*` finds `لطاجيكستان` and
 * `الطاجيكية`), while a two-letter one matches only at a word's start (`ان*`
 * finds `انتخابات` but not `كانون`, and `ال*` not `وكالة`). A lone `-`, an unclosed `"`, an empty phrase, a `*` alone,
 * inside a word, inside quotes (a phrase takes no prefix) or after a one-letter
 * word, and a query of exclusions only are errors that name the bad token.
 *
 * Arabic words and numbers search the `title` and `body`. Matching ignores diacritics, tatweel, the
 * hamza and alef forms, ta marbuta, alef maqsura and the digit script (see
 * {@link normalizeArabic}). A word of the text holds a query word when it is
 * the query word itself, or a core of it, with, each optional, a clitic prefix
 * in front (و or ف, then ب ل or ك, then ال, or لل for ل + ال: `طاجيكستان`
 * finds `لطاجيكستان`) and an ending behind. The endings are one of Lucene's
 * light-stemmer suffixes ها ان ات ون ين ية ه ي, or two of them in the order that
 * stemmer strips them (يات, يين, اتها …); on a core of three letters or more (a
 * leading ال not counted) also a pronoun (ه ها هما هم كما كم نا), alone or
 * behind ات or the dual and plural construct ا and ي (`وفد` finds `وفداهما`),
 * and the past-tense ت and تا (`عقد` finds `عقدت`). The accusative tanween
 * alef follows the word, or a core that lost an ending other than the nisba ي
 * (ي, ية …), when it has three letters or more (a leading ال not counted)
 * and does not end in ي ا or ه (`وزير` finds `وزيراً`, `الرئيسان`
 * finds `ورئيساً`). A core is the word, or the word without its own ending when
 * three letters or more remain (`الاتفاقية` finds `الاتفاقيات`), or without a
 * tanween alef, which then takes any ending but the nisba ones (`ورئيساً` finds
 * `الرئيسان`, but `فرنسا` does not find `فرنسي`). A word in ta marbuta, ات or
 * ت + ending has a feminine stem, which takes ة, ات, and ت before a pronoun or
 * the dual (`شراكة` finds `شراكتهما`, `اتفاقية` finds `اتفاقيتين`). The query
 * word may also drop its article with the clitics before it (ال وال بال كال
 * فال لل, وبال وكال فبال فكال ولل فلل), after which the text word may carry any
 * clitic (`المراسم` finds `بمراسم`); its و, on four letters or more, after
 * which it may carry none, one of those prefixes, or و (`وبوتين` finds `بوتين`);
 * and a ب before م or ف when a long core remains, as no verb root starts with
 * two labials (`بمراسم` finds `المراسم`). Other clitics stay, as the letter may belong to the word
 * (`بوتين` does not find `وتين`, nor `بعام` `عام`). Letters that only line up
 * with the query word do not count: `أن` does not find `وكالة`, nor `على`
 * `بالفعل`, nor `لدى` `البلدين`, nor `إلا` `الأهم`; a word of under three
 * letters (a leading ال not counted) takes only the endings ه ها ي, and the
 * pronouns when it ends in ي (`إلى` finds `إليهما`). The full rules are in the
 * search guide. Words of other scripts match only themselves.
 *
 * Latin-script words search the English `en.title` and `en.summary` instead,
 * case-insensitively and with light English stemming (`base` finds `bases` and
 * `base's`). The `s` of a possessive (after `'`, `’` or `＇` that follows a Latin
 * word) is not a word, in the query or the text: `base's` searches `base`, and the
 * `s` is neither highlighted nor counted in an article's length; other lone `s`
 * stay words (`U.S.` is `u` and `s`). A phrase of Latin words and numbers
 * searches the English fields too (`"16 documents"`, `"201st military base"`,
 * where `201st` is `201` `st`); a number alone, or in a phrase with an Arabic
 * word, searches the Arabic ones. A word or phrase that is, as a whole, the name or an alias of an
 * entity of the registry (`options.entities`, by default the shipped one) also
 * matches that entity's mention spans in the article, whatever their spelling:
 * `رحمن` finds the articles that write `رحمون`, and `Rahmon` finds them too.
 *
 * Results are ranked by BM25 (k1 = 1.2, b = 0.75), with statistics computed
 * over `list`. Each word, phrase or prefix is one term; its frequency counts
 * each occurrence, a title word twice, and each mention span of a named entity
 * once (a word inside such a span is not counted again). A term is normalized by
 * the length of the fields it was found in: the Arabic fields (title words
 * counted twice, plus the body) or the English ones (`en.title` words twice,
 * plus `en.summary`), so that Arabic queries rank as if the English fields were
 * not there; a term found in both sums its normalized frequencies first, as
 * BM25F does. Exclusions do not score. Ties go to the later article, then to
 * the earlier one in `list`. With `limit` and `offset`, the result is that
 * slice of the full ranking, and only it is sorted.
 *
 * This scans and tokenizes every article on each call. To search the same
 * articles many times, build a {@link createCorpus} once and call
 * {@link Corpus.search}, which returns exactly the same results; for scores
 * and match spans, see {@link searchHits}.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param text - The query: words, `"phrases"`, `-exclusions` and `prefix*`es, in Arabic or Latin script, or numbers.
 * @param options - The page (`limit`, `offset`) and the entity registry; see {@link SearchOptions}.
 * @returns A new array of the matching articles, best first.
 * @throws {InvalidQueryError} When `text` is blank, has no letters or digits, has only exclusions or misuses `-`, `"` or `*`; when `limit` or `offset` is not a valid count or `entities` not an array of entities (`null` included); or when `list` or `options` is malformed.
 * @throws {InvalidRecordError} When an article's `title`, `body` or `publishedAt` (or, when the query needs them, `en` or `entities`) is malformed.
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
 * // and البلدين (which a stemmer cuts to بلد, as it cuts ب + لدى) in others.
 * searchArticles(articles, 'لدى').length;
 * // => 1
 * searchArticles(articles, 'الهجرة')[0]?.id;
 * // => '2025-10-09-russia-tajikistan-joint-statement-military-cooperation'
 * ```
 * @example
 * ```ts
 * import { articles, searchArticles } from 'ru-tj-news';
 *
 * // Rahmon by any spelling: two articles write رحمون, one رحمن; all three mention him.
 * searchArticles(articles, 'رحمن').length;
 * // => 3
 * searchArticles(articles, 'رحمن', { entities: [] }).length;
 * // => 1
 * // Latin words search the English title and summary, and so do numbers beside them.
 * searchArticles(articles, 'military base').length;
 * // => 3
 * searchArticles(articles, '"201st military base"', { entities: [] }).length;
 * // => 3
 * // A phrase, an exclusion, a prefix, and a page of the ranking.
 * searchArticles(articles, '"القاعدة العسكرية" -أفغانستان').length;
 * // => 1
 * searchArticles(articles, 'طاجيك*', { limit: 2 }).length;
 * // => 2
 * ```
 */
export function searchArticles<T extends Article>(list: readonly T[], text: string, options: SearchOptions = {}): T[] {
  assertList(list);
  const { limit, offset, names } = parseSearchOptions(options, 'the search options', shippedEntities);
  const { documents } = scanSearch(list, compileSearch(text, names), offset, limit);
  // The page holds positions in list.
  return Array.from(documents, (index) => list[index]!);
}
