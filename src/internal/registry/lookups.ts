/** Id look-ups in an entity registry or topic vocabulary, for the aggregations. */
import { InvalidQueryError, UnknownEntityError, UnknownTopicError } from '../../errors.js';
import type { Entity, EntityType, Topic } from '../../schema.js';
import { assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { ENTITY_TYPES } from '../args/vocabulary.js';
import { closest } from '../text/closest.js';
import { compareEnglish } from '../text/englishOrder.js';

/**
 * The record an id was read from: the article, and its index in the list. An id
 * from a record that the registry lacks means the caller did not pass the registry
 * the records were built with, and the error says so.
 */
export interface RecordSource {
  readonly article: unknown;
  readonly index: number;
}

/**
 * A function from an id to its record, throwing the typed unknown-reference error for an id the registry lacks;
 * given the `source` record, the error names that article and asks for its registry.
 */
export type ById<T> = (id: string, source?: RecordSource) => T;

/** The article's id when it is a string, else its index: what an unknown-reference error names it by. */
function articleOf(source: RecordSource | undefined): string | number | undefined {
  if (source === undefined) {
    return undefined;
  }
  const { article } = source;
  const id = typeof article === 'object' && article !== null ? (article as { readonly id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : source.index;
}

/**
 * The look-up of `registry`'s ids. An unknown id gets the closest ids as suggestions,
 * except an id read from a record when the caller did not pass `registry` (`passed`
 * is false: it is the shipped default). Then the likely fault is the missing registry,
 * not a misspelt id, and the shipped ids say nothing of what the record meant.
 */
function byId<T extends { readonly id: string }>(
  registry: readonly T[],
  passed: boolean,
  unknown: (id: string, suggestions: readonly string[], article: string | number | undefined) => Error,
): ById<T> {
  const map = new Map<string, T>();
  for (const item of registry) {
    map.set(item.id, item);
  }
  return (id, source) => {
    const found = map.get(id);
    // An article's ids must be ids: a name or alias of the right record is still an error here.
    if (found === undefined) {
      const suggest = source === undefined || passed;
      throw unknown(id, suggest ? closest(id, [...map.keys()], (name) => name) : [], articleOf(source));
    }
    return found;
  };
}

/**
 * Looks entity ids up in `registry`; an unknown id throws {@link UnknownEntityError} with the closest ids,
 * but none for an id from a record when `passed` is false: `registry` is the shipped default, the caller passed none.
 */
export function entitiesById(registry: readonly Entity[], passed = true): ById<Entity> {
  assertList(registry, 'options.entities', 'entities');
  return byId(registry, passed, (id, suggestions, article) => new UnknownEntityError(id, suggestions, article));
}

/**
 * Looks topic ids up in `registry`; an unknown id throws {@link UnknownTopicError} with the closest ids,
 * but none for an id from a record when `passed` is false: `registry` is the shipped default, the caller passed none.
 */
export function topicsById(registry: readonly Topic[], passed = true): ById<Topic> {
  assertList(registry, 'options.topics', 'topics');
  return byId(registry, passed, (id, suggestions, article) => new UnknownTopicError(id, suggestions, article));
}

/** Orders by count, highest first, then by English name, then by id, so that ties have one order everywhere. */
export function byCountThenName(
  a: { readonly count: number; readonly name: string; readonly id: string },
  b: { readonly count: number; readonly name: string; readonly id: string },
): number {
  return (
    b.count - a.count ||
    (compareEnglish(a.name, b.name) ?? a.name.localeCompare(b.name, 'en')) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Reads an optional entity `type` option. */
export function parseEntityType(type: unknown): EntityType | undefined {
  if (type === undefined || (ENTITY_TYPES as readonly unknown[]).includes(type)) {
    return type as EntityType | undefined;
  }
  throw new InvalidQueryError(
    `Invalid entity type ${describeValue(type)}: expected one of ${ENTITY_TYPES.join(', ')}`,
    type,
  );
}
