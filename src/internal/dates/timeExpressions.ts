/**
 * The engine of `findTimeExpressions`: finds every expression of an Arabic text that refers to a
 * time and gives each its TIMEX3 value (timex.ts), resolved against the day of writing where it
 * is relative to it.
 *
 * The text is normalized once (normalizeToOffsetBuffer, the mention finder's normalizer, with its
 * offsets); the dates that readArabicDate reads come from its own readers (arabicDates.ts), and
 * the other forms from the patterns of timePatterns.ts, compiled once: each is found by a literal
 * scan for its core, and tried only at the few word starts before each hit (see TimePattern),
 * so the time grows with the text. Where two candidates overlap, the leftmost wins, then the longest, so
 * the spans never overlap. A date that readArabicDate finds and refuses (a weekday that
 * contradicts it, a Hijri year) keeps its words, so that no part of it is read. Then "the same
 * year" (نفس العام) and its kin take their value from the expression before them, and the
 * spans are mapped back to the original string.
 */
import { charLengthAt, isMark, normalizeToOffsetBuffer, unitsToString } from '../text/normalize.js';
import { MONTHS, readDates, readStamps, weekdayOf, WEEKDAYS } from './arabicDates.js';
import { type TimePattern, timePatterns } from './timePatterns.js';
import {
  type Anchor,
  anchorOf,
  dayCanExist,
  dayFrom,
  monthFrom,
  pad,
  weekFrom,
  yearFrom,
  yearlessValue,
  yearOfYearless,
} from './timeValues.js';
import { timexProblem } from './timex.js';

/** One time expression found: a span of the text, its TIMEX3 value, and what the value rests on. */
export interface TimeFound {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly basis: 'stated' | 'inferred';
  readonly evidence?: string;
}

/** An expression that takes its value from the one before it: the same year, month, day or period. */
interface Same {
  readonly unit: 'year' | 'month' | 'day' | 'period';
  /** The year it names, where it names one (`الفترة نفسها من عام 2021`). */
  readonly year?: YearRead;
}

/** A year expression read: its digits (or `XXXX`), and whether they rest on the day of writing. */
interface YearRead {
  readonly value: string;
  readonly relative: boolean;
}

/** A candidate span of the normalized text. */
interface Candidate {
  readonly from: number;
  readonly to: number;
  /** Which wins between two spans with the same bounds: the lower. */
  readonly rank: number;
  /** The value; absent for words that hold a date the finder will not read, which only take up their place. */
  readonly value?: string;
  /** Whether the value rests on the day of writing. */
  readonly relative?: boolean;
  readonly same?: Same;
}

const DAY_MS = 86_400_000;

const PART_CODES: Readonly<Record<string, string>> = {
  صباح: 'MO',
  صباحا: 'MO',
  فجر: 'MO',
  فجرا: 'MO',
  ظهر: 'AF',
  ظهرا: 'AF',
  ظهيره: 'AF',
  عصر: 'AF',
  عصرا: 'AF',
  مساء: 'EV',
  مساءا: 'EV',
  ليله: 'NI',
  ليل: 'NI',
  ليلا: 'NI',
  نهار: 'DT',
  نهارا: 'DT',
};

const ORDINALS: Readonly<Record<string, number>> = {
  الاول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
  'الحادي عشر': 11,
  'الثاني عشر': 12,
  'الثالث عشر': 13,
  'الرابع عشر': 14,
  'الخامس عشر': 15,
  'السادس عشر': 16,
  'السابع عشر': 17,
  'الثامن عشر': 18,
  'التاسع عشر': 19,
  العشرين: 20,
  'الحادي والعشرين': 21,
  'الثاني والعشرين': 22,
  'الثالث والعشرين': 23,
  'الرابع والعشرين': 24,
  'الخامس والعشرين': 25,
  'السادس والعشرين': 26,
  'السابع والعشرين': 27,
  'الثامن والعشرين': 28,
  'التاسع والعشرين': 29,
  الثلاثين: 30,
  'الحادي والثلاثين': 31,
};

