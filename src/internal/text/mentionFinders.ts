/**
 * Registries compiled for the mention finder, and when a compiled registry may be reused.
 *
 * Compiling a registry costs about as much as normalizing all its names, which the finder
 * must not pay once per article. `createMentionFinder` compiles explicitly, once. Without it,
 * `findMentions` reuses what it compiled for the same array only while that array cannot
 * have changed:
 * - every entity in it is frozen, down to its names, aliases and type, as the shipped entities,
 *   `EntitySchema` output and a corpus's registry are; a frozen object stays frozen, so
 *   this is checked once per array;
 * - and the array still holds the same entities, compared by identity on every call
 *   (a pointer comparison per entity), unless the array is frozen too.
 * Any other registry is compiled on every call, so a registry changed in place is
 * never answered from a stale copy.
 */
import { InvalidQueryError } from '../../errors.js';
import { assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { type AliasEntry, type AliasMatcher, compileAliases } from './aliasTrie.js';
import { isContainerType } from './mentionRules.js';

/** What `createMentionFinder` returns: counts a user can read; the matcher stays in {@link matchers}. */
export interface MentionFinderRecord {
  readonly entityCount: number;
  readonly nameCount: number;
}

/** The matcher of each finder that `createMentionFinder` made. A forged look-alike is not in here. */
const matchers = new WeakMap<object, AliasMatcher>();

/** A registry compiled for reuse: its matcher, and the entities it held, unless it is frozen. */
interface Compiled {
  readonly matcher: AliasMatcher;
  readonly entityCount: number;
  readonly held: readonly unknown[] | undefined;
}

const compiledArrays = new WeakMap<object, Compiled>();

/** The names to look for, checked: a registry from plain JavaScript can hold anything. */
function aliasEntries(entities: readonly unknown[]): { entries: AliasEntry[]; entityCount: number } {
  const entries: AliasEntry[] = [];
  let entityCount = 0;
  for (let index = 0; index < entities.length; index += 1) {
    // forEach would skip the holes of a sparse array, and a registry with a hole would pass unchecked.
    if (!(index in entities)) {
      throw new InvalidQueryError(
        `Expected entities[${index}] to be an entity with an id and aliases, got an empty slot of a sparse array`,
        undefined,
      );
    }
    const entity = entities[index];
    if (typeof entity !== 'object' || entity === null) {
      throw new InvalidQueryError(
        `Expected entities[${index}] to be an entity with an id and aliases, got ${describeValue(entity)}`,
        entity,
      );
    }
    const { id, name, aliases, type } = entity as Partial<Record<'id' | 'name' | 'aliases' | 'type', unknown>>;
    if (typeof id !== 'string' || id.length === 0) {
      throw new InvalidQueryError(
        `Expected entities[${index}].id to be a non-empty string, got ${describeValue(id)}`,
        id,
      );
    }
    if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string')) {
      throw new InvalidQueryError(
        `Expected entities[${index}].aliases (of "${id}") to be an array of strings, got ${describeValue(aliases)}`,
        aliases,
      );
    }
    if (type !== undefined && typeof type !== 'string') {
      throw new InvalidQueryError(
        `Expected entities[${index}].type (of "${id}") to be a string or absent, got ${describeValue(type)}`,
        type,
      );
    }
    const container = isContainerType(type);
    const names: unknown[] = [];
    if (name !== undefined) {
      if (typeof name !== 'object' || name === null) {
        throw new InvalidQueryError(
          `Expected entities[${index}].name (of "${id}") to be an object of names by language, got ${describeValue(name)}`,
          name,
        );
      }
      const { ar, en, ru } = name as Record<string, unknown>;
      names.push(...[ar, en, ru].filter((value) => value !== undefined));
    }
    for (const alias of [...names, ...(aliases as unknown[])]) {
      if (typeof alias !== 'string') {
        throw new InvalidQueryError(
          `Expected the names of entities[${index}] ("${id}") to be strings, got ${describeValue(alias)}`,
          alias,
        );
      }
      entries.push({ entity: id, alias, container });
    }
    entityCount += 1;
  }
  return { entries, entityCount };
}

/**
 * Whether `value` is frozen and each of `keys` is either its own data property or absent
 * from it and its prototypes: then what reading those keys gives can never change.
 */
function isFixed(value: object, keys: readonly string[]): boolean {
  return (
    Object.isFrozen(value) &&
    keys.every((key) => {
      const own = Object.getOwnPropertyDescriptor(value, key);
      return own === undefined ? !(key in value) : 'value' in own;
    })
  );
}

/** Whether every index of the array is its own data property: no holes, no getters. */
function isDense(list: readonly unknown[]): boolean {
  for (let index = 0; index < list.length; index += 1) {
    const own = Object.getOwnPropertyDescriptor(list, index);
    if (own === undefined || !('value' in own)) {
      return false;
    }
  }
  return true;
}

/** Whether an entity that passed {@link aliasEntries} can never give other names. */
function isFixedEntity(entity: object): boolean {
  if (!isFixed(entity, ['id', 'name', 'aliases', 'type'])) {
    return false;
  }
  const { name, aliases } = entity as { name?: object; aliases: readonly unknown[] };
  return (name === undefined || isFixed(name, ['ar', 'en', 'ru'])) && Object.isFrozen(aliases) && isDense(aliases);
}

/** Whether `entities` still holds exactly the entities it held when it was compiled. */
function holdsSame(entities: readonly unknown[], held: readonly unknown[]): boolean {
  if (entities.length !== held.length) {
    return false;
  }
  for (let index = 0; index < held.length; index += 1) {
    if (entities[index] !== held[index]) {
      return false;
    }
  }
  return true;
}

/** Checks and compiles a registry, reusing an earlier compilation of the same array while it cannot have changed. */
function compiledRegistry(entities: readonly unknown[]): Compiled {
  const earlier = compiledArrays.get(entities);
  if (earlier !== undefined && (earlier.held === undefined || holdsSame(entities, earlier.held))) {
    return earlier;
  }
  const { entries, entityCount } = aliasEntries(entities);
  const matcher = compileAliases(entries);
  // The entities first: an unfrozen one, the common case, stops the check at once.
  const reusable = entities.every((entity) => isFixedEntity(entity as object)) && isDense(entities);
  const compiled: Compiled = {
    matcher,
    entityCount,
    held: Object.isFrozen(entities) ? undefined : [...entities],
  };
  if (reusable) {
    compiledArrays.set(entities, compiled);
  }
  return compiled;
}

/** Compiles a registry into a new finder for `createMentionFinder`. */
export function createFinder(entities: unknown): MentionFinderRecord {
  assertList(entities, 'entities', 'entities with an id and aliases');
  const { matcher, entityCount } = compiledRegistry(entities as readonly unknown[]);
  const finder = Object.freeze({ entityCount, nameCount: matcher.nameCount });
  matchers.set(finder, matcher);
  return finder;
}

/** The matcher for `findMentions`' second argument: a finder's, or a registry's, compiled or reused. */
export function matcherOf(entities: unknown): AliasMatcher {
  const made = typeof entities === 'object' && entities !== null ? matchers.get(entities) : undefined;
  if (made !== undefined) {
    return made;
  }
  assertList(entities, 'entities', 'entities with an id and aliases, or a MentionFinder from createMentionFinder');
  return compiledRegistry(entities as readonly unknown[]).matcher;
}
