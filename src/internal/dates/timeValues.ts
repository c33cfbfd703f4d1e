/**
 * The TIMEX3 values of the time-expression finder: a year, month, ISO week or day counted from
 * the day of writing, a yearless date placed in a year, and, where the day of writing is not
 * known, the same value with `X` for every digit that it would give (`XXXX-09-01`, `XXXX-XX-XX`).
 */
import { daysFromCivil, daysInMonth } from './civil.js';

const DAY_MS = 86_400_000;

/** The day of writing, read: its year, month (1–12), day and UTC epoch milliseconds; undefined when unknown. */
export interface Anchor {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly ms: number;
}

/** The anchor of UTC epoch milliseconds of a day, or undefined for NaN. */
export function anchorOf(ms: number): Anchor | undefined {
  if (Number.isNaN(ms)) {
    return undefined;
  }
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ms };
}

export const pad = (value: number): string => String(value).padStart(2, '0');

/** The year `offset` years from the day of writing: `2024` for -1 in 2025, or `XXXX`. */
export function yearFrom(anchor: Anchor | undefined, offset: number): string {
  return anchor === undefined ? 'XXXX' : String(anchor.year + offset);
}

/** The month `offset` months from the day of writing: `2025-09`, or `XXXX-XX`. */
export function monthFrom(anchor: Anchor | undefined, offset: number): string {
  if (anchor === undefined) {
    return 'XXXX-XX';
  }
  const count = anchor.year * 12 + anchor.month - 1 + offset;
  return `${Math.floor(count / 12)}-${pad((count % 12) + 1)}`;
}

/** `YYYY-MM-DD` of UTC epoch milliseconds. */
export function dayOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `offset` days from the day of writing, or `XXXX-XX-XX`. */
export function dayFrom(anchor: Anchor | undefined, offset: number): string {
  return anchor === undefined ? 'XXXX-XX-XX' : dayOfMs(anchor.ms + offset * DAY_MS);
}

/** The ISO 8601 week `offset` weeks from the day of writing (`2025-W41`), or `XXXX-WXX`. */
export function weekFrom(anchor: Anchor | undefined, offset: number): string {
  if (anchor === undefined) {
    return 'XXXX-WXX';
  }
  const ms = anchor.ms + offset * 7 * DAY_MS;
  // The ISO week belongs to the year of its Thursday: Monday is 1, Sunday 7.
  const weekday = new Date(ms).getUTCDay() || 7;
  const thursday = new Date(ms + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - daysFromCivil(year, 1, 1) * DAY_MS) / DAY_MS);
  return `${year}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** Whether `day` is a day of `month` in some year (the 29th of February is). */
export function dayCanExist(month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(2000, month);
}

/**
 * The year of a yearless month (and day) placed against the day of writing: with `which` 'past'
 * (مايو الماضي), the last such month before the month of writing; 'next' (المقبل), the first after
 * it; otherwise the year of writing. Undefined where the day of writing is not known.
 */
export function yearOfYearless(
  anchor: Anchor | undefined,
  month: number,
  which: 'past' | 'next' | undefined,
): number | undefined {
  if (anchor === undefined) {
    return undefined;
  }
  if (which === 'past') {
    return month < anchor.month ? anchor.year : anchor.year - 1;
  }
  if (which === 'next') {
    return month > anchor.month ? anchor.year : anchor.year + 1;
  }
  return anchor.year;
}

/** The value of a yearless month or day: `2025-09-01`, or `XXXX-09-01` without a year; undefined for a day the year lacks. */
export function yearlessValue(year: number | undefined, month: number, day: number | undefined): string | undefined {
  const yearText = year === undefined ? 'XXXX' : String(year);
  if (day === undefined) {
    return `${yearText}-${pad(month)}`;
  }
  if (year !== undefined && day > daysInMonth(year, month)) {
    return undefined;
  }
  return `${yearText}-${pad(month)}-${pad(day)}`;
}
