import { articles } from './data/articles.js';
import { assertArticleId } from './internal/args/arguments.js';
import type { Article } from './schema.js';
import type { ArticleId } from './types.js';

let byId: ReadonlyMap<string, Article> | undefined;

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
  assertArticleId(id);
  byId ??= new Map(articles.map((article) => [article.id, article]));
  return byId.get(id);
}
