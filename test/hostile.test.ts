import { describe, expect, it } from 'vitest';

import {
  articles,
  buildArticle,
  corpus,
  entities,
  filterByDate,
  filterByEntity,
  filterByTopic,
  findQuantities,
  findTimeExpressions,
  getArticle,
  getEntity,
  getTopic,
  normalizeArabic,
  query,
  readArabicDate,
  RuTjNewsError,
  searchArticles,
} from '../src/index.js';

// A shipped article's curated fields, for buildArticle: the hostile value goes into its id, title and body.
// Its English goes without its evidence, as its topics go without theirs (below): quotes of the shipped
// text, which the hostile text lacks, would each add a problem to the message.
const [shipped] = articles;
const builtFrom = {
  titleBasis: 'source',
  furniture: shipped?.source.furniture,
  chain: shipped?.source.chain,
  en: { title: shipped?.en.title ?? '', summary: shipped?.en.summary ?? '' },
} as const;
const LONG = 'ب'.repeat(100_000);
const LONG_WORDS = 'روسيا '.repeat(20_000);
const HOSTILE = [
  '.*',
  '(a+)+$',
  '[',
  '\\',
  '$&',
  '^',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  LONG,
  LONG_WORDS,
  '\u0000',
  '\ud800',
] as const;

/** Runs a call and returns what it threw, or undefined. */
function outcome(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

const calls = [
  ['getArticle', (value: string) => getArticle(value)],
  ['getEntity', (value: string) => getEntity(value)],
  ['getTopic', (value: string) => getTopic(value)],
  ['normalizeArabic', (value: string) => normalizeArabic(value)],
  ['filterByEntity', (value: string) => filterByEntity(articles, value)],
  ['filterByTopic', (value: string) => filterByTopic(articles, value)],
  ['filterByDate', (value: string) => filterByDate(articles, { from: value })],
  ['searchArticles', (value: string) => searchArticles(articles, value)],
  ['query', (value: string) => query(articles, { text: value, entities: [value] })],
  ['corpus.search', (value: string) => corpus.search(value)],
  ['corpus.query', (value: string) => corpus.query({ [value]: 1 })],
  ['readArabicDate', (value: string) => readArabicDate(value, { writtenOn: '2025-10-09' })],
  ['findTimeExpressions', (value: string) => findTimeExpressions(value, { writtenOn: '2025-10-09' })],
  ['findQuantities', (value: string) => findQuantities(value)],
  [
    'buildArticle',
    (value: string) =>
      buildArticle(
        { ...builtFrom, id: value, title: value, body: value, topicEvidence: {}, topics: [] },
        { entities, topics: corpus.topics },
      ),
  ],
] as const;

describe('hostile input', () => {
  const cases = calls.flatMap(([name, call]) =>
    HOSTILE.map(
      (value) =>
        [name, value.length > 20 ? `${value.slice(0, 10)}… (${value.length} chars)` : value, call, value] as const,
    ),
  );

  it.each(cases)('%s(%j) returns or throws one of our errors', (_name, _shown, call, value) => {
    const error = outcome(() => call(value));
    if (error !== undefined) {
      expect(error).toBeInstanceOf(RuTjNewsError);
      // A hostile value is cut short in the message.
      expect((error as Error).message.length).toBeLessThan(1_000);
    }
  });

  it('never adds keys to Object.prototype', () => {
    for (const [, call] of calls) {
      for (const value of HOSTILE) {
        outcome(() => call(value));
      }
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds nothing for regex syntax rather than everything', () => {
    expect(searchArticles(articles, 'طاجيكستان .+').length).toBe(searchArticles(articles, 'طاجيكستان').length);
    // A * is the prefix operator: after no word it is an error, not a wildcard.
    expect(outcome(() => searchArticles(articles, 'طاجيكستان .*'))).toBeInstanceOf(RuTjNewsError);
    expect(outcome(() => searchArticles(articles, '.*'))).toBeInstanceOf(RuTjNewsError);
  });
});
