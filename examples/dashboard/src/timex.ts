/**
 * The calendar side of a TIMEX3 value, for drawing it: the first and last day it covers, and an English
 * reading of it. The package's `timeline` gives these days for events and time expressions; a figure's
 * `period` is read here, with the same rule: a year or a month covers all of itself, a day with a part of
 * day (`2025-10-08TEV`) its whole day, an interval (`2022-01/2022-04`) its whole span. A value the
 * calendar cannot place (`PAST_REF`, a duration `P30Y`, a season) has no days.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}(?::\d{2})?)?))?$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days one point value covers: `[first, last]`, or undefined if the calendar cannot place it. */
function pointDays(value: string): [Day, Day] | undefined {
  const match = POINT.exec(value);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day] = match;
  if (day !== undefined) {
    return [`${year!}-${month!}-${day}`, `${year!}-${month!}-${day}`];
  }
  if (month !== undefined) {
    return [`${year!}-${month}-01`, `${year!}-${month}-${pad(lastDayOfMonth(Number(year), Number(month)))}`];
  }
  return [`${year!}-01-01`, `${year!}-12-31`];
}

/** The first and last day a TIMEX3 value covers, or undefined where the calendar cannot place it. */
export function timexDays(value: string): [Day, Day] | undefined {
  const parts = value.split('/');
  if (parts.length === 2) {
    const from = pointDays(parts[0]!);
    const to = pointDays(parts[1]!);
    return from === undefined || to === undefined ? undefined : [from[0], to[1]];
  }
  return parts.length === 1 ? pointDays(value) : undefined;
}

const PART_OF_DAY: Readonly<Record<string, string>> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A point value in English: `2025-10-08TEV` is "8 October 2025, evening". */
function readPoint(value: string): string {
  const match = POINT.exec(value);
  if (match === null) {
    return value;
  }
  const [, year, month, day] = match;
  const part = /T([A-Z]{2})$/.exec(value)?.[1];
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  const date =
    monthName === undefined
      ? year!
      : day === undefined
        ? `${monthName} ${year!}`
        : `${Number(day)} ${monthName} ${year!}`;
  return part === undefined || PART_OF_DAY[part] === undefined ? date : `${date}, ${PART_OF_DAY[part]}`;
}

/** A TIMEX3 value in English, for labels: "9 October 2025", "January 2022 to April 2022", "2024". */
export function readTimex(value: string): string {
  const parts = value.split('/');
  return parts.length === 2 ? `${readPoint(parts[0]!)} to ${readPoint(parts[1]!)}` : readPoint(value);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export const dayNumber = (day: Day): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
