import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { InvalidQueryError } from './errors.js';
import { assertArticleId, assertList, assertOptions } from './internal/args/arguments.js';
import { compileQuery } from './internal/args/compileQuery.js';
import { describeValue } from './internal/args/describeValue.js';
import { buildCorpusIndexes, type CorpusIndexes } from './internal/corpus/corpusIndexes.js';
import { deepFreeze } from './internal/corpus/deepFreeze.js';
import { executePlan, searchDocuments } from './internal/corpus/execute.js';
import { planQuery } from './internal/corpus/plan.js';
import { checkMissingSpaces, checkRegistry, parseArticles } from './internal/corpus/validate.js';
import { findEntity, findTopic } from './internal/registry/refs.js';
import { buildInvertedIndex, type InvertedIndex } from './internal/search/invertedIndex.js';
import { parseSearch } from './internal/search/search.js';
import type { Query } from './query.js';
import { type Article, type Entity, EntitySchema, type Topic, TopicSchema } from './schema.js';
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
   * time, but the shape the indexes read (an object with a string title and body, and
   * entities and topics arrays), dates, ids, references and mention spans are still
   * checked, and the records are still frozen.
   */
  readonly validate?: boolean | undefined;
  /**
   * Places where a source runs two words together, each written as the two words
   * with a `|` where the space is missing, such as `'الوزير|لافروف'`. A mention
   * span must start where its word starts (clitics aside); where a listed pair
   * occurs, the second word starts a word of its own. The one place of the shipped
   * data, `'الوزير|لافروف'`, is always known.
   */
  readonly missingSpaces?: readonly string[] | undefined;
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
 * entity (after Arabic normalization; see the data model guide). A span must
 * also start where its word starts (after the clitics و ف, ب ل ك and ال, or لل,
 * which it leaves out; or at a listed missing space), end where its word ends,
 * with the diacritics of its last letter, and not be followed by tanween. The
 * evidence must be the text's own words: `date.evidence`, `date.corroboration`,
 * `date.modifiedEvidence` and each source party's `evidence` occur verbatim in
 * the printed title, the body or a piece of furniture, and each `topicEvidence`
 * quote in the printed title or the body (never in an editorial title). These
 * checks run whether `validate` is true or false. The first
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
 * @throws {InvalidRecordError} When a record, entity or topic is invalid, an article id repeats, a record refers to an id the registries lack, a mention span does not spell its entity or starts or ends inside a word, or a quote of evidence is not in the text.
 * @throws {InvalidQueryError} When `records` is not an array, `options` has an unknown key, or `options.missingSpaces` is not a list of `'word|word'` strings.
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
 * @example
 * ```ts
 * import { articles, createCorpus } from 'ru-tj-news';
 *
 * // Evidence must be the text's own words, even for records trusted with validate: false.
 * const first = articles[0]!;
 * try {
 *   createCorpus([{ ...first, date: { ...first.date, evidence: '22 July 2021' } }], { validate: false });
 * } catch (error) {
 *   (error as Error).message.split('\n');
 *   // => ['Invalid record at articles[0].date.evidence:', '✖ The quote "22 July 2021" does not occur in the article: expected the exact words of its printed title, its body or a piece of its furniture']
 * }
 * ```
 */
export function createCorpus(records: readonly unknown[], options: CreateCorpusOptions = {}): Corpus {
  assertList(records, 'records');
  assertOptions(options, ['entities', 'topics', 'validate', 'missingSpaces'], 'the createCorpus options');
  const validate = options.validate ?? true;
  if (typeof validate !== 'boolean') {
    throw new InvalidQueryError(`Invalid validate option ${describeValue(validate)}: expected true or false`, validate);
  }
  const entities =
    options.entities === undefined
      ? shippedEntities
      : checkRegistry(options.entities, EntitySchema, 'entities', validate);
  const topics =
    options.topics === undefined ? shippedTopics : checkRegistry(options.topics, TopicSchema, 'topics', validate);
  const missingSpaces = checkMissingSpaces(options.missingSpaces);
  const articles = parseArticles(records, validate);
  // Checks every record, and builds the indexes in the same pass.
  const indexes = buildCorpusIndexes(articles, entities, topics, missingSpaces);
  // Validated records come out of Zod frozen; trusted ones are frozen here, after every check passed.
  if (!validate) {
    for (const article of articles) {
      deepFreeze(article);
    }
  }
  return Object.freeze(new IndexedCorpus(indexes));
}

/** The {@link Corpus} that {@link createCorpus} returns: lookups here, queries planned by plan.ts and run by execute.ts. */
class IndexedCorpus implements Corpus {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  // True private fields: the indexes are not reachable from outside, so a frozen corpus cannot be changed through them.
  readonly #indexes: CorpusIndexes;
  #text: InvertedIndex | undefined;

  constructor(indexes: CorpusIndexes) {
    this.articles = indexes.articles;
    this.entities = indexes.entities;
    this.topics = indexes.topics;
    this.#indexes = indexes;
  }

  getArticle(id: ArticleId): Article | undefined {
    assertArticleId(id);
    const document = this.#indexes.byId.get(id);
    return document === -1 ? undefined : this.articles[document];
  }

  getEntity(ref: EntityRef): Entity | undefined {
    return findEntity(ref, this.entities);
  }

  getTopic(ref: TopicRef): Topic | undefined {
    return findTopic(ref, this.topics);
  }

  search(text: string): Article[] {
    // Parsed first: a bad text throws before the index is built.
    const terms = parseSearch(text);
    const ranked = searchDocuments(this.#indexes, this.#textIndex(), terms);
    const out = new Array<Article>(ranked.length);
    for (let at = 0; at < ranked.length; at += 1) {
      // at < ranked.length, and every hit is a document number of these articles.
      out[at] = this.articles[ranked[at]!]!;
    }
    return out;
  }

  query(q: Query): Article[] {
    const plan = planQuery(compileQuery(q, this.entities, this.topics), this.#indexes);
    return executePlan(plan, this.#indexes, () => this.#textIndex());
  }

  /** The inverted index, built on the first search, so that a corpus never searched never pays for it. */
  #textIndex(): InvertedIndex {
    this.#text ??= buildInvertedIndex(this.articles);
    return this.#text;
  }
}
