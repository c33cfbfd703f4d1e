import { z } from 'zod';

import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { InvalidQueryError, InvalidRecordError } from './errors.js';
import { assertList, assertOptions } from './internal/args/arguments.js';
import { type CompiledQuery, compileQuery } from './internal/args/compileQuery.js';
import { describeValue } from './internal/args/describeValue.js';
import { buildDateIndex, candidateSpan, type DateIndex, earliestStart } from './internal/corpus/dateIndex.js';
import { deepFreeze } from './internal/corpus/deepFreeze.js';
import {
  buildFacetIndex,
  datedPostings,
  type FacetIndex,
  hasValues,
  postingsOf,
} from './internal/corpus/facetIndex.js';
import { IdTable } from './internal/corpus/idTable.js';
import { Uint32Buffer } from './internal/corpus/uint32Buffer.js';
import { articleStart, publishedEnd } from './internal/dates/parse.js';
import { findEntity, findTopic } from './internal/registry/refs.js';
import { buildInvertedIndex, indexSearch, type InvertedIndex } from './internal/search/invertedIndex.js';
import { parseSearch } from './internal/search/search.js';
import { MentionCheck } from './internal/text/spelling.js';
import type { Query } from './query.js';
import { type Article, ArticleSchema, type Entity, EntitySchema, type Topic, TopicSchema } from './schema.js';
import type { ArticleId, EntityRef, TopicRef } from './types.js';

/**
 * Options of {@link createCorpus}.
 *
 * @category Corpus
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
   * time, but dates, ids, references and mention spans are still checked, and the records are
   * still frozen.
   */
  readonly validate?: boolean | undefined;
}

/**
 * An indexed, immutable corpus: made by {@link createCorpus}, it answers
 * queries and searches without scanning the articles.
 *
 * @category Corpus
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
  getArticle(id: ArticleId): Article | undefined;
  /**
   * The entity of this corpus's registry that a reference names, as {@link getEntity} resolves it.
   *
   * @param ref - An id, name or alias.
   * @returns The entity, or `undefined` when nothing matches.
   * @throws {InvalidQueryError} When `ref` is not a string, or is ambiguous.
   */
  getEntity(ref: EntityRef): Entity | undefined;
  /**
   * The topic of this corpus's vocabulary that a reference names, as {@link getTopic} resolves it.
   *
   * @param ref - An id, IPTC code or label.
   * @returns The topic, or `undefined` when nothing matches.
   * @throws {InvalidQueryError} When `ref` is not a string, or is ambiguous.
   */
  getTopic(ref: TopicRef): Topic | undefined;
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
 * every entity and topic id it uses must be in the registries, and every
 * mention span must lie inside its field and spell a name or alias of its
 * entity (after Arabic normalization; see the data model guide). The first
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
 * @throws {InvalidRecordError} When a record, entity or topic is invalid, an article id repeats, a record refers to an id the registries lack, or a mention span does not spell its entity.
 * @throws {InvalidQueryError} When `records` is not an array or `options` has an unknown key.
 * @category Corpus
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
  if (typeof validate !== 'boolean') {
    throw new InvalidQueryError(`Invalid validate option ${describeValue(validate)}: expected true or false`, validate);
  }
  const entities = registry(options.entities, shippedEntities, EntitySchema, 'entities', validate);
  const topics = registry(options.topics, shippedTopics, TopicSchema, 'topics', validate);
  const articles = validate
    ? records.map((record, index) => parseRecord(ArticleSchema, record, 'articles', index))
    : (records as readonly Article[]);

  const count = articles.length;
  const byId = new IdTable(count, (document) => (articles[document] as Article).id);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const entityIds = idMap(entities);
  const topicIds = idMap(topics);
  // Each document's entity and topic numbers, flat: no small array per document.
  const entityValues = new FlatLists(count);
  const spans = new MentionCheck(entities);
  const topicValues = new FlatLists(count);
  for (let index = 0; index < count; index += 1) {
    const article = articles[index] as Article;
    if (typeof article.id !== 'string') {
      fail(index, ['id'], `✖ Expected an article id string, got ${describeValue(article.id)}`);
    }
    if (byId.add(article.id, index) !== -1) {
      fail(index, ['id'], `✖ Duplicate article id ${describeValue(article.id)}: expected every id to be unique`);
    }
    const start = articleStart(article.publishedAt, index);
    starts[index] = start;
    ends[index] = publishedEnd(article.publishedAt, start);
    const { entities: mentioned } = article;
    for (let position = 0; position < mentioned.length; position += 1) {
      const value = entityIds.get(mentioned[position]?.id ?? '');
      if (value === undefined) {
        fail(
          index,
          ['entities', position, 'id'],
          `✖ Unknown entity id ${describeValue(mentioned[position]?.id)}: expected an id of options.entities`,
        );
      }
      checkMentions(spans, article, index, position, value);
      entityValues.add(value);
    }
    entityValues.end(index);
    for (let position = 0; position < article.topics.length; position += 1) {
      const value = topicIds.get(article.topics[position] ?? '');
      if (value === undefined) {
        fail(
          index,
          ['topics', position],
          `✖ Unknown topic id ${describeValue(article.topics[position])}: expected an id of options.topics`,
        );
      }
      topicValues.add(value);
    }
    topicValues.end(index);
  }
  // Validated records come out of Zod frozen; trusted ones are frozen here, after every check passed.
  if (!validate) {
    for (const article of articles) {
      deepFreeze(article);
    }
  }

  const dates = buildDateIndex(starts, ends);
  // Frozen like the records: a shared corpus cannot be repointed at other data.
  const built = new IndexedCorpus(
    Object.freeze([...articles]),
    entities,
    topics,
    byId,
    dates,
    buildFacetIndex(entityIds, entityValues.offsets, entityValues.values(), dates),
    buildFacetIndex(topicIds, topicValues.offsets, topicValues.values(), dates),
  );
  return Object.freeze(built);
}

