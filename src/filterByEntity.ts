import { entities as shippedEntities } from './data/entities.js';
import { assertList, assertOptions, optionOr, parseMatch } from './internal/args/arguments.js';
import { matchesEntities } from './internal/registry/membership.js';
import { resolveEntity, resolveRefs } from './internal/registry/refs.js';
import type { Article, Entity } from './schema.js';
import type { EntityRef, Match } from './types.js';

/**
 * Options of {@link filterByEntity}.
 *
 * @category Entity
 * @example
 * ```ts
 * import { entities, type FilterByEntityOptions } from 'ru-tj-news';
 *
 * const options: FilterByEntityOptions = { match: 'all', entities };
 * options.match;
 * // => 'all'
 * ```
 */
export interface FilterByEntityOptions {
  /** `'any'` (the default) keeps an article that names at least one of the entities; `'all'` one that names every one. */
  readonly match?: Match | undefined;
  /** The registry that references are resolved against. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * Keeps the articles that name an entity, or some or all of several.
 *
 * A reference is an entity id or any of its names and aliases, in any
 * language, compared as {@link getEntity} compares them; so `'رحمون'`,
 * `'رحمن'` and `'Emomali Rahmon'` all mean `emomali-rahmon`. With several
 * references, `match: 'any'` (the default) keeps an article that names at
 * least one, and `match: 'all'` one that names every one. The input is not
 * changed, and the result keeps its order.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param refs - One reference, or a non-empty array of them.
 * @param options - `match`, and the `entities` registry for your own data.
 * @returns A new array of the matching articles, in input order.
 * @throws {UnknownEntityError} When a reference names no entity; its message suggests the closest names.
 * @throws {InvalidQueryError} When an argument has the wrong type, `refs` is empty, or a reference is ambiguous.
 * @throws {InvalidRecordError} When an article's `entities` is malformed.
 * @category Entity
 * @example
 * ```ts
 * import { articles, filterByEntity } from 'ru-tj-news';
 *
 * filterByEntity(articles, 'رحمون').length;
 * // => 3
 * filterByEntity(articles, ['Emomali Rahmon', 'سيرغي لافروف'], { match: 'all' }).length;
 * // => 0
 * filterByEntity(articles, ['emomali-rahmon', 'sergey-lavrov']).length;
 * // => 4
 * ```
 * @example
 * ```ts
 * import { articles, filterByEntity } from 'ru-tj-news';
 *
 * // An unknown name is an error that suggests the closest known ones.
 * try {
 *   filterByEntity(articles, 'Rahmun');
 * } catch (error) {
 *   (error as Error).message;
 *   // => 'Unknown entity "Rahmun": expected an entity id, name or alias such as "emomali-rahmon" or "رحمون". Did you mean "Rahmon"?'
 * }
 * ```
 */
export function filterByEntity<T extends Article>(
  list: readonly T[],
  refs: EntityRef | readonly EntityRef[],
  options: FilterByEntityOptions = {},
): T[] {
  assertList(list);
  assertOptions(options, ['match', 'entities'], 'the filterByEntity options');
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  const match = parseMatch(options.match);
  const wanted = resolveRefs(refs, (ref) => resolveEntity(ref, registry), 'entity', false);
  return list.filter((article, index) => matchesEntities(article, index, wanted, match));
}
