/**
 * The engine of `readArabicDate`: finds the date phrases of Arabic news in a
 * text and reads each one, or leaves it out where it does not fix a day.
 *
 * Phrases are matched on the normalized text (src/internal/text/normalize.ts:
 * hamza seats, ة and ى folded, Arabic-Indic digits read as 0–9, whitespace
 * runs made one space) and reported as spans of the original string. Each
 * pattern reads a bounded number of characters around a core (a date, a time
 * stamp, or أمس / اليوم), so the reader is linear in the length of the text.
 */
import { isMark, normalizeText, normalizeWithOffsets } from '../text/normalize.js';
import { daysFromCivil, daysInMonth } from './civil.js';

/**
 * A day of the week, in English.
 *
 * @category Builder
 * @example
 * ```ts
 * import { readArabicDate, type Weekday } from 'ru-tj-news';
 *
 * const day: Weekday | undefined = readArabicDate('الخميس 22 يوليو 2021')[0]?.weekday;
 * day;
 * // => 'thursday'
 * ```
 */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/**
 * Where a date phrase sits in the text that was read.
 *
 * @category Builder
 * @example
 * ```ts
 * import { readArabicDate, type DateEvidence } from 'ru-tj-news';
 *
 * const text = 'دوشنبه، ٢٩ يونيو ٢٠٢٢ (تاس)';
 * const evidence: DateEvidence | undefined = readArabicDate(text)[0]?.evidence;
 * evidence;
 * // => { start: 8, end: 21, text: '٢٩ يونيو ٢٠٢٢' }
 * text.slice(8, 21) === evidence?.text;
 * // => true
 * ```
 */
export interface DateEvidence {
  /** Offset of the phrase's first UTF-16 unit in the text. */
  readonly start: number;
  /** Offset just past the phrase's last UTF-16 unit, as `String.prototype.slice` takes it. */
  readonly end: number;
  /** The phrase, verbatim: `text.slice(start, end)`. */
  readonly text: string;
}

/**
 * One date phrase of an Arabic text, read: what day (or minute) it names, and the words that say so.
 *
 * @category Builder
 * @example
 * ```ts
 * import { readArabicDate, type ArabicDate } from 'ru-tj-news';
 *
 * const [stamp]: readonly ArabicDate[] = readArabicDate('10:51 GMT 09.10.2025');
 * stamp;
 * // => { value: '2025-10-09T10:51:00Z', precision: 'minute', basis: 'stated', evidence: { start: 0, end: 20, text: '10:51 GMT 09.10.2025' } }
 * ```
 */
export interface ArabicDate {
  /** The day the phrase names, `YYYY-MM-DD`, or for a time stamp the UTC minute, `YYYY-MM-DDTHH:mm:00Z`. */
  readonly value: string;
  /** `'minute'` for a time stamp in GMT/UTC, else `'day'`. */
  readonly precision: 'day' | 'minute';
  /** `'stated'` where the phrase writes the date itself; `'inferred'` where it says only أمس or اليوم and the day was worked out from the day of writing. */
  readonly basis: 'stated' | 'inferred';
  /** The words that name the date, and where they are. */
  readonly evidence: DateEvidence;
  /** The weekday the phrase names, which agrees with `value`; absent where it names none. */
  readonly weekday?: Weekday;
  /** `'yesterday'` for أمس, `'today'` for اليوم; absent for a phrase that is not relative to the day of writing. */
  readonly relative?: 'yesterday' | 'today';
  /** For a relative phrase: the day of writing, `YYYY-MM-DD`, that it implies (with a stated date) or was read against. */
  readonly writtenOn?: string;
  /** `'updated'` where the text labels the date as the time of an update (تم التحديث, آخر تحديث). */
  readonly label?: 'updated';
}

/** The weekdays, normalized, by name. */
export const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  الاحد: 'sunday',
  الاثنين: 'monday',
  الثلاثاء: 'tuesday',
  الاربعاء: 'wednesday',
  الخميس: 'thursday',
  الجمعه: 'friday',
  السبت: 'saturday',
};
// getUTCDay() numbering: Sunday is 0.
const WEEKDAY_NAMES: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

