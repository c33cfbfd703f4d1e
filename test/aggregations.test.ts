import { describe, expect, it } from 'vitest';

import {
  articles,
  cooccurrence,
  countByEntity,
  countByPeriod,
  countByTopic,
  entities,
  type Entity,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  type Period,
  UnknownEntityError,
  UnknownTopicError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

const list = [
  makeArticle({ id: 'a', publishedAt: '2021-12-31', entities: ['russia', 'tajikistan'], topics: ['diplomacy'] }),
  makeArticle({
    id: 'b',
    publishedAt: '2022-02-28T23:59:59Z',
    entities: ['russia'],
    topics: ['diplomacy', 'migration'],
  }),
  makeArticle({
    id: 'c',
    publishedAt: '2022-03-01',
    entities: ['vladimir-putin', 'russia', 'tajikistan'],
    topics: ['migration'],
  }),
];

describe('countByPeriod', () => {
  const table = [
    [
      'year',
      {},
      [
        ['2021', 1],
        ['2022', 2],
      ],
    ],
    [
      'month',
      {},
      [
        ['2021-12', 1],
        ['2022-01', 0],
        ['2022-02', 1],
        ['2022-03', 1],
      ],
    ],
    [
      'day',
      { from: '2022-02-27', to: '2022-03-02' },
      [
        ['2022-02-27', 0],
        ['2022-02-28', 1],
        ['2022-03-01', 1],
        ['2022-03-02', 0],
      ],
    ],
    [
      'year',
      { from: '2020-01-01', to: '2023-12-31' },
      [
        ['2020', 0],
        ['2021', 1],
        ['2022', 2],
        ['2023', 0],
      ],
    ],
    [
      'month',
      { from: '2022-01-01' },
      [
        ['2022-01', 0],
        ['2022-02', 1],
        ['2022-03', 1],
      ],
    ],
    ['year', { to: '2021-12-31' }, [['2021', 1]]],
  ] as const satisfies readonly (readonly [Period, object, readonly (readonly [string, number])[]])[];

  it.each(table)('counts per %s with %o as a dense, ordered series', (period, options, expected) => {
    expect(countByPeriod(list, period, options).map(({ period: label, count }) => [label, count])).toEqual(expected);
  });

  it('counts every shipped article once, per year, month and day', () => {
    for (const period of ['year', 'month', 'day'] as const) {
      const series = countByPeriod(articles, period);
      expect(series.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(articles.length);
      expect(series.map((bucket) => bucket.period)).toEqual([...series.map((bucket) => bucket.period)].sort());
    }
    expect(countByPeriod(articles, 'day')).toHaveLength(1541);
  });

  it('gives an empty series for an empty list without bounds, and zeros with them', () => {
    expect(countByPeriod([], 'year')).toEqual([]);
    expect(countByPeriod([], 'year', { from: '2024-01-01', to: '2025-06-30' })).toEqual([
      { period: '2024', count: 0 },
      { period: '2025', count: 0 },
    ]);
  });

  it.each([
    [
      'an unknown period',
      () => countByPeriod(list, 'week' as Period),
      InvalidQueryError,
      "expected 'year', 'month' or 'day'",
    ],
    [
      'an unknown option',
      () => countByPeriod(list, 'year', { form: '2020' } as object),
      InvalidQueryError,
      'Did you mean "from"?',
    ],
    ['a bad bound', () => countByPeriod(list, 'year', { from: 'soon' }), InvalidDateError, '"soon"'],
    [
      'a reversed range',
      () => countByPeriod(list, 'year', { from: '2023-01-01', to: '2022-01-01' }),
      InvalidDateError,
      'later than',
    ],
    [
      'a malformed record',
      () => countByPeriod([{ ...list[0]!, publishedAt: '31/12/2021' }], 'year'),
      InvalidRecordError,
      'articles[0].publishedAt',
    ],
  ] as const)('throws for %s', (_name, run, type, message) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(message);
  });
});

/** The reference: the articles that name an entity, by scanning. */
const naming = (id: string) => articles.filter((article) => article.entities.some((entity) => entity.id === id));

describe('countByEntity', () => {
  it('counts, for each named entity, the articles and the mentions, as a scan does', () => {
    const rows = countByEntity(articles);
    expect(rows.length).toBe(new Set(articles.flatMap((article) => article.entities.map((entity) => entity.id))).size);
    for (const { entity, count, mentions } of rows) {
      expect(count).toBe(naming(entity.id).length);
      expect(mentions).toBe(
        naming(entity.id).reduce(
          (sum, article) => sum + (article.entities.find((e) => e.id === entity.id)?.mentions.length ?? 0),
          0,
        ),
      );
    }
  });

  it('sorts by count, highest first, then by English name', () => {
    const rows = countByEntity(articles);
    for (let index = 1; index < rows.length; index += 1) {
      const [before, after] = [rows[index - 1]!, rows[index]!];
      expect(
        before.count > after.count ||
          (before.count === after.count && before.entity.name.en.localeCompare(after.entity.name.en, 'en') <= 0),
      ).toBe(true);
    }
  });

  it.each(['person', 'organization', 'location', 'facility', 'event', 'document'] as const)(
    'keeps only entities of type %s when asked',
    (type) => {
      const rows = countByEntity(articles, { type });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.entity.type === type)).toBe(true);
    },
  );

  it('looks ids up in a registry of your own, and rejects an id it lacks', () => {
    const mine: Entity[] = entities.filter((entity) => entity.id !== 'vladimir-putin');
    const error = catchError(() => countByEntity(list, { entities: mine }));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).ref).toBe('vladimir-putin');
  });

  it('rejects an unknown type, naming it', () => {
    expect(() => countByEntity(articles, { type: 'people' as 'person' })).toThrow(
      /Invalid entity type "people": expected one of person, organization/,
    );
  });

  it('does not take a name where an article must hold an id', () => {
    expect(() => countByEntity([makeArticle({ id: 'x', entities: ['Putin'] })])).toThrow(UnknownEntityError);
  });

  it('rejects an entity entry whose mentions are not a list, naming the record and path', () => {
    const good = makeArticle({ id: 'x', entities: ['russia'] });
    const bad = { ...good, entities: [{ id: 'russia', mentions: {} }] };
    const error = catchError(() => countByEntity([good, bad] as never));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).index).toBe(1);
    expect((error as InvalidRecordError).path).toEqual(['entities', 0, 'mentions']);
  });
});

