/**
 * The {@link Corpus} object behind `createCorpus` and the shipped `corpus`: the index build
 * of checked records, and the class that answers from the indexes. It imports no schema,
 * so that the shipped corpus, whose records the tests validate, is built without loading
 * Zod: createCorpus parses records with their schemas (parseRecord.ts) before it calls
 * {@link indexCorpus}. Its export methods are the public helpers, which an internal module
 * does not import: the caller passes them as {@link CorpusFormats}. The public types are
 * imported as types only, which leave no import in the build.
 */
import type { Cooccurrence } from '../../cooccurrence.js';
import type { CountByEntityOptions, EntityCount } from '../../countByEntity.js';
import type { CountByPeriodOptions, Period, PeriodCount } from '../../countByPeriod.js';
import type { TopicCount } from '../../countByTopic.js';
import type { Corpus } from '../../createCorpus.js';
import { InvalidQueryError } from '../../errors.js';
import type { EventsOfOptions } from '../../eventsOf.js';
import type { MentionSnippet, MentionSnippetsOptions } from '../../mentionSnippets.js';
import type { QuantitiesOptions, QuantityEntry } from '../../quantities.js';
import type { Query } from '../../query.js';
import type { QuotationEntry, QuotationsOptions } from '../../quotations.js';
import type { Article, Entity, NewsEvent, Topic } from '../../schema.js';
import type { SearchHit, SearchOptions } from '../../searchHits.js';
import type { TimelineEntry, TimelineOptions } from '../../timeline.js';
import type { ToCsvOptions } from '../../toCsv.js';
import type { JsonLdDocument, ToJsonLdOptions } from '../../toJsonLd.js';
import type { ToNdjsonOptions } from '../../toNdjson.js';
import type { ToParquetOptions } from '../../toParquet.js';
import type { ArticleId, EntityRef, TopicRef } from '../../types.js';
import { assertArticleId, assertOptions } from '../args/arguments.js';
import { compileQuery } from '../args/compileQuery.js';
import { describeValue } from '../args/describeValue.js';
import { parseRange } from '../dates/parse.js';
import { parsePeriod } from '../dates/period.js';
import { checkEvents } from '../events/checkEvents.js';
import { compileEventFilter, EVENT_FILTERS, selectEvents } from '../events/selectEvents.js';
import { parseEntityType } from '../registry/lookups.js';
import { findEntity, findTopic } from '../registry/refs.js';
import { compileSearch, namesOf } from '../search/compileSearch.js';
import { createMatcher } from '../search/documentMatch.js';
import { SearchIndex } from '../search/searchIndex.js';
import { searchMatches } from '../search/searchMatches.js';
import { parsePage } from '../search/searchOptions.js';
import { countEntities, countPeriods, countTopics, mentionTotals, pairEntities } from './aggregate.js';
import { buildCorpusIndexes, type CorpusIndexes } from './corpusIndexes.js';
import { deepFreeze } from './deepFreeze.js';
import { executePlan, searchDocuments } from './execute.js';
import { freezeArticle } from './freezeArticle.js';
import { planQuery } from './plan.js';
import type { StageProgress } from './progress.js';

/** The public helpers that a corpus's export and layer methods call, on its articles and with its registries. */
export interface CorpusFormats {
  readonly toCsv: (list: readonly Article[], options: ToCsvOptions) => string;
  readonly toNdjson: (list: readonly Article[], options: ToNdjsonOptions) => string;
  readonly toJsonLd: (article: Article, options: ToJsonLdOptions) => JsonLdDocument;
  readonly mentionSnippets: (
    article: Article,
    entityRef: EntityRef,
    options: MentionSnippetsOptions,
  ) => MentionSnippet[];
  /** Loads the Parquet writer on first use (a dynamic import of the `ru-tj-news/parquet` entry). */
  readonly toParquet: (list: readonly Article[], options: ToParquetOptions) => Promise<Uint8Array>;
  readonly quotations: (list: readonly Article[], options: QuotationsOptions) => QuotationEntry[];
  readonly timeline: (list: readonly Article[], options: TimelineOptions) => TimelineEntry[];
  readonly quantities: (list: readonly Article[], options: QuantitiesOptions) => QuantityEntry[];
}

