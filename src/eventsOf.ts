import { entities as shippedEntities } from './data/entities.js';
import { events as shippedEvents } from './data/events.js';
import { assertOptions, optionOr } from './internal/args/arguments.js';
import { compileEventFilter, EVENT_FILTERS, selectEvents } from './internal/events/selectEvents.js';
import type { Article, Entity, EventType, NewsEvent } from './schema.js';
import type { DateBound, EntityRef } from './types.js';

/**
 * Options of {@link eventsOf}: the filters, combined with AND, and the registries.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventsOfOptions } from 'ru-tj-news';
 *
 * const options: EventsOfOptions = { type: 'talks', participant: 'Putin', from: '2025-01-01' };
 * options.type;
 * // => 'talks'
 * ```
 */
export interface EventsOfOptions {
  /** Only events of this type. */
  readonly type?: EventType | undefined;
  /** Only events whose date overlaps the range from this bound on, read as {@link filterByDate} reads it: a date-only string means the start of that UTC day. */
  readonly from?: DateBound | undefined;
  /** Only events whose date overlaps the range up to this bound: a date-only string means the end of that UTC day. */
  readonly to?: DateBound | undefined;
  /** Only events in which this entity took part: an id, name or alias, as {@link getEntity} reads it. */
  readonly participant?: EntityRef | undefined;
  /** Only events placed at this entity: an id, name or alias. */
  readonly place?: EntityRef | undefined;
  /** Only events that happened (`'reported'`) or that were planned when the texts were written (`'announced'`). */
  readonly status?: NewsEvent['status'] | undefined;
  /** The event registry. Defaults to the shipped `events`. */
  readonly events?: readonly NewsEvent[] | undefined;
  /** The entity registry that `participant` and `place` are resolved against. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * The events that the given articles report, filtered.
 *
 * An event is reported in an article when one of its mentions names the
 * article's id; so the events of the shipped `articles` are every event, and
 * those of one article are the happenings that article tells of, including
 * the ones other articles tell of too. The filters combine with AND. `from`
 * and `to` are inclusive and read as {@link filterByDate} reads them; an event
 * matches when its date overlaps the range: a year, a month or a day covers
 * all of itself, a part of day or a time its whole UTC day, an interval its
 * whole span. An event whose date the calendar cannot place (`PAST_REF`,
 * `PRESENT_REF`, `FUTURE_REF`, a duration, a season, a digit left open) never
 * matches a date filter. `participant` and `place` are entity references,
 * resolved against `entities`. The result is in registry order, which is by id
 * for the shipped registry; the inputs are not changed.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - The filters, and the `events` and `entities` registries for your own data.
 * @returns A new array of the events, in registry order.
 * @throws {InvalidQueryError} When `list` or `events` is not an array, `options` has an unknown key, or `type` or `status` is outside its vocabulary.
 * @throws {InvalidDateError} When a bound cannot be read, or `from` is later than `to`.
 * @throws {UnknownEntityError} When `participant` or `place` names no entity; its message suggests the closest names.
 * @throws {InvalidRecordError} When an article has no string id, or an event a malformed field that the selection reads (`collection` is `'events'`).
 * @category Events
 * @example
 * ```ts
 * import { articles, eventsOf } from 'ru-tj-news';
 *
 * // The two articles of 9 October 2025 share the talks of that day.
 * const [stateVisit, jointStatement] = articles.slice(3);
 * const shared = eventsOf([stateVisit!]).filter((event) => eventsOf([jointStatement!]).includes(event));
 * shared.map((event) => event.id).includes('putin-rahmon-talks-2025-10-09');
 * // => true
 * eventsOf(articles, { type: 'phone-call' }).map((event) => event.date.value);
 * // => ['2022', '2025']
 * ```
 * @example
 * ```ts
 * import { articles, eventsOf } from 'ru-tj-news';
 *
 * // Filters combine with AND; an entity is named by id, name or alias.
 * eventsOf(articles, { participant: 'رحمون', place: 'Dushanbe', to: '2022-12-31' }).map((event) => event.id);
 * // => ['putin-rahmon-talks-2022-06-28']
 * // A date filter leaves out what the calendar cannot place, such as an undated statement.
 * eventsOf(articles, { from: '1992-01-01', to: '1992-12-31' }).map((event) => event.id);
 * // => ['collective-security-treaty-signing-1992', 'russia-tajikistan-diplomatic-relations-1992']
 * eventsOf(articles, { status: 'announced', type: 'summit' }).map((event) => event.place);
 * // => ['ashgabat', 'dushanbe', 'dushanbe']
 * ```
 * @example
 * ```ts
 * import { articles, eventsOf } from 'ru-tj-news';
 *
 * // A misspelt participant is an error that suggests the nearest names.
 * try {
 *   eventsOf(articles, { participant: 'Rahmun' });
 * } catch (error) {
 *   (error as Error).name;
 *   // => 'UnknownEntityError'
 * }
 * ```
 */
export function eventsOf(list: readonly Article[], options: EventsOfOptions = {}): NewsEvent[] {
  assertOptions(options, [...EVENT_FILTERS, 'events', 'entities'], 'the eventsOf options');
  const filter = compileEventFilter(options, optionOr(options, 'entities', shippedEntities));
  return selectEvents(list, optionOr(options, 'events', shippedEvents), filter);
}
