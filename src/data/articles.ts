// The public face of data/articles.json. The records and the union of their ids are generated into
// ./generated/articles.ts, which holds data only; this module documents them and freezes the records.
// The union is re-exported rather than aliased, so that the public type is the generated union itself:
// compiler messages name it, and the API docs list its members.
import { deepFreeze } from '../internal/corpus/deepFreeze.js';
import type { Article } from '../schema.js';
import { articles as records } from './generated/articles.js';

/**
 * The id of an article of the shipped corpus: a union of string literals, one per article.
 *
 * Generated from data/articles.json with {@link articles}, so it lists exactly
 * their ids. {@link getArticle} takes an {@link ArticleId}, which is this union
 * or any other string: editors suggest the shipped ids, and an id of your own
 * still compiles.
 *
 * @category Data
 * @example
 * ```ts
 * import { getArticle, type ShippedArticleId } from 'ru-tj-news';
 *
 * const id: ShippedArticleId = '2022-06-29-rahmon-putin-discuss-cooperation';
 * getArticle(id)?.publishedAt;
 * // => '2022-06-29'
 * // @ts-expect-error -- a date alone is not an article id
 * const wrong: ShippedArticleId = '2022-06-29';
 * ```
 */
export type { ShippedArticleId } from './generated/articles.js';

/**
 * The articles of the corpus, oldest first.
 *
 * Sorted by the start of `publishedAt` (a day-precision date starts at
 * midnight UTC), then by `id`. The array and every record in it are deeply
 * frozen: mutating them throws in strict mode.
 *
 * @category Data
 * @example
 * ```ts
 * import { articles } from 'ru-tj-news';
 *
 * articles.length;
 * // => 5
 * articles[0]?.publishedAt;
 * // => '2021-07-22'
 * ```
 */
export const articles: readonly Article[] = /* @__PURE__ */ deepFreeze(records);