// Both month families, normalized: the Gregorian names of Egypt and the Gulf, and the Syriac names of the Levant and Iraq.
export const MONTHS: Readonly<Record<string, number>> = {
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
  'كانون ثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين اول': 10,
  'تشرين الثاني': 11,
  'تشرين ثاني': 11,
  'كانون الاول': 12,
  'كانون اول': 12,
};

/*
 * The pieces the patterns below are written from:
 * - a word boundary: (?<![\p{L}\p{N}]) before, (?![\p{L}\p{N}]) after;
 * - a part of the day that may come before أمس or اليوم (مساء أمس, صباح اليوم, ليلة أمس):
 *   (?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار);
 * - a separator: (?: ?[،,] ?| );
 * - a relative day: [وف]?(?:<part of day> )?(?:يوم )?(امس|اليوم);
 * - where the digits of a date start: where no word, number or decimal point runs into them,
 *   though a conjunction may (و9 أبريل): (?:(?<![\p{L}\p{N}.:/,])|(?<=(?<![\p{L}\p{N}])[وف])).
 */

/** The reader's patterns, compiled on first use: a module that builds them on load could not be tree-shaken. */
interface Patterns {
  /** A calendar date: day, month (or two months that must agree, `أكتوبر/تشرين الأول`), year, and an optional era mark (ء, م). */
  readonly date: RegExp;
  /** Sputnik's stamp: `10:51 GMT 09.10.2025`. */
  readonly stamp: RegExp;
  /** أمس or اليوم, with what may come before them. */
  readonly relativeCore: RegExp;
  /** What may come before a date, each anchored at the date's start, longest first. */
  readonly beforeDate: readonly RegExp[];
  readonly updateLabel: RegExp;
  readonly weekdayAfter: RegExp;
  readonly timeOfDay: RegExp;
  /** What before a date makes it the end of a range (`1-2 يناير`, `بين 1 و2 يناير`, `1 يناير - 3 فبراير`), anchored at the date's start. */
  readonly rangeBefore: RegExp;
  /** What after a date makes it the start of a range (`1 يناير 2025 - 3 فبراير 2025`), anchored at the date's end. */
  readonly rangeAfter: RegExp;
  /** A Hijri era mark after the year (`هـ`, which normalizes to ه, or هجري): the year is not a Gregorian one. */
  readonly hijriAfter: RegExp;
}

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled !== undefined) {
    return compiled;
  }
  // The date starts with a look-ahead for its digit, which changes no match: V8 then skips every other
  // position at once, where the lookbehinds would be tried at each (a twentieth of the time on news text).
  // Literals, not patterns built from the tables: the package builds no pattern at run time
  // (test/supplyChain.test.ts). Each month alternation lists every key of MONTHS, longest first so
  // that a name is never cut short by a shorter one, and each weekday alternation every key of
  // WEEKDAYS; test/readArabicDate.test.ts reads a date in each of them.
  compiled = {
    date: /(?=\d)(?:(?<![\p{L}\p{N}.:/,])|(?<=(?<![\p{L}\p{N}])[وف]))(\d{1,2}) ?((?:كانون الثاني|تشرين الثاني|تشرين الاول|كانون الاول|كانون ثاني|تشرين ثاني|تشرين اول|كانون اول|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|مارس|مايو|شباط|اذار|ايار|تموز|اب))(?: ?\/ ?((?:كانون الثاني|تشرين الثاني|تشرين الاول|كانون الاول|كانون ثاني|تشرين ثاني|تشرين اول|كانون اول|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|مارس|مايو|شباط|اذار|ايار|تموز|اب))| ?\( ?((?:كانون الثاني|تشرين الثاني|تشرين الاول|كانون الاول|كانون ثاني|تشرين ثاني|تشرين اول|كانون اول|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|مارس|مايو|شباط|اذار|ايار|تموز|اب)) ?\))? ?[،,]? ?(\d{4})(?:ء|م)?(?![\p{L}\p{N}])/gu,
    stamp: /(?<![\p{L}\p{N}.:])(\d{1,2}):(\d{2}) (?:gmt|utc) (\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\d)/gu,
    relativeCore:
      /(?<![\p{L}\p{N}])[وف]?(?:(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار) )?(?:يوم )?(امس|اليوم)(?![\p{L}\p{N}])/gu,
    beforeDate: [
      /(?<![\p{L}\p{N}])[وف]?(?:(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار) )?(?:يوم )?(امس|اليوم)(?: ?[،,] ?| )(?:يوم )?((?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))(?: ?[،,] ?| )(?:الموافق )?$/u,
      /(?<![\p{L}\p{N}])[وف]?(?:(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار) )?(?:يوم )?(امس|اليوم)(?: ?[،,] ?| )$/u,
      /(?<![\p{L}\p{N}])()[وف]?(?:يوم )?((?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))(?: ?[،,] ?| )(?:الموافق )?$/u,
    ],
    updateLabel: /(?<![\p{L}\p{N}])(?:تم التحديث|اخر تحديث) ?: ?$/u,
    weekdayAfter: /^(?: ?[،,] ?| )(?:يوم )?((?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))(?![\p{L}\p{N}])/u,
    timeOfDay: /^[وف]?(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار) /u,
    // A dash of any width, or الى / حتى / لغاية ("to", "until"), after a day or a month (and its year);
    // after a day, also و ("1 and 2 January", which names two days, not one).
    rangeBefore:
      /(?:(?<![\p{L}\p{N}:.])\d{1,2} ?(?:[-\u2010-\u2015\u2212]|و|(?<![\p{L}])(?:الي|حتي|لغايه)(?![\p{L}])) ?|(?<![\p{L}\p{N}])(?:كانون الثاني|تشرين الثاني|تشرين الاول|كانون الاول|كانون ثاني|تشرين ثاني|تشرين اول|كانون اول|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|مارس|مايو|شباط|اذار|ايار|تموز|اب)(?: ?[،,]? ?\d{4})? ?(?:[-\u2010-\u2015\u2212] ?|(?:الي|حتي|لغايه) ))$/u,
    rangeAfter: /^ ?(?:[-\u2010-\u2015\u2212]|(?:الي|حتي|لغايه)(?![\p{L}])) ?[وف]?\d{1,2}(?![\p{N}:.])/u,
    hijriAfter: /^ ?(?:ه|هجري|هجريه)(?![\p{L}\p{N}])/u,
  };
  return compiled;
}
const NEXT_WORD = /^ ?([\p{L}\p{N}]+)/u;
const PREVIOUS_WORD = /([\p{L}\p{N}]+) ?$/u;
/** How far before a core the words that qualify it may start; longer than the longest prefix the patterns allow. */
const LOOK_BEHIND = 64;
const LOOK_AHEAD = 32;

