/**
 * The checks `createCorpus` makes on an event registry, besides its schema (parseRecord.ts):
 * every reference resolves (a participant, the place and the event's entity, a named event or a document, to the
 * entity registry, each mention's article to a record) and every mention span lies inside
 * its article's field, in order. They run whether or not the records were validated, after
 * the records' own checks and before anything is frozen. Every fault throws an
 * {@link InvalidRecordError} of the `events` collection that names the event's index and the
 * path of the bad field.
 */
import type { Article, Entity, NewsEvent } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { expectedId } from '../corpus/validate.js';
import { timexProblem } from '../dates/timex.js';
import { eventList, fieldOf } from './selectEvents.js';

/** A noun with its indefinite article: `a location`, `an event`. */
const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** The entity types a place may have. */
const PLACE_TYPES: readonly string[] = ['location', 'facility'];

/**
 * Checks an event that `validate: false` left unparsed for the shape the other checks read:
 * an object with a string id. Returns it as an event, for checkRegistry.
 *
 * @throws {InvalidRecordError} When it is not an object, or its id is not a string.
 */
export function assertEventShape(event: unknown, index: number): NewsEvent {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw recordIssue(index, [], `Expected an event object, got ${describeValue(event)}`, 'events');
  }
  if (typeof fieldOf(event, 'id') !== 'string') {
    throw recordIssue(
      index,
      ['id'],
      `Expected an event id string, got ${describeValue(fieldOf(event, 'id'))}`,
      'events',
    );
  }
  return event as NewsEvent;
}

/** The entity `id` names, checked to be one of `types` when given; throws with `path` otherwise. */
function entityAt(
  byId: ReadonlyMap<string, Entity>,
  id: unknown,
  index: number,
  path: readonly PropertyKey[],
  passed: boolean,
  types?: readonly string[],
): void {
  const entity = typeof id === 'string' ? byId.get(id) : undefined;
  if (entity === undefined) {
    throw recordIssue(
      index,
      path,
      `Unknown entity id ${describeValue(id)}: ${expectedId(passed, 'entities')}`,
      'events',
    );
  }
  if (types !== undefined && !types.includes(entity.type)) {
    throw recordIssue(
      index,
      path,
      `Entity ${describeValue(id)} is ${withArticle(entity.type)}: expected ${types.map(withArticle).join(' or ')}`,
      'events',
    );
  }
}

/** The order of mentions: by article id, then title before body, then start, then end. */
function compareMentions(
  a: { readonly article: string; readonly field: string; readonly start: number; readonly end: number },
  b: { readonly article: string; readonly field: string; readonly start: number; readonly end: number },
): number {
  return (
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    (a.field === b.field ? 0 : a.field === 'title' ? -1 : 1) ||
    a.start - b.start ||
    a.end - b.end
  );
}

/** Checks the mentions of the event at `index`: a non-empty list, in order, each a span inside a field of a record. */
function checkMentions(mentions: unknown, index: number, articleOf: (id: string) => Article | undefined): void {
  if (!Array.isArray(mentions) || mentions.length === 0) {
    throw recordIssue(
      index,
      ['mentions'],
      `Expected a non-empty list of mentions, got ${describeValue(mentions)}`,
      'events',
    );
  }
  let previous: Parameters<typeof compareMentions>[0] | undefined;
  mentions.forEach((mention: unknown, at) => {
    const path = ['mentions', at];
    const id = fieldOf(mention, 'article');
    const article = typeof id === 'string' ? articleOf(id) : undefined;
    if (article === undefined) {
      throw recordIssue(
        index,
        [...path, 'article'],
        `Unknown article id ${describeValue(id)}: expected the id of one of the records`,
        'events',
      );
    }
    const field = fieldOf(mention, 'field');
    if (field !== 'title' && field !== 'body') {
      throw recordIssue(index, [...path, 'field'], `Expected 'title' or 'body', got ${describeValue(field)}`, 'events');
    }
    const start = fieldOf(mention, 'start');
    const end = fieldOf(mention, 'end');
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) <= (start as number)
    ) {
      throw recordIssue(
        index,
        path,
        `Expected integer offsets with 0 <= start < end, got start ${describeValue(start)} and end ${describeValue(end)}`,
        'events',
      );
    }
    const length = article[field].length;
    if ((end as number) > length) {
      throw recordIssue(
        index,
        [...path, 'end'],
        `Span ends at ${String(end)}, past the end of the ${field} of article ${describeValue(id)} (${length})`,
        'events',
      );
    }
    const current = { article: id as string, field, start: start as number, end: end as number };
    if (previous !== undefined && compareMentions(previous, current) >= 0) {
      throw recordIssue(
        index,
        path,
        'Expected mentions in order, each once: by article id, then title before body, then start, then end',
        'events',
      );
    }
    previous = current;
  });
}

/**
 * Checks every event's references and spans against the records and the entity registry.
 * `articleOf` finds a record by id; `passed` says whether `entities` was passed by the caller
 * rather than left to the shipped registry, so that an unknown id's message names the right one.
 *
 * @throws {InvalidRecordError} At the first event with a fault, naming its index and path.
 */
export function checkEvents(
  events: readonly NewsEvent[],
  articleOf: (id: string) => Article | undefined,
  entities: readonly Entity[],
  passed: boolean,
): void {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  events.forEach((event, index) => {
    // A trusted event may hold anything but its id (assertEventShape), so each field is read with care.
    const value = fieldOf(fieldOf(event, 'date'), 'value');
    const problem = timexProblem(value);
    if (problem !== undefined) {
      throw recordIssue(index, ['date', 'value'], problem, 'events');
    }
    eventList(event, 'participants', index).forEach((participant, at) => {
      entityAt(byId, fieldOf(participant, 'entity'), index, ['participants', at, 'entity'], passed);
    });
    const place = fieldOf(event, 'place');
    if (place !== undefined) {
      entityAt(byId, place, index, ['place'], passed, PLACE_TYPES);
    }
    const entity = fieldOf(event, 'entity');
    if (entity !== undefined) {
      entityAt(byId, entity, index, ['entity'], passed, ['event', 'document']);
    }
    checkMentions(fieldOf(event, 'mentions'), index, articleOf);
  });
}