const UNIT_NUMBERS: Readonly<Record<string, number>> = {
  واحد: 1,
  احد: 1,
  احدي: 1,
  اثنين: 2,
  اثنان: 2,
  اثنتين: 2,
  اثنتان: 2,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمانيه: 8,
  ثمان: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  مايه: 100,
  ميه: 100,
  مايتين: 200,
  ميتين: 200,
  مايتي: 200,
  ميتي: 200,
};

const TENS: Readonly<Record<string, number>> = {
  عشر: 20,
  ثلاث: 30,
  اربع: 40,
  خمس: 50,
  ست: 60,
  سبع: 70,
  ثمان: 80,
  تسع: 90,
};

/** Each unit word: its ISO 8601 designator, whether it is a time (after `T`), and the count of a dual. */
const UNITS: Readonly<Record<string, readonly [designator: string, time: boolean, dual?: number]>> = {
  عاما: ['Y', false],
  عامين: ['Y', false, 2],
  عام: ['Y', false],
  اعوام: ['Y', false],
  سنوات: ['Y', false],
  سنين: ['Y', false],
  سنتين: ['Y', false, 2],
  سنه: ['Y', false],
  شهرا: ['M', false],
  شهرين: ['M', false, 2],
  شهر: ['M', false],
  اشهر: ['M', false],
  شهور: ['M', false],
  اسبوعا: ['W', false],
  اسبوعين: ['W', false, 2],
  اسبوع: ['W', false],
  اسابيع: ['W', false],
  يوما: ['D', false],
  يومين: ['D', false, 2],
  يوم: ['D', false],
  ايام: ['D', false],
  ساعات: ['H', true],
  ساعتين: ['H', true, 2],
  ساعه: ['H', true],
  دقايق: ['M', true],
  دقيقتين: ['M', true, 2],
  دقيقه: ['M', true],
  قرنا: ['CE', false],
  قرنين: ['CE', false, 2],
  قرن: ['CE', false],
  قرون: ['CE', false],
  عقدا: ['DE', false],
  عقدين: ['DE', false, 2],
  عقد: ['DE', false],
  عقود: ['DE', false],
};

/** Words before a month name alone that make it a month, not the verb مارس or a name. */
const MONTH_LEADS = ['في', 'خلال', 'منذ', 'حتي', 'من', 'الي', 'قبل', 'بعد', 'طوال', 'بحلول', 'لغايه'];
/** Words before four digits alone that make them a year. */
const YEAR_LEADS = [
  'في',
  'منذ',
  'حتي',
  'بحلول',
  'قبل',
  'بعد',
  'خلال',
  'مطلع',
  'اوايل',
  'اواخر',
  'منتصف',
  'بدايه',
  'نهايه',
];
/** Words before a plural of time with no number that make it a duration (منذ سنوات, طوال أشهر). */
const DURATION_LEADS = ['منذ', 'طوال', 'طيله', 'خلال', 'مدي', 'مده', 'لمده', 'عبر'];

/** A letter or digit of the normalized text (which holds no marks). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MONTH_NAMES_SPLIT = /[/()]/;
const FOUR_DIGITS = /\d{4}/;
const STARTS_WITH_YEAR = /^[0-9X]{4}(?:$|[-/T])/;
const STARTS_WITH_MONTH = /^[0-9X]{4}-(?:0[1-9]|1[0-2]|XX)(?:$|[-/T])/;
const STARTS_WITH_DAY = /^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}(?:$|[/T])/;
const STARTS_WITH_POINT = /^[0-9X]{4}-/;
const STARTS_WITH_DIGITS = /^\d{4}/;
const isWordChar = (text: string, index: number): boolean => WORD_CHAR.test(text.charAt(index));

/** The word just before `from` (across one space), or ''. */
function previousWord(text: string, from: number): string {
  const end = text.charAt(from - 1) === ' ' ? from - 1 : from;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) {
    start -= 1;
  }
  return text.slice(start, end);
}

/** The word just after `to` (across one space), or ''. */
function nextWord(text: string, to: number): string {
  const start = text.charAt(to) === ' ' ? to + 1 : to;
  let end = start;
  while (end < text.length && isWordChar(text, end)) {
    end += 1;
  }
  return text.slice(start, end);
}