const DAY_MS = 86_400_000;

/** A phrase found in the normalized text, before it is mapped back to the original. */
interface Found {
  /** Normalized offsets, end exclusive. */
  readonly from: number;
  readonly to: number;
  /** What the phrase says, or undefined where it cannot be read (it still takes up its words). */
  readonly reading?: Omit<ArabicDate, 'evidence'>;
}

/** UTC epoch milliseconds of a proleptic Gregorian day (whole numbers, a four-digit year), or NaN when the day does not exist. */
export function dayMs(year: number, month: number, day: number): number {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return NaN;
  }
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** `YYYY-MM-DD` of UTC epoch milliseconds. */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The weekday of UTC epoch milliseconds. */
export function weekdayOf(ms: number): Weekday {
  return WEEKDAY_NAMES[new Date(ms).getUTCDay()]!; // getUTCDay() is 0–6
}

/** UTC epoch milliseconds of a valid `YYYY-MM-DD`, or NaN. */
export function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match === null ? NaN : dayMs(Number(match[1]), Number(match[2]), Number(match[3]));
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The month two names agree on, or undefined where they disagree. */
function monthOf(first: string, second: string | undefined): number | undefined {
  const month = MONTHS[first];
  return second === undefined || MONTHS[second] === month ? month : undefined;
}

/** Whether a span overlaps one of `taken`, which is sorted by `from` and does not overlap itself. */
function overlaps(taken: readonly Found[], from: number, to: number): boolean {
  // Binary search for the last span starting before `to`.
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (taken[middle]!.from < to) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low > 0 && taken[low - 1]!.to > from;
}

