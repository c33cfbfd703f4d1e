import type { Cooccurrence } from './cooccurrence.js';
import type { CountByEntityOptions, EntityCount } from './countByEntity.js';
import type { CountByPeriodOptions, Period, PeriodCount } from './countByPeriod.js';
import type { TopicCount } from './countByTopic.js';
import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import type { EventsOfOptions } from './eventsOf.js';
import { assertList, assertOptions } from './internal/args/arguments.js';
import { readOnProgress, readValidate } from './internal/corpus/corpusOptions.js';
import { type CorpusFormats, indexCorpus } from './internal/corpus/indexedCorpus.js';
import { parseArticles, parseRecord } from './internal/corpus/parseRecord.js';
import { isPlain } from './internal/corpus/plainRecords.js';
import { StageProgress } from './internal/corpus/progress.js';
import { checkMissingSpaces, checkRegistry } from './internal/corpus/validate.js';
import { assertEventShape } from './internal/events/checkEvents.js';
import { type MentionSnippet, mentionSnippets, type MentionSnippetsOptions } from './mentionSnippets.js';
import { quantities, type QuantitiesOptions, type QuantityEntry } from './quantities.js';
import type { Query } from './query.js';
import { type QuotationEntry, quotations, type QuotationsOptions } from './quotations.js';
import {
  type Article,
  type Entity,
  EntitySchema,
  EventSchema,
  type NewsEvent,
  type Topic,
  TopicSchema,
} from './schema.js';
import type { SearchHit, SearchOptions } from './searchHits.js';
import { timeline, type TimelineEntry, type TimelineOptions } from './timeline.js';
import { toCsv, type ToCsvOptions } from './toCsv.js';
import { type JsonLdDocument, toJsonLd } from './toJsonLd.js';
import { toNdjson, type ToNdjsonOptions } from './toNdjson.js';
import type { ToParquetOptions } from './toParquet.js';
import type { ArticleId, EntityRef, TopicRef } from './types.js';

/** The helpers behind a corpus's export methods (corpus.ts passes the same ones). */
const CORPUS_FORMATS: CorpusFormats = {
  toCsv,
  toNdjson,
  toJsonLd,
  mentionSnippets,
  // Loaded on first use: tsup keeps this import external (tsup.config.ts), so the main
  // entry loads dist/parquet.js, which bundles the writer, only when it is asked for Parquet.
  toParquet: async (list, options) => (await import('./parquet.js')).toParquet(list, options),
  quotations,
  timeline,
  quantities,
};

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
   * The event registry of the records: events whose mentions point into them. Each event is
   * parsed with `EventSchema` (unless `validate` is `false`), and its participants, place and
   * named-event entity must be in the entity registry, and each mention's article among the
   * records, with its span inside the article's field. Defaults to none (`corpus.events` is
   * empty): the shipped `events` point into the shipped articles, so pass them, as
   * `{ events }`, with those articles.
   */
  readonly events?: readonly NewsEvent[] | undefined;
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
  /**
   * Called as the build goes, with the stage and how far it is (see {@link CorpusProgress}):
   * a few hundred calls per stage at most, the last with `done === total`. What it throws
   * ends the build with that error, and nothing is half-built.
   */
  readonly onProgress?: ((progress: CorpusProgress) => void) | undefined;
}

/**
 * How far {@link createCorpus} or {@link loadCorpus} is, as `onProgress` hears it.
 *
 * The stages come in this order, each reported from `done: 0` (when it has anything to do)
 * to a last call with `done === total`, `done` growing in between:
 * - `'read'` (loadCorpus only): the input read and parsed, in bytes (in characters for text
 *   chunks); `total` is the file's size for a path, and `undefined` until the last call for a stream;
 * - `'validate'` (unless `validate` is `false`): records parsed with the schema;
 * - `'index'`: records checked (ids, dates, references, mention spans, quotes) and indexed.
 *
 * Freezing the records comes last and is not reported: a callback that throws must leave them unfrozen.
 *
 * @category Corpus
 * @example
 * ```ts
 * import { articles, createCorpus, type CorpusProgress } from 'ru-tj-news';
 *
 * const seen: CorpusProgress[] = [];
 * createCorpus(articles, { onProgress: (progress) => seen.push(progress) });
 * seen.filter(({ done, total }) => done === total);
 * // => [{ stage: 'validate', done: 5, total: 5 }, { stage: 'index', done: 5, total: 5 }]
 * ```
 */