/** What {@link indexCorpus} builds a corpus with, besides the records. */
export interface IndexCorpusOptions {
  /** The entity registry, already checked. */
  readonly entities: readonly Entity[];
  /** The topic vocabulary, already checked. */
  readonly topics: readonly Topic[];
  /**
   * The event registry, each event parsed or shape-checked (its references and spans are
   * checked here, against the records, unless `checked`).
   */
  readonly events: readonly NewsEvent[];
  /** The missing spaces, with the shipped ones. */
  readonly missingSpaces: readonly string[];
  /** Whether each registry was passed by the caller, rather than the shipped one standing in (for error messages). */
  readonly passed: { readonly entities: boolean; readonly topics: boolean };
  /**
   * Whether the records and registries were trusted rather than parsed: they are deep-frozen
   * here, once every check has passed (a frozen object, such as a shipped entity, is skipped).
   */
  readonly trusted: boolean;
  /**
   * Whether the records are what `JSON.parse` returned, so that trusted ones are frozen with
   * deepFreeze's plain walk. Only a caller that parsed them itself may say so.
   */
  readonly plain?: boolean | undefined;
  /**
   * Whether the records have passed every check already, as the shipped ones have (test/corpus.test.ts
   * checks them): only the indexes are built, and ids, dates and references read (corpusIndexes.ts).
   */
  readonly checked?: boolean | undefined;
  /** Validated records kept as they were given (parseRecord.ts): frozen here, once every check has passed. */
  readonly inPlace: readonly Article[];
  /** The export methods' helpers. */
  readonly formats: CorpusFormats;
  /** The `'index'` stage's reports, when the caller asked for them; the last comes before the records are frozen. */
  readonly progress?: StageProgress | undefined;
}

/**
 * Checks every record (ids, references, mention spans, evidence) and builds the indexes in
 * one pass, then freezes the records it was given unfrozen, and returns the frozen corpus.
 *
 * @throws {InvalidRecordError} As createCorpus, for every check but the schema.
 */
export function indexCorpus(articles: readonly Article[], options: IndexCorpusOptions): Corpus {
  const indexes = buildCorpusIndexes(
    articles,
    options.entities,
    options.topics,
    options.missingSpaces,
    options.passed,
    options.checked === true,
    options.progress,
  );
  if (options.checked !== true) {
    checkEvents(
      options.events,
      (id) => {
        const document = indexes.byId.get(id);
        return document === -1 ? undefined : indexes.articles[document];
      },
      options.entities,
      options.passed.entities,
    );
  }
  if (options.trusted) {
    const plain = options.plain === true;
    for (const article of articles) {
      deepFreeze(article, plain);
    }
    // A registry is never JSON.parse output the build has seen: frozen with the exact walk.
    for (const list of [options.entities, options.topics, options.events]) {
      for (const item of list) {
        deepFreeze(item);
      }
    }
  }
  for (const article of options.inPlace) {
    freezeArticle(article);
  }
  return Object.freeze(new IndexedCorpus(indexes, options.events, options.formats));
}

/** The {@link Corpus} that createCorpus returns: lookups here, queries planned by plan.ts and run by execute.ts. */
class IndexedCorpus implements Corpus {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  readonly events: readonly NewsEvent[];
  // True private fields: the indexes are not reachable from outside, so a frozen corpus cannot be changed through them.
  readonly #indexes: CorpusIndexes;
  #text: SearchIndex | undefined;
  /** Mentions per entity number, summed on the first countByEntity. */
  #mentions: Uint32Array | undefined;

  readonly #formats: CorpusFormats;

