import { z } from 'zod';
import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { InvalidQueryError, InvalidRecordError } from './errors.js';
import { assertList, assertOptions } from './internal/arguments.js';
import { compileQuery, type CompiledQuery } from './internal/compileQuery.js';
import { buildDateIndex, candidateSpan, type DateIndex } from './internal/dateIndex.js';
import { articleInterval } from './internal/dates.js';
import { deepFreeze } from './internal/deepFreeze.js';
import { describeValue } from './internal/describeValue.js';
import { buildFacetIndex, hasValues, postingsOf, unionPostings, type FacetIndex } from './internal/facetIndex.js';
import { buildInvertedIndex, indexSearch, type InvertedIndex } from './internal/invertedIndex.js';
import { findEntity, findTopic } from './internal/refs.js';
import { parseSearch } from './internal/search.js';
import type { Query } from './query.js';
import { ArticleSchema, EntitySchema, TopicSchema, type Article, type Entity, type Topic } from './schema.js';

/**
 * Options of {@link createCorpus}.
 *
 * @category Search
 * @example
 * ```ts
 * import { entities, topics, type CreateCorpusOptions } from 'ru-tj-news';
 *
 * const options: CreateCorpusOptions = { entities, topics, validate: true };
 * options.validate;
 * // => true
 * ```
 */
export interface CreateCorpusOptions {
  /** The entity registry the records refer to. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
  /** The topic vocabulary the records refer to. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
  /**
   * Whether to parse every record with its schema (the default). Pass `false`
   * only for records that already passed `ArticleSchema`, such as records you
   * parsed and stored yourself: it skips the schema, which is most of the build
   * time, but dates, ids and references are still checked, and the records are
   * still frozen.
   */
  readonly validate?: boolean | undefined;
}

/**
 * An indexed, immutable corpus: made by {@link createCorpus}, it answers
 * queries and searches without scanning the articles.
 *
 * @category Search
 * @example
 * ```ts
 * import { corpus } from 'ru-tj-news';
 *
 * corpus.query({ entities: 'رحمون', to: '2022-12-31' }).map((article) => article.id);
 * // => ['2022-06-29-rahmon-putin-discuss-cooperation']
 * corpus.search('القاعدة العسكرية').length;
 * // => 3
 * ```
 */
export interface Corpus {
  /** The frozen records, in the order they were given. */
  readonly articles: readonly Article[];
  /** The entity registry that references are resolved against. */
  readonly entities: readonly Entity[];
  /** The topic vocabulary that references are resolved against. */
  readonly topics: readonly Topic[];
  /**
   * The article with this id, or `undefined`.
   *
   * @param id - An article id.
   * @returns The article, or `undefined` when none has that id.
   * @throws {InvalidQueryError} When `id` is not a string.
   */
  getArticle(id: string): Article | undefined;
  /**
   * The entity of this corpus's registry that a reference names, as {@link getEntity} resolves it.
   *
   * @param ref - An id, name or alias.
   * @returns The entity, or `undefined` when nothing matches.
   * @throws {InvalidQueryError} When `ref` is not a string, or is ambiguous.
   */
  getEntity(ref: string): Entity | undefined;
  /**
   * The topic of this corpus's vocabulary that a reference names, as {@link getTopic} resolves it.
   *
   * @param ref - An id, IPTC code or label.
   * @returns The topic, or `undefined` when nothing matches.
   * @throws {InvalidQueryError} When `ref` is not a string, or is ambiguous.
   */
  getTopic(ref: string): Topic | undefined;
  /**
   * Exactly what `query(corpus.articles, q, { entities, topics })` returns, from the indexes.
   *
   * @param q - The query; see {@link Query}.
   * @returns A new array of the matching articles: in corpus order, or ranked when `q.text` is given.
   * @throws The errors of {@link query}.
   */
  query(q: Query): Article[];
  /**
   * Exactly what `searchArticles(corpus.articles, text)` returns, from the inverted index.
   * The index is built on the first search, so a corpus that is never searched never pays for it.
   *
   * @param text - One or more words.
   * @returns A new array of the matching articles, best first.
   * @throws {InvalidQueryError} When `text` is blank or has no letters or digits.
   */
  search(text: string): Article[];
}

