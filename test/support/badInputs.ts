/**
 * The bad-input matrix: every public function, at every argument position, called with
 * every kind of value a plain JavaScript caller can get wrong.
 *
 * test/badInputs.test.ts walks it, and scripts/build-reliability.ts prints it as the
 * table in docs/reliability.md, so the table always shows what the code does.
 */
import {
  articles,
  buildArticle,
  cooccurrence,
  corpus,
  countByEntity,
  countByPeriod,
  countByTopic,
  createCorpus,
  createMentionFinder,
  entities,
  events,
  eventsOf,
  filterByDate,
  filterByEntity,
  filterByTopic,
  findMentions,
  findQuantities,
  findTimeExpressions,
  getArticle,
  getEntity,
  getTopic,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  loadCorpus,
  mentionSnippets,
  normalizeArabic,
  normalizeArabicWithOffsets,
  quantities,
  query,
  quotations,
  readArabicDate,
  RuTjNewsError,
  searchArticles,
  searchHits,
  searchSnippets,
  timeline,
  toCsv,
  toJsonLd,
  toNdjson,
  UnknownEntityError,
  UnknownTopicError,
} from '../../src/index.js';
import { describeValue } from '../../src/internal/args/describeValue.js';
import { toParquet } from '../../src/parquet.js';

const MEGABYTE = 1_048_576;

/** A bad value, with how the table heads its column. */
export interface BadInput {
  readonly label: string;
  readonly value: unknown;
}

/** The columns of the matrix. */
export const BAD_INPUTS: readonly BadInput[] = [
  { label: '`undefined`', value: undefined },
  { label: '`null`', value: null },
  { label: '`42`', value: 42 },
  { label: '`NaN`', value: Number.NaN },
  { label: '`{}`', value: {} },
  { label: '`[null, 42]`', value: [null, 42] },
  { label: "`''`", value: '' },
  { label: '1 MB string', value: 'ب'.repeat(MEGABYTE) },
  { label: "`'__proto__'`", value: '__proto__' },
  { label: "`'constructor'`", value: 'constructor' },
  { label: "`'2021-02-30'`", value: '2021-02-30' },
  { label: '`8.64e15 + 1`', value: 8.64e15 + 1 },
];

type ErrorClass = abstract new (...args: never[]) => RuTjNewsError;

/** One argument position of one public function. */
export interface Target {
  /** The call, with `x` where the bad value goes. */
  readonly call: string;
  readonly run: (value: unknown) => unknown;
  /** The errors the function documents with `@throws`. */
  readonly throws: readonly ErrorClass[];
  /** Whether a returned value is the documented result for `value`. */
  readonly returns: (result: unknown, value: unknown) => boolean;
}

const [article] = articles;
if (article === undefined) {
  throw new Error('The shipped corpus is empty');
}

// The first article's first entity and its first mention, whose span the span rows move.
const [firstEntity] = article.entities;
const firstMention = firstEntity?.mentions[0];
if (firstEntity === undefined || firstMention === undefined || !article.topics.includes('diplomacy')) {
  throw new Error('The first shipped article has no mention to move, or no diplomacy topic');
}

// The shipped articles, read as plain values so that any result item can be looked up among them.
const shipped: readonly unknown[] = articles;

// The documented results a bad value may still get.
const isArray = (result: unknown): boolean => Array.isArray(result);
const isArticles = (result: unknown): boolean =>
  Array.isArray(result) && result.every((item: unknown) => shipped.includes(item));
const isHits = (result: unknown): boolean =>
  Array.isArray(result) &&
  result.every(
    (hit: unknown) =>
      typeof hit === 'object' && hit !== null && shipped.includes((hit as { article: unknown }).article),
  );
const isOptionalRecord =
  (list: readonly { readonly id: string }[]) =>
  (result: unknown): boolean =>
    result === undefined || list.includes(result as never);
const isString = (result: unknown): boolean => typeof result === 'string';
const shippedEvents: readonly unknown[] = events;
const isEvents = (result: unknown): boolean =>
  Array.isArray(result) && result.every((item: unknown) => shippedEvents.includes(item));
const nothing = (): boolean => false;

const REF_ERRORS = [InvalidQueryError, UnknownEntityError] as const;
const TOPIC_ERRORS = [InvalidQueryError, UnknownTopicError] as const;
const QUERY_ERRORS = [
  InvalidQueryError,
  InvalidDateError,
  UnknownEntityError,
  UnknownTopicError,
  InvalidRecordError,
] as const;

