/**
 * The events of a registry that a list of articles reports, filtered: what `eventsOf` and a
 * corpus's `eventsOf` return. The options are read once (compileEventFilter), then each event
 * is read with care, since a registry that no schema has parsed may hold anything: a field the
 * selection reads that is malformed throws an {@link InvalidRecordError} naming the event.
 */
import { InvalidQueryError } from '../../errors.js';
import type { Entity, NewsEvent } from '../../schema.js';
import { assertArticle, assertList, ownOption } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { nearestName } from '../args/nearestName.js';
import { recordIssue } from '../args/recordIssue.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../args/vocabulary.js';
import { type MsRange, parseRange } from '../dates/parse.js';
import { timexProblem } from '../dates/timex.js';
import { timexRange } from '../dates/timexRange.js';
import { resolveEntity } from '../registry/refs.js';

/** The filter options of `eventsOf`, which a corpus's `eventsOf` takes too. */
export const EVENT_FILTERS = ['type', 'from', 'to', 'participant', 'place', 'status'] as const;

/** The filters, read and checked: each is undefined where it was not given. */
export interface EventFilter {
  readonly type: string | undefined;
  readonly status: string | undefined;
  /** The date range; undefined when neither `from` nor `to` was given, so that undated events are kept. */
  readonly range: MsRange | undefined;
  /** The id of the participant entity. */
  readonly participant: string | undefined;
  /** The id of the place entity. */
  readonly place: string | undefined;
}

/** `value` if it is undefined or one of `allowed`, else an {@link InvalidQueryError} that names the option and the nearest value. */
function oneOf(option: string, value: unknown, allowed: readonly string[]): string | undefined {
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) {
    return value;
  }
  const hint = typeof value === 'string' ? nearestName(value, allowed) : '';
  throw new InvalidQueryError(
    `Invalid event ${option} ${describeValue(value)}: expected one of ${allowed.join(', ')}.${hint}`,
    value,
  );
}

/**
 * Reads the filter options (the caller has checked that `options` is an object of known keys):
 * the type and status against their vocabularies, the bounds as `filterByDate` reads them, and
 * the participant and place as entity references of `entities`.
 *
 * @throws {InvalidQueryError} For an entity registry that is not an array, a type or status outside its vocabulary, or a reference that is not a string.
 * @throws {InvalidDateError} For a bound that cannot be read, or `from` later than `to`.
 * @throws {UnknownEntityError} For a participant or place that names no entity, with suggestions.
 */
export function compileEventFilter(options: object, entities: readonly Entity[]): EventFilter {
  assertList(entities, 'options.entities', 'entities');
  const type = oneOf('type', ownOption(options, 'type'), EVENT_TYPES);
  const status = oneOf('status', ownOption(options, 'status'), EVENT_STATUSES);
  const from = ownOption(options, 'from');
  const to = ownOption(options, 'to');
  const range = from === undefined && to === undefined ? undefined : parseRange(from, to);
  const participantRef = ownOption(options, 'participant');
  const placeRef = ownOption(options, 'place');
  return {
    type,
    status,
    range,
    participant: participantRef === undefined ? undefined : resolveEntity(participantRef, entities).id,
    place: placeRef === undefined ? undefined : resolveEntity(placeRef, entities).id,
  };
}

/** The ids of the articles of `list`; throws {@link InvalidRecordError} for an item that is not an article with a string id. */
function articleIds(list: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  list.forEach((article, index) => {
    assertArticle(article, index);
    const id = (article as { readonly id?: unknown }).id;
    if (typeof id !== 'string') {
      throw recordIssue(index, ['id'], `Expected an article id string, got ${describeValue(id)}`);
    }
    ids.add(id);
  });
  return ids;
}

/** A field of a record that no schema may have parsed, read with care. */
export const fieldOf = (record: unknown, key: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Readonly<Record<string, unknown>>)[key] : undefined;

/**
 * The list an event of a registry holds at `key` (`mentions`, `participants`), which no schema
 * may have parsed; throws {@link InvalidRecordError} naming the event's index when it is not an array.
 */
export function eventList(event: unknown, key: string, index: number): readonly unknown[] {
  const list = fieldOf(event, key);
  if (!Array.isArray(list)) {
    throw recordIssue(index, [key], `Expected ${key} to be an array, got ${describeValue(list)}`, 'events');
  }
  return list;
}

/** The event at `index` as an object; throws {@link InvalidRecordError} otherwise. */
function eventAt(registry: readonly unknown[], index: number): Readonly<Record<string, unknown>> {
  const event = registry[index];
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw recordIssue(index, [], `Expected an event object, got ${describeValue(event)}`, 'events');
  }
  return event as Readonly<Record<string, unknown>>;
}

/** Whether one of the event's mentions names an article of `ids`. */
function isReportedIn(event: Readonly<Record<string, unknown>>, index: number, ids: ReadonlySet<string>): boolean {
  return eventList(event, 'mentions', index).some((mention, at) => {
    const article = fieldOf(mention, 'article');
    if (typeof article !== 'string') {
      throw recordIssue(
        index,
        ['mentions', at, 'article'],
        `Expected an article id string, got ${describeValue(article)}`,
        'events',
      );
    }
    return ids.has(article);
  });
}

/** The event's date range, or undefined when the calendar cannot place it; throws for a value that is not TIMEX3. */
function eventRange(event: Readonly<Record<string, unknown>>, index: number): MsRange | undefined {
  const value = fieldOf(event.date, 'value');
  const problem = timexProblem(value);
  if (problem !== undefined) {
    throw recordIssue(index, ['date', 'value'], problem, 'events');
  }
  return timexRange(value as string);
}

/** Whether the event lists the entity `id` among its participants. */
function hasParticipant(event: Readonly<Record<string, unknown>>, index: number, id: string): boolean {
  return eventList(event, 'participants', index).some((participant) => fieldOf(participant, 'entity') === id);
}

/**
 * The events of `registry` that an article of `list` reports (one of their mentions names
 * its id) and that pass every filter, in registry order. A date filter keeps an event whose
 * date range overlaps it, and never one whose date the calendar cannot place.
 *
 * @throws {InvalidQueryError} When `list` or `registry` is not an array.
 * @throws {InvalidRecordError} When an article has no string id, or an event a malformed field that the selection reads.
 */
export function selectEvents(list: unknown, registry: unknown, filter: EventFilter): NewsEvent[] {
  assertList(list);
  assertList(registry, 'options.events', 'events');
  const ids = articleIds(list as readonly unknown[]);
  const events = registry as readonly unknown[];
  const selected: NewsEvent[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const event = eventAt(events, index);
    if (!isReportedIn(event, index, ids)) {
      continue;
    }
    if (filter.type !== undefined && event['type'] !== filter.type) {
      continue;
    }
    if (filter.status !== undefined && event['status'] !== filter.status) {
      continue;
    }
    if (filter.place !== undefined && event['place'] !== filter.place) {
      continue;
    }
    if (filter.participant !== undefined && !hasParticipant(event, index, filter.participant)) {
      continue;
    }
    if (filter.range !== undefined) {
      const range = eventRange(event, index);
      if (range === undefined || range.to < filter.range.from || range.from > filter.range.to) {
        continue;
      }
    }
    selected.push(event as unknown as NewsEvent);
  }
  return selected;
}