export interface CorpusProgress {
  /** What the build is doing: `'read'`, `'validate'` or `'index'`. */
  readonly stage: 'read' | 'validate' | 'index';
  /** How much of the stage is done: bytes for `'read'`, records for the others. */
  readonly done: number;
  /** The stage's size, in the same unit; `undefined` while it is not known. */
  readonly total: number | undefined;
}

/**
 * An indexed, immutable corpus: made by {@link createCorpus}, it answers
 * queries and searches without scanning the articles.
 *
 * It keeps the registries it was built with, and answers with them
 * everywhere: look-ups, queries, and the aggregations and exports, which are
 * methods that take the plain helpers' arguments less the list and the
 * registries, and return exactly what those helpers return on
 * `corpus.articles` with `corpus.entities` and `corpus.topics`.
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
  /** The event registry it was built with: empty unless `events` was passed (the shipped `corpus` has the shipped `events`). */
  readonly events: readonly NewsEvent[];
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
   * Exactly what `searchArticles(corpus.articles, text, { ...options, entities: corpus.entities })`
   * returns, from the inverted index. The index is built on the first search, so a corpus that
   * is never searched never pays for it; with `limit`, only that page is ranked.
   *
   * @param text - The query; see {@link searchArticles}.
   * @param options - The page: `limit` and `offset`.
   * @returns A new array of the matching articles, best first.
   * @throws {InvalidQueryError} As {@link searchArticles}, and when `options` names a registry.
   */
  search(text: string, options?: Omit<SearchOptions, 'entities'>): Article[];
  /**
   * Exactly what `searchHits(corpus.articles, text, { ...options, entities: corpus.entities })`
   * returns, from the inverted index: the hits with their scores, and the match spans of the
   * returned page only.
   *
   * @param text - The query; see {@link searchArticles}.
   * @param options - The page: `limit` and `offset`.
   * @returns A new array of hits, best first.
   * @throws {InvalidQueryError} As {@link searchHits}, and when `options` names a registry.
   */
  searchHits(text: string, options?: Omit<SearchOptions, 'entities'>): SearchHit[];
  /**
   * Exactly what `countByPeriod(corpus.articles, period, options)` returns, read from the date index.
   *
   * @param period - `'year'`, `'month'` or `'day'`.
   * @param options - `from` and `to`, to fix the span of the series.
   * @returns A new array of `{ period, count }`, oldest first, with the periods that have no articles.
   * @throws The errors of {@link countByPeriod} for its arguments.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.countByPeriod('year').map(({ period, count }) => `${period}: ${count}`);
   * // => ['2021: 1', '2022: 2', '2023: 0', '2024: 0', '2025: 2']
   * corpus.countByPeriod('month', { from: '2025-10-01', to: '2025-11-30' });
   * // => [{ period: '2025-10', count: 2 }, { period: '2025-11', count: 0 }]
   * ```
   */
  countByPeriod(period: Period, options?: CountByPeriodOptions): PeriodCount[];
  /**
   * Exactly what `countByEntity(corpus.articles, { ...options, entities: corpus.entities })` returns:
   * the counts are the lengths of the corpus's posting lists, and the rows its registry's entities.
   *
   * @param options - `type`, to count only people, places and so on. The registry is the corpus's own.
   * @returns A new array of `{ entity, count, mentions }`, by `count`, highest first, then by English name.
   * @throws {InvalidQueryError} When `type` is not an entity type, or `options` is not an object of known options (the registries included: a corpus uses its own).
   * @example
   * ```ts
   * import { articles, createCorpus, entities } from 'ru-tj-news';
   *
   * // A registry of your own: here the shipped one, with the English names in capitals.
   * const registry = entities.map((entity) => ({ ...entity, name: { ...entity.name, en: entity.name.en.toUpperCase() } }));
   * const mine = createCorpus(articles, { entities: registry });
   * mine.countByEntity({ type: 'person' }).slice(0, 2).map(({ entity, count }) => `${entity.name.en}: ${count}`);
   * // => ['EMOMALI RAHMON: 3', 'VLADIMIR PUTIN: 3']
   * ```
   */
  countByEntity(options?: Omit<CountByEntityOptions, 'entities'>): EntityCount[];
  /**
   * Exactly what `countByTopic(corpus.articles, { topics: corpus.topics })` returns: the counts are
   * the lengths of the corpus's posting lists, and the rows its vocabulary's topics.
   *
   * @returns A new array of `{ topic, count }`, by `count`, highest first, then by English label.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.countByTopic().slice(0, 2).map(({ topic, count }) => `${topic.id}: ${count}`);
   * // => ['defence-cooperation: 5', 'diplomacy: 5']
   * ```
   */
  countByTopic(): TopicCount[];
  /**
   * Exactly what `cooccurrence(corpus.articles, { ...options, entities: corpus.entities })` returns,
   * from each article's entity numbers in the index.
   *
   * @param options - `type`, to pair only people, places and so on. The registry is the corpus's own.
   * @returns A new array of `{ source, target, count }`, by `count`, highest first, then by `source.id` and `target.id`.
   * @throws {InvalidQueryError} When `type` is not an entity type, or `options` is not an object of known options.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.cooccurrence({ type: 'person' }).slice(0, 2).map(({ source, target, count }) => `${source.id} – ${target.id}: ${count}`);
   * // => ['emomali-rahmon – vladimir-putin: 3', 'emomali-rahmon – yuri-ushakov: 2']
   * ```
   */
  cooccurrence(options?: Omit<CountByEntityOptions, 'entities'>): Cooccurrence[];
  /**
   * Exactly what `eventsOf(corpus.articles, { ...options, events: corpus.events, entities: corpus.entities })`
   * returns: the corpus's events that pass the filters, with `participant` and `place` resolved
   * against its entity registry.
   *
   * @param options - The filters of {@link eventsOf}: `type`, `from`, `to`, `participant`, `place` and `status`.
   * @returns A new array of the events, in the registry's order.
   * @throws The errors of {@link eventsOf} for its filters; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.eventsOf({ type: 'visit', participant: 'Putin' }).map((event) => event.place);
   * // => ['dushanbe', 'ashgabat', 'dushanbe']
   * ```
   */
  eventsOf(options?: Omit<EventsOfOptions, 'events' | 'entities'>): NewsEvent[];
  /**
   * Exactly what `mentionSnippets(article, entityRef, { ...options, entities: corpus.entities })` returns:
   * `entityRef` is resolved against the corpus's registry.
   *
   * @param article - One article: usually one of the corpus's, as `getArticle` or `query` return it.
   * @param entityRef - An entity id, name or alias, as {@link Corpus.getEntity} takes it.
   * @param options - `context`: at most how many characters to keep on each side of the mention.
   * @returns A new array of snippets, in the order of the mentions.
   * @throws The errors of {@link mentionSnippets}; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * const article = corpus.getArticle('2022-06-29-rahmon-putin-discuss-cooperation')!;
   * const [first] = corpus.mentionSnippets(article, 'Putin', { context: 10 });
   * first?.text.slice(first.highlight.start, first.highlight.end);
   * // => 'بوتين'
   * ```
   */
  mentionSnippets(
    article: Article,
    entityRef: EntityRef,
    options?: Omit<MentionSnippetsOptions, 'entities'>,
  ): MentionSnippet[];
  /**
   * Exactly what `quotations(corpus.articles, { ...options, entities: corpus.entities })` returns:
   * `speaker` is resolved against the corpus's registry.
   *
   * @param options - `speaker`: an entity id, name or alias, as {@link Corpus.getEntity} takes it.
   * @returns A new array of entries, in corpus order and, within an article, in text order.
   * @throws The errors of {@link quotations}; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.quotations({ speaker: 'Lavrov' }).every((entry) => entry.speaker === 'sergey-lavrov');
   * // => true
   * ```
   */
  quotations(options?: Omit<QuotationsOptions, 'entities'>): QuotationEntry[];
  /**
   * Exactly what `timeline(corpus.articles, { ...options, events: corpus.events })` returns:
   * the corpus's events and dated time expressions, merged in one order.
   *
   * @param options - `from` and `to`, both inclusive; `kinds`, to list only events or only time expressions.
   * @returns A new array of entries, earliest first.
   * @throws The errors of {@link timeline}; {@link InvalidQueryError} for the registry as an option too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.timeline({ to: '1999-12-31' }).every((entry) => entry.firstDay <= '1999-12-31');
   * // => true
   * corpus.timeline({ to: '1999-12-31', kinds: ['event'] }).map((entry) => entry.kind === 'event' && entry.id);
   * // => ['russia-tajikistan-diplomatic-relations-1992', 'collective-security-treaty-signing-1992']
   * ```
   */
  timeline(options?: Omit<TimelineOptions, 'events'>): TimelineEntry[];
  /**
   * Exactly what `quantities(corpus.articles, options)` returns.
   *
   * @param options - `measure` and/or `unit`.
   * @returns A new array of entries, in corpus order and, within an article, in text order.
   * @throws The errors of {@link quantities}.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.quantities({ unit: 'USD' }).every((entry) => entry.unit === 'USD');
   * // => true
   * ```
   */
  quantities(options?: QuantitiesOptions): QuantityEntry[];
  /**
   * Exactly what `toCsv(corpus.articles, { ...options, entities: corpus.entities })` returns: every
   * article, one row each, or a companion table of them; the entities table is read from the corpus's registry.
   *
   * @param options - `fields` to pick and order the columns, `bom`, and `table`.
   * @returns The CSV text, ending with CRLF.
   * @throws The errors of {@link toCsv} for its options; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.toCsv({ fields: ['id', 'publishedAt'] }).split('\r\n').slice(0, 2);
   * // => ['id,publishedAt', '2021-07-22-rudenko-russia-ready-to-repel-aggression,2021-07-22']
   * ```
   */
  toCsv(options?: Omit<ToCsvOptions, 'entities'>): string;
  /**
   * Exactly what `toNdjson(corpus.articles, { ...options, entities: corpus.entities })` returns: one
   * article per line, or one row of a companion table.
   *
   * @param options - `table`.
   * @returns The NDJSON text, ending with a newline; `''` for an empty corpus.
   * @throws The errors of {@link toNdjson} for its options; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * corpus.toNdjson().trimEnd().split('\n').length;
   * // => 5
   * ```
   */
  toNdjson(options?: Omit<ToNdjsonOptions, 'entities'>): string;
  /**
   * Exactly what `toJsonLd(article, { entities: corpus.entities, topics: corpus.topics })` returns:
   * the article's entities and topics are described from the corpus's registries.
   *
   * @param article - One article: usually one of the corpus's.
   * @returns A new JSON-LD object with `@context` `https://schema.org`.
   * @throws The errors of {@link toJsonLd}: an {@link UnknownEntityError} or {@link UnknownTopicError} when the article names an id the corpus's registries lack.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * const node = corpus.toJsonLd(corpus.articles[0]!);
   * [node['@type'], node.identifier];
   * // => ['NewsArticle', '2021-07-22-rudenko-russia-ready-to-repel-aggression']
   * ```
   */
  toJsonLd(article: Article): JsonLdDocument;
  /**
   * Exactly what `toParquet(corpus.articles, { ...options, entities: corpus.entities })` of
   * `ru-tj-news/parquet` returns, as a promise: the main entry does not carry the Parquet writer,
   * so the first call loads that subpath.
   *
   * @param options - `createdBy` and key-value `metadata` for the file's footer, `normalized`, and `table`.
   * @returns A promise of the bytes of the Parquet file.
   * @throws The errors of {@link toParquet} for its options, as a rejected promise; {@link InvalidQueryError} for the registries as options too.
   * @example
   * ```ts
   * import { corpus } from 'ru-tj-news';
   *
   * const bytes = await corpus.toParquet({ metadata: { source: 'ru-tj-news' } });
   * new TextDecoder().decode(bytes.subarray(-4));
   * // => 'PAR1'
   * ```
   */
  toParquet(options?: Omit<ToParquetOptions, 'entities'>): Promise<Uint8Array>;
}