/** What stands before `at`, up to {@link LOOK_BEHIND} characters, read only from a word boundary. */
function before(text: string, at: number): { readonly window: string; readonly offset: number } {
  let offset = Math.max(0, at - LOOK_BEHIND);
  // Start the window at a word boundary, so that a lookbehind at its edge cannot see half a word as a word start.
  while (offset > 0 && offset < at && /[\p{L}\p{N}]/u.test(text[offset - 1]!)) {
    offset += 1;
  }
  return { window: text.slice(offset, at), offset };
}

/** Reads the calendar dates, with the weekday and أمس / اليوم that may come before each. */
export function readDates(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(patterns().date)) {
    const [core, day, first, second, third, year] = match as unknown as readonly [
      string,
      string,
      string,
      string | undefined,
      string | undefined,
      string,
    ];
    const month = monthOf(first, second ?? third);
    const ms = month === undefined ? NaN : dayMs(Number(year), month, Number(day));
    let from = match.index;
    const to = match.index + core.length;
    const { window, offset } = before(text, from);
    let relativeWord: string | undefined;
    let weekdayWord: string | undefined;
    for (const pattern of patterns().beforeDate) {
      const prefix = pattern.exec(window);
      if (prefix !== null) {
        from = offset + prefix.index;
        relativeWord = prefix[1] === '' ? undefined : prefix[1];
        weekdayWord = prefix[2];
        break;
      }
    }
    const weekday = weekdayWord === undefined ? undefined : WEEKDAYS[weekdayWord];
    const after = text.slice(to, to + LOOK_AHEAD);
    // A date that does not exist, months that disagree, a weekday that contradicts the date, أول أمس
    // ("the day before yesterday"), a range or a Hijri year make the whole phrase unreadable: it is
    // left out, not half read.
    if (
      Number.isNaN(ms) ||
      patterns().rangeBefore.test(window) ||
      patterns().rangeAfter.test(after) ||
      patterns().hijriAfter.test(after) ||
      (weekday !== undefined && weekday !== weekdayOf(ms)) ||
      (relativeWord === 'امس' && PREVIOUS_WORD.exec(text.slice(Math.max(0, from - LOOK_AHEAD), from))?.[1] === 'اول')
    ) {
      found.push({ from, to });
      continue;
    }
    const relative = relativeOf(relativeWord);
    found.push({
      from,
      to,
      reading: {
        value: formatDay(ms),
        precision: 'day',
        basis: 'stated',
        ...(weekday === undefined ? {} : { weekday }),
        ...(relative === undefined
          ? {}
          : { relative, writtenOn: formatDay(ms + (relative === 'yesterday' ? DAY_MS : 0)) }),
      },
    });
  }
  return found;
}

function relativeOf(word: string | undefined): 'yesterday' | 'today' | undefined {
  if (word === 'امس') {
    return 'yesterday';
  }
  return word === 'اليوم' ? 'today' : undefined;
}

/** Whether the أمس of a phrase is part of أول أمس or أمس الأول, "the day before yesterday". */
function isDayBeforeYesterday(text: string, from: number, to: number): boolean {
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, from - LOOK_AHEAD), from));
  const next = NEXT_WORD.exec(text.slice(to, to + LOOK_AHEAD));
  return previous?.[1] === 'اول' || next?.[1] === 'الاول';
}

/** Reads the GMT/UTC time stamps, and the update label that may come before one. */
export function readStamps(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(patterns().stamp)) {
    const [core, hour, minute, day, month, year] = match as unknown as [string, string, string, string, string, string];
    const ms = dayMs(Number(year), Number(month), Number(day));
    const { window, offset } = before(text, match.index);
    const label = patterns().updateLabel.exec(window);
    const from = label === null ? match.index : offset + label.index;
    const to = match.index + core.length;
    if (Number.isNaN(ms) || Number(hour) > 23 || Number(minute) > 59) {
      found.push({ from, to });
      continue;
    }
    found.push({
      from,
      to,
      reading: {
        value: `${formatDay(ms)}T${pad(Number(hour))}:${minute}:00Z`,
        precision: 'minute',
        basis: 'stated',
        ...(label === null ? {} : { label: 'updated' as const }),
      },
    });
  }
  return found;
}