/** The month a month phrase names (`يونيو/حزيران`, `أيلول (سبتمبر)`), or undefined where its names disagree. */
function monthOfPhrase(phrase: string): number | undefined {
  let month: number | undefined;
  for (const part of phrase.split(MONTH_NAMES_SPLIT)) {
    const name = part.trim();
    if (name !== '') {
      const named = MONTHS[name];
      if (named === undefined || (month !== undefined && named !== month)) {
        return undefined;
      }
      month = named;
    }
  }
  return month;
}

/** The number a count names: digits (`30`, `1.5`) or words (`ثلاثين`, `خمس وعشرين`, `خمس عشرة`). */
function numberOf(count: string): number | undefined {
  if (count.charCodeAt(0) >= 0x30 && count.charCodeAt(0) <= 0x39) {
    return Number(count.replace(',', '.'));
  }
  const teen = count.indexOf(' عشر');
  if (teen > 0) {
    const unit = UNIT_NUMBERS[count.slice(0, teen)];
    return unit === undefined ? undefined : unit + 10;
  }
  const join = count.indexOf(' و');
  if (join > 0) {
    const unit = UNIT_NUMBERS[count.slice(0, join)];
    const ten = numberOf(count.slice(join + 2).trim());
    return unit === undefined || ten === undefined || ten < 20 ? undefined : unit + ten;
  }
  if (count.endsWith('ين') || count.endsWith('ون')) {
    const ten = TENS[count.slice(0, -2)];
    if (ten !== undefined) {
      return ten;
    }
  }
  return UNIT_NUMBERS[count];
}

/** A duration of `count` units of `unit`: `P30Y`, `PT2H`, `PXY`. */
function durationValue(count: number | 'X', unit: string): string | undefined {
  const known = UNITS[unit];
  if (known === undefined || (count !== 'X' && !(count > 0))) {
    return undefined;
  }
  const [designator, time] = known;
  return `P${time ? 'T' : ''}${count}${designator}`;
}

/** -1 for a word that points back (الماضي, السابق), 1 forward (المقبل, القادم), 0 for now (الحالي, الجاري, هذا). */
function offsetOf(word: string): number {
  if (word.includes('الماضي') || word.includes('المنصرم') || word.includes('السابق') || word.includes('الفايت')) {
    return -1;
  }
  return word.includes('المقبل') || word.includes('القادم') ? 1 : 0;
}

/** A year expression (`عام 2021`, `هذا العام`, `العام الماضي`, `العام`) read against the day of writing. */
function readYear(expression: string, anchor: Anchor | undefined): YearRead {
  const digits = FOUR_DIGITS.exec(expression);
  if (digits !== null) {
    return { value: digits[0], relative: false };
  }
  return { value: yearFrom(anchor, offsetOf(expression)), relative: true };
}

/** Whether a range's opening word fits its joining word: من … إلى, بين … و, or a dash alone. */
function connectorFits(opener: string | undefined, connector: string): boolean {
  if (opener === 'من') {
    return connector === 'الي' || connector === 'حتي' || connector === 'لغايه';
  }
  if (opener === 'بين') {
    return connector === 'و';
  }
  return connector !== 'و';
}

/** The state of one scan: the normalized text, the day of writing and the candidates found so far. */
interface Scan {
  readonly text: string;
  readonly anchor: Anchor | undefined;
  readonly found: Candidate[];
  /** The hits of each core scanned so far, by core: a core that patterns share is scanned once. */
  readonly hits: Map<RegExp, readonly number[]>;
}

type Groups = readonly (string | undefined)[];

/** Whether the unit at `index` of the normalized text is a letter or digit; the common ones without a pattern. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
    return true;
  }
  return code > 0x7f && code !== 0x060c && isWordChar(text, index);
}

/** Where the word holding `index` starts. */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && isWordAt(text, start - 1)) {
    start -= 1;
  }
  return start;
}

