import type { CountByEntityOptions } from './countByEntity.js';
import { entities as shippedEntities } from './data/entities.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { entitiesById, parseEntityType } from './internal/registry/lookups.js';
import { entityIdsOf } from './internal/registry/membership.js';
import type { Article, Entity } from './schema.js';

/**
 * One edge of {@link cooccurrence}: two entities and the articles that name both.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, cooccurrence, type Cooccurrence } from 'ru-tj-news';
 *
 * const [strongest]: Cooccurrence[] = cooccurrence(articles, { type: 'person' });
 * [strongest?.source.id, strongest?.target.id, strongest?.count];
 * // => ['emomali-rahmon', 'vladimir-putin', 3]
 * ```
 */
export interface Cooccurrence {
  /** One entity of the pair: the one whose id sorts first. */
  readonly source: Entity;
  /** The other entity of the pair. */
  readonly target: Entity;
  /** How many articles name both. */
  readonly count: number;
}

/**
 * Counts the articles in which each pair of entities appears together: the edges of a network chart.
 *
 * Each unordered pair appears once, with `source.id` before `target.id`.
 * Pairs that never meet are left out. With `type`, only entities of that
 * type are paired. The edges are sorted by `count`, highest first, then by
 * `source.id` and `target.id`. The work grows with the square of the entities
 * per article, not of the registry.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `type`, to pair only people, places and so on, and the `entities` registry for your own data.
 * @returns A new array of `{ source, target, count }`.
 * @throws {UnknownEntityError} When an article names an entity id that the registry does not have: the message names the article, and asks for the registry its records were built with.
 * @throws {InvalidQueryError} When `type` is not an entity type, or an argument has the wrong type.
 * @throws {InvalidRecordError} When an article's `entities` is malformed.
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, cooccurrence } from 'ru-tj-news';
 *
 * const edges = cooccurrence(articles, { type: 'person' });
 * edges.length;
 * // => 16
 * edges.slice(0, 2).map(({ source, target, count }) => `${source.name.en} – ${target.name.en}: ${count}`);
 * // => ['Emomali Rahmon – Vladimir Putin: 3', 'Emomali Rahmon – Yuri Ushakov: 2']
 * ```
 */
export function cooccurrence(list: readonly Article[], options: CountByEntityOptions = {}): Cooccurrence[] {
  assertList(list);
  assertOptions(options, ['type', 'entities'], 'the cooccurrence options');
  const type = parseEntityType(options.type);
  const lookUp = entitiesById(
    optionOr(options, 'entities', shippedEntities),
    ownOption(options, 'entities') !== undefined,
  );
  const edges = new Map<string, { source: Entity; target: Entity; count: number }>();
  list.forEach((article, index) => {
    const source = { article, index };
    const named = [...new Set(entityIdsOf(article, index))]
      .map((id) => lookUp(id, source))
      .filter((entity) => type === undefined || entity.type === type)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let left = 0; left < named.length; left += 1) {
      for (let right = left + 1; right < named.length; right += 1) {
        const source = named[left] as Entity;
        const target = named[right] as Entity;
        // Ids are kebab-case, so a space cannot occur inside one.
        const key = `${source.id} ${target.id}`;
        const edge = edges.get(key) ?? { source, target, count: 0 };
        edge.count += 1;
        edges.set(key, edge);
      }
    }
  });
  return [...edges.values()]
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : a.target.id < b.target.id ? -1 : 1),
    )
    .map(({ source, target, count }) => ({ source, target, count }));
}
