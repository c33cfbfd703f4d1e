import { describe, expect, it } from 'vitest';

import {
  articles,
  cooccurrence,
  corpus,
  countByEntity,
  countByPeriod,
  countByTopic,
  createCorpus,
  datasetVersion,
  entities,
  events,
  eventsOf,
  filterByDate,
  filterByEntity,
  filterByTopic,
  mentionSnippets,
  query,
  searchArticles,
  topics,
} from '../src/index.js';
import { isRefused, mutations, SHARED } from './support/mutations.js';

// Test files are ES modules, so they run in strict mode, where writing to a frozen object throws.
const snapshot = (): string => JSON.stringify({ articles, entities, topics, events, datasetVersion, corpus });
const before = snapshot();
const all = mutations();
const kinds = [...new Set(all.map((mutation) => mutation.kind))];

describe('the shipped data is deeply frozen', () => {
  it('tries mutations on every object a user can reach', () => {
    const where = new Set(all.map((mutation) => mutation.where));
    for (const path of [
      'articles',
      'articles[0].entities[0].mentions[0]',
      'articles[4].source.furniture',
      'entities[0].aliases',
      'topics[0].label',
      'events[0].mentions[0]',
      'events[0].date',
      'datasetVersion',
      'corpus',
      'corpus.articles',
    ]) {
      expect(where.has(path), path).toBe(true);
    }
    expect(all.length).toBeGreaterThan(5_000);
  });

  it.each(kinds)('throws a TypeError for every attempt to %s, and changes nothing', (kind) => {
    const attempts = all.filter((mutation) => mutation.kind === kind);
    const quiet = attempts.filter((mutation) => !isRefused(mutation));
    expect(quiet.map((mutation) => mutation.where)).toEqual([]);
    expect(attempts.length).toBeGreaterThan(0);
    expect(snapshot()).toBe(before);
  });

  it.each(Object.entries(SHARED))('%s is frozen at every depth', (_name, value) => {
    const unfrozen: string[] = [];
    const walk = (item: unknown, path: string): void => {
      if (typeof item !== 'object' || item === null) {
        return;
      }
      if (!Object.isFrozen(item)) {
        unfrozen.push(path);
      }
      for (const [key, child] of Object.entries(item)) {
        walk(child, `${path}.${key}`);
      }
    };
    walk(value, _name);
    expect(unfrozen).toEqual([]);
  });

  it('freezes what createCorpus builds, down to the mention spans', () => {
    const built = createCorpus(structuredClone(articles.slice(0, 2)));
    const span = built.articles[0]!.entities[0]!.mentions[0]!;
    expect(() => {
      (span as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(() => (built.articles as unknown as unknown[]).push(span)).toThrow(TypeError);
    expect(() => {
      (built as { articles: unknown }).articles = [];
    }).toThrow(TypeError);
  });
});

describe('helpers return new arrays, never the frozen input', () => {
  const everything: readonly (readonly [string, () => readonly unknown[]])[] = [
    ['filterByDate', () => filterByDate(articles, {})],
    [
      'filterByEntity',
      () =>
        filterByEntity(
          articles,
          entities.map((entity) => entity.id),
        ),
    ],
    [
      'filterByTopic',
      () =>
        filterByTopic(
          articles,
          topics.map((topic) => topic.id),
        ),
    ],
    ['query', () => query(articles, {})],
    ['searchArticles', () => searchArticles(articles, 'روسيا')],
    ['corpus.query', () => corpus.query({})],
    ['corpus.search', () => corpus.search('روسيا')],
    ['eventsOf', () => eventsOf(articles)],
    ['corpus.eventsOf', () => corpus.eventsOf()],
  ];

  it.each(everything)('%s returns a fresh, writable array even when everything matches', (_name, run) => {
    const result = run();
    expect(result.length).toBeGreaterThan(0);
    expect(result).not.toBe(articles);
    expect(result).not.toBe(corpus.articles);
    expect(Object.isFrozen(result)).toBe(false);
    (result as unknown[]).length = 0;
    expect(run().length).toBeGreaterThan(0);
    expect(snapshot()).toBe(before);
  });

  it.each([
    ['countByPeriod', () => countByPeriod(articles, 'year')],
    ['countByEntity', () => countByEntity(articles)],
    ['countByTopic', () => countByTopic(articles)],
    ['cooccurrence', () => cooccurrence(articles)],
    [
      'mentionSnippets',
      () =>
        mentionSnippets(
          articles.find((article) => article.entities.some((entity) => entity.id === 'vladimir-putin'))!,
          'Putin',
        ),
    ],
  ] as const)('%s returns a fresh, writable array on every call', (_name, run) => {
    const first = run();
    expect(first.length).toBeGreaterThan(0);
    expect(run()).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
  });
});