/** Where the word before the one that starts at `start` starts, or -1 where there is none. */
function previousWordStart(text: string, start: number): number {
  let at = start - 1;
  while (at >= 0 && !isWordAt(text, at)) {
    at -= 1;
  }
  return at < 0 ? -1 : wordStart(text, at);
}

/**
 * Runs a pattern over the text (see TimePattern): at each hit of its core, it is tried
 * at the start of the core's word and of up to `before` words before it, and each match is
 * handed, with its groups, to `read`. Hits come in text order, and the starts tried for a hit
 * run without a gap back from its word, so a start at or before the last one tried for an
 * earlier hit has been tried: the walk back stops there.
 */
function each(
  scan: Scan,
  { pattern, core, before }: TimePattern,
  rank: number,
  read: (groups: Groups, from: number, to: number) => Omit<Candidate, 'from' | 'to' | 'rank'> | undefined,
): void {
  const { text } = scan;
  let tried = -1;
  const tryAt = (start: number): void => {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match !== null) {
      const to = start + match[0].length;
      const candidate = read(match, start, to);
      if (candidate !== undefined) {
        scan.found.push({ from: start, to, rank, ...candidate });
      }
    }
  };
  const atHit = (hit: number): void => {
    const last = wordStart(text, hit);
    let start = last;
    for (let words = 0; start > tried; words += 1) {
      tryAt(start);
      if (words === before) {
        break;
      }
      start = previousWordStart(text, start);
    }
    tried = Math.max(tried, last);
  };
  let hits = scan.hits.get(core);
  if (hits === undefined) {
    const found: number[] = [];
    core.lastIndex = 0;
    for (let hit = core.exec(text); hit !== null; hit = core.exec(text)) {
      found.push(hit.index);
    }
    scan.hits.set(core, found);
    hits = found;
  }
  for (const hit of hits) {
    atHit(hit);
  }
}

const hijriAfter = (scan: Scan, to: number): boolean => timePatterns().hijriAfter.test(scan.text.slice(to, to + 12));

/** The dates and time stamps readArabicDate reads, and the ones it refuses, which keep their words. */
function readFullDates(scan: Scan): void {
  const { text } = scan;
  for (const { from, to, reading } of readDates(text)) {
    // A conjunction glued to the day (و9 أبريل) belongs to the word, and so to the span.
    const start = from > 0 && isWordChar(text, from - 1) ? from - 1 : from;
    if (reading === undefined) {
      scan.found.push({ from: start, to, rank: 0 });
      continue;
    }
    const part = timePatterns().leadingPart.exec(text.slice(from, to))?.[1];
    scan.found.push({
      from: start,
      to,
      rank: 0,
      value: part === undefined ? reading.value : `${reading.value}T${PART_CODES[part]!}`, // leadingPart captures a key of PART_CODES
    });
  }
  for (const { from, to, reading } of readStamps(text)) {
    // A stamp that runs into a word is not whole words.
    if (isWordChar(text, to)) {
      continue;
    }
    let start = from;
    // An update label (تم التحديث:) says what the time is, and is not part of it.
    while (start < to && !(text.charCodeAt(start) >= 0x30 && text.charCodeAt(start) <= 0x39)) {
      start += 1;
    }
    scan.found.push(
      reading === undefined ? { from, to, rank: 0 } : { from: start, to, rank: 0, value: reading.value.slice(0, 16) },
    );
  }
}

