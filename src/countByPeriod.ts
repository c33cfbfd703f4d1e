import { assertList, assertOptions } from './internal/args/arguments.js';
import { articleStart, isArticleInRange, parseRange, publishedAtOf } from './internal/dates/parse.js';
import { parsePeriod, periodNumber, periodSeries } from './internal/dates/period.js';
import type { Article } from './schema.js';
import type { DateBound } from './types.js';

/**
 * The size of a bucket of {@link countByPeriod}: a UTC calendar year, month or day.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByPeriod, type Period } from 'ru-tj-news';
 *
 * const period: Period = 'year';
 * countByPeriod(articles, period).length;
 * // => 5
 * ```
 */
export type Period = 'year' | 'month' | 'day';

/**
 * One bucket of {@link countByPeriod}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByPeriod, type PeriodCount } from 'ru-tj-news';
 *
 * const [first]: PeriodCount[] = countByPeriod(articles, 'month');
 * first;
 * // => { period: '2021-07', count: 1 }
 * ```
 */
export interface PeriodCount {
  /** The period: `'2025'`, `'2025-10'` or `'2025-10-09'`, in UTC. */
  readonly period: string;
  /** How many articles were published in it. */
  readonly count: number;
}

/**
 * Options of {@link countByPeriod}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { type CountByPeriodOptions } from 'ru-tj-news';
 *
 * const options: CountByPeriodOptions = { from: '2025-01-01', to: '2025-12-31' };
 * options.to;
 * // => '2025-12-31'
 * ```
 */
export interface CountByPeriodOptions {
  /** The first period of the series, and the earliest article counted. Defaults to the earliest article. */
  readonly from?: DateBound | undefined;
  /** The last period of the series, and the latest article counted. Defaults to the latest article. */
  readonly to?: DateBound | undefined;
}

/**
 * Counts articles per year, month or day, as a dense series ready for a chart.
 *
 * Every period from the first to the last is present, in order, including
 * periods with no articles, so a timeline shows its gaps. An article belongs
 * to the UTC period of its `publishedAt`. With `from` and `to`, the series
 * spans exactly those periods and counts only the articles inside them, as
 * {@link filterByDate} would keep them; without, it spans the articles. The
 * counts always add up to the number of articles counted.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param period - `'year'`, `'month'` or `'day'`.
 * @param options - `from` and `to`, to fix the span of the series.
 * @returns A new array of `{ period, count }`, oldest first; empty when there is nothing to count and no span is given.
 * @throws {InvalidQueryError} When `period` is not one of the three, or an argument has the wrong type.
 * @throws {InvalidDateError} When a bound is not a valid date, or `from` is after `to`.
 * @throws {InvalidRecordError} When an article's `publishedAt` is malformed.
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByPeriod } from 'ru-tj-news';
 *
 * countByPeriod(articles, 'year');
 * // => [{ period: '2021', count: 1 }, { period: '2022', count: 2 }, { period: '2023', count: 0 }, { period: '2024', count: 0 }, { period: '2025', count: 2 }]
 * countByPeriod(articles, 'month', { from: '2025-09-01', to: '2025-11-30' });
 * // => [{ period: '2025-09', count: 0 }, { period: '2025-10', count: 2 }, { period: '2025-11', count: 0 }]
 * ```
 */
export function countByPeriod(
  list: readonly Article[],
  period: Period,
  options: CountByPeriodOptions = {},
): PeriodCount[] {
  assertList(list);
  parsePeriod(period);
  assertOptions(options, ['from', 'to'], 'the countByPeriod options');
  const range = parseRange(options.from, options.to);
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  list.forEach((article, index) => {
    if (!isArticleInRange(publishedAtOf(article), index, range)) {
      return;
    }
    const value = periodNumber(articleStart(article.publishedAt, index), period);
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (value < first) {
      first = value;
    }
    if (value > last) {
      last = value;
    }
  });
  return periodSeries(counts, first, last, range, period);
}
