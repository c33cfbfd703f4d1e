import { entities as shippedEntities } from './data/entities.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { recordIssue } from './internal/args/recordIssue.js';
import { byCountThenName, entitiesById, parseEntityType } from './internal/registry/lookups.js';
import { entityIdsOf } from './internal/registry/membership.js';
import type { Article, Entity, EntityType } from './schema.js';

/**
 * One row of {@link countByEntity}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByEntity, type EntityCount } from 'ru-tj-news';
 *
 * const [top]: EntityCount[] = countByEntity(articles);
 * top?.entity.id;
 * // => 'russia'
 * ```
 */
export interface EntityCount {
  /** The entity, from the registry. */
  readonly entity: Entity;
  /** How many articles name it. */
  readonly count: number;
  /** How many times the articles name it, over all their mentions. */
  readonly mentions: number;
}

/**
 * Options of {@link countByEntity} and {@link cooccurrence}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { type CountByEntityOptions } from 'ru-tj-news';
 *
 * const options: CountByEntityOptions = { type: 'person' };
 * options.type;
 * // => 'person'
 * ```
 */
export interface CountByEntityOptions {
  /** Counts only entities of this type. */
  readonly type?: EntityType | undefined;
  /** The registry that the articles' entity ids are looked up in. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * Counts, for each entity, the articles that name it, for a bar chart of who and what the news is about.
 *
 * Each article counts once per entity however often it names it; `mentions`
 * adds up the mentions as well. Entities no article names are left out. The
 * rows are sorted by `count`, highest first, then by English name.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `type`, to count only people, places and so on, and the `entities` registry for your own data.
 * @returns A new array of `{ entity, count, mentions }`.
 * @throws {UnknownEntityError} When an article names an entity id that the registry does not have: the message names the article, and asks for the registry its records were built with.
 * @throws {InvalidQueryError} When `type` is not an entity type, or an argument has the wrong type.
 * @throws {InvalidRecordError} When an article's `entities` is malformed.
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByEntity } from 'ru-tj-news';
 *
 * countByEntity(articles, { type: 'person' })
 *   .slice(0, 3)
 *   .map(({ entity, count }) => `${entity.name.en}: ${count}`);
 * // => ['Emomali Rahmon: 3', 'Vladimir Putin: 3', 'Yuri Ushakov: 2']
 * ```
 */
export function countByEntity(list: readonly Article[], options: CountByEntityOptions = {}): EntityCount[] {
  assertList(list);
  assertOptions(options, ['type', 'entities'], 'the countByEntity options');
  const type = parseEntityType(options.type);
  const lookUp = entitiesById(
    optionOr(options, 'entities', shippedEntities),
    ownOption(options, 'entities') !== undefined,
  );
  // `last` is the index of the last article counted in the row: a record that lists an entity twice counts once.
  const counts = new Map<string, { entity: Entity; count: number; mentions: number; last: number }>();
  list.forEach((article, index) => {
    const ids = entityIdsOf(article, index);
    const source = { article, index };
    ids.forEach((id, position) => {
      const entity = lookUp(id, source);
      if (type !== undefined && entity.type !== type) {
        return;
      }
      const row = counts.get(id) ?? { entity, count: 0, mentions: 0, last: -1 };
      if (row.last !== index) {
        row.count += 1;
        row.last = index;
      }
      // entityIdsOf read this entry, so it is an object; its mentions are checked here, where they are read.
      const { mentions } = article.entities[position] as { readonly mentions?: unknown };
      if (!Array.isArray(mentions)) {
        throw recordIssue(
          index,
          ['entities', position, 'mentions'],
          `Expected mentions to be an array, got ${describeValue(mentions)}`,
        );
      }
      row.mentions += mentions.length;
      counts.set(id, row);
    });
  });
  return [...counts.values()]
    .sort((a, b) =>
      byCountThenName(
        { count: a.count, name: a.entity.name.en, id: a.entity.id },
        { count: b.count, name: b.entity.name.en, id: b.entity.id },
      ),
    )
    .map(({ entity, count, mentions }) => ({ entity, count, mentions }));
}
