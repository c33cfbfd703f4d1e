/**
 * The span of the calendar that a TIMEX3 value (timex.ts) covers, as an inclusive range of
 * UTC epoch milliseconds: what a date filter compares an event's date with, and what the
 * check of event dates against an article's time expressions compares.
 *
 * A value the calendar can place covers:
 * - a year, a month or a day: all of it;
 * - a day with a part of day or a time: the whole UTC day (a TIMEX3 time has no offset, and
 *   a part of day has no agreed hours);
 * - a quarter or a half: its three or six months; an ISO week: Monday to Sunday;
 * - an interval: from the first millisecond of its first point to the last of its second.
 *
 * A value the calendar cannot place has no range: a reference (`PAST_REF`), a duration
 * (`P30Y`), a season (whose bounds depend on the hemisphere and the convention), a value
 * with a digit left open (`XXXX-09-01`), and an ISO week 53 of a year that has 52.
 */
import { daysFromCivil, daysInMonth } from './civil.js';
import { DAY_MS, type MsRange } from './parse.js';
import { timexProblem } from './timex.js';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const QUARTER_OR_HALF = /^(\d{4})-([QH])([1-4])$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** The day number (days since 1970-01-01) of the Monday of ISO week 1 of `year`: the week that holds 4 January. */
function isoWeekOne(year: number): number {
  const fourth = daysFromCivil(year, 1, 4);
  // 1970-01-01 was a Thursday: Monday is 0.
  const weekday = (((fourth + 3) % 7) + 7) % 7;
  return fourth - weekday;
}

/** The first and last day numbers of a point, or undefined when the calendar cannot place it. */
function pointDays(point: string): readonly [number, number] | undefined {
  let match = YEAR.exec(point);
  if (match !== null) {
    const year = Number(match[1]);
    return [daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)];
  }
  match = MONTH.exec(point);
  if (match !== null) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return [daysFromCivil(year, month, 1), daysFromCivil(year, month, daysInMonth(year, month))];
  }
  match = DAY.exec(point);
  if (match !== null) {
    const day = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
    return [day, day];
  }
  match = QUARTER_OR_HALF.exec(point);
  if (match !== null) {
    const year = Number(match[1]);
    const months = match[2] === 'Q' ? 3 : 6;
    const first = (Number(match[3]) - 1) * months + 1;
    const last = first + months - 1;
    return [daysFromCivil(year, first, 1), daysFromCivil(year, last, daysInMonth(year, last))];
  }
  match = WEEK.exec(point);
  if (match !== null) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    const monday = isoWeekOne(year) + (week - 1) * 7;
    // Week 53 exists only where the next year's week 1 starts after it.
    return monday >= isoWeekOne(year + 1) ? undefined : [monday, monday + 6];
  }
  return undefined;
}

/**
 * The inclusive UTC range that `value` covers, or undefined when it is not a TIMEX3 value
 * (timexProblem says why) or the calendar cannot place it.
 */
export function timexRange(value: string): MsRange | undefined {
  if (timexProblem(value) !== undefined || value.includes('X') || (value.startsWith('P') && !value.includes('/'))) {
    return undefined;
  }
  const [first = '', second = first] = value.split('/');
  const start = pointDays(first);
  const end = pointDays(second);
  if (start === undefined || end === undefined) {
    return undefined;
  }
  return { from: start[0] * DAY_MS, to: (end[1] + 1) * DAY_MS - 1 };
}
