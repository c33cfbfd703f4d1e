import { assertList, assertOptions } from './internal/args/arguments.js';
import { DAY_MS, parseRange } from './internal/dates/parse.js';
import { layerSource } from './internal/layers/layerRecords.js';
import { type TimeExpressionRecord, timeExpressionRecordsOf } from './internal/layers/timeExpressionRecords.js';
import type { Article, TimeExpression } from './schema.js';
import type { DateBound } from './types.js';

/**
 * A time expression of the text on the {@link timeline}: the words, their TIMEX3
 * value, and the first and last day the value refers to.
 *
 * @category Layers
 * @example
 * ```ts
 * import { articles, timeline, type TimeExpressionEntry } from 'ru-tj-news';
 *
 * const article = {
 *   ...articles[2]!,
 *   timeExpressions: [{ field: 'body' as const, start: 794, end: 812, value: '1992-04-08', basis: 'stated' as const }],
 * };
 * const [entry]: TimeExpressionEntry[] = timeline([article]);
 * [entry?.text, entry?.firstDay, entry?.lastDay];
 * // => ['8 ابريل/نيسان 1992', '1992-04-08', '1992-04-08']
 * ```
 */
export interface TimeExpressionEntry {
  /** What the entry is: always `'time-expression'` here. A later kind of entry (an event) will have its own, so that a `switch` on `kind` tells them apart. */
  readonly kind: 'time-expression';
  /** The first day the value refers to, `YYYY-MM-DD`: `2022-01-01` for `2022`, `2022-01-01` for `2022-01/2022-04`. */
  readonly firstDay: string;
  /** The last day the value refers to, `YYYY-MM-DD`: `2022-12-31` for `2022`, `2022-04-30` for `2022-01/2022-04`. */
  readonly lastDay: string;
  /** The TIMEX3 value, as the record gives it. */
  readonly value: string;
  /** The id of the article the expression is in. */
  readonly article: string;
  /** The field its span is in. */
  readonly field: TimeExpression['field'];
  /** Where its span starts: a UTF-16 offset into the field. */
  readonly start: number;
  /** Where its span ends, exclusive. */
  readonly end: number;
  /** The words of the expression, verbatim. */
  readonly text: string;
  /** `stated` where the words alone give the value; `inferred` where it was resolved against the article's date or context. */
  readonly basis: TimeExpression['basis'];
  /** For an inferred value: the words of the article it rests on. */
  readonly evidence?: string;
}

/**
 * One entry of {@link timeline}. Today every entry is a {@link TimeExpressionEntry}; entries of
 * other kinds (events) may join the union, each with its own `kind`, so switch on `kind`.
 *
 * @category Layers
 * @example
 * ```ts
 * import type { TimelineEntry } from 'ru-tj-news';
 *
 * const describe = (entry: TimelineEntry): string =>
 *   entry.kind === 'time-expression' ? `${entry.firstDay} ${entry.text}` : 'another kind';
 * describe({ kind: 'time-expression', firstDay: '2013-09-23', lastDay: '2013-09-23', value: '2013-09-23', article: 'a', field: 'body', start: 0, end: 4, text: 'text', basis: 'stated' });
 * // => '2013-09-23 text'
 * ```
 */
export type TimelineEntry = TimeExpressionEntry;

/**
 * Options of {@link timeline}: the bounds, both inclusive and optional, as {@link filterByDate} takes them.
 *
 * @category Layers
 * @example
 * ```ts
 * import type { TimelineOptions } from 'ru-tj-news';
 *
 * const before2000: TimelineOptions = { to: '1999-12-31' };
 * before2000.to;
 * // => '1999-12-31'
 * ```
 */
export interface TimelineOptions {
  /** Keeps the entries whose days reach this date or later. A date-only string means the start of that UTC day. */
  readonly from?: DateBound | undefined;
  /** Keeps the entries whose days start on this date or earlier. A date-only string means the end of that UTC day. */
  readonly to?: DateBound | undefined;
}

/** The entry of a placed record, whose days are given. */
function entryOf(record: TimeExpressionRecord, firstDay: string, lastDay: string): TimeExpressionEntry {
  return {
    kind: 'time-expression',
    firstDay,
    lastDay,
    value: record.value,
    article: record.article,
    field: record.field,
    start: record.start,
    end: record.end,
    text: record.text,
    basis: record.basis,
    ...(record.evidence === undefined ? {} : { evidence: record.evidence }),
  };
}

