import { InvalidDateError, InvalidQueryError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { type ArabicDate, parseDay, readArabicDates } from './internal/dates/arabicDates.js';

export type { ArabicDate, DateEvidence, Weekday } from './internal/dates/arabicDates.js';

/**
 * Options of {@link readArabicDate}.
 *
 * @category Builder
 * @example
 * ```ts
 * import { readArabicDate, type ReadArabicDateOptions } from 'ru-tj-news';
 *
 * const options: ReadArabicDateOptions = { writtenOn: '2021-07-22' };
 * readArabicDate('أعلن، اليوم الخميس، أن', options)[0]?.value;
 * // => '2021-07-22'
 * ```
 */
export interface ReadArabicDateOptions {
  /**
   * The day the text was written, `YYYY-MM-DD`, as the writer's calendar has it:
   * أمس and اليوم with no date of their own are read against it. Without it, they
   * are read against the one day of writing that the text's own "yesterday,
   * <date>" phrases imply, if there is one.
   */
  readonly writtenOn?: string | undefined;
}

/**
 * Finds the date phrases of an Arabic text and reads each to the day (or UTC minute) it names.
 *
 * It reads, after the normalization every helper shares (so Arabic-Indic and
 * Latin digits, and every hamza and ta marbuta spelling, are alike):
 * - a day, a month and a four-digit year, in either month family (`8 أكتوبر 2025`,
 *   `8 تشرين الأول 2025`), or both, joined by a slash or in brackets
 *   (`أكتوبر/تشرين الأول`, `أيلول (سبتمبر)`), which must name the same month;
 *   a trailing Urdu `ء` or Arabic `م` after the year belongs to the phrase;
 * - a weekday before the date (`الخميس 22 يوليو 2021`, `يوم الخميس، الموافق …`),
 *   which must be the date's weekday;
 * - أمس ("yesterday") or اليوم ("today") before a date, perhaps after a time
 *   of day (`مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025`): the date is
 *   stated, and `writtenOn` is the day of writing that the phrase implies;
 * - أمس, or اليوم with a weekday or a time of day (`اليوم الخميس`,
 *   `صباح اليوم`), with no date of their own: read against
 *   `options.writtenOn`, or else against the one day of writing that the
 *   text's dated "yesterday" and "today" phrases agree on; `basis` is then
 *   `'inferred'`;
 * - Sputnik's time stamp `10:51 GMT 09.10.2025` (day.month.year, GMT or UTC),
 *   to the minute, and `تم التحديث:` or `آخر تحديث:` before one, which sets
 *   `label: 'updated'`.
 *
 * Where a phrase is ambiguous it gives nothing rather than a guess: a date
 * with no year or no day, a day that does not exist (`31 فبراير 2024`), two
 * months that disagree, a weekday that contradicts the date (the whole phrase
 * is then left out, not its date alone), أول أمس ("the day before
 * yesterday"), bare اليوم (which also means "nowadays"), a time with no time
 * zone, numeric dates other than the stamp (`09/10/2025` is read differently
 * in different countries), and أمس or اليوم when the day of writing is not
 * known. A range names no one day, so neither of its ends is read: `1-2 يناير 2025`,
 * `بين 1 و2 يناير 2025`, `من 1 إلى 3 يناير 2025`, `1 يناير 2025 - 3 فبراير 2025`
 * (a dash before a time, `9 أكتوبر 2025 - 10:51`, is no range). Hijri dates are
 * not read, and a year marked as Hijri (`3 آب 1447 هـ`, `1447 هجرية`) is never
 * read as a Gregorian one.
 *
 * @param text - The text to read: a dateline, a paragraph, a whole article.
 * @param options - See {@link ReadArabicDateOptions}.
 * @returns The readings, in text order, frozen. Each `evidence` is a span of `text`
 * in UTF-16 offsets, and `evidence.text === text.slice(evidence.start, evidence.end)`.
 * @throws {InvalidQueryError} When `text` is not a string, or `options` is not an
 * object of the known options.
 * @throws {InvalidDateError} When `options.writtenOn` is not a valid `YYYY-MM-DD` day.
 * @category Builder
 * @example
 * ```ts
 * import { readArabicDate } from 'ru-tj-news';
 *
 * readArabicDate('(پاکستان پوائنٹ نیوز / سبوتنيك - 22 يوليو 2021ء)').map((date) => [date.value, date.evidence.text]);
 * // => [['2021-07-22', '22 يوليو 2021ء']]
 * readArabicDate('٢٩ يونيو ٢٠٢٢')[0]?.value;
 * // => '2022-06-29'
 * readArabicDate('10:51 GMT 09.10.2025 (تم التحديث: 10:58 GMT 09.10.2025)').map((date) => [date.value, date.label]);
 * // => [['2025-10-09T10:51:00Z', undefined], ['2025-10-09T10:58:00Z', 'updated']]
 * ```
 * @example
 * ```ts
 * import { readArabicDate } from 'ru-tj-news';
 *
 * // "yesterday evening, Wednesday 8 October" fixes the day of writing, and "today, Thursday" is read against it.
 * const text = 'التقى الرئيسان مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025. ويتضمن جدول أعمال اليوم الخميس المراسم الرسمية.';
 * const [yesterday, today] = readArabicDate(text);
 * [yesterday?.value, yesterday?.relative, yesterday?.writtenOn, yesterday?.evidence.text];
 * // => ['2025-10-08', 'yesterday', '2025-10-09', 'مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025']
 * [today?.value, today?.basis, today?.weekday, today?.evidence.text];
 * // => ['2025-10-09', 'inferred', 'thursday', 'اليوم الخميس']
 * ```
 * @example
 * ```ts
 * import { readArabicDate } from 'ru-tj-news';
 *
 * // Ambiguous or impossible phrases give nothing.
 * readArabicDate('الجمعة 22 يوليو 2021'); // 22 July 2021 was a Thursday
 * // => []
 * readArabicDate('31 فبراير 2024');
 * // => []
 * readArabicDate('أكتوبر/تشرين الثاني 2025 و8 أكتوبر');
 * // => []
 * readArabicDate('قال اليوم الخميس'); // no day of writing to read it against
 * // => []
 * readArabicDate('قال اليوم الخميس', { writtenOn: '2025-10-09' })[0]?.value;
 * // => '2025-10-09'
 * ```
 */
export function readArabicDate(text: string, options?: ReadArabicDateOptions): readonly ArabicDate[] {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  let writtenOn = NaN;
  if (options !== undefined) {
    assertOptions(options, ['writtenOn'], 'readArabicDate options');
    const given: unknown = options.writtenOn;
    if (given !== undefined) {
      writtenOn = typeof given === 'string' ? parseDay(given) : NaN;
      if (Number.isNaN(writtenOn)) {
        throw new InvalidDateError(
          `Invalid writtenOn ${describeValue(given)}: expected the day of writing as 'YYYY-MM-DD', such as '2025-10-09'`,
          given,
        );
      }
    }
  }
  return Object.freeze(readArabicDates(text, writtenOn));
}