/**
 * Validates, freezes and indexes a corpus of articles, for fast queries on large data.
 *
 * Every record is parsed with `ArticleSchema` (unless `validate` is `false`),
 * and every entity and topic id it uses must be in the registries. The first
 * bad record stops the build with an {@link InvalidRecordError} that gives its
 * index, the path of the bad field and Zod's prettified issues; nothing is
 * half-built. The records are then frozen, and indexed: publication dates
 * sorted for binary search, typed-array posting lists per entity and topic,
 * and (on the first search) an inverted index of normalized, stemmed terms.
 * `corpus.query(q)` returns exactly what {@link query} returns on the same
 * articles.
 *
 * @param records - The articles: plain objects that fit `ArticleSchema`.
 * @param options - The registries the records refer to, and whether to validate.
 * @returns The indexed {@link Corpus}.
 * @throws {InvalidRecordError} When a record, entity or topic is invalid, an article id repeats, or a record refers to an id the registries lack.
 * @throws {InvalidQueryError} When `records` is not an array or `options` has an unknown key.
 * @category Search
 * @example
 * ```ts
 * import { articles, createCorpus } from 'ru-tj-news';
 *
 * const mine = createCorpus(articles);
 * mine.query({ from: '2025-01-01', topics: 'military-base' }).length;
 * // => 2
 * mine.search('افغانستان').length;
 * // => 3
 * Object.isFrozen(mine.articles[0]);
 * // => true
 * ```
 * @example
 * ```ts
 * import { articles, createCorpus } from 'ru-tj-news';
 *
 * // A bad record is reported with its index, its path and Zod's issues.
 * try {
 *   createCorpus([{ ...articles[0], topics: ['defence-cooperation'] }]);
 * } catch (error) {
 *   (error as Error).message.split('\n')[0];
 *   // => 'Invalid record at articles[0].topicEvidence:'
 * }
 * ```
 */
export function createCorpus(records: readonly unknown[], options: CreateCorpusOptions = {}): Corpus {
  assertList(records, 'records');
  assertOptions(options, ['entities', 'topics', 'validate'], 'the createCorpus options');
  const validate = options.validate ?? true;
  if (typeof validate !== 'boolean') throw new InvalidQueryError(`Invalid validate option ${describeValue(validate)}: expected true or false`, validate);
  const entities = registry(options.entities, shippedEntities, EntitySchema, 'entities', validate);
  const topics = registry(options.topics, shippedTopics, TopicSchema, 'topics', validate);
  const articles = validate ? records.map((record, index) => parseRecord(ArticleSchema, record, 'articles', index)) : (records as readonly Article[]);

  const count = articles.length;
  const byId = new Map<string, Article>();
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const entityIds = idMap(entities);
  const topicIds = idMap(topics);
  const entityValues: number[][] = new Array<number[]>(count);
  const topicValues: number[][] = new Array<number[]>(count);
  articles.forEach((article, index) => {
    if (byId.has(article.id)) fail(index, ['id'], `✖ Duplicate article id ${describeValue(article.id)}: expected every id to be unique`);
    byId.set(article.id, article);
    const [start, end] = articleInterval(article.publishedAt, index);
    starts[index] = start;
    ends[index] = end;
    entityValues[index] = facetValues(article.entities.map((entity) => entity.id), entityIds, index, 'entities', 'options.entities');
    topicValues[index] = facetValues(article.topics, topicIds, index, 'topics', 'options.topics');
  });
  // Validated records come out of Zod frozen; trusted ones are frozen here, after every check passed.
  if (!validate) for (const article of articles) deepFreeze(article);

  return new IndexedCorpus(
    Object.freeze([...articles]),
    entities,
    topics,
    byId,
    buildDateIndex(starts, ends),
    buildFacetIndex(entityIds, count, (document) => entityValues[document] ?? []),
    buildFacetIndex(topicIds, count, (document) => topicValues[document] ?? []),
  );
}

function fail(index: number, path: readonly PropertyKey[], problem: string): never {
  throw new InvalidRecordError({ collection: 'articles', index, path, problem });
}

function parseRecord<T>(schema: z.ZodType<T>, record: unknown, collection: 'articles' | 'entities' | 'topics', index: number): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  throw new InvalidRecordError({
    collection,
    index,
    path: result.error.issues[0]?.path ?? [],
    problem: z.prettifyError(result.error),
    issues: result.error.issues,
  });
}

function registry<T extends { readonly id: string }>(
  given: unknown,
  shipped: readonly T[],
  schema: z.ZodType<T>,
  collection: 'entities' | 'topics',
  validate: boolean,
): readonly T[] {
  if (given === undefined) return shipped;
  assertList(given, `options.${collection}`, collection);
  const list = given as readonly unknown[];
  const items = validate ? list.map((item, index) => parseRecord(schema, item, collection, index)) : (list as readonly T[]);
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new InvalidRecordError({ collection, index, path: ['id'], problem: `✖ Duplicate id ${describeValue(item.id)}: expected every id to be unique` });
    }
    seen.add(item.id);
  });
  if (!validate) for (const item of items) deepFreeze(item);
  return Object.isFrozen(items) ? items : Object.freeze([...items]);
}