/**
 * Lists the dates the articles mention, in the order of the dates they refer to: the history the texts tell.
 *
 * Every time expression whose value has a place on the calendar is an entry:
 * a year, month or day (`2024`, `2022-05`, `2013-09-23`), a part of day or a
 * time (on its day), a season, quarter, half or ISO week, or an interval of
 * these (`2022-01/2022-04`). A duration (`P30Y`) and a vague reference
 * (`PAST_REF`) are left out: they name no date. An `X` (a digit the text
 * leaves open) cuts the value at the part it stands in: `2025-XX-01` is placed
 * as the year 2025; a value whose year has an `X` (`XXXX-09-01`, a day of an
 * unnamed year) is left out. Each entry gives the first and last day its value
 * refers to (`firstDay`, `lastDay`; a season by the meteorological months of
 * the northern hemisphere, winter running from December into February), and
 * the article, span, value and words.
 *
 * The order: by `firstDay`; on the same first day, the longer span first (a
 * year before the month it starts with, a month before its first day); then
 * in article order, then in text order. `from` and `to` keep the entries whose
 * days overlap the range, both inclusive, read as {@link filterByDate} reads
 * them: a date-only bound covers its whole UTC day, and an entry's days are
 * UTC days. An article without a `timeExpressions` layer (it is optional in
 * the schema) has none. The input is not changed.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `from` and/or `to`.
 * @returns A new array of entries, earliest first.
 * @throws {InvalidDateError} When a bound cannot be read, or `from` is later than `to`.
 * @throws {InvalidQueryError} When an argument has the wrong type, or an option is unknown.
 * @throws {InvalidRecordError} When an article's `timeExpressions` is malformed: not a list, a span outside its field, a value that is not TIMEX3.
 * @category Layers
 * @example
 * ```ts
 * import { getArticle, timeline } from 'ru-tj-news';
 *
 * // The 2022-09-14 article, with three of its time expressions.
 * const article = {
 *   ...getArticle('2022-09-14-lavrov-model-partnership-alliance')!,
 *   timeExpressions: [
 *     { field: 'body' as const, start: 794, end: 812, value: '1992-04-08', basis: 'stated' as const },
 *     { field: 'body' as const, start: 1752, end: 1756, value: '2021', basis: 'stated' as const },
 *     { field: 'body' as const, start: 1859, end: 1901, value: '2022-01/2022-04', basis: 'stated' as const },
 *   ],
 * };
 * timeline([article]).map((entry) => `${entry.firstDay}…${entry.lastDay} ${entry.text}`);
 * // => ['1992-04-08…1992-04-08 8 ابريل/نيسان 1992', '2021-01-01…2021-12-31 2021', '2022-01-01…2022-04-30 من يناير/كانون الثاني إلى ابريل/نيسان 2022']
 * // The entries whose days overlap the range.
 * timeline([article], { from: '2021-06-01', to: '2022-02-28' }).map((entry) => entry.value);
 * // => ['2021', '2022-01/2022-04']
 * ```
 * @example
 * ```ts
 * import { articles, timeline } from 'ru-tj-news';
 *
 * // A duration and a vague reference name no date: they are not on the timeline.
 * const article = {
 *   ...articles[1]!,
 *   timeExpressions: [
 *     { field: 'body' as const, start: 185, end: 218, value: '2022-06-28', basis: 'stated' as const },
 *     { field: 'body' as const, start: 840, end: 859, value: 'P30Y', basis: 'stated' as const },
 *   ],
 * };
 * timeline([article]).map((entry) => entry.value);
 * // => ['2022-06-28']
 * ```
 */
export function timeline(list: readonly Article[], options: TimelineOptions = {}): TimelineEntry[] {
  assertList(list);
  assertOptions(options, ['from', 'to'], 'the timeline options');
  const range = parseRange(options.from, options.to);
  const placed: { readonly entry: TimeExpressionEntry; readonly first: number; readonly last: number }[] = [];
  list.forEach((article, index) => {
    for (const record of timeExpressionRecordsOf(layerSource(article, index))) {
      const { days, firstDay, lastDay } = record;
      // The days overlap the range when the first one's first millisecond is not after `to`, and the last one's last not before `from`.
      if (
        days !== undefined &&
        firstDay !== undefined &&
        lastDay !== undefined &&
        days.first * DAY_MS <= range.to &&
        (days.last + 1) * DAY_MS - 1 >= range.from
      ) {
        placed.push({ entry: entryOf(record, firstDay, lastDay), first: days.first, last: days.last });
      }
    }
  });
  // Array.prototype.sort is stable: entries that tie keep their article and text order.
  return placed.sort((left, right) => left.first - right.first || right.last - left.last).map(({ entry }) => entry);
}
