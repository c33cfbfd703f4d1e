/**
 * TIMEX3 values (ISO-TimeML, after ISO 8601), the `value` of a time expression
 * and the `period` of a quantity: what the schema accepts, and the one check that
 * both the schema and its hand-written fast path run.
 *
 * The forms:
 * - a point: a year `2024`, a month `2022-05`, a day `2013-09-23`, a day with a
 *   part of day (`2025-10-08TEV`: `MO`rning, `AF`ternoon, `EV`ening, `NI`ght,
 *   `DT` daytime) or a time (`2025-10-09T10:30`), a season (`2025-SU`), a quarter
 *   (`2025-Q3`), a half (`2025-H2`) or an ISO week (`2025-W41`). An `X` stands for
 *   a digit the text leaves open: `XXXX-09-01` is the first of September of an
 *   unnamed year, `XXXX-WXX` a week;
 * - an interval of two points: `2022-01/2022-04`;
 * - a duration: `P30Y`, `P3M`, `P2W`, `P4D`, `PT2H`, or with `X` for an unstated
 *   number (`PXY`, "for years");
 * - a reference: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
 */
import { describeValue } from '../args/describeValue.js';
import { daysFromCivil, daysInMonth } from './civil.js';

/**
 * A TIMEX3 value of any form this package uses: a point (`[0-9X]{4}`, then a season, quarter,
 * half, week, or a month with an optional day and part of day or time), an interval of two
 * points, a duration, or a reference. A literal, so that a bundle that never checks one drops it.
 */
export const TIMEX_VALUE =
  /^(?:[0-9X]{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W(?:XX|0[1-9]|[1-4][0-9]|5[0-3])|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX)(?:T(?:MO|AF|EV|NI|DT|(?:[01][0-9]|2[0-3]):[0-5][0-9]))?)?))?(?:\/[0-9X]{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W(?:XX|0[1-9]|[1-4][0-9]|5[0-3])|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX)(?:T(?:MO|AF|EV|NI|DT|(?:[01][0-9]|2[0-3]):[0-5][0-9]))?)?))?)?|(?:P(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:Y|M|W|D|DE|CE))+(?:T(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)?|PT(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)|PAST_REF|PRESENT_REF|FUTURE_REF)$/;

/** The forms, for error messages. */
export const TIMEX_FORMS =
  'a TIMEX3 value: a date such as "2013-09-23", "2022-05" or "2024", a part of day such as "2025-10-08TEV", ' +
  'an interval such as "2022-01/2022-04", a duration such as "P30Y", or PAST_REF, PRESENT_REF or FUTURE_REF';

/** The day a fully numeric `YYYY-MM-DD` prefix names does not exist: `2025-02-30`. */
function badDay(point: string): boolean {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(point);
  if (match === null) {
    return false;
  }
  return Number(match[3]) > daysInMonth(Number(match[1]), Number(match[2]));
}

/**
 * A week 53 of a year that has 52 ISO weeks: `2025-W53`. A year has 53 when it starts on a
 * Thursday, or on a Wednesday in a leap year.
 */
function badWeek(point: string): boolean {
  const match = /^([0-9]{4})-W53$/.exec(point);
  if (match === null) {
    return false;
  }
  const year = Number(match[1]);
  // Day 0, 1970-01-01, was a Thursday: weekday 0 is Monday.
  const weekday = (((daysFromCivil(year, 1, 1) + 3) % 7) + 7) % 7;
  return !(weekday === 3 || (weekday === 2 && daysInMonth(year, 2) === 29));
}

/**
 * What is wrong with `value` as a TIMEX3 value, or undefined when it is one: a
 * string of one of the forms, whose days and weeks exist, and whose interval does not end
 * before it starts (compared on the digits both points give). Every message names
 * the value it refuses, so callers use it as it is.
 */
export function timexProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !TIMEX_VALUE.test(value)) {
    return `Expected ${TIMEX_FORMS}, got ${describeValue(value)}`;
  }
  const points = value.startsWith('P') && !value.includes('/') ? [] : value.split('/');
  for (const point of points) {
    if (badDay(point)) {
      return `Expected a day the calendar has, got "${point}"`;
    }
    if (badWeek(point)) {
      return `Expected a week the calendar has (${point.slice(0, 4)} has 52 ISO weeks), got "${point}"`;
    }
  }
  const [first, second] = points;
  if (first !== undefined && second !== undefined && /^[0-9-]+/.test(first) && /^[0-9-]+/.test(second)) {
    const shared = Math.min(/^[0-9-]*/.exec(first)?.[0].length ?? 0, /^[0-9-]*/.exec(second)?.[0].length ?? 0);
    if (first.slice(0, shared) > second.slice(0, shared)) {
      return `Expected an interval that does not end before it starts, got "${value}"`;
    }
  }
  return undefined;
}