describe('countByTopic', () => {
  it('counts, for each covered topic, the articles, as a scan does, sorted by count then label', () => {
    const rows = countByTopic(articles);
    for (const { topic, count } of rows) {
      expect(count).toBe(articles.filter((article) => article.topics.includes(topic.id)).length);
    }
    expect(rows.map(({ topic, count }) => [topic.id, count]).slice(0, 4)).toEqual([
      ['defence-cooperation', 5],
      ['diplomacy', 5],
      ['regional-security', 5],
      ['international-organizations', 4],
    ]);
  });

  it('rejects a topic id the vocabulary lacks', () => {
    expect(() => countByTopic([makeArticle({ id: 'x', topics: ['migrations'] })])).toThrow(UnknownTopicError);
  });
});

describe('cooccurrence', () => {
  it('counts the articles that name both entities of each pair, once per unordered pair', () => {
    expect(cooccurrence(list).map(({ source, target, count }) => [source.id, target.id, count])).toEqual([
      ['russia', 'tajikistan', 2],
      ['russia', 'vladimir-putin', 1],
      ['tajikistan', 'vladimir-putin', 1],
    ]);
  });

  it('agrees with a scan on the shipped articles, for every pair', () => {
    const edges = cooccurrence(articles);
    for (const { source, target, count } of edges) {
      expect(source.id < target.id).toBe(true);
      expect(count).toBe(
        naming(source.id).filter((article) => article.entities.some((entity) => entity.id === target.id)).length,
      );
    }
    const pairs = new Set(
      articles.flatMap((article) =>
        article.entities.flatMap((a) => article.entities.filter((b) => a.id < b.id).map((b) => `${a.id} ${b.id}`)),
      ),
    );
    expect(edges).toHaveLength(pairs.size);
  });

  it('pairs only entities of the given type', () => {
    const edges = cooccurrence(articles, { type: 'person' });
    expect(edges.every(({ source, target }) => source.type === 'person' && target.type === 'person')).toBe(true);
    expect(edges[0]).toMatchObject({ source: { id: 'emomali-rahmon' }, target: { id: 'vladimir-putin' }, count: 3 });
  });
});