/**
 * Validates, freezes and indexes a corpus of articles, for fast queries on large data.
 *
 * Every record is parsed with `ArticleSchema` (unless `validate` is `false`),
 * every entity and topic id it uses must be in the registries (each quotation's
 * `speaker` included), and every
 * mention span must lie inside its field and spell a name or alias of its
 * entity (after Arabic normalization; see the data model guide). A span must
 * also start where its word starts (after the clitics و ف, ب ل ك and ال, or لل,
 * which it leaves out; or at a listed missing space), end where its word ends,
 * with the diacritics of its last letter, and carry no tanween (on its last
 * letter, or on the letter before a final ا or ى, as in روسيًا); quotation
 * marks inside a name are skipped when it is spelled, and a span takes the
 * mark that closes one opened inside it (`منظمة "شنغهاي للتعاون"`). The
 * evidence must be the text's own words: `date.evidence`, `date.corroboration`,
 * `date.modifiedEvidence`, each source party's `evidence` and the `evidence`
 * of each inferred time expression occur verbatim in the printed title, the
 * body or a piece of furniture, and each `topicEvidence` quote in the printed
 * title or the body (never in an editorial title). These
 * checks run whether `validate` is true or false. The first
 * bad record stops the build with an {@link InvalidRecordError} that gives its
 * index, the path of the bad field and Zod's prettified issues; nothing is
 * half-built. The records are then frozen: a record that `ArticleSchema`
 * would return unchanged (the same keys in its order, a normalized
 * `publishedAt`, plain data) is kept and deep-frozen in place, so that
 * `corpus.articles[i]` is `records[i]`; any other is replaced by the schema's
 * frozen, normalized copy. Pass `structuredClone(records)` to keep your own
 * objects mutable. With `validate: false`, the records and the registries you
 * pass are deep-frozen in place. Nothing you pass is frozen when the build fails. They are then indexed: publication dates
 * sorted for binary search, typed-array posting lists per entity and topic,
 * and (on the first search) an inverted index of normalized words.
 * `corpus.query(q)` returns exactly what {@link query} returns on the same
 * articles, and each aggregation and export method what its plain helper
 * returns on them with the corpus's registries.
 *
 * @param records - The articles: plain objects that fit `ArticleSchema`.
 * @param options - The registries the records refer to, and whether to validate.
 * @returns The indexed {@link Corpus}.
 * @throws {InvalidRecordError} When a record, entity or topic is invalid, an article id repeats, a record refers to an id the registries lack (a quotation's speaker included), a mention span does not spell its entity or starts or ends inside a word, or a quote of evidence is not in the text.
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
 *
 * // Your records are kept, and frozen, as they are when the schema would not change them.
 * const records = structuredClone([...articles]);
 * createCorpus(records).articles[0] === records[0];
 * // => true
 * Object.isFrozen(records[0]);
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
 * @example
 * ```ts
 * import { articles, createCorpus, entities, InvalidRecordError, topics } from 'ru-tj-news';
 *
 * // A quotation's speaker must be an entity of the registry, as every entity id must.
 * const first = articles[0]!;
 * const said = first.quotations?.[0];
 * try {
 *   createCorpus([{ ...first, quotations: [{ ...said!, speaker: 'nobody' }] }], { entities, topics });
 * } catch (error) {
 *   (error as InvalidRecordError).path;
 *   // => ['quotations', 0, 'speaker']
 *   (error as Error).message.split('\n')[1];
 *   // => '✖ Unknown speaker id "nobody": expected an id of options.entities'
 * }
 * ```
 */
