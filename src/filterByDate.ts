import { assertList, assertOptions } from './internal/args/arguments.js';
import { isArticleInRange, parseRange, publishedAtOf } from './internal/dates/parse.js';
import type { Article } from './schema.js';
import type { DateBound } from './types.js';

/**
 * The bounds of {@link filterByDate}. Both are inclusive and optional.
 *
 * @category Date
 * @example
 * ```ts
 * import type { FilterByDateOptions } from 'ru-tj-news';
 *
 * const year2022: FilterByDateOptions = { from: '2022-01-01', to: '2022-12-31' };
 * year2022.to;
 * // => '2022-12-31'
 * ```
 */
export interface FilterByDateOptions {
  /** The earliest date to keep. A date-only string means the start of that UTC day. */
  readonly from?: DateBound | undefined;
  /** The latest date to keep. A date-only string means the end of that UTC day. */
  readonly to?: DateBound | undefined;
}

/**
 * Keeps the articles published within a date range.
 *
 * Both bounds are inclusive and optional. A bound is a `Date`, epoch
 * milliseconds, or an ISO 8601 string: a date (`'2022-12-31'`), which covers
 * its whole UTC day, or a date and time with an offset
 * (`'2022-12-31T23:00:00Z'`). An article whose `publishedAt` is a day matches
 * when that UTC day overlaps the range; one with a time matches when the
 * instant is in the range. The input is not changed, and the result keeps its order.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `from` and/or `to`.
 * @returns A new array of the articles in the range, in input order.
 * @throws {InvalidDateError} When a bound cannot be read, or `from` is later than `to`.
 * @throws {InvalidQueryError} When `list` is not an array or `options` has an unknown key.
 * @throws {InvalidRecordError} When an article's `publishedAt` is malformed.
 * @category Date
 * @example
 * ```ts
 * import { articles, filterByDate } from 'ru-tj-news';
 *
 * filterByDate(articles, { from: '2022-01-01', to: '2022-12-31' }).map((article) => article.publishedAt);
 * // => ['2022-06-29', '2022-09-14']
 * // A date-only upper bound covers its whole UTC day.
 * filterByDate(articles, { to: '2021-07-22' }).length;
 * // => 1
 * // An article with a time matches by its instant.
 * filterByDate(articles, { from: '2025-10-09T10:00:00Z', to: '2025-10-09T11:00:00Z' }).map((article) => article.publishedAt);
 * // => ['2025-10-09', '2025-10-09T10:51:00Z']
 * filterByDate(articles, { from: new Date('2025-01-01T00:00:00Z') }).length;
 * // => 2
 * ```
 * @example
 * ```ts
 * import { articles, filterByDate } from 'ru-tj-news';
 *
 * // A reversed range is an error, not an empty result.
 * try {
 *   filterByDate(articles, { from: '2023-01-01', to: '2022-01-01' });
 * } catch (error) {
 *   (error as Error).name;
 *   // => 'InvalidDateError'
 * }
 * ```
 */
export function filterByDate<T extends Article>(list: readonly T[], options: FilterByDateOptions): T[] {
  assertList(list);
  assertOptions(options, ['from', 'to'], 'the filterByDate options');
  const range = parseRange(options.from, options.to);
  return list.filter((article, index) => isArticleInRange(publishedAtOf(article), index, range));
}