/** Checks that each mention of the entity at `position` lies inside its field and spells the entity. */
function checkMentions(check: MentionCheck, article: Article, index: number, position: number, value: number): void {
  const { mentions } = article.entities[position] as { readonly mentions: unknown };
  if (!Array.isArray(mentions) || mentions.length === 0) {
    fail(
      index,
      ['entities', position, 'mentions'],
      `✖ Expected a non-empty list of mentions, got ${describeValue(mentions)}`,
    );
  }
  for (let at = 0; at < mentions.length; at += 1) {
    const problem = check.problem(article, value, mentions[at]);
    if (problem !== undefined) {
      fail(index, ['entities', position, 'mentions', at, problem.key], `✖ ${problem.message}`);
    }
  }
}

function fail(index: number, path: readonly PropertyKey[], problem: string): never {
  throw new InvalidRecordError({ collection: 'articles', index, path, problem });
}

function parseRecord<T>(
  schema: z.ZodType<T>,
  record: unknown,
  collection: 'articles' | 'entities' | 'topics',
  index: number,
): T {
  const result = schema.safeParse(record);
  if (result.success) {
    return result.data;
  }
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
  if (given === undefined) {
    return shipped;
  }
  assertList(given, `options.${collection}`, collection);
  const list = given as readonly unknown[];
  const items = validate
    ? list.map((item, index) => parseRecord(schema, item, collection, index))
    : (list as readonly T[]);
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new InvalidRecordError({
        collection,
        index,
        path: ['id'],
        problem: `✖ Duplicate id ${describeValue(item.id)}: expected every id to be unique`,
      });
    }
    seen.add(item.id);
  });
  if (!validate) {
    for (const item of items) {
      deepFreeze(item);
    }
  }
  return Object.isFrozen(items) ? items : Object.freeze([...items]);
}

