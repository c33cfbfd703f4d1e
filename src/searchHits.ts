import { entities as shippedEntities } from './data/entities.js';
import { assertList } from './internal/args/arguments.js';
import { compileSearch } from './internal/search/compileSearch.js';
import { createMatcher } from './internal/search/documentMatch.js';
import { scanSearch } from './internal/search/scanSearch.js';
import { searchMatches } from './internal/search/searchMatches.js';
import { parseSearchOptions } from './internal/search/searchOptions.js';
import type { Article, Entity } from './schema.js';
import type { SearchMatch } from './types.js';

/**
 * Options of {@link searchHits} and {@link searchArticles}.
 *
 * Only the object's own properties are read; an option left out or `undefined`
 * takes its default, and any other value that is not valid, `null` included, is an
 * {@link InvalidQueryError}.
 *
 * @category Search
 * @example
 * ```ts
 * import type { SearchOptions } from 'ru-tj-news';
 *
 * const firstPage: SearchOptions = { limit: 20 };
 * const secondPage: SearchOptions = { limit: 20, offset: 20 };
 * secondPage.offset;
 * // => 20
 * ```
 */
export interface SearchOptions {
  /** At most this many hits: a positive integer, or `Infinity` (the default) for all of them. */
  readonly limit?: number | undefined;
  /** Skip this many of the best hits first: a non-negative integer, 0 by default. */
  readonly offset?: number | undefined;
  /** The entity registry whose names and aliases also match mention spans. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * One article that a search found, with its score and where it matched.
 *
 * @category Search
 * @example
 * ```ts
 * import { articles, searchHits, type SearchHit } from 'ru-tj-news';
 *
 * const [best]: SearchHit[] = searchHits(articles, 'الهجرة');
 * best?.score !== undefined && best.score > 0;
 * // => true
 * ```
 */
export interface SearchHit<T extends Article = Article> {
  /** The article, as it is in the searched list. */
  readonly article: T;
  /** Its BM25 score: the ranking's key. */
  readonly score: number;
  /**
   * Where it matched: UTF-16 spans of its original fields, sorted by field (`title`,
   * `body`, `en.title`, `en.summary`) then start, merged where they overlap. A
   * word's span covers the whole word, its clitics and the diacritics or tatweel
   * after its last letter included (`تُعدّ`, `روسياً`); an entity's match is its
   * mention span as the article stores it.
   */
  readonly matches: readonly SearchMatch[];
}

/**
 * Searches articles as {@link searchArticles} does, and returns each hit with its score and match spans.
 *
 * The hits are in {@link searchArticles}' order, with the same rules and query
 * syntax (words, `"phrases"`, `-exclusions`, `prefix*`, Latin-script words in
 * the English fields, entity names in mention spans). `score` is the BM25 score
 * the ranking sorts by. `matches` are spans of the original texts, ready to
 * highlight: every occurrence of an included word, phrase or prefix, and every
 * mention span of an entity the query names, merged where they overlap, sorted
 * by field (`title`, `body`, `en.title`, `en.summary`) then start. With `limit`
 * and `offset`, only that page is ranked in full and given its matches, and it
 * is exactly that slice of the whole ranking.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param text - The query; see {@link searchArticles}.
 * @param options - The page (`limit`, `offset`) and the entity registry.
 * @returns A new array of hits, best first.
 * @throws {InvalidQueryError} When `text` is blank, has no letters or digits, has only exclusions or misuses `-`, `"` or `*`; when `limit` or `offset` is not a valid count or `entities` not an array of entities (`null` included); or when `list` or `options` is malformed.
 * @throws {InvalidRecordError} When an article's `title`, `body`, `publishedAt` (or, when the query needs them, `en` or `entities`) is malformed.
 * @category Search
 * @example
 * ```ts
 * import { articles, searchHits } from 'ru-tj-news';
 *
 * const [hit] = searchHits(articles, 'الهجرة', { limit: 1 });
 * hit?.article.id;
 * // => '2025-10-09-russia-tajikistan-joint-statement-military-cooperation'
 * hit?.matches.map(({ field, start, end }) => [field, hit.article.body.slice(start, end)]);
 * // => [['body', 'والهجرة']]
 * ```
 */
export function searchHits<T extends Article>(
  list: readonly T[],
  text: string,
  options: SearchOptions = {},
): SearchHit<T>[] {
  assertList(list);
  const { limit, offset, names } = parseSearchOptions(options, 'the search options', shippedEntities);
  const search = compileSearch(text, names);
  const { documents, scores } = scanSearch(list, search, offset, limit);
  const match = createMatcher();
  return Array.from(documents, (index, at) => ({
    // The page holds positions in list, and a score for each.
    article: list[index]!,
    score: scores[at]!,
    matches: searchMatches(list[index], index, search, match),
  }));
}
