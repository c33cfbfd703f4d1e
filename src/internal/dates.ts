/**
 * Date bounds and article dates as UTC epoch milliseconds, so that every
 * comparison in the hot paths is between two numbers.
 */
import { addMilliseconds, isAfter, isValid, parseISO } from 'date-fns';
import { InvalidDateError, InvalidRecordError } from '../errors.js';
import { describeValue } from './describeValue.js';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// A time needs an offset: without one, the instant would depend on the machine's time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const EXPECTED = "a Date, epoch milliseconds, or an ISO string such as '2022-06-29' or '2025-10-09T10:51:00Z'";

/**
 * A date bound: a `Date`, epoch milliseconds, or an ISO 8601 string — a date
 * (`'2022-12-31'`, which covers its whole UTC day) or a date and time with an
 * offset (`'2022-12-31T23:00:00Z'`).
 *
 * @category Date
 * @example
 * ```ts
 * import type { DateBound } from 'ru-tj-news';
 *
 * const bounds: DateBound[] = ['2022-12-31', '2022-12-31T23:00:00+03:00', new Date(0), 1_700_000_000_000];
 * bounds.length;
 * // => 4
 * ```
 */
export type DateBound = Date | string | number;

/**
 * Reads a bound as UTC epoch milliseconds. A date-only string covers its
 * whole UTC day, so it reads as the day's first millisecond for `from` and its
 * last for `to`.
 */
export function parseBound(value: unknown, edge: 'from' | 'to'): number {
  if (value instanceof Date) {
    if (!isValid(value)) throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
    return value.getTime();
  }
  if (typeof value === 'number') {
    if (!isValid(value)) throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
    return value;
  }
  if (typeof value === 'string') {
    if (DATE_ONLY.test(value)) {
      // parseISO reads a date-only string as local midnight and rejects impossible days such as 2022-02-30.
      const local = parseISO(value);
      if (isValid(local)) {
        const start = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
        start.setUTCFullYear(local.getFullYear()); // Date.UTC maps years 0–99 to 1900–1999.
        return (edge === 'from' ? start : addMilliseconds(start, DAY_MS - 1)).getTime();
      }
    } else if (DATE_TIME.test(value)) {
      const instant = parseISO(value);
      if (isValid(instant)) return instant.getTime();
    }
    throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
  }
  throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
}

/** An inclusive range of UTC epoch milliseconds; an open end is infinite. */
export interface MsRange {
  readonly from: number;
  readonly to: number;
}

/** Reads optional `from` and `to` bounds; throws when `from` is later than `to`. */
export function parseRange(from: unknown, to: unknown): MsRange {
  const fromMs = from === undefined ? -Infinity : parseBound(from, 'from');
  const toMs = to === undefined ? Infinity : parseBound(to, 'to');
  if (isAfter(fromMs, toMs)) {
    throw new InvalidDateError(
      `Invalid date range: from ${describeValue(from)} is later than to ${describeValue(to)}; expected from to be on or before to`,
      from,
    );
  }
  return { from: fromMs, to: toMs };
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/;

/**
 * The first and last millisecond an article's `publishedAt` covers: a whole
 * UTC day for a date, one instant for a date and time. `NaN` when the value
 * is not a valid `publishedAt`.
 */
export function publishedInterval(publishedAt: unknown): readonly [number, number] {
  if (typeof publishedAt !== 'string') return [NaN, NaN];
  const match = PUBLISHED.exec(publishedAt);
  if (match === null) return [NaN, NaN];
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number];
  const hasTime = match[4] !== undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hasTime ? hour : 0, hasTime ? minute : 0, hasTime ? second : 0, 0);
  const start = date.getTime();
  // Reject overflow such as 2022-02-30 or 25:00, which Date would silently roll over.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || (hasTime && (hour > 23 || minute > 59 || second > 59))) return [NaN, NaN];
  return [start, hasTime ? start : start + DAY_MS - 1];
}

/** {@link publishedInterval}, throwing {@link InvalidRecordError} for a bad value. */
export function articleInterval(publishedAt: unknown, index: number): readonly [number, number] {
  const interval = publishedInterval(publishedAt);
  if (Number.isNaN(interval[0])) {
    throw new InvalidRecordError({
      collection: 'articles',
      index,
      path: ['publishedAt'],
      problem: `✖ Expected publishedAt to be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ssZ', got ${describeValue(publishedAt)}`,
    });
  }
  return interval;
}