function idMap(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

/** Lists of distinct numbers, one per document, stored flat as offsets and values. */
class FlatLists {
  readonly offsets: Uint32Array;
  readonly #values = new Uint32Buffer();
  /** The document whose list is open. */
  #current = 0;

  constructor(count: number) {
    this.offsets = new Uint32Array(count + 1);
  }

  /** Adds a value to the open document's list, unless the list has it already. */
  add(value: number): void {
    const { array, length } = this.#values;
    for (let at = this.offsets[this.#current] ?? 0; at < length; at += 1) {
      if (array[at] === value) {
        return;
      }
    }
    this.#values.push(value);
  }

  /** Closes the list of document `document`. */
  end(document: number): void {
    this.offsets[document + 1] = this.#values.length;
    this.#current = document + 1;
  }

  values(): Uint32Array {
    return this.#values.array.subarray(0, this.#values.length);
  }
}

/** Above this share of the corpus, candidates are read in corpus order (a scan or a bitmap) instead of sorted. */
const SCAN_SHARE = 1 / 16;

/** Where a query's candidates come from. */
type Candidates =
  | { readonly kind: 'everything'; readonly size: number }
  | { readonly kind: 'span'; readonly size: number; readonly low: number; readonly high: number }
  | {
      readonly kind: 'lists';
      readonly size: number;
      readonly lists: readonly Uint32Array[];
      /** One list in corpus order: read as it is. */
      readonly inOrder: boolean;
      /** Cut to the date range by start. */
      readonly dated: boolean;
      readonly facet: 'entities' | 'topics';
      /** Whether the union of the lists is exactly the set of documents that pass the facet. */
      readonly exact: boolean;
    };

class IndexedCorpus implements Corpus {
  #text: InvertedIndex | undefined;

  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  // True private fields: the indexes are not reachable from outside, so a frozen corpus cannot be changed through them.
  readonly #byId: IdTable;
  readonly #dates: DateIndex;
  readonly #entityIndex: FacetIndex;
  readonly #topicIndex: FacetIndex;

  constructor(
    articles: readonly Article[],
    entities: readonly Entity[],
    topics: readonly Topic[],
    byId: IdTable,
    dates: DateIndex,
    entityIndex: FacetIndex,
    topicIndex: FacetIndex,
  ) {
    this.articles = articles;
    this.entities = entities;
    this.topics = topics;
    this.#byId = byId;
    this.#dates = dates;
    this.#entityIndex = entityIndex;
    this.#topicIndex = topicIndex;
  }

  getArticle(id: ArticleId): Article | undefined {
    if (typeof id !== 'string') {
      throw new InvalidQueryError(`Expected an article id to be a string, got ${describeValue(id)}`, id);
    }
    const document = this.#byId.get(id);
    return document === -1 ? undefined : this.articles[document];
  }

  getEntity(ref: EntityRef): Entity | undefined {
    return findEntity(ref, this.entities);
  }

  getTopic(ref: TopicRef): Topic | undefined {
    return findTopic(ref, this.topics);
  }

  search(text: string): Article[] {
    const terms = parseSearch(text);
    const ranked = indexSearch(this.textIndex(), terms, (document) => this.#dates.starts[document] ?? 0);
    const out = new Array<Article>(ranked.length);
    for (let at = 0; at < ranked.length; at += 1) {
      out[at] = this.articles[ranked[at] ?? 0] as Article;
    }
    return out;
  }

  query(q: Query): Article[] {
    const compiled = compileQuery(q, this.entities, this.topics);
    const entities = compiled.entities.map((id) => this.#entityIndex.ids.get(id) ?? -1);
    const topics = compiled.topics.map((id) => this.#topicIndex.ids.get(id) ?? -1);
    const { match, range } = compiled;
    const from = range?.from ?? -Infinity;
    const to = range?.to ?? Infinity;
    const { starts, ends } = this.#dates;
    const entityIndex = this.#entityIndex;
    const topicIndex = this.#topicIndex;
    // Ranked search hits guarantee nothing; other candidates may guarantee some checks.
    const candidates: Candidates =
      compiled.terms === undefined
        ? this.candidates(compiled, entities, topics)
        : { kind: 'everything', size: this.articles.length };
    // Check only what the candidates do not already guarantee: a narrow span or a dated
    // list guarantees the start, and a facet's own lists guarantee that facet.
    const wideSpan = candidates.kind === 'span' && candidates.size > this.articles.length * SCAN_SHARE;
    const startKnown = (candidates.kind === 'span' && !wideSpan) || (candidates.kind === 'lists' && candidates.dated);
    const checkEntities =
      entities.length > 0 && !(candidates.kind === 'lists' && candidates.facet === 'entities' && candidates.exact);
    const checkTopics =
      topics.length > 0 && !(candidates.kind === 'lists' && candidates.facet === 'topics' && candidates.exact);
    const keep = (document: number): boolean =>
      (range === undefined || ((startKnown || (starts[document] ?? 0) <= to) && (ends[document] ?? 0) >= from)) &&
      (!checkEntities || hasValues(entityIndex, document, entities, match)) &&
      (!checkTopics || hasValues(topicIndex, document, topics, match));
    if (compiled.terms === undefined) {
      return this.collect(candidates, keep);
    }
    const kept: Article[] = [];
    for (const document of indexSearch(this.textIndex(), compiled.terms, (hit) => starts[hit] ?? 0)) {
      if (keep(document)) {
        kept.push(this.articles[document] as Article);
      }
    }
    return kept;
  }

  /** The smallest set of documents that must hold every match: a date span, one posting list, or a union of them. */
  private candidates(compiled: CompiledQuery, entities: readonly number[], topics: readonly number[]): Candidates {
    const { range, match } = compiled;
    let best: Candidates = { kind: 'everything', size: this.articles.length };
    if (range !== undefined) {
      const [low, high] = candidateSpan(this.#dates, range.from, range.to);
      best = { kind: 'span', size: high - low, low, high };
    }
    for (const [facet, values, index] of [
      ['entities', entities, this.#entityIndex],
      ['topics', topics, this.#topicIndex],
    ] as const) {
      if (values.length === 0) {
        continue;
      }
      // With a date range, each list is cut to the range by binary search in its dated copy.
      const lists = values.map((value) =>
        range === undefined
          ? postingsOf(index, value)
          : datedPostings(index, value, earliestStart(range.from), range.to),
      );
      const chosen =
        match === 'all' ? [lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest))] : lists;
      const size = chosen.reduce((sum, list) => sum + list.length, 0);
      if (size < best.size) {
        best = {
          kind: 'lists',
          size,
          lists: chosen,
          inOrder: range === undefined && chosen.length === 1,
          dated: range !== undefined,
          facet,
          // The union of the lists is exactly the facet's matches, so the facet needs no second check.
          exact: match === 'any' || values.length === 1,
        };
      }
    }
    return best;
  }

  private collect(candidates: Candidates, keep: (document: number) => boolean): Article[] {
    const { articles } = this;
    const out: Article[] = [];
    const wide = candidates.size > articles.length * SCAN_SHARE;
    if (candidates.kind === 'everything' || (candidates.kind === 'span' && wide)) {
      // One pass in corpus order beats gathering and sorting most of the corpus.
      for (let document = 0; document < articles.length; document += 1) {
        if (keep(document)) {
          out.push(articles[document] as Article);
        }
      }
      return out;
    }
    if (candidates.kind === 'lists' && candidates.inOrder) {
      for (const document of candidates.lists[0] ?? []) {
        if (keep(document)) {
          out.push(articles[document] as Article);
        }
      }
      return out;
    }
    if (candidates.kind === 'lists' && wide) {
      // Mark the union in a bitmap, then read it back in corpus order.
      const bitmap = new Uint32Array(Math.ceil(articles.length / 32));
      for (const list of candidates.lists) {
        for (const document of list) {
          bitmap[document >>> 5] = (bitmap[document >>> 5] ?? 0) | (1 << (document & 31));
        }
      }
      for (let word = 0; word < bitmap.length; word += 1) {
        let bits = bitmap[word] ?? 0;
        while (bits !== 0) {
          const bit = 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          const document = word * 32 + bit;
          if (keep(document)) {
            out.push(articles[document] as Article);
          }
        }
      }
      return out;
    }
    // A narrow span or narrow lists: gather what passes, then sort into corpus order.
    const kept = new Uint32Array(candidates.size);
    let size = 0;
    const gather = (document: number): void => {
      if (keep(document)) {
        kept[size] = document;
        size += 1;
      }
    };
    if (candidates.kind === 'span') {
      for (let at = candidates.low; at < candidates.high; at += 1) {
        gather(this.#dates.order[at] ?? 0);
      }
    } else {
      for (const list of candidates.lists) {
        for (const document of list) {
          gather(document);
        }
      }
    }
    const sorted = kept.subarray(0, size).sort();
    for (let at = 0; at < sorted.length; at += 1) {
      // With 'any', a document can be in two lists.
      if (at === 0 || sorted[at] !== sorted[at - 1]) {
        out.push(articles[sorted[at] ?? 0] as Article);
      }
    }
    return out;
  }

  private textIndex(): InvertedIndex {
    this.#text ??= buildInvertedIndex(this.articles);
    return this.#text;
  }
}
