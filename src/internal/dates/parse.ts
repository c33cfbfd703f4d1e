/**
 * Date bounds and article dates as UTC epoch milliseconds, so that every
 * comparison in the hot paths is between two numbers.
 */
import { InvalidDateError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { daysFromCivil, daysInMonth } from './civil.js';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

// A day, or a day and a time: a time needs an offset, or the instant would depend on the machine's time zone.
const ISO_BOUND =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d{1,9})?))?(?:Z|([+-])(\d{2}):?(\d{2})))?$/;

const EXPECTED = "a Date, epoch milliseconds, or an ISO string such as '2022-06-29' or '2025-10-09T10:51:00Z'";

/**
 * Reads a string bound as UTC epoch milliseconds, or NaN when it names no instant: a
 * date-only string as the first millisecond of its UTC day (`from`) or the last (`to`), a
 * date-time as its instant. It reads them as date-fns's parseISO does (an impossible day such
 * as 2022-02-30, a time past 24:00 or an offset's minutes past 59 name nothing; a fraction of
 * a millisecond is dropped the way Date drops it), by hand so that bundles of the filters do not carry parseISO.
 */
function readIsoBound(value: string, edge: 'from' | 'to'): number {
  const match = ISO_BOUND.exec(value);
  if (match === null) {
    return NaN;
  }
  // A missing part (the time of a day, the seconds, the offset of Z) reads as 0.
  const part = (at: number): number => Number(match[at] ?? 0);
  const [year, month, day, hours, minutes, seconds] = [part(1), part(2), part(3), part(4), part(5), part(6)] as const;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return NaN;
  }
  const start = daysFromCivil(year, month, day) * DAY_MS;
  if (match[4] === undefined) {
    return edge === 'from' ? start : start + DAY_MS - 1;
  }
  if (!(hours === 24 ? minutes === 0 && seconds === 0 : hours < 24 && minutes < 60 && seconds < 60) || part(9) > 59) {
    return NaN;
  }
  const time = hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
  const offset = (match[7] === '+' ? -1 : 1) * (part(8) * 3_600_000 + part(9) * 60_000);
  return new Date(start + time + offset).getTime();
}

/**
 * Reads a bound as UTC epoch milliseconds. A date-only string covers its
 * whole UTC day, so it reads as the day's first millisecond for `from` and its
 * last for `to`.
 */
export function parseBound(value: unknown, edge: 'from' | 'to'): number {
  const ms =
    value instanceof Date || typeof value === 'number'
      ? new Date(value).getTime()
      : typeof value === 'string'
        ? readIsoBound(value, edge)
        : NaN;
  if (Number.isNaN(ms)) {
    throw new InvalidDateError(`Invalid ${edge} date ${describeValue(value)}: expected ${EXPECTED}`, value);
  }
  // A number is kept as given, fraction included; only a Date or a string is read.
  return typeof value === 'number' ? value : ms;
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
  // Compared as Dates, which drop a fraction of a millisecond, and for which an infinite (open) end is no instant.
  if (new Date(fromMs).getTime() > new Date(toMs).getTime()) {
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
