import { articles, type ShippedArticleId } from './data/articles.js';
import { InvalidQueryError } from './errors.js';
import { describeValue } from './internal/args/describeValue.js';
import type { Article } from './schema.js';

let byId: ReadonlyMap<string, Article> | undefined;

/**
 * An article id: one of the shipped ids, or any other string.
 *
 * It is {@link ShippedArticleId} `| (string & {})`, so that editors suggest
 * the shipped ids while an id of your own still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.)
 *
 * @category Data
 * @example
 * ```ts
 * import { corpus, type ArticleId } from 'ru-tj-news';
 *
 * const ids: ArticleId[] = ['2022-06-29-rahmon-putin-discuss-cooperation', 'an-id-of-your-own'];
 * ids.map((id) => corpus.getArticle(id)?.publishedAt);
 * // => ['2022-06-29', undefined]
 * ```
 */
export type ArticleId = ShippedArticleId | (string & {});

/**
 * Looks up an article of the shipped corpus by its id.
 *
 * Ids are compared exactly. For a corpus of your own, use
 * {@link Corpus.getArticle} on the result of {@link createCorpus}.
 *
 * @param id - The article's id, such as `'2022-06-29-rahmon-putin-discuss-cooperation'`.
 * @returns The frozen article, or `undefined` when no article has that id.
 * @throws {InvalidQueryError} When `id` is not a string.
 * @category Data
 * @example
 * ```ts
 * import { getArticle } from 'ru-tj-news';
 *
 * getArticle('2022-06-29-rahmon-putin-discuss-cooperation')?.publishedAt;
 * // => '2022-06-29'
 * getArticle('no-such-article');
 * // => undefined
 * ```
 */
export function getArticle(id: ArticleId): Article | undefined {
  if (typeof id !== 'string') {
    throw new InvalidQueryError(`Expected an article id to be a string, got ${describeValue(id)}`, id);
  }
  byId ??= new Map(articles.map((article) => [article.id, article]));
  return byId.get(id);
}
