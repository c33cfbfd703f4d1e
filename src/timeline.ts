import { events as shippedEvents } from './data/events.js';
import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, optionOr } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { recordIssue } from './internal/args/recordIssue.js';
import { DAY_MS, parseRange } from './internal/dates/parse.js';
import { timexProblem } from './internal/dates/timex.js';
import { dayLabel, type DaySpan, timexDays } from './internal/dates/timexDays.js';
import { selectEvents } from './internal/events/selectEvents.js';
import { layerSource } from './internal/layers/layerRecords.js';
import { type TimeExpressionRecord, timeExpressionRecordsOf } from './internal/layers/timeExpressionRecords.js';
import type { Article, EventType, NewsEvent, TimeExpression } from './schema.js';
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
 * const [entry] = timeline([article], { kinds: ['time-expression'] }).filter(
 *   (candidate): candidate is TimeExpressionEntry => candidate.kind === 'time-expression',
 * );
 * [entry?.text, entry?.firstDay, entry?.lastDay];
 * // => ['8 ابريل/نيسان 1992', '1992-04-08', '1992-04-08']
 * ```
 */
export interface TimeExpressionEntry {
  /** What the entry is: always `'time-expression'` here; an {@link EventEntry} is `'event'`, so that a `switch` on `kind` tells them apart. */
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
 * An event of the registry on the {@link timeline}: a happening that the given articles report
 * (one of its mentions names one of them), whose date has days.
 *
 * @category Layers
 * @example
 * ```ts
 * import { articles, timeline, type EventEntry } from 'ru-tj-news';
 *
 * const talks = timeline(articles, { kinds: ['event'] }).find(
 *   (entry): entry is EventEntry => entry.kind === 'event' && entry.id === 'putin-rahmon-talks-2025-10-09',
 * );
 * [talks?.firstDay, talks?.type, talks?.status, talks?.articles.length];
 * // => ['2025-10-09', 'talks', 'reported', 2]
 * ```
 */
export interface EventEntry {
  /** What the entry is: always `'event'`. */
  readonly kind: 'event';
  /** The first day the event's date refers to, `YYYY-MM-DD`, as a time expression's. */
  readonly firstDay: string;
  /** The last day the event's date refers to, `YYYY-MM-DD`: `2025-10-09` for `2025-10-08/2025-10-09`. */
  readonly lastDay: string;
  /** The TIMEX3 value of the event's date, as the registry gives it. */
  readonly value: string;
  /** `stated` where the words give the date; `inferred` where it was resolved against the article's date or context. */
  readonly basis: NewsEvent['date']['basis'];
  /** The event's id in the registry: `eventsOf` and `events` give the rest of it. */
  readonly id: string;
  /** The event's type. */
  readonly type: EventType;
  /** `reported` (it happened) or `announced` (planned when written). */
  readonly status: NewsEvent['status'];
  /** The ids of the given articles that report it, in the order of the list: two for a happening two articles tell of. */
  readonly articles: readonly string[];
}

/**
 * One entry of {@link timeline}: a {@link TimeExpressionEntry} or an {@link EventEntry}. Both
 * have `firstDay`, `lastDay` and `value`; switch on `kind` for the rest.
 *
 * @category Layers
 * @example
 * ```ts
 * import type { TimelineEntry } from 'ru-tj-news';
 *
 * const describe = (entry: TimelineEntry): string =>
 *   entry.kind === 'time-expression' ? `${entry.firstDay} ${entry.text}` : `${entry.firstDay} ${entry.id}`;
 * describe({ kind: 'time-expression', firstDay: '2013-09-23', lastDay: '2013-09-23', value: '2013-09-23', article: 'a', field: 'body', start: 0, end: 4, text: 'text', basis: 'stated' });
 * // => '2013-09-23 text'
 * describe({ kind: 'event', firstDay: '1992-04-08', lastDay: '1992-04-08', value: '1992-04-08', basis: 'stated', id: 'relations', type: 'diplomatic-recognition', status: 'reported', articles: ['a'] });
 * // => '1992-04-08 relations'
 * ```
 */
export type TimelineEntry = TimeExpressionEntry | EventEntry;

/** The kinds of {@link TimelineEntry}, in the order the timeline puts them on the same days. */
const KINDS = ['event', 'time-expression'] as const;

/**
 * Options of {@link timeline}: the bounds, both inclusive and optional, as {@link filterByDate} takes them;
 * the kinds of entry to list; and the event registry.
 *
 * @category Layers
 * @example
 * ```ts
 * import type { TimelineOptions } from 'ru-tj-news';
 *
 * const eventsBefore2000: TimelineOptions = { to: '1999-12-31', kinds: ['event'] };
 * eventsBefore2000.to;
 * // => '1999-12-31'
 * ```
 */
export interface TimelineOptions {
  /** Keeps the entries whose days reach this date or later. A date-only string means the start of that UTC day. */
  readonly from?: DateBound | undefined;
  /** Keeps the entries whose days start on this date or earlier. A date-only string means the end of that UTC day. */
  readonly to?: DateBound | undefined;
  /** The kinds of entry to list: `['event']`, `['time-expression']`, or both (the default). */
  readonly kinds?: readonly TimelineEntry['kind'][] | undefined;
  /** The event registry whose events the articles report. Defaults to the shipped `events`; pass `[]` for none. */
  readonly events?: readonly NewsEvent[] | undefined;
}

/** An entry with its days as numbers, and the index of the (first) article it comes from, for the order. */
interface Placed {
  readonly entry: TimelineEntry;
  readonly days: DaySpan;
  readonly article: number;
}

/** Reads the `kinds` option: both kinds when it is not given. */
function kindsOf(kinds: unknown): ReadonlySet<TimelineEntry['kind']> {
  if (kinds === undefined) {
    return new Set(KINDS);
  }
  if (
    !Array.isArray(kinds) ||
    kinds.length === 0 ||
    kinds.some((kind: unknown) => !(KINDS as readonly unknown[]).includes(kind))
  ) {
    throw new InvalidQueryError(
      `Expected kinds to be a non-empty array of ${KINDS.map((kind) => `"${kind}"`).join(' and ')}, got ${describeValue(kinds)}`,
      kinds,
    );
  }
  return new Set(kinds as readonly TimelineEntry['kind'][]);
}

/** The days of an event's date, or undefined when it has none; throws {@link InvalidRecordError} for a date that is not TIMEX3. */
function eventDays(event: NewsEvent, index: number): DaySpan | undefined {
  const date: unknown = (event as { readonly date?: unknown }).date;
  const value = typeof date === 'object' && date !== null ? (date as { readonly value?: unknown }).value : undefined;
  const problem = timexProblem(value);
  if (problem !== undefined) {
    throw recordIssue(index, ['date', 'value'], `${problem}, got ${describeValue(value)}`, 'events');
  }
  return timexDays(value as string);
}

/** The event entries of the events the articles of `list` report, with days. */
function eventEntries(list: readonly Article[], registry: readonly NewsEvent[]): Placed[] {
  const selected = selectEvents(list, registry, {
    type: undefined,
    status: undefined,
    range: undefined,
    participant: undefined,
    place: undefined,
  });
  const ids = [...new Set(list.map((article) => article.id))];
  const placed: Placed[] = [];
  for (const event of selected) {
    const days = eventDays(event, registry.indexOf(event));
    if (days === undefined) {
      continue;
    }
    const reporting = new Set(event.mentions.map((mention) => mention.article));
    const articles = ids.filter((id) => reporting.has(id));
    placed.push({
      entry: {
        kind: 'event',
        firstDay: dayLabel(days.first),
        lastDay: dayLabel(days.last),
        value: event.date.value,
        basis: event.date.basis,
        id: event.id,
        type: event.type,
        status: event.status,
        articles,
      },
      days,
      article: list.findIndex((article) => article.id === articles[0]),
    });
  }
  return placed;
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
 * Lists what the articles date, events and dates alike, in the order of the days they refer
 * to: the history the texts tell, ready to draw.
 *
 * Two kinds of entry, told apart by `kind`:
 * - `'event'`: each event of the registry that the articles report (as {@link eventsOf}
 *   selects them: one of its mentions names one of the articles), once, with its id, type,
 *   status, date and the ids of the given articles that report it;
 * - `'time-expression'`: each time expression of the articles' `timeExpressions` layer,
 *   with its article, span, value and words. An article without the layer (it is optional
 *   in the schema) has none.
 *
 * An entry needs days: its TIMEX3 value (the event's date, or the expression's value) must
 * have a place on the calendar. That is a year, month or day (`2024`, `2022-05`,
 * `2013-09-23`), a part of day or a time (on its day), a season, quarter, half or ISO week,
 * or an interval of these (`2022-01/2022-04`). A duration (`P30Y`) and a vague reference
 * (`PAST_REF`) are left out: they name no date. An `X` (a digit the text leaves open) cuts
 * the value at the part it stands in: `2025-XX-01` is placed as the year 2025; a value whose
 * year has an `X` (`XXXX-09-01`, a day of an unnamed year) is left out. Each entry gives the
 * first and last day its value refers to (`firstDay`, `lastDay`; a season by the
 * meteorological months of the northern hemisphere, winter running from December into
 * February).
 *
 * The order, one for both kinds: by `firstDay`; on the same first day, the longer span first
 * (a year before the month it starts with, a month before its first day); then the events
 * before the time expressions; then in the order of the articles (an event's first article
 * that reports it), then in text order for time expressions and registry order for events.
 * `from` and `to` keep the entries whose days overlap the range, both inclusive, read as
 * {@link filterByDate} reads them: a date-only bound covers its whole UTC day, and an entry's
 * days are UTC days. So an event of several days that starts before `from` is kept. `kinds`
 * lists one kind only. The inputs are not changed.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `from` and/or `to`; `kinds`; `events`, the registry (the shipped `events` by default).
 * @returns A new array of entries, earliest first.
 * @throws {InvalidDateError} When a bound cannot be read, or `from` is later than `to`.
 * @throws {InvalidQueryError} When an argument has the wrong type, an option is unknown, `kinds` is not a non-empty array of kinds, or `events` is not an array.
 * @throws {InvalidRecordError} When an article's `timeExpressions` is malformed (not a list, a span outside its field, a value that is not TIMEX3), an article has no string id, or an event a malformed `mentions` or date (`collection` is `'events'`).
 * @category Layers
 * @example
 * ```ts
 * import { getArticle, timeline } from 'ru-tj-news';
 *
 * // The 2022-09-14 article, with three of its time expressions, and the events it reports.
 * const article = {
 *   ...getArticle('2022-09-14-lavrov-model-partnership-alliance')!,
 *   timeExpressions: [
 *     { field: 'body' as const, start: 794, end: 812, value: '1992-04-08', basis: 'stated' as const },
 *     { field: 'body' as const, start: 1752, end: 1756, value: '2021', basis: 'stated' as const },
 *     { field: 'body' as const, start: 1859, end: 1901, value: '2022-01/2022-04', basis: 'stated' as const },
 *   ],
 * };
 * timeline([article], { to: '2021-12-31' }).map((entry) =>
 *   `${entry.firstDay}…${entry.lastDay} ${entry.kind === 'event' ? entry.id : entry.text}`,
 * );
 * // => ['1992-04-08…1992-04-08 russia-tajikistan-diplomatic-relations-1992', '1992-04-08…1992-04-08 8 ابريل/نيسان 1992', '2021-01-01…2021-12-31 2021']
 * // The time expressions whose days overlap the range.
 * timeline([article], { from: '2021-06-01', to: '2022-02-28', kinds: ['time-expression'] }).map((entry) => entry.value);
 * // => ['2021', '2022-01/2022-04']
 * ```
 * @example
 * ```ts
 * import { articles, timeline } from 'ru-tj-news';
 *
 * // The state visit of October 2025: one event, reported by two articles.
 * timeline(articles, { from: '2025-10-08', to: '2025-10-08', kinds: ['event'] }).map((entry) =>
 *   entry.kind === 'event' ? `${entry.value} ${entry.id} ${entry.articles.length}` : entry.text,
 * );
 * // => ['2025 putin-rahmon-phone-calls-2025 1', '2025-10-08/2025-10-09 putin-state-visit-to-dushanbe-2025 2', '2025-10-08TEV putin-rahmon-informal-meeting-2025-10-08 1', '2025-10-08 putin-wreath-laying-at-somoni-monument-2025 1']
 * // Your own registry: no events at all.
 * timeline(articles, { events: [], kinds: ['event'] });
 * // => []
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
 * timeline([article], { kinds: ['time-expression'] }).map((entry) => entry.value);
 * // => ['2022-06-28']
 * ```
 */
export function timeline(list: readonly Article[], options: TimelineOptions = {}): TimelineEntry[] {
  assertList(list);
  assertOptions(options, ['from', 'to', 'kinds', 'events'], 'the timeline options');
  const range = parseRange(options.from, options.to);
  const kinds = kindsOf(options.kinds);
  const registry = optionOr(options, 'events', shippedEvents);
  assertList(registry, 'options.events', 'events');
  const placed: Placed[] = kinds.has('event') ? eventEntries(list, registry) : [];
  if (kinds.has('time-expression')) {
    list.forEach((article, index) => {
      for (const record of timeExpressionRecordsOf(layerSource(article, index))) {
        const { days, firstDay, lastDay } = record;
        if (days !== undefined && firstDay !== undefined && lastDay !== undefined) {
          placed.push({ entry: entryOf(record, firstDay, lastDay), days, article: index });
        }
      }
    });
  }
  // The days overlap the range when the first one's first millisecond is not after `to`, and the last one's last not before `from`.
  const kept = placed.filter(
    ({ days }) => days.first * DAY_MS <= range.to && (days.last + 1) * DAY_MS - 1 >= range.from,
  );
  // Array.prototype.sort is stable: entries that tie keep their registry or text order.
  return kept
    .sort(
      (left, right) =>
        left.days.first - right.days.first ||
        right.days.last - left.days.last ||
        KINDS.indexOf(left.entry.kind) - KINDS.indexOf(right.entry.kind) ||
        left.article - right.article,
    )
    .map(({ entry }) => entry);
}
