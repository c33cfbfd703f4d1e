/**
 * Where a TIMEX3 value (timex.ts) lies on the calendar: the first and last day it
 * refers to, for `timeline` and the `time_expressions` export table. Only a point
 * or an interval of points with a year in digits has days; a duration, a
 * reference (`PAST_REF`) and a point whose year has an `X` have none.
 *
 * The days of each form (proleptic Gregorian, as `civil.ts` counts them):
 * - a year, month or day: its whole span; a part of day (`2025-10-08TEV`) or a
 *   time (`2025-10-09T10:30`) lies on its day;
 * - an `X` cuts the value at the part it stands in: `2025-XX-01` is placed as the
 *   year 2025, `2022-05-XX` as May 2022;
 * - a quarter `Q1`–`Q4` and a half `H1`, `H2`: their months; an ISO week `W41`:
 *   its Monday to Sunday;
 * - a season, by the meteorological months of the northern hemisphere, where
 *   Russia and Tajikistan lie: spring (`SP`) March to May, summer (`SU`) June to
 *   August, autumn (`FA`) September to November, and winter (`WI`) December to
 *   the end of February of the next year;
 * - an interval `a/b`: from the first day of `a` to the last day of `b`, when both have days.
 */
import { daysFromCivil, daysInMonth } from './civil.js';

/** An inclusive span of days, each counted from 1970-01-01 (day 0). */
export interface DaySpan {
  /** The first day the value refers to. */
  readonly first: number;
  /** The last day the value refers to, on or after `first`. */
  readonly last: number;
}

/** The months of each season, the last past 12 where it runs into the next year. */
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/** Months `from` to `to` of `year`; `to` may pass 12, into the next year. */
function monthSpan(year: number, from: number, to: number): DaySpan {
  const lastYear = year + Math.floor((to - 1) / 12);
  const lastMonth = ((to - 1) % 12) + 1;
  return {
    first: daysFromCivil(year, from, 1),
    last: daysFromCivil(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)),
  };
}

/** The days of ISO week `week` of `year`: week 1 holds the year's first Thursday, and weeks start on Monday. */
function weekSpan(year: number, week: number): DaySpan {
  const january4 = daysFromCivil(year, 1, 4);
  // Day 0, 1970-01-01, was a Thursday: 3 days after a Monday.
  const weekday = (((january4 + 3) % 7) + 7) % 7;
  const first = january4 - weekday + 7 * (week - 1);
  return { first, last: first + 6 };
}

/** The days of one TIMEX3 point, or undefined when its year is not all digits. */
function pointDays(point: string): DaySpan | undefined {
  if (!/^[0-9]{4}/.test(point)) {
    return undefined;
  }
  const year = Number(point.slice(0, 4));
  const rest = point.slice(5);
  const season = SEASONS[rest];
  if (season !== undefined) {
    return monthSpan(year, season[0], season[1]);
  }
  const part = /^([QHW])([0-9]{1,2})$/.exec(rest);
  if (part !== null) {
    const number = Number(part[2]);
    if (part[1] === 'W') {
      return weekSpan(year, number);
    }
    const months = part[1] === 'Q' ? 3 : 6;
    return monthSpan(year, (number - 1) * months + 1, number * months);
  }
  const date = /^([0-9]{2})(?:-([0-9]{2}))?/.exec(rest);
  if (date === null) {
    // The year alone, or a month of XX.
    return monthSpan(year, 1, 12);
  }
  const month = Number(date[1]);
  if (date[2] === undefined) {
    return monthSpan(year, month, month);
  }
  const day = daysFromCivil(year, month, Number(date[2]));
  return { first: day, last: day };
}

/**
 * The days a TIMEX3 value refers to, or undefined for a value with no place on the
 * calendar: a duration, a reference, or a point (or an interval's point) whose
 * year has an `X`. The caller has checked that `value` is a TIMEX3 value.
 */
export function timexDays(value: string): DaySpan | undefined {
  if (value.startsWith('P') || value.endsWith('_REF')) {
    return undefined;
  }
  const slash = value.indexOf('/');
  if (slash === -1) {
    return pointDays(value);
  }
  const from = pointDays(value.slice(0, slash));
  const to = pointDays(value.slice(slash + 1));
  return from === undefined || to === undefined ? undefined : { first: from.first, last: Math.max(from.last, to.last) };
}

/** A day counted from 1970-01-01, as `YYYY-MM-DD`. */
export function dayLabel(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
