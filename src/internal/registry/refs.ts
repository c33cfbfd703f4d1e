/**
 * Resolving entity and topic references (ids, names, aliases, labels, IPTC
 * codes) against a registry, with "did you mean" suggestions for misses.
 */
import { InvalidQueryError, UnknownEntityError, UnknownTopicError } from '../../errors.js';
import type { Entity, Topic } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { closestRecords } from '../text/closest.js';
import { normalizeText } from '../text/normalize.js';

/** A registry's look-up table: every normalized key, and the names to suggest. */
interface RefIndex<T> {
  /** Normalized id, name, alias, label or code → the records that carry it. */
  readonly byKey: ReadonlyMap<string, readonly T[]>;
  /** Each record with its names as written, for suggestions. */
  readonly named: readonly Named<T>[];
}

/** A record and every name it can be referred to by. */
interface Named<T> {
  readonly item: T;
  readonly names: readonly string[];
}

/** The key a reference is compared by: Arabic normalized, Latin lower-cased, outer space trimmed. */
export function refKey(ref: string): string {
  return normalizeText(ref).trim();
}

function buildIndex<T extends { readonly id: string }>(
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
): RefIndex<T> {
  const byKey = new Map<string, T[]>();
  const named: Named<T>[] = [];
  for (const item of items) {
    const names = namesOf(item);
    named.push({ item, names });
    for (const name of names) {
      const key = refKey(name);
      const list = byKey.get(key);
      if (list === undefined) {
        byKey.set(key, [item]);
      } else if (!list.includes(item)) {
        list.push(item);
      }
    }
  }
  // An id always wins over a name that happens to spell another record's id.
  for (const item of items) {
    byKey.set(item.id, [item]);
  }
  return { byKey, named };
}

/** A built index, and the registry's items when it was built. */
interface CacheEntry<T> {
  readonly items: readonly T[];
  readonly index: RefIndex<T>;
}

// One index per registry array, kept while the array lives.
const entityIndexes = new WeakMap<readonly Entity[], CacheEntry<Entity>>();
const topicIndexes = new WeakMap<readonly Topic[], CacheEntry<Topic>>();

function entityNames(entity: Entity): readonly string[] {
  const { name } = entity;
  return [entity.id, name.en, name.ar, ...(name.ru === undefined ? [] : [name.ru]), ...entity.aliases];
}

function topicNames(topic: Topic): readonly string[] {
  return [topic.id, topic.label.en, topic.label.ar, ...(topic.iptc === undefined ? [] : [topic.iptc])];
}

function sameItems<T>(left: readonly T[], right: readonly T[]): boolean {
  if (left.length !== right.length) {
    return false;
  }
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) {
      return false;
    }
  }
  return true;
}

function indexOf<T extends { readonly id: string }>(
  cache: WeakMap<readonly T[], CacheEntry<T>>,
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
): RefIndex<T> {
  const cached = cache.get(items);
  // A registry array that is not frozen may have gained or lost items since; records themselves are readonly.
  if (cached !== undefined && (Object.isFrozen(items) || sameItems(cached.items, items))) {
    return cached.index;
  }
  const index = buildIndex(items, namesOf);
  cache.set(items, { items: Object.isFrozen(items) ? items : [...items], index });
  return index;
}

function lookUp<T extends { readonly id: string }>(kind: string, index: RefIndex<T>, ref: unknown): T | undefined {
  if (typeof ref !== 'string') {
    throw new InvalidQueryError(`Expected a ${kind} reference to be a string, got ${describeValue(ref)}`, ref);
  }
  const found = index.byKey.get(refKey(ref));
  if (found === undefined) {
    return undefined;
  }
  if (found.length > 1) {
    throw new InvalidQueryError(
      `The ${kind} reference ${describeValue(ref)} is ambiguous: it names ${found.map((item) => JSON.stringify(item.id)).join(', ')}. Use an id.`,
      ref,
    );
  }
  return found[0];
}

/** The entity a reference names, or `undefined`. */
export function findEntity(ref: unknown, registry: readonly Entity[]): Entity | undefined {
  return lookUp('entity', indexOf(entityIndexes, registry, entityNames), ref);
}

/** The topic a reference names, or `undefined`. */
export function findTopic(ref: unknown, registry: readonly Topic[]): Topic | undefined {
  return lookUp('topic', indexOf(topicIndexes, registry, topicNames), ref);
}

/**
 * The records nearest to a missed reference, each once, best first. Each is
 * shown by its name nearest to the reference ("Rahmon" for "Rahmun"), so the
 * reader sees the spelling they were close to; but by its id when that name
 * would not resolve to it alone (a name two records share, or one that spells
 * another record's id), so that every suggestion, pasted back, names the
 * record it stands for.
 */
function suggest<T extends { readonly id: string }>(ref: string, index: RefIndex<T>): string[] {
  const shown = closestRecords(ref, index.named, (named) => named.names, refKey).map(({ record, name }) => {
    const owners = index.byKey.get(refKey(name));
    return owners?.length === 1 && owners[0] === record.item ? name : record.item.id;
  });
  // Two records that share an id, in a registry that was never validated, would show one string twice.
  return [...new Set(shown)];
}

/** The entity a reference names; throws {@link UnknownEntityError} with suggestions when none does. */
export function resolveEntity(ref: unknown, registry: readonly Entity[]): Entity {
  const index = indexOf(entityIndexes, registry, entityNames);
  const found = lookUp('entity', index, ref);
  if (found === undefined) {
    throw new UnknownEntityError(ref as string, suggest(ref as string, index));
  }
  return found;
}

/** The topic a reference names; throws {@link UnknownTopicError} with suggestions when none does. */
export function resolveTopic(ref: unknown, registry: readonly Topic[]): Topic {
  const index = indexOf(topicIndexes, registry, topicNames);
  const found = lookUp('topic', index, ref);
  if (found === undefined) {
    throw new UnknownTopicError(ref as string, suggest(ref as string, index));
  }
  return found;
}

/**
 * Reads a `ref | refs` argument into a list of distinct ids, in the order given.
 * `allowEmpty` is for `query`, where an empty selection means no filter.
 */
export function resolveRefs(
  refs: unknown,
  resolve: (ref: unknown) => { readonly id: string },
  kind: string,
  allowEmpty: boolean,
): string[] {
  const list: readonly unknown[] = typeof refs === 'string' ? [refs] : Array.isArray(refs) ? refs : [];
  if (typeof refs !== 'string' && !Array.isArray(refs)) {
    throw new InvalidQueryError(`Expected a ${kind} reference or an array of them, got ${describeValue(refs)}`, refs);
  }
  if (list.length === 0 && !allowEmpty) {
    throw new InvalidQueryError(`Expected at least one ${kind} reference, got an empty array`, refs);
  }
  return [...new Set(list.map((ref) => resolve(ref).id))];
}