/**
 * Reads أمس and اليوم where no date follows them, against the day of writing:
 * `writtenOn` when the caller gave it, else the one day that every
 * "yesterday, <date>" or "today, <date>" of the text implies. Bare اليوم also
 * means "nowadays", so it is read only with a weekday (اليوم الخميس) or a time
 * of day (صباح اليوم).
 */
function readRelatives(text: string, taken: readonly Found[], writtenOn: number): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(patterns().relativeCore)) {
    const [core, word] = match as unknown as [string, string];
    const from = match.index;
    let to = from + core.length;
    if (overlaps(taken, from, to)) {
      continue;
    }
    const after = text.slice(to, to + LOOK_AHEAD);
    const weekdayMatch = patterns().weekdayAfter.exec(after);
    const weekday = weekdayMatch === null ? undefined : WEEKDAYS[weekdayMatch[1]!];
    if (weekdayMatch !== null) {
      to += weekdayMatch[0].length;
    }
    const relative = relativeOf(word)!; // relativeCore captures only امس or اليوم
    if (relative === 'today' && weekday === undefined && !isTimeOfDayToday(core, after)) {
      continue;
    }
    if (relative === 'yesterday' && isDayBeforeYesterday(text, from, to)) {
      continue;
    }
    if (Number.isNaN(writtenOn)) {
      continue;
    }
    const ms = writtenOn - (relative === 'yesterday' ? DAY_MS : 0);
    if (weekday !== undefined && weekday !== weekdayOf(ms)) {
      continue;
    }
    found.push({
      from,
      to,
      reading: {
        value: formatDay(ms),
        precision: 'day',
        basis: 'inferred',
        ...(weekday === undefined ? {} : { weekday }),
        relative,
        writtenOn: formatDay(writtenOn),
      },
    });
  }
  return found;
}

/**
 * Whether اليوم with no weekday means "today": only after a time of day (صباح اليوم),
 * and not where the next word makes it "the next day" (صباح اليوم التالي) or "the same day" (اليوم نفسه).
 */
function isTimeOfDayToday(core: string, after: string): boolean {
  if (!patterns().timeOfDay.test(core)) {
    return false;
  }
  const next = NEXT_WORD.exec(after)?.[1];
  return next === undefined || !(next.startsWith('ال') || next === 'نفسه' || next === 'ذاته');
}

/** The one day of writing that the text's anchored relative phrases agree on, or NaN. */
function impliedWrittenOn(dates: readonly Found[]): number {
  const days = new Set(dates.flatMap(({ reading }) => (reading?.writtenOn === undefined ? [] : [reading.writtenOn])));
  const [only] = days;
  return days.size === 1 && only !== undefined ? parseDay(only) : NaN;
}

/**
 * Every date phrase of `text` that fixes a day or a minute, in text order.
 * `writtenOn` is UTC epoch milliseconds of the day of writing, or NaN when unknown.
 */
export function readArabicDates(text: string, writtenOn: number): ArabicDate[] {
  // Matched on the fast normalizer's output; the offsets back to `text` are worked out only when
  // something matched (normalizeText and normalizeWithOffsets give the same text, which a property test holds).
  const folded = normalizeText(text);
  const cores = [...readDates(folded), ...readStamps(folded)].sort((left, right) => left.from - right.from);
  // Two cores never overlap: a date ends in a year or an era mark, and a stamp starts with a time.
  const relatives = readRelatives(folded, cores, Number.isNaN(writtenOn) ? impliedWrittenOn(cores) : writtenOn);
  const found = [...cores, ...relatives].filter((date) => date.reading !== undefined);
  if (found.length === 0) {
    return [];
  }
  const offsets = normalizeWithOffsets(text);
  const dates: ArabicDate[] = [];
  for (const { from, to, reading } of found.sort((left, right) => left.from - right.from)) {
    const start = offsets.start[from]!; // from < to <= folded.length: both offsets exist
    let end = offsets.end[to - 1]!;
    // A diacritic written on the last letter belongs to the phrase.
    while (end < text.length && isMark(text.charCodeAt(end))) {
      end += 1;
    }
    const { value, precision, basis, ...rest } = reading!; // filtered above
    dates.push(
      Object.freeze({
        value,
        precision,
        basis,
        evidence: Object.freeze({ start, end, text: text.slice(start, end) }),
        ...rest,
      }),
    );
  }
  return dates;
}
