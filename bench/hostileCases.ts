/**
 * Hostile strings of a chosen length, and the public calls that read them: `npm run bench -- --hostile`
 * (bench/hostile.ts) checks that each call's time grows at most linearly with the length, and
 * scripts/build-reliability.ts lists the cases and the measured ratios in docs/reliability.md.
 */
import {
  type Article,
  articles,
  buildArticle,
  corpus,
  createCorpus,
  createMentionFinder,
  entities,
  filterByDate,
  filterByEntity,
  filterByTopic,
  findMentions,
  findQuantities,
  findTimeExpressions,
  getArticle,
  getEntity,
  getTopic,
  mentionSnippets,
  normalizeArabic,
  normalizeArabicWithOffsets,
  query,
  readArabicDate,
  searchArticles,
  toCsv,
  toJsonLd,
  toNdjson,
} from '../src/index.ts';

/** Repeats `unit` to exactly `length` UTF-16 units. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Strings that stress a normalizer, tokenizer, stemmer, parser or edit distance. */
export const HOSTILE: readonly (readonly [name: string, make: (length: number) => string])[] = [
  ['one long Arabic word', (length) => fill('ب', length)],
  ['letters under stacked diacritics', (length) => fill('بًٌٍَُِّْ', length)],
  ['tatweel', (length) => fill('ـ', length)],
  ['clitic prefixes', (length) => fill('وال', length)],
  ['digits and decimal points', (length) => fill('1.', length)],
  ['lone surrogates', (length) => fill('\ud800', length)],
  ['whitespace, then a letter', (length) => `${fill(' \n\t\u00a0', length - 1)}x`],
  ['regex syntax', (length) => fill('(a+)+$*.[', length)],
  ['many short words', (length) => fill('روسيا ', length)],
];

const [first] = articles;
if (first === undefined) {
  throw new Error('The shipped corpus is empty');
}
const putin = articles.find((article) => article.entities.some((entity) => entity.id === 'vladimir-putin')) ?? first;

/**
 * A copy of an article whose body is `text`, followed by a mention of Putin that still spells his name.
 * The quotes of the old body (topic evidence, the date's corroboration) go with it; the date's evidence
 * and the source parties' are quoted from furniture, which stays, so that createCorpus checks the record through.
 */
function withBody(text: string): Article {
  const body = `${text.replace(/\s+/g, ' ').trim() || 'x'}\n\nبوتين`;
  const { precision, basis, evidence } = putin.date;
  return {
    ...putin,
    body,
    date: { precision, basis, evidence },
    topics: [],
    topicEvidence: {},
    entities: [{ id: 'vladimir-putin', mentions: [{ field: 'body', start: body.length - 5, end: body.length }] }],
  };
}

/** A public call that reads a string of the chosen length; whatever it returns or throws is fine here. */
export interface Timed {
  readonly call: string;
  /** Builds the call's input from the hostile string, outside the timed part. */
  readonly prepare: (text: string) => unknown;
  readonly run: (input: never) => unknown;
}

const onText = (call: string, run: (text: string) => unknown): Timed => ({ call, prepare: (text) => text, run });
const onArticle = (call: string, run: (article: Article) => unknown): Timed => ({ call, prepare: withBody, run });

export const TIMED: readonly Timed[] = [
  onText('normalizeArabic(text)', (text) => normalizeArabic(text)),
  onText('normalizeArabicWithOffsets(text)', (text) => normalizeArabicWithOffsets(text)),
  onText('findMentions(text, entities)', (text) => findMentions(text, entities)),
  onText("createMentionFinder([{ id: 'x', aliases: [text] }])", (text) =>
    createMentionFinder([{ id: 'x', aliases: [text] }]),
  ),
  onText('searchArticles(articles, text)', (text) => searchArticles(articles, text)),
  onText('corpus.search(text)', (text) => corpus.search(text)),
  onText('query(articles, { text })', (text) => query(articles, { text })),
  onText('getArticle(text)', (text) => getArticle(text)),
  onText('getEntity(text)', (text) => getEntity(text)),
  onText('getTopic(text)', (text) => getTopic(text)),
  onText('filterByEntity(articles, text)', (text) => filterByEntity(articles, text)),
  onText('filterByTopic(articles, text)', (text) => filterByTopic(articles, text)),
  onText('filterByDate(articles, { from: text })', (text) => filterByDate(articles, { from: text })),
  onText('readArabicDate(text)', (text) => readArabicDate(text, { writtenOn: '2025-10-09' })),
  onText('findTimeExpressions(text)', (text) => findTimeExpressions(text, { writtenOn: '2025-10-09' })),
  onText('findQuantities(text)', (text) => findQuantities(text)),
  onArticle('buildArticle({ title, body: text })', (article) =>
    buildArticle(
      { id: article.id, title: article.title, titleBasis: 'source', body: article.body },
      { entities: corpus.entities, topics: corpus.topics },
    ),
  ),
  onArticle('searchArticles([article with body text], word)', (article) => searchArticles([article], 'بوتين')),
  onArticle('createCorpus([article with body text])', (article) => createCorpus([article])),
  onArticle('mentionSnippets(article with body text, ref)', (article) =>
    mentionSnippets(article, 'Putin', { context: 10_000 }),
  ),
  onArticle('toCsv([article with body text])', (article) => toCsv([article])),
  onArticle('toNdjson([article with body text])', (article) => toNdjson([article])),
  onArticle('toJsonLd(article with body text)', (article) => toJsonLd(article)),
];

/**
 * The two lengths compared, and the largest ratio of their times that still counts as linear.
 * Both lengths are far past the small-input regime, where fixed costs (a call, a look-up table,
 * the shipped corpus) dominate. Linear work gives about 10×, quadratic work about 100×. At 1M
 * characters a string no longer fits the CPU caches and lands in V8's large-object space, so
 * linear calls that copy long strings measured up to 27× on the project's busy 2-core machine;
 * the bound leaves room for that and still fails any quadratic term.
 */
export const SHORT = 100_000;
export const LONG = 1_000_000;
export const MAX_RATIO = 40;