function idMap(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

function facetValues(ids: readonly string[], known: ReadonlyMap<string, number>, index: number, field: 'entities' | 'topics', option: string): number[] {
  const values: number[] = [];
  ids.forEach((id, position) => {
    const value = known.get(id);
    if (value === undefined) {
      fail(index, field === 'entities' ? ['entities', position, 'id'] : ['topics', position], `✖ Unknown ${field === 'entities' ? 'entity' : 'topic'} id ${describeValue(id)}: expected an id of ${option}`);
    }
    if (!values.includes(value)) values.push(value);
  });
  return values;
}

/** Above this share of the corpus, a date range is answered by one pass in corpus order instead of a sort. */
const SCAN_SHARE = 1 / 8;

class IndexedCorpus implements Corpus {
  #text: InvertedIndex | undefined;

  constructor(
    readonly articles: readonly Article[],
    readonly entities: readonly Entity[],
    readonly topics: readonly Topic[],
    private readonly byId: ReadonlyMap<string, Article>,
    private readonly dates: DateIndex,
    private readonly entityIndex: FacetIndex,
    private readonly topicIndex: FacetIndex,
  ) {}

  getArticle(id: string): Article | undefined {
    if (typeof id !== 'string') throw new InvalidQueryError(`Expected an article id to be a string, got ${describeValue(id)}`, id);
    return this.byId.get(id);
  }

  getEntity(ref: string): Entity | undefined {
    return findEntity(ref, this.entities);
  }

  getTopic(ref: string): Topic | undefined {
    return findTopic(ref, this.topics);
  }

  search(text: string): Article[] {
    const terms = parseSearch(text);
    return indexSearch(this.textIndex(), terms, (document) => this.dates.starts[document] ?? 0).map((hit) => this.articles[hit.index] as Article);
  }

  query(q: Query): Article[] {
    const compiled = compileQuery(q, this.entities, this.topics);
    const entities = compiled.entities.map((id) => this.entityIndex.ids.get(id) ?? -1);
    const topics = compiled.topics.map((id) => this.topicIndex.ids.get(id) ?? -1);
    const { match, range } = compiled;
    const from = range?.from ?? -Infinity;
    const to = range?.to ?? Infinity;
    const { starts, ends } = this.dates;
    const keep = (document: number): boolean =>
      (range === undefined || ((starts[document] ?? 0) <= to && (ends[document] ?? 0) >= from)) &&
      (entities.length === 0 || hasValues(this.entityIndex, document, entities, match)) &&
      (topics.length === 0 || hasValues(this.topicIndex, document, topics, match));

    if (compiled.terms !== undefined) {
      const hits = indexSearch(this.textIndex(), compiled.terms, (document) => starts[document] ?? 0);
      const kept: Article[] = [];
      for (const hit of hits) if (keep(hit.index)) kept.push(this.articles[hit.index] as Article);
      return kept;
    }
    return this.collect(this.candidates(compiled, entities, topics), keep);
  }

  /** The smallest set of documents that must hold every match: a posting list, a union of them, or a date span. */
  private candidates(compiled: CompiledQuery, entities: readonly number[], topics: readonly number[]): Uint32Array | readonly [number, number] | undefined {
    let best: Uint32Array | readonly [number, number] | undefined;
    let bestSize = this.articles.length;
    if (compiled.range !== undefined) {
      const span = candidateSpan(this.dates, compiled.range.from, compiled.range.to);
      best = span;
      bestSize = span[1] - span[0];
    }
    for (const [values, index] of [[entities, this.entityIndex], [topics, this.topicIndex]] as const) {
      if (values.length === 0) continue;
      const lists = values.map((value) => (value < 0 ? new Uint32Array(0) : postingsOf(index, value)));
      // With 'all', the shortest list bounds the result; with 'any', the union does.
      const size = compiled.match === 'all' ? Math.min(...lists.map((list) => list.length)) : lists.reduce((sum, list) => sum + list.length, 0);
      if (size < bestSize || best === undefined) {
        bestSize = size;
        best = compiled.match === 'all' ? lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest)) : unionPostings(lists);
      }
    }
    return best;
  }

  private collect(candidates: Uint32Array | readonly [number, number] | undefined, keep: (document: number) => boolean): Article[] {
    const out: Article[] = [];
    if (candidates === undefined) return [...this.articles];
    if (candidates instanceof Uint32Array) {
      for (const document of candidates) if (keep(document)) out.push(this.articles[document] as Article);
      return out;
    }
    const [low, high] = candidates;
    if (high - low > this.articles.length * SCAN_SHARE) {
      // A wide date span: one pass in corpus order beats sorting the span.
      for (let document = 0; document < this.articles.length; document += 1) if (keep(document)) out.push(this.articles[document] as Article);
      return out;
    }
    const documents = new Uint32Array(high - low);
    let size = 0;
    for (let at = low; at < high; at += 1) {
      const document = this.dates.order[at] ?? 0;
      if (keep(document)) {
        documents[size] = document;
        size += 1;
      }
    }
    for (const document of documents.subarray(0, size).sort()) out.push(this.articles[document] as Article);
    return out;
  }

  private textIndex(): InvertedIndex {
    this.#text ??= buildInvertedIndex(this.articles);
    return this.#text;
  }
}