function readRanges(scan: Scan): void {
  const { anchor } = scan;
  each(scan, timePatterns().dayOrMonthRange, 1, (groups, _from, to) => {
    const [, , opener, day1, phrase1, year1, monthPhrase1, monthYear1, connector, day2, phrase2, monthPhrase2, year2] =
      groups;
    if (!connectorFits(opener, connector!) || hijriAfter(scan, to)) {
      return undefined;
    }
    // آب (August) is also أب, "father": with no other month name, a range needs a year.
    const phrases = [phrase1, monthPhrase1, phrase2, monthPhrase2].filter((phrase) => phrase !== undefined);
    if (
      phrases.every((phrase) => phrase === 'اب') &&
      year1 === undefined &&
      monthYear1 === undefined &&
      year2 === undefined
    ) {
      return undefined;
    }
    let startMonth: number | undefined;
    let endMonth: number | undefined;
    let startYear: string | undefined;
    if (day1 === undefined) {
      // From a month to a month.
      if (monthPhrase1 === undefined || monthPhrase2 === undefined) {
        return undefined;
      }
      startMonth = monthOfPhrase(monthPhrase1);
      endMonth = monthOfPhrase(monthPhrase2);
      startYear = monthYear1;
    } else {
      // From a day to a day: the month of the end is the start's where the start names none.
      if (day2 === undefined || phrase2 === undefined || (phrase1 === undefined && year1 !== undefined)) {
        return undefined;
      }
      endMonth = monthOfPhrase(phrase2);
      startMonth = phrase1 === undefined ? endMonth : monthOfPhrase(phrase1);
      startYear = year1;
    }
    if (startMonth === undefined || endMonth === undefined) {
      return undefined;
    }
    const [startDay, endDay] = day1 === undefined ? [undefined, undefined] : [Number(day1), Number(day2)];
    if (
      (startDay !== undefined && !dayCanExist(startMonth, startDay)) ||
      (endDay !== undefined && !dayCanExist(endMonth, endDay))
    ) {
      return undefined;
    }
    // A range that runs into the next year (ديسمبر - فبراير), or within one month backwards, which is no range.
    const crosses = endMonth < startMonth;
    if (!crosses && endMonth === startMonth && startDay !== undefined && endDay < startDay) {
      return undefined;
    }
    const relative = startYear === undefined && year2 === undefined;
    let firstYear = startYear === undefined ? undefined : Number(startYear);
    let lastYear = year2 === undefined ? undefined : Number(year2);
    if (relative) {
      firstYear = yearOfYearless(anchor, startMonth, undefined);
    }
    if (firstYear === undefined && lastYear !== undefined) {
      firstYear = crosses ? lastYear - 1 : lastYear;
    } else if (lastYear === undefined && firstYear !== undefined) {
      lastYear = crosses ? firstYear + 1 : firstYear;
    }
    const [first, last] = [firstYear, lastYear].map((year) => (year === undefined ? 'XXXX' : String(year))) as [
      string,
      string,
    ];
    if (startDay === undefined) {
      return { value: `${first}-${pad(startMonth)}/${last}-${pad(endMonth)}`, relative };
    }
    return {
      value: `${first}-${pad(startMonth)}-${pad(startDay)}/${last}-${pad(endMonth)}-${pad(endDay)}`,
      relative,
    };
  });
  each(scan, timePatterns().yearRange, 1, (groups, _from, to) => {
    const [, , opener, first, connector, last] = groups;
    if (
      !connectorFits(opener, connector!) ||
      (connector === '/' && opener !== undefined) ||
      Number(first) >= Number(last) ||
      hijriAfter(scan, to)
    ) {
      return undefined;
    }
    return { value: `${first!}/${last!}` };
  });
}

function readMonths(scan: Scan): void {
  const { anchor, text } = scan;
  each(scan, timePatterns().month, 2, (groups, from, to) => {
    const [, day, ordinal, modifier, monthWord, phrase, year1, year2, placed] = groups;
    const month = monthOfPhrase(phrase!);
    const year = year1 ?? year2;
    const pair = phrase!.includes('/') || phrase!.includes('(');
    if (month === undefined || (year !== undefined && hijriAfter(scan, to))) {
      return undefined;
    }
    // آب (August) is also أب, "father": alone, it is a month only after شهر or beside its other name.
    if (phrase === 'اب' && monthWord === undefined && year === undefined) {
      return undefined;
    }
    const bare =
      day === undefined &&
      ordinal === undefined &&
      modifier === undefined &&
      monthWord === undefined &&
      year === undefined &&
      placed === undefined &&
      !pair;
    if (bare && !MONTH_LEADS.includes(previousWord(text, from))) {
      return undefined;
    }
    const dayNumber = day === undefined ? (ordinal === undefined ? undefined : ORDINALS[ordinal]) : Number(day);
    if (dayNumber !== undefined && !dayCanExist(month, dayNumber)) {
      return undefined;
    }
    if (year !== undefined) {
      const value = yearlessValue(Number(year), month, dayNumber);
      return value === undefined ? undefined : { value };
    }
    const offset = placed === undefined ? 0 : offsetOf(placed);
    const placedYear = yearOfYearless(anchor, month, offset < 0 ? 'past' : offset > 0 ? 'next' : undefined);
    // A day the year of writing lacks (29 February) stays open.
    const value = yearlessValue(placedYear, month, dayNumber) ?? yearlessValue(undefined, month, dayNumber);
    return value === undefined ? undefined : { value, relative: true };
  });
}