/** The rows of the matrix. */
export const TARGETS: readonly Target[] = [
  {
    call: 'getArticle(x)',
    run: (x) => getArticle(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(articles),
  },
  {
    call: 'getEntity(x)',
    run: (x) => getEntity(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(corpus.entities),
  },
  {
    call: 'getTopic(x)',
    run: (x) => getTopic(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(corpus.topics),
  },
  {
    call: 'normalizeArabic(x)',
    run: (x) => normalizeArabic(x as string),
    throws: [InvalidQueryError],
    returns: isString,
  },
  {
    call: 'normalizeArabicWithOffsets(x)',
    run: (x) => normalizeArabicWithOffsets(x as string),
    throws: [InvalidQueryError],
    returns: (result, value) =>
      typeof value === 'string' && (result as { readonly text?: unknown }).text === normalizeArabic(value),
  },
  {
    call: 'findMentions(x, entities)',
    run: (x) => findMentions(x as string, entities),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "findMentions('روسيا', x)",
    run: (x) => findMentions('روسيا', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "findMentions('روسيا', entities, x)",
    run: (x) => findMentions('روسيا', entities, x as never),
    throws: [InvalidQueryError],
    returns: (result) => Array.isArray(result) && result.length === 1,
  },
  {
    call: 'createMentionFinder(x)',
    run: (x) => createMentionFinder(x as never),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: 'findQuantities(x)',
    run: (x) => findQuantities(x as string),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'readArabicDate(x)',
    run: (x) => readArabicDate(x as string),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "readArabicDate('اليوم الخميس', x)",
    run: (x) => readArabicDate('اليوم الخميس', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "readArabicDate('اليوم الخميس', { writtenOn: x })",
    run: (x) => readArabicDate('اليوم الخميس', { writtenOn: x as string }),
    throws: [InvalidDateError],
    returns: isArray,
  },
  {
    call: 'findTimeExpressions(x)',
    run: (x) => findTimeExpressions(x as string),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "findTimeExpressions('اليوم الخميس', x)",
    run: (x) => findTimeExpressions('اليوم الخميس', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "findTimeExpressions('اليوم الخميس', { writtenOn: x })",
    run: (x) => findTimeExpressions('اليوم الخميس', { writtenOn: x as string }),
    throws: [InvalidDateError],
    returns: isArray,
  },
  {
    call: 'buildArticle(x, { entities, topics })',
    run: (x) => buildArticle(x as never, { entities, topics: corpus.topics }),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'buildArticle({ id, title, body }, x)',
    run: (x) => buildArticle({ id: article.id, title: article.title, body: article.body }, x as never),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: 'searchArticles(articles, x)',
    run: (x) => searchArticles(articles, x as string),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: "searchArticles(x, 'روسيا')",
    run: (x) => searchArticles(x as never, 'روسيا'),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: "searchArticles(articles, 'روسيا', x)",
    run: (x) => searchArticles(articles, 'روسيا', x as never),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: "searchArticles(articles, 'روسيا', { limit: x })",
    run: (x) => searchArticles(articles, 'روسيا', { limit: x as number }),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: "searchArticles(articles, 'روسيا', { entities: x })",
    run: (x) => searchArticles(articles, 'روسيا', { entities: x as never }),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'searchHits(articles, x)',
    run: (x) => searchHits(articles, x as string),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: "searchHits(x, 'روسيا')",
    run: (x) => searchHits(x as never, 'روسيا'),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: "searchHits(articles, 'روسيا', x)",
    run: (x) => searchHits(articles, 'روسيا', x as never),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: "searchHits(articles, 'روسيا', { limit: x })",
    run: (x) => searchHits(articles, 'روسيا', { limit: x as number }),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: "searchHits(articles, 'روسيا', { offset: x })",
    run: (x) => searchHits(articles, 'روسيا', { offset: x as number }),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: "searchHits(articles, 'روسيا', { entities: x })",
    run: (x) => searchHits(articles, 'روسيا', { entities: x as never }),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: 'filterByDate(articles, x)',
    run: (x) => filterByDate(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'filterByDate(articles, { from: x })',
    run: (x) => filterByDate(articles, { from: x as string }),
    throws: [InvalidDateError],
    returns: isArticles,
  },
  {
    call: 'filterByDate(articles, { to: x })',
    run: (x) => filterByDate(articles, { to: x as string }),
    throws: [InvalidDateError],
    returns: isArticles,
  },
  {
    call: 'eventsOf(x)',
    run: (x) => eventsOf(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'eventsOf(articles, x)',
    run: (x) => eventsOf(articles, x as never),
    throws: [InvalidQueryError],
    returns: isEvents,
  },
  {
    call: 'eventsOf(articles, { type: x })',
    run: (x) => eventsOf(articles, { type: x as never }),
    throws: [InvalidQueryError],
    returns: isEvents,
  },
  {
    call: 'eventsOf(articles, { from: x })',
    run: (x) => eventsOf(articles, { from: x as string }),
    throws: [InvalidDateError],
    returns: isEvents,
  },
  {
    call: 'eventsOf(articles, { participant: x })',
    run: (x) => eventsOf(articles, { participant: x as string }),
    throws: REF_ERRORS,
    returns: isEvents,
  },
  {
    call: 'eventsOf(articles, { events: x })',
    run: (x) => eventsOf(articles, { events: x as never }),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: isEvents,
  },
  {
    call: 'filterByDate(x, {})',
    run: (x) => filterByDate(x as never, {}),
    throws: [InvalidQueryError, InvalidDateError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'filterByEntity(articles, x)',
    run: (x) => filterByEntity(articles, x as string),
    throws: REF_ERRORS,
    returns: isArticles,
  },
  {
    call: "filterByEntity(x, 'Putin')",
    run: (x) => filterByEntity(x as never, 'Putin'),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: "filterByEntity(articles, 'Putin', x)",
    run: (x) => filterByEntity(articles, 'Putin', x as never),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'filterByTopic(articles, x)',
    run: (x) => filterByTopic(articles, x as string),
    throws: TOPIC_ERRORS,
    returns: isArticles,
  },
  {
    call: "filterByTopic(x, 'diplomacy')",
    run: (x) => filterByTopic(x as never, 'diplomacy'),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  { call: 'query(articles, x)', run: (x) => query(articles, x as never), throws: QUERY_ERRORS, returns: isArticles },
  {
    call: 'query(articles, { text: x })',
    run: (x) => query(articles, { text: x as string }),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'query(x, {})',
    run: (x) => query(x as never, {}),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'query(articles, {}, x)',
    run: (x) => query(articles, {}, x as never),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'createCorpus(x)',
    run: (x) => createCorpus(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'createCorpus(articles, x)',
    run: (x) => createCorpus(articles, x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: (result) => typeof result === 'object' && result !== null,
  },
  {
    call: 'createCorpus(articles, { events: x })',
    run: (x) => createCorpus(articles, { events: x as never }),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: (result) => typeof result === 'object' && result !== null,
  },
  {
    call: 'createCorpus(articles, { missingSpaces: x })',
    run: (x) => createCorpus(articles, { missingSpaces: x as never }),
    throws: [InvalidQueryError],
    returns: (result) => typeof result === 'object' && result !== null,
  },
  {
    call: 'createCorpus([{ ...article, publishedAt: x }])',
    run: (x) => createCorpus([{ ...article, publishedAt: x }]),
    throws: [InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'createCorpus([{ ...article, date: { ...article.date, evidence: x } }], { validate: false })',
    run: (x) => createCorpus([{ ...article, date: { ...article.date, evidence: x } }], { validate: false }),
    throws: [InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'createCorpus([{ ...article, topicEvidence: { ...article.topicEvidence, diplomacy: [x] } }], { validate: false })',
    run: (x) =>
      createCorpus([{ ...article, topicEvidence: { ...article.topicEvidence, diplomacy: [x] } }], { validate: false }),
    throws: [InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'createCorpus([{ ...article, entities: [{ ...entity, mentions: [{ ...mention, start: x }] }] }], { validate: false })',
    run: (x) =>
      createCorpus([{ ...article, entities: [{ ...firstEntity, mentions: [{ ...firstMention, start: x }] }] }], {
        validate: false,
      }),
    throws: [InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'corpus.getArticle(x)',
    run: (x) => corpus.getArticle(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(articles),
  },
  {
    call: 'corpus.getEntity(x)',
    run: (x) => corpus.getEntity(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(corpus.entities),
  },
  {
    call: 'corpus.getTopic(x)',
    run: (x) => corpus.getTopic(x as string),
    throws: [InvalidQueryError],
    returns: isOptionalRecord(corpus.topics),
  },
  {
    call: 'corpus.search(x)',
    run: (x) => corpus.search(x as string),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: "corpus.search('روسيا', x)",
    run: (x) => corpus.search('روسيا', x as never),
    throws: [InvalidQueryError],
    returns: isArticles,
  },
  {
    call: 'corpus.searchHits(x)',
    run: (x) => corpus.searchHits(x as string),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: "corpus.searchHits('روسيا', x)",
    run: (x) => corpus.searchHits('روسيا', x as never),
    throws: [InvalidQueryError],
    returns: isHits,
  },
  {
    call: 'corpus.eventsOf(x)',
    run: (x) => corpus.eventsOf(x as never),
    throws: [InvalidQueryError],
    returns: isEvents,
  },
  { call: 'corpus.query(x)', run: (x) => corpus.query(x as never), throws: QUERY_ERRORS, returns: isArticles },
  {
    call: 'corpus.countByPeriod(x)',
    run: (x) => corpus.countByPeriod(x as never),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: "corpus.countByPeriod('year', x)",
    run: (x) => corpus.countByPeriod('year', x as never),
    throws: [InvalidQueryError, InvalidDateError],
    returns: isArray,
  },
  {
    call: 'corpus.countByEntity(x)',
    run: (x) => corpus.countByEntity(x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'corpus.cooccurrence(x)',
    run: (x) => corpus.cooccurrence(x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "corpus.mentionSnippets(x, 'Putin')",
    run: (x) => corpus.mentionSnippets(x as never, 'Putin'),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: 'corpus.mentionSnippets(article, x)',
    run: (x) => corpus.mentionSnippets(article, x as string),
    throws: REF_ERRORS,
    returns: isArray,
  },
  {
    call: "corpus.mentionSnippets(article, 'Putin', x)",
    run: (x) => corpus.mentionSnippets(article, 'Putin', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  { call: 'corpus.toCsv(x)', run: (x) => corpus.toCsv(x as never), throws: [InvalidQueryError], returns: isString },
  {
    call: 'corpus.toNdjson(x)',
    run: (x) => corpus.toNdjson(x as never),
    throws: [InvalidQueryError],
    returns: isString,
  },
  {
    call: 'corpus.quotations(x)',
    run: (x) => corpus.quotations(x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'corpus.timeline(x)',
    run: (x) => corpus.timeline(x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'corpus.quantities(x)',
    run: (x) => corpus.quantities(x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'corpus.toJsonLd(x)',
    run: (x) => corpus.toJsonLd(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'countByPeriod(articles, x)',
    run: (x) => countByPeriod(articles, x as never),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: "countByPeriod(x, 'year')",
    run: (x) => countByPeriod(x as never, 'year'),
    throws: [InvalidQueryError, InvalidDateError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: "countByPeriod(articles, 'year', x)",
    run: (x) => countByPeriod(articles, 'year', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "countByPeriod(articles, 'year', { from: x })",
    run: (x) => countByPeriod(articles, 'year', { from: x as string }),
    throws: [InvalidDateError],
    returns: isArray,
  },
  {
    call: 'countByEntity(x)',
    run: (x) => countByEntity(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'countByEntity(articles, x)',
    run: (x) => countByEntity(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'countByTopic(x)',
    run: (x) => countByTopic(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'countByTopic(articles, x)',
    run: (x) => countByTopic(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'cooccurrence(x)',
    run: (x) => cooccurrence(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'cooccurrence(articles, x)',
    run: (x) => cooccurrence(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: "mentionSnippets(x, 'Putin')",
    run: (x) => mentionSnippets(x as never, 'Putin'),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: 'mentionSnippets(article, x)',
    run: (x) => mentionSnippets(article, x as string),
    throws: REF_ERRORS,
    returns: isArray,
  },
  {
    call: "mentionSnippets(article, 'Putin', x)",
    run: (x) => mentionSnippets(article, 'Putin', x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'searchSnippets(x)',
    run: (x) => searchSnippets(x as never),
    throws: [InvalidQueryError],
    returns: nothing,
  },
  {
    call: 'searchSnippets({ article, matches: x })',
    run: (x) => searchSnippets({ article, matches: x as never }),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'searchSnippets(hit, x)',
    run: (x) => searchSnippets({ article, matches: [{ ...firstMention }] }, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'toCsv(x)',
    run: (x) => toCsv(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'toCsv(articles, x)',
    run: (x) => toCsv(articles, x as never),
    throws: [InvalidQueryError],
    returns: isString,
  },
  {
    call: 'toCsv(articles, { table: x })',
    run: (x) => toCsv(articles, { table: x as never }),
    throws: [InvalidQueryError],
    returns: isString,
  },
  { call: 'toNdjson(x)', run: (x) => toNdjson(x as never), throws: [InvalidQueryError], returns: nothing },
  {
    call: 'toNdjson(articles, x)',
    run: (x) => toNdjson(articles, x as never),
    throws: [InvalidQueryError],
    returns: isString,
  },
  {
    call: 'quotations(x)',
    run: (x) => quotations(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'quotations(articles, x)',
    run: (x) => quotations(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'quotations(articles, { speaker: x })',
    run: (x) => quotations(articles, { speaker: x as string }),
    throws: REF_ERRORS,
    returns: isArray,
  },
  {
    call: 'timeline(x)',
    run: (x) => timeline(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'timeline(articles, x)',
    run: (x) => timeline(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'timeline(articles, { from: x })',
    run: (x) => timeline(articles, { from: x as string }),
    throws: [InvalidDateError],
    returns: isArray,
  },
  {
    call: 'quantities(x)',
    run: (x) => quantities(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'quantities(articles, x)',
    run: (x) => quantities(articles, x as never),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'quantities(articles, { measure: x })',
    run: (x) => quantities(articles, { measure: x as never }),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'quantities(articles, { unit: x })',
    run: (x) => quantities(articles, { unit: x as string }),
    throws: [InvalidQueryError],
    returns: isArray,
  },
  {
    call: 'toJsonLd(x)',
    run: (x) => toJsonLd(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'toJsonLd(article, x)',
    run: (x) => toJsonLd(article, x as never),
    throws: [InvalidQueryError],
    returns: (result) => typeof result === 'object' && result !== null,
  },
  {
    call: 'loadCorpus(x)',
    run: (x) => loadCorpus(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'loadCorpus([toNdjson(articles)], x)',
    run: (x) => loadCorpus([toNdjson(articles)], x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: (result) => typeof result === 'object' && result !== null,
  },
  {
    call: 'toParquet(x)',
    run: (x) => toParquet(x as never),
    throws: [InvalidQueryError, InvalidRecordError],
    returns: nothing,
  },
  {
    call: 'toParquet(articles, x)',
    run: (x) => toParquet(articles, x as never),
    throws: [InvalidQueryError],
    returns: (result) => result instanceof Uint8Array,
  },
];

/** What one call did. */
export type Outcome =
  { readonly kind: 'returned'; readonly result: unknown } | { readonly kind: 'threw'; readonly error: unknown };

/** Calls `target` with `value` and records what happened; a promise (loadCorpus) is awaited, and its rejection is what it threw. */
export async function attempt(target: Target, value: unknown): Promise<Outcome> {
  try {
    return { kind: 'returned', result: await target.run(value) };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** The words of `value` an error message must quote: the value itself, or the first bad item of a list. */
export function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) {
    return [describeValue(value), describeValue(value[0]), 'articles[0]'];
  }
  return [describeValue(value)];
}

/** Why an outcome breaks the rules, or undefined when it keeps them. */
export function fault(target: Target, value: unknown, outcome: Outcome): string | undefined {
  if (outcome.kind === 'returned') {
    return target.returns(outcome.result, value)
      ? undefined
      : `returned ${describeValue(outcome.result)}, which is not its documented result`;
  }
  const { error } = outcome;
  if (!target.throws.some((type) => error instanceof type)) {
    return `threw ${String(error)}, which it does not document`;
  }
  const { message } = error as Error;
  if (message.length > 2_000) {
    return `threw a ${message.length}-character message`;
  }
  if (!namesOf(value).some((name) => message.includes(name))) {
    return `threw "${message.split('\n')[0]}", which does not name ${describeValue(value)}`;
  }
  return undefined;
}

/** A table cell for an outcome: the error's name, or a summary of the result. */
export function summary(outcome: Outcome): string {
  if (outcome.kind === 'threw') {
    return (outcome.error as Error).name;
  }
  const { result } = outcome;
  if (result === undefined) {
    return '`undefined`';
  }
  if (typeof result === 'string') {
    return result.length === 0 ? "`''`" : 'string';
  }
  if (Array.isArray(result)) {
    return `${result.length} items`;
  }
  return 'object';
}
