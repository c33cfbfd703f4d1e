/**
 * Reads the dates that Arabic news writes, to check that each record's date
 * evidence really says what `publishedAt` says. Normalize first (digits, hamza),
 * then look months up in our own table, both month families.
 */
import { normalizeText } from '../../src/internal/text/normalize.js';

const MONTHS: Readonly<Record<string, number>> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
};

// getUTCDay() numbering: Sunday is 0.
const WEEKDAYS: Readonly<Record<string, number>> = {
  الاحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};

/** What a phrase of Arabic text says about a date. */
export interface DateClaim {
  /** A calendar date, `YYYY-MM-DD`, where the phrase gives one. */
  readonly date?: string;
  /** A UTC time, `HH:mm`, where the phrase gives one. */
  readonly time?: string;
  /** A weekday (0 = Sunday) where the phrase names one. */
  readonly weekday?: number;
  /** Days from the phrase's date to the day of writing: 1 for "yesterday" (أمس), else 0. */
  readonly daysBeforeWriting: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function monthOf(words: string): number | undefined {
  const months = words.split('/').map((word) => MONTHS[word.trim()]);
  const [first] = months;
  return first !== undefined && months.every((month) => month === first) ? first : undefined;
}

/** Reads the date, time, weekday and "yesterday" that a phrase states. */
export function readDateClaim(phrase: string): DateClaim {
  const text = normalizeText(phrase);
  const claim: { date?: string; time?: string; weekday?: number; daysBeforeWriting: number } = {
    daysBeforeWriting: /(^|\s)امس(\s|$)/.test(text) ? 1 : 0,
  };
  const stamp = /(\d{1,2}):(\d{2}) gmt (\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  if (stamp) {
    const [, hour, minute, day, month, year] = stamp;
    claim.date = `${year}-${month}-${day}`;
    claim.time = `${pad(Number(hour))}:${minute}`;
  } else {
    const written = /(\d{1,2}) ([^\d]+?) ?(\d{4})/.exec(text);
    const month = written?.[2] === undefined ? undefined : monthOf(written[2]);
    if (written && month !== undefined) {
      claim.date = `${written[3]}-${pad(month)}-${pad(Number(written[1]))}`;
    }
  }
  for (const word of text.split(/[^\p{L}]+/u)) {
    const weekday = WEEKDAYS[word.replace(/^و/, '')] ?? WEEKDAYS[word];
    if (weekday !== undefined) {
      claim.weekday = weekday;
    }
  }
  return claim;
}