function readYears(scan: Scan): void {
  const { anchor, text } = scan;
  each(scan, timePatterns().yearWord, 3, (groups, _from, to) =>
    hijriAfter(scan, to) ? undefined : { value: groups[2]! },
  );
  each(scan, timePatterns().bareYear, 3, (groups, from, to) => {
    const [, year, era] = groups;
    const number = Number(year);
    if (
      number < 1800 ||
      number > 2199 ||
      (era === '' && !YEAR_LEADS.includes(previousWord(text, from))) ||
      hijriAfter(scan, to)
    ) {
      return undefined;
    }
    return { value: year! };
  });
  each(scan, timePatterns().relativeUnit, 3, (groups) => {
    const [, , thisUnit, placedUnit, placed] = groups;
    const unit = thisUnit ?? placedUnit!;
    const offset = placed === undefined ? 0 : offsetOf(placed);
    const value =
      unit === 'شهر'
        ? monthFrom(anchor, offset)
        : unit === 'اسبوع'
          ? weekFrom(anchor, offset)
          : yearFrom(anchor, offset);
    return { value, relative: true };
  });
  each(scan, timePatterns().sameUnit, 3, (groups) => {
    const [, unit1, unit2, yearExpression] = groups;
    const unit = unit1 ?? unit2!;
    const same: Same = {
      unit: unit === 'شهر' ? 'month' : unit === 'يوم' ? 'day' : unit === 'فتره' ? 'period' : 'year',
      ...(yearExpression === undefined ? {} : { year: readYear(yearExpression, anchor) }),
    };
    return { same };
  });
  each(scan, timePatterns().partOfYear, 3, (groups) => {
    const [, count, firstOrLast, half, quarter, of] = groups;
    if (of!.endsWith('يوم')) {
      // The first or second half of the day (of writing): its morning or its afternoon.
      return half === undefined
        ? undefined
        : { value: `${dayFrom(anchor, 0)}T${half === 'اول' ? 'MO' : 'AF'}`, relative: true };
    }
    const year = readYear(of!, anchor);
    let value: string;
    if (count !== undefined) {
      const months = numberOf(count);
      if (months === undefined || !Number.isInteger(months) || months < 1 || months > 12) {
        return undefined;
      }
      value =
        firstOrLast === 'اولي'
          ? `${year.value}-01/${year.value}-${pad(months)}`
          : `${year.value}-${pad(13 - months)}/${year.value}-12`;
    } else if (half !== undefined) {
      value = `${year.value}-H${half === 'اول' ? 1 : 2}`;
    } else {
      value = `${year.value}-Q${quarter === 'اول' ? 1 : quarter === 'ثاني' ? 2 : quarter === 'ثالث' ? 3 : 4}`;
    }
    return { value, relative: year.relative };
  });
}

const DAY_OFFSETS: Readonly<Record<string, number>> = {
  'اول امس': -2,
  'امس الاول': -2,
  امس: -1,
  اليوم: 0,
  غدا: 1,
  غد: 1,
  الغد: 1,
  'بعد غد': 2,
};