export function createCorpus(records: readonly unknown[], options: CreateCorpusOptions = {}): Corpus {
  assertList(records, 'records');
  assertOptions(
    options,
    ['entities', 'topics', 'events', 'validate', 'missingSpaces', 'onProgress'],
    'the createCorpus options',
  );
  const validate = readValidate(options.validate);
  const entities =
    options.entities === undefined
      ? shippedEntities
      : checkRegistry(
          options.entities,
          validate ? (item, index) => parseRecord(EntitySchema, item, 'entities', index) : undefined,
          'entities',
        );
  const topics =
    options.topics === undefined
      ? shippedTopics
      : checkRegistry(
          options.topics,
          validate ? (item, index) => parseRecord(TopicSchema, item, 'topics', index) : undefined,
          'topics',
        );
  const events =
    options.events === undefined
      ? []
      : checkRegistry(
          options.events,
          validate ? (item, index) => parseRecord(EventSchema, item, 'events', index) : assertEventShape,
          'events',
        );
  const missingSpaces = checkMissingSpaces(options.missingSpaces);
  const onProgress = readOnProgress(options.onProgress);
  // Records parsed by Zod come out frozen; those kept as given (trusted, or validated in place) are
  // frozen by indexCorpus, after every check passed.
  // The records loadCorpus parsed itself are plain data: checked and frozen without the exotic-object checks.
  const plain = isPlain(records);
  const { articles, inPlace } = validate
    ? parseArticles(records, { plain }, onProgress && new StageProgress(onProgress, 'validate', records.length))
    : { articles: records as readonly Article[], inPlace: [] };
  return indexCorpus(articles, {
    progress: onProgress && new StageProgress(onProgress, 'index', articles.length),
    entities,
    topics,
    events,
    missingSpaces,
    passed: { entities: options.entities !== undefined, topics: options.topics !== undefined },
    trusted: !validate,
    plain,
    inPlace,
    formats: CORPUS_FORMATS,
  });
}
