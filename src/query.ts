import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { assertArticle, assertList, assertOptions, optionOr } from './internal/args/arguments.js';
import { compileQuery } from './internal/args/compileQuery.js';
import { isArticleInRange } from './internal/dates/parse.js';
import { matchesEntities, matchesTopics } from './internal/registry/membership.js';
import { scanSearch } from './internal/search/scanSearch.js';
import type { Article, Entity, Topic } from './schema.js';
import type { DateBound, EntityRef, Match, TopicRef } from './types.js';

/**
 * What {@link query} and {@link Corpus.query} look for. Every part is
 * optional, and the parts combine with AND. `undefined` parts are ignored, so a
 * dashboard can pass its state as it is.
 *
 * @category Search
 * @example
 * ```ts
 * import type { Query } from 'ru-tj-news';
 *
 * const q: Query = { from: '2022-01-01', entities: ['رحمون'], topics: 'summits', text: 'التعاون' };
 * q.topics;
 * // => 'summits'
 * ```
 */
export interface Query {
  /** Keep articles from this date on, as in {@link filterByDate}. */
  readonly from?: DateBound | undefined;
  /** Keep articles up to this date, as in {@link filterByDate}. */
  readonly to?: DateBound | undefined;
  /** Keep articles that name these entities, as in {@link filterByEntity}. An empty array does not filter. */
  readonly entities?: EntityRef | readonly EntityRef[] | undefined;
  /** Keep articles that cover these topics, as in {@link filterByTopic}. An empty array does not filter. */
  readonly topics?: TopicRef | readonly TopicRef[] | undefined;
  /** Keep articles that match this search, ranked as in {@link searchArticles}. */
  readonly text?: string | undefined;
  /** How several `entities`, and several `topics`, combine: `'any'` (the default) or `'all'`. */
  readonly match?: Match | undefined;
}

/**
 * The registries {@link query} resolves references against.
 *
 * @category Search
 * @example
 * ```ts
 * import { entities, topics, type QueryOptions } from 'ru-tj-news';
 *
 * const options: QueryOptions = { entities, topics };
 * options.entities?.length;
 * // => 60
 * ```
 */
export interface QueryOptions {
  /** The entity registry. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
  /** The topic vocabulary. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
}

/**
 * Filters articles by date, entities, topics and text at once: the one call a dashboard needs.
 *
 * It is {@link filterByDate}, {@link filterByEntity}, {@link filterByTopic}
 * and {@link searchArticles} combined with AND, with the same rules and
 * errors. `match` applies to `entities` and to `topics` separately: with
 * `'all'`, an article must name every entity and cover every topic. Without
 * `text` the result keeps the input order; with `text` it is ranked, with
 * BM25 statistics computed over the whole `list`, so a filter never changes
 * the order of what it keeps.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param q - The query; see {@link Query}.
 * @param options - The registries for your own entities and topics; `entities` also gives the entity names that `text` matches.
 * @returns A new array of the matching articles.
 * @throws {InvalidDateError} When a date cannot be read, or `from` is later than `to`.
 * @throws {UnknownEntityError} When an entity reference names nothing.
 * @throws {UnknownTopicError} When a topic reference names nothing.
 * @throws {InvalidQueryError} When `q` has an unknown key or a value of the wrong type, or `text` is blank, has no letters or digits, has only exclusions, or misuses `-`, `"` or `*`.
 * @throws {InvalidRecordError} When an article is malformed in a field the query reads.
 * @category Search
 * @example
 * ```ts
 * import { articles, query } from 'ru-tj-news';
 *
 * query(articles, { from: '2022-01-01', entities: 'رحمون', topics: 'summits' }).map((article) => article.publishedAt);
 * // => ['2022-06-29', '2025-10-09', '2025-10-09T10:51:00Z']
 * query(articles, { entities: ['Putin', 'Lavrov'], match: 'all' }).length;
 * // => 0
 * query(articles, { to: '2022-12-31', text: 'طاجيكستان' }).length;
 * // => 3
 * ```
 */
export function query<T extends Article>(list: readonly T[], q: Query, options: QueryOptions = {}): T[] {
  assertList(list);
  assertOptions(options, ['entities', 'topics'], 'the query options');
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  const vocabulary = optionOr(options, 'topics', shippedTopics);
  assertList(vocabulary, 'options.topics', 'topics');
  const compiled = compileQuery(q, registry, vocabulary);
  const { range, entities, topics, match, search } = compiled;
  const keep = (article: T, index: number): boolean => {
    // A JavaScript caller can pass anything; only an object has fields to read.
    assertArticle(article, index);
    return (
      (range === undefined || isArticleInRange(article.publishedAt, index, range)) &&
      (entities.length === 0 || matchesEntities(article, index, entities, match)) &&
      (topics.length === 0 || matchesTopics(article, index, topics, match))
    );
  };
  if (search === undefined) {
    return list.filter(keep);
  }
  const kept: T[] = [];
  for (const index of scanSearch(list, search, 0, Infinity).documents) {
    // The ranking holds positions in list.
    const article = list[index]!;
    if (keep(article, index)) {
      kept.push(article);
    }
  }
  return kept;
}