  constructor(indexes: CorpusIndexes, events: readonly NewsEvent[], formats: CorpusFormats) {
    this.#formats = formats;
    this.articles = indexes.articles;
    this.entities = indexes.entities;
    this.topics = indexes.topics;
    this.events = events;
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

  search(text: string, options: Omit<SearchOptions, 'entities'> = {}): Article[] {
    const { documents } = this.#search(text, options, 'search');
    const out = new Array<Article>(documents.length);
    for (let at = 0; at < documents.length; at += 1) {
      // at < documents.length, and every hit is a document number of these articles.
      out[at] = this.articles[documents[at]!]!;
    }
    return out;
  }

  searchHits(text: string, options: Omit<SearchOptions, 'entities'> = {}): SearchHit[] {
    const { documents, scores, search } = this.#search(text, options, 'searchHits');
    const match = createMatcher();
    return Array.from(documents, (document, at) => ({
      // Every hit is a document number of these articles, with a score.
      article: this.articles[document]!,
      score: scores[at]!,
      matches: searchMatches(this.articles[document], document, search, match),
    }));
  }

  /** The ranked page of a search; the text and options are checked before the index is built. */
  #search(text: string, options: unknown, method: string) {
    assertCorpusOptions(options, ['limit', 'offset'], method);
    const { limit, offset } = parsePage(options, `the corpus.${method} options`);
    const search = compileSearch(text, namesOf(this.entities, 'corpus.entities'));
    return { ...searchDocuments(this.#indexes, this.#textIndex(), search, offset, limit), search };
  }

  query(q: Query): Article[] {
    const plan = planQuery(compileQuery(q, this.entities, this.topics), this.#indexes);
    return executePlan(plan, this.#indexes, () => this.#textIndex());
  }

  countByPeriod(period: Period, options: CountByPeriodOptions = {}): PeriodCount[] {
    // Checked in countByPeriod's order, so that a call with two bad arguments gets the same error.
    const name = parsePeriod(period);
    assertOptions(options, ['from', 'to'], 'the countByPeriod options');
    return countPeriods(this.#indexes, name, parseRange(options.from, options.to));
  }

  countByEntity(options: Omit<CountByEntityOptions, 'entities'> = {}): EntityCount[] {
    assertCorpusOptions(options, ['type'], 'countByEntity');
    const type = parseEntityType(options.type);
    this.#mentions ??= mentionTotals(this.#indexes);
    return countEntities(this.#indexes, type, this.#mentions);
  }

  countByTopic(): TopicCount[] {
    return countTopics(this.#indexes);
  }

  cooccurrence(options: Omit<CountByEntityOptions, 'entities'> = {}): Cooccurrence[] {
    assertCorpusOptions(options, ['type'], 'cooccurrence');
    return pairEntities(this.#indexes, parseEntityType(options.type));
  }

  eventsOf(options: Omit<EventsOfOptions, 'events' | 'entities'> = {}): NewsEvent[] {
    assertCorpusOptions(options, EVENT_FILTERS, 'eventsOf');
    return selectEvents(this.articles, this.events, compileEventFilter(options, this.entities));
  }

  mentionSnippets(
    article: Article,
    entityRef: EntityRef,
    options: Omit<MentionSnippetsOptions, 'entities'> = {},
  ): MentionSnippet[] {
    assertCorpusOptions(options, ['context'], 'mentionSnippets');
    return this.#formats.mentionSnippets(article, entityRef, { ...options, entities: this.entities });
  }

  toCsv(options: Omit<ToCsvOptions, 'entities'> = {}): string {
    assertCorpusOptions(options, ['fields', 'bom', 'table'], 'toCsv');
    return this.#formats.toCsv(this.articles, { ...options, entities: this.entities });
  }

  toNdjson(options: Omit<ToNdjsonOptions, 'entities'> = {}): string {
    assertCorpusOptions(options, ['table'], 'toNdjson');
    return this.#formats.toNdjson(this.articles, { ...options, entities: this.entities });
  }

  toJsonLd(article: Article): JsonLdDocument {
    return this.#formats.toJsonLd(article, { entities: this.entities, topics: this.topics });
  }

  // Async, so that a bad argument rejects the promise, as the writer's own errors do.
  async toParquet(options: Omit<ToParquetOptions, 'entities'> = {}): Promise<Uint8Array> {
    assertCorpusOptions(options, ['createdBy', 'metadata', 'normalized', 'table'], 'toParquet');
    return await this.#formats.toParquet(this.articles, { ...options, entities: this.entities });
  }

  quotations(options: Omit<QuotationsOptions, 'entities'> = {}): QuotationEntry[] {
    assertCorpusOptions(options, ['speaker'], 'quotations');
    return this.#formats.quotations(this.articles, { ...options, entities: this.entities });
  }

  timeline(options: Omit<TimelineOptions, 'events'> = {}): TimelineEntry[] {
    assertCorpusOptions(options, ['from', 'to', 'kinds'], 'timeline');
    return this.#formats.timeline(this.articles, { ...options, events: this.events });
  }

  quantities(options: QuantitiesOptions = {}): QuantityEntry[] {
    return this.#formats.quantities(this.articles, options);
  }

  /** The search index, whose parts are built on first use, so that a corpus never searched never pays for them. */
  #textIndex(): SearchIndex {
    this.#text ??= new SearchIndex(this.articles);
    return this.#text;
  }
}

/**
 * Checks the options of a corpus method: as the plain helper's, less the
 * registries, which a corpus takes from `createCorpus` and cannot be given again.
 */
function assertCorpusOptions(options: unknown, known: readonly string[], method: string): void {
  const given: unknown = options;
  if (typeof given === 'object' && given !== null) {
    for (const registry of ['entities', 'topics', 'events']) {
      if (Object.hasOwn(given, registry)) {
        throw new InvalidQueryError(
          `Unknown option ${describeValue(registry)} in the corpus.${method} options: a corpus answers with the registries it was built with; pass them to createCorpus`,
          registry,
        );
      }
    }
  }
  assertOptions(options, known, `the corpus.${method} options`);
}
