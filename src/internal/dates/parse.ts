/**
 * Date bounds and article dates as UTC epoch milliseconds, so that every
 * comparison in the hot paths is between two numbers.
 */
// One file per function: Node loads only these four, not the 250 modules of date-fns's index.
import { addMilliseconds } from 'date-fns/addMilliseconds';
import { isAfter } from 'date-fns/isAfter';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

import { InvalidDateError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { daysFromCivil, daysInMonth } from './civil.js';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// A time needs an offset: without one, the instant would depend on the machine's time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const EXPECTED = "a Date, epoch milliseconds, or an ISO string such as '2022-06-29' or '2025-10-09T10:51:00Z'";

/**
 * Reads a bound as UTC epoch milliseconds. A date-only string covers its
 * whole UTC day, so it reads as the day's first millisecond for `from` and its
 * last for `to`.
 */
export function parseBound(value: unknown, edge: 'from' | 'to'): number {
  if (value instanceof Date) {
    if (!isValid(value)) {
      throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
    }
    return value.getTime();
  }
  if (typeof value === 'number') {
    if (!isValid(value)) {
      throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
    }
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
      if (isValid(instant)) {
        return instant.getTime();
      }
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

/** The value of `count` ASCII digits of `text` from `at`, or NaN. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) {
      return NaN;
    }
    value = value * 10 + digit;
  }
  return value;
}

/** The last millisecond a valid `publishedAt` covers, given its first: the day's last for a date, the same instant for a time. */
export function publishedEnd(publishedAt: string, start: number): number {
  return publishedAt.length === 10 ? start + DAY_MS - 1 : start;
}

/**
 * The first millisecond an article's `publishedAt` covers: the start of the
 * UTC day for a date, the instant for a date and time; `NaN` when the value is
 * not a valid `publishedAt` (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ssZ`). Parsed
 * by hand, without allocating: the filters call this once per article per query.
 */
export function publishedStart(publishedAt: unknown): number {
  if (typeof publishedAt !== 'string' || (publishedAt.length !== 10 && publishedAt.length !== 20)) {
    return NaN;
  }
  if (publishedAt.charCodeAt(4) !== 45 || publishedAt.charCodeAt(7) !== 45) {
    return NaN;
  }
  const year = digits(publishedAt, 0, 4);
  const month = digits(publishedAt, 5, 2);
  const day = digits(publishedAt, 8, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return NaN;
  }
  const start = daysFromCivil(year, month, day) * DAY_MS;
  if (publishedAt.length === 10) {
    return start;
  }
  // 'T' HH ':' mm ':' ss 'Z'
  if (
    publishedAt.charCodeAt(10) !== 84 ||
    publishedAt.charCodeAt(13) !== 58 ||
    publishedAt.charCodeAt(16) !== 58 ||
    publishedAt.charCodeAt(19) !== 90
  ) {
    return NaN;
  }
  const hour = digits(publishedAt, 11, 2);
  const minute = digits(publishedAt, 14, 2);
  const second = digits(publishedAt, 17, 2);
  if (!(hour <= 23 && minute <= 59 && second <= 59)) {
    return NaN;
  }
  return start + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** A record's `publishedAt`, or undefined when it is not an object: a JavaScript caller's list can hold anything. */
export function publishedAtOf(record: unknown): unknown {
  return typeof record === 'object' && record !== null
    ? (record as { readonly publishedAt?: unknown }).publishedAt
    : undefined;
}

/** {@link publishedStart}, throwing {@link InvalidRecordError} for a bad value of the article at `index`. */
export function articleStart(publishedAt: unknown, index: number): number {
  const start = publishedStart(publishedAt);
  if (Number.isNaN(start)) {
    throw recordIssue(
      index,
      ['publishedAt'],
      `Expected publishedAt to be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ssZ', got ${describeValue(publishedAt)}`,
    );
  }
  return start;
}

/** Whether the article at `index` overlaps an inclusive range; throws {@link InvalidRecordError} for a bad `publishedAt`. */
export function isArticleInRange(publishedAt: unknown, index: number, range: MsRange): boolean {
  const start = articleStart(publishedAt, index);
  return start <= range.to && publishedEnd(publishedAt as string, start) >= range.from;
}
