/**
 * The span of the calendar that a TIMEX3 value (timex.ts) covers, as an inclusive range of
 * UTC epoch milliseconds: what a date filter compares an event's date with, and what the
 * check of event dates against an article's time expressions compares.
 *
 * The days are timexDays.ts's, the one helper that places a TIMEX3 value on the calendar;
 * this range is stricter about what it places. It covers:
 * - a year, a month or a day: all of it;
 * - a day with a part of day or a time: the whole UTC day (a TIMEX3 time has no offset, and
 *   a part of day has no agreed hours);
 * - a quarter or a half: its three or six months; an ISO week: Monday to Sunday;
 * - an interval: from the first millisecond of its first point to the last of its second.
 *
 * A value it does not place has no range: a reference (`PAST_REF`), a duration
 * (`P30Y`), a season (whose bounds depend on the hemisphere and the convention), a value
 * with a digit left open (`XXXX-09-01`, `2025-10-XX`: timexDays cuts the last at its `X`,
 * a filter does not), an ISO week 53 of a year that has 52, and a string that is not TIMEX3.
 */
import { DAY_MS, type MsRange } from './parse.js';
import { timexProblem } from './timex.js';
import { timexDays } from './timexDays.js';

const SEASON = /-(?:SP|SU|FA|WI)(?:\/|$)/;
const WEEK = /^(\d{4})-W\d{2}$/;

/** Whether `point` is an ISO week past the last of its year: week 53 of a year that has 52. */
function pastLastWeek(point: string): boolean {
  const match = WEEK.exec(point);
  if (match === null) {
    return false;
  }
  const nextYearWeekOne = timexDays(`${String(Number(match[1]) + 1).padStart(4, '0')}-W01`);
  const week = timexDays(point);
  return week !== undefined && nextYearWeekOne !== undefined && week.first >= nextYearWeekOne.first;
}

/**
 * The inclusive UTC range that `value` covers, or undefined when it is not a TIMEX3 value
 * (timexProblem says why) or this range does not place it.
 */
export function timexRange(value: string): MsRange | undefined {
  if (
    timexProblem(value) !== undefined ||
    value.includes('X') ||
    SEASON.test(value) ||
    value.split('/').some(pastLastWeek)
  ) {
    return undefined;
  }
  const days = timexDays(value);
  return days === undefined ? undefined : { from: days.first * DAY_MS, to: (days.last + 1) * DAY_MS - 1 };
}