function readDays(scan: Scan): void {
  const { anchor, text } = scan;
  each(scan, timePatterns().relativeDay, 4, (groups, _from, to) => {
    const [, part, dayWord, word, weekday] = groups;
    const named = part !== undefined || weekday !== undefined;
    if (word === 'اليوم' && !named) {
      // Bare اليوم means today or nowadays, and either is the present; but not in اليوم التالي ("the next day").
      const next = nextWord(text, to);
      return dayWord !== undefined || next.startsWith('ال') || next === 'نفسه' || next === 'ذاته'
        ? undefined
        : { value: 'PRESENT_REF' };
    }
    // غد and الغد alone may mean "the future": tomorrow only after يوم or a part of the day.
    if ((word === 'غد' || word === 'الغد') && dayWord === undefined && part === undefined) {
      return undefined;
    }
    const offset = DAY_OFFSETS[word!]!; // relativeDay captures only the keys of DAY_OFFSETS
    let value = dayFrom(anchor, offset);
    // A weekday that contradicts the day leaves it open.
    if (anchor !== undefined && weekday !== undefined && WEEKDAYS[weekday] !== weekdayOf(anchor.ms + offset * DAY_MS)) {
      value = dayFrom(undefined, 0);
    }
    return { value: part === undefined ? value : `${value}T${PART_CODES[part]!}`, relative: true };
  });
  each(scan, timePatterns().partOfDay, 4, (groups) => {
    const [, part, , adverb] = groups;
    return { value: `${dayFrom(undefined, 0)}T${PART_CODES[(part ?? adverb)!]!}` };
  });
}

function readDurations(scan: Scan): void {
  const { text } = scan;
  each(scan, timePatterns().duration, 5, (groups) => {
    const [, digits, words, unit] = groups;
    const value = durationValue(numberOf((digits ?? words)!) ?? 0, unit!); // one of the two alternatives matched
    return value === undefined ? undefined : { value };
  });
  each(scan, timePatterns().definiteDuration, 5, (groups) => {
    const [, unit, count] = groups;
    const value = durationValue(numberOf(count!) ?? 0, unit!);
    return value === undefined ? undefined : { value };
  });
  each(scan, timePatterns().vagueDuration, 5, (groups, from) => {
    const [match, quantifier, unit] = groups;
    const dual = UNITS[unit!]?.[2];
    if (dual !== undefined) {
      const value = durationValue(dual, unit!);
      return value === undefined ? undefined : { value };
    }
    // A plural of time with no number is a duration after ل (لسنوات), عدة or بضع, or a word such as منذ.
    const clitics = match!.slice(
      0,
      match!.length - unit!.length - (quantifier === undefined ? 0 : quantifier.length + 1),
    );
    if (quantifier === undefined && !clitics.includes('ل') && !DURATION_LEADS.includes(previousWord(text, from))) {
      return undefined;
    }
    const value = durationValue('X', unit!);
    return value === undefined ? undefined : { value };
  });
}

function readReferences(scan: Scan): void {
  const { text } = scan;
  each(scan, timePatterns().reference, 6, (groups, from) => {
    const words = groups[0]!;
    // المستقبل and الماضي alone are "the future" and "the past" as times only after في.
    if ((words.endsWith('المستقبل') || words.endsWith('الماضي')) && previousWord(text, from) !== 'في') {
      return undefined;
    }
    let value = 'PAST_REF';
    if (['مستقبل', 'لاحق', 'قريبا', 'المقبل', 'القادم', 'اسرع', 'اقرب'].some((word) => words.includes(word))) {
      value = 'FUTURE_REF';
    } else if (['حالي', 'راهن', 'حاضر', 'الان'].some((word) => words.includes(word))) {
      value = 'PRESENT_REF';
    }
    return { value };
  });
}

/** The candidates that do not overlap, leftmost first, then longest, then of the lower rank. */
function choose(found: Candidate[]): Candidate[] {
  found.sort((left, right) => left.from - right.from || right.to - left.to || left.rank - right.rank);
  const chosen: Candidate[] = [];
  let end = 0;
  for (const candidate of found) {
    if (candidate.from >= end) {
      chosen.push(candidate);
      end = candidate.to;
    }
  }
  return chosen;
}

