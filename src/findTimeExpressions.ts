import { InvalidDateError, InvalidQueryError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { parseDay } from './internal/dates/arabicDates.js';
import { findTimes } from './internal/dates/timeExpressions.js';

/**
 * Options of {@link findTimeExpressions}.
 *
 * @category Builder
 * @example
 * ```ts
 * import { findTimeExpressions, type FindTimeExpressionsOptions } from 'ru-tj-news';
 *
 * const options: FindTimeExpressionsOptions = { writtenOn: '2025-10-09', evidence: '10:51 GMT 09.10.2025' };
 * findTimeExpressions('في العام الماضي', options);
 * // => [{ start: 3, end: 15, value: '2024', basis: 'inferred', evidence: '10:51 GMT 09.10.2025' }]
 * ```
 */
export interface FindTimeExpressionsOptions {
  /**
   * The day the text was written, `YYYY-MM-DD` (an article's `publishedAt.slice(0, 10)`):
   * relative and yearless expressions (أمس, `العام الماضي`, `الأول من سبتمبر`) are resolved
   * against it. Without it, they keep an `X` for every digit it would give.
   */
  readonly writtenOn?: string | undefined;
  /**
   * The words of the article that the day of writing rests on (a record's `date.evidence`),
   * quoted as the `evidence` of every value resolved against `writtenOn`, as an article's
   * `timeExpressions` layer requires. Needs `writtenOn`.
   */
  readonly evidence?: string | undefined;
}

/**
 * A time expression that {@link findTimeExpressions} found: the span of its words, its TIMEX3
 * value, and what the value rests on. With a `field`, it is an entry of an article's
 * `timeExpressions` ({@link TimeExpression}).
 *
 * @category Builder
 * @example
 * ```ts
 * import { findTimeExpressions, type FoundTimeExpression } from 'ru-tj-news';
 *
 * const text = 'وقعت المعاهدة في 15 مايو 1992.';
 * const [treaty]: readonly FoundTimeExpression[] = findTimeExpressions(text);
 * treaty;
 * // => { start: 17, end: 29, value: '1992-05-15', basis: 'stated' }
 * text.slice(treaty!.start, treaty!.end);
 * // => '15 مايو 1992'
 * ```
 */
export interface FoundTimeExpression {
  /** Offset of the span's first UTF-16 unit. */
  readonly start: number;
  /** Offset just past its last UTF-16 unit, as `String.prototype.slice` takes it. */
  readonly end: number;
  /** The TIMEX3 value the words refer to: `2013-09-23`, `2022-01/2022-04`, `2025-10-08TEV`, `P30Y`, `PAST_REF`; an `X` for a digit left open. */
  readonly value: string;
  /** `'inferred'` where the value was resolved against `writtenOn` or an earlier expression of the text; else `'stated'`. */
  readonly basis: 'stated' | 'inferred';
  /** For an inferred value: the words it rests on (`options.evidence`, or the earlier expression); absent where none was given. */
  readonly evidence?: string;
}

const OPTION_KEYS = ['writtenOn', 'evidence'] as const;

/**
 * Finds every expression of an Arabic text that refers to a time, and gives each its TIMEX3 value.
 *
 * It reads, after the normalization every helper shares (so Arabic-Indic and Latin
 * digits, and every hamza and ta marbuta spelling, are alike):
 * - **dates**, every form {@link readArabicDate} reads (`8 أكتوبر/تشرين الأول 2025`, with a
 *   weekday, after `يوم أمس`, Sputnik's time stamp), a part of the day before them giving the
 *   value's part (`مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025` is `2025-10-08TEV`); a day
 *   written as an ordinal (`الأول من سبتمبر`); a month and year (`أكتوبر/تشرين الأول 2022` is
 *   `2022-10`); a day or a month with no year (`8 أكتوبر`, `16 مايو/أيار الماضي`, `أوائل يونيو`);
 *   a month alone where `شهر` or a word such as `في` comes before it;
 * - **years**: after `عام` or `سنة` (`عام 2024`), or four digits alone after `في`, `منذ`,
 *   `بحلول` and their kin (`في 2019`);
 * - **ranges**: of days, months or years (`1-3 يناير 2025`, `الفترة من يناير إلى أبريل 2022` is
 *   `2022-01/2022-04`, `للفترة 2025 - 2027` is `2025/2027`, `بين عامي 2020 و2022`), and parts of a
 *   year (`الأشهر السبعة الأولى من هذا العام`, `النصف الأول من العام`, `الربع الثالث من عام 2024`);
 * - **relative expressions**: `أمس`, `أول أمس`, `غدا`, `اليوم` with a weekday or a part of the day
 *   (`اليوم الخميس`, `صباح اليوم`), `هذا العام`, `العام الماضي`, `الشهر المقبل`, `الأسبوع الماضي`
 *   (an ISO week), `النصف الثاني من اليوم` (the day's afternoon); and "the same" year, month, day or
 *   period as the expression before (`نفس العام`, `الفترة نفسها من عام 2021`), which takes its value,
 *   `basis: 'inferred'`, quoting it as `evidence`;
 * - **parts of the day** alone or with a weekday (`مساء`, `صباحا`, `مساء الأربعاء`), whose day stays open;
 * - **durations**: a number in digits or words and a unit (`ثلاثين عاما` is `P30Y`,
 *   `الـ 30 عاما الماضية`, `السنوات الـ 30 الماضية`, `خمس سنوات`, `ساعتين` is `PT2H`), or a
 *   plural with no number after ل, `عدة` or `منذ` (`لسنوات` is `PXY`, `لقرون` is `PXCE`);
 * - **vague references**: `وقت سابق`, `مؤخرا` (`PAST_REF`), `حاليا`, `الوقت الراهن`, `الآن` and bare
 *   `اليوم`, which means today or nowadays, both the present (`PRESENT_REF`), `في المستقبل`,
 *   `لاحقا`, `أسرع وقت ممكن` (`FUTURE_REF`).
 *
 * A span is whole words: it starts where a word starts and ends where one ends, so a clitic
 * written onto its first word (`واليوم الخميس`, `بعام 2020`, `للفترة 2025 - 2027`) is inside it,
 * and a preposition written apart (`في`, `منذ`, `بحلول`, `على مدى`) is not; the words that join a
 * range (`من … إلى`, `بين … و`) are. Where two readings overlap, the leftmost wins, then the
 * longest, so the spans never overlap.
 *
 * A relative or yearless expression is resolved against `options.writtenOn` (a yearless date
 * falls in the year of writing; with `الماضي` in the last such month before the month of writing,
 * with `المقبل` in the first after it) and is then `basis: 'inferred'`, quoting `options.evidence`.
 * Without `writtenOn` it keeps an `X` for each digit the day of writing would give
 * (`XXXX-09-01`, `XXXX` for `العام الماضي`) and is `'stated'`: the value says only what the words
 * say. A weekday that contradicts the day an expression resolves to leaves it open.
 *
 * Not read: a weekday alone (it may be last week's or next week's), clock times other than the
 * time stamp, Hijri dates, frequencies (`سنوي`, `على أساس منتظم`), and a phrase that does not
 * place a time itself (`اليوم التالي`, `بعد ذلك`). Every value passes `TimexValueSchema`.
 *
 * The text is normalized once and read by a fixed set of patterns, compiled on the first call,
 * each a single pass: the time grows with the length of the text.
 *
 * @param text - The text to read: an article's title or body.
 * @param options - The day of writing and the words it rests on; see {@link FindTimeExpressionsOptions}.
 * @returns The expressions, in text order, frozen. Offsets are UTF-16 offsets into `text`.
 * @throws {InvalidQueryError} When `text` is not a string, `options` is not an object of the
 * known options, or `evidence` is not a non-blank string or is given without `writtenOn`.
 * @throws {InvalidDateError} When `options.writtenOn` is not a valid `YYYY-MM-DD` day.
 * @category Builder
 * @example
 * ```ts
 * import { findTimeExpressions } from 'ru-tj-news';
 *
 * const text = 'زادت التجارة في عام 2021، وفي الفترة من يناير إلى أبريل 2022 بنسبة 15 بالمائة على مدى ثلاثين عاما.';
 * findTimeExpressions(text).map(({ start, end, value }) => [text.slice(start, end), value]);
 * // => [['عام 2021', '2021'], ['الفترة من يناير إلى أبريل 2022', '2022-01/2022-04'], ['ثلاثين عاما', 'P30Y']]
 * ```
 * @example
 * ```ts
 * import { findTimeExpressions } from 'ru-tj-news';
 *
 * // Relative expressions are resolved against the day of writing, and quote what it rests on.
 * const text = 'التقيا في الأول من سبتمبر، ويلتقيان في النصف الثاني من اليوم.';
 * const options = { writtenOn: '2025-10-09', evidence: 'مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025' };
 * findTimeExpressions(text, options).map(({ start, end, value, basis }) => [text.slice(start, end), value, basis]);
 * // => [['الأول من سبتمبر', '2025-09-01', 'inferred'], ['النصف الثاني من اليوم', '2025-10-09TAF', 'inferred']]
 * // Without the day of writing, they keep an X for each digit it would give.
 * findTimeExpressions(text).map(({ value, basis }) => [value, basis]);
 * // => [['XXXX-09-01', 'stated'], ['XXXX-XX-XXTAF', 'stated']]
 * ```
 * @example
 * ```ts
 * import { findTimeExpressions } from 'ru-tj-news';
 *
 * // "The same year" takes its value from the date before it, and quotes it.
 * const text = 'وقعت المعاهدة في 15 مايو 1992. وفي نفس العام انضمت إليها ست دول.';
 * findTimeExpressions(text)[1];
 * // => { start: 35, end: 44, value: '1992', basis: 'inferred', evidence: '15 مايو 1992' }
 * ```
 */
export function findTimeExpressions(
  text: string,
  options?: FindTimeExpressionsOptions,
): readonly FoundTimeExpression[] {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  let writtenOn = NaN;
  let evidence: string | undefined;
  if (options !== undefined) {
    assertOptions(options, OPTION_KEYS, 'findTimeExpressions options');
    const given: unknown = options.writtenOn;
    if (given !== undefined) {
      writtenOn = typeof given === 'string' ? parseDay(given) : NaN;
      if (Number.isNaN(writtenOn)) {
        throw new InvalidDateError(
          `Invalid writtenOn ${describeValue(given)}: expected the day of writing as 'YYYY-MM-DD', such as '2025-10-09' (an article's publishedAt.slice(0, 10))`,
          given,
        );
      }
    }
    const quote: unknown = options.evidence;
    if (quote !== undefined) {
      if (typeof quote !== 'string' || quote.trim() === '') {
        throw new InvalidQueryError(
          `Invalid evidence ${describeValue(quote)}: expected the words the day of writing rests on, such as a record's date.evidence`,
          quote,
        );
      }
      if (given === undefined) {
        throw new InvalidQueryError(
          `Invalid evidence ${describeValue(quote)} without writtenOn: expected writtenOn too, the day the evidence fixes`,
          quote,
        );
      }
      evidence = quote;
    }
  }
  return Object.freeze(findTimes(text, writtenOn, evidence).map((found) => Object.freeze(found)));
}