/** The part of an earlier value that "the same" unit takes: its year, month or day, or the whole period. */
function sameValue(same: Same, earlier: string): string | undefined {
  if (same.unit === 'year') {
    return STARTS_WITH_YEAR.test(earlier) ? earlier.slice(0, 4) : undefined;
  }
  if (same.unit === 'month') {
    return STARTS_WITH_MONTH.test(earlier) ? earlier.slice(0, 7) : undefined;
  }
  if (same.unit === 'day') {
    return STARTS_WITH_DAY.test(earlier) ? earlier.slice(0, 10) : undefined;
  }
  // A period: the months or days of the earlier one, in the year named, if one is.
  if (!STARTS_WITH_POINT.test(earlier)) {
    return undefined;
  }
  if (same.year === undefined) {
    return earlier;
  }
  const [first, last] = earlier.split('/') as [string, string | undefined];
  if (same.year.value === 'XXXX' || !STARTS_WITH_DIGITS.test(first)) {
    return [first, last]
      .filter((point) => point !== undefined)
      .map((point) => `XXXX${point.slice(4)}`)
      .join('/');
  }
  const shift = Number(same.year.value) - Number(first.slice(0, 4));
  const moved = (point: string): string => `${Number(point.slice(0, 4)) + shift}${point.slice(4)}`;
  return last === undefined ? moved(first) : `${moved(first)}/${STARTS_WITH_DIGITS.test(last) ? moved(last) : last}`;
}

/**
 * Every time expression of `text`, in text order. `writtenOn` is UTC epoch milliseconds of the
 * day of writing, or NaN when unknown; `evidence` is what a value resolved against it quotes.
 */
export function findTimes(text: string, writtenOn: number, evidence: string | undefined): TimeFound[] {
  const { units, starts, length } = normalizeToOffsetBuffer(text);
  const folded = unitsToString(units, 0, length);
  const scan: Scan = { text: folded, anchor: anchorOf(writtenOn), found: [], hits: new Map() };
  readFullDates(scan);
  readRanges(scan);
  readMonths(scan);
  readYears(scan);
  readDays(scan);
  readDurations(scan);
  readReferences(scan);
  const chosen = choose(scan.found);

  // Offsets back into `text`, while the shared buffers still hold this text: nothing above normalizes again.
  const spans = chosen.map(({ from, to }) => {
    const start = starts[from]!; // from < to <= length
    const last = starts[to - 1]!;
    let end = last + charLengthAt(text, last);
    // A diacritic written on the last letter belongs to the span.
    while (end < text.length && isMark(text.charCodeAt(end))) {
      end += 1;
    }
    return [start, end] as const;
  });

  const times: TimeFound[] = [];
  /** The expressions so far, for "the same year": their values and words. */
  const earlier: { readonly value: string; readonly words: string }[] = [];
  chosen.forEach((candidate, index) => {
    const [start, end] = spans[index]!; // one span per candidate
    let { value } = candidate;
    let basis: TimeFound['basis'] = 'stated';
    let quote: string | undefined;
    if (candidate.same !== undefined) {
      const { same } = candidate;
      let before: (typeof earlier)[number] | undefined;
      for (let at = earlier.length - 1; at >= 0 && before === undefined; at -= 1) {
        before = sameValue(same, earlier[at]!.value) === undefined ? undefined : earlier[at]; // at < earlier.length
      }
      if (before === undefined) {
        // Nothing to take it from: the year it names, if any, or a value left open.
        value =
          same.unit === 'period'
            ? same.year?.value
            : same.unit === 'year'
              ? 'XXXX'
              : same.unit === 'month'
                ? 'XXXX-XX'
                : 'XXXX-XX-XX';
        if (same.year?.relative === true && !value!.includes('X')) {
          basis = 'inferred';
          quote = evidence;
        }
      } else {
        value = sameValue(same, before.value);
        if (!value!.includes('X')) {
          basis = 'inferred';
          quote = before.words;
        }
      }
    } else if (candidate.relative === true && value !== undefined && !value.includes('X')) {
      basis = 'inferred';
      quote = evidence;
    }
    if (value === undefined || timexProblem(value) !== undefined) {
      return;
    }
    const words = text.slice(start, end);
    earlier.push({ value, words });
    times.push({ start, end, value, basis, ...(quote === undefined ? {} : { evidence: quote }) });
  });
  return times;
}
