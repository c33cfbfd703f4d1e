import { describe, expect, it } from 'vitest';

import { type Article, type Query, query } from '../../src/index.js';
import { compileQuery } from '../../src/internal/args/compileQuery.js';
import { candidateSpan, firstInside } from '../../src/internal/corpus/dateIndex.js';
import { executePlan } from '../../src/internal/corpus/execute.js';
import { type Guarantees, planQuery, type QueryPlan, type Source } from '../../src/internal/corpus/plan.js';
import { SearchIndex } from '../../src/internal/search/searchIndex.js';
import { makeArticle } from '../support/makeArticle.js';
import { dayOf, planArticles, planIndexes } from '../support/planCorpus.js';

const indexes = planIndexes();
const textIndex = new SearchIndex(planArticles);
const ids = (list: readonly Article[]): string[] => list.map((article) => article.id);
const run = (planned: QueryPlan, text: () => SearchIndex = () => textIndex): Article[] =>
  executePlan(planned, indexes, text);

// Queries whose plans read their candidates in every way there is (see test/internal/plan.test.ts).
const queries = [
  {},
  { from: dayOf(20), to: dayOf(24) },
  { from: dayOf(20), to: dayOf(30) },
  { from: dayOf(100), entities: 'Rahmon' },
  { entities: 'sergey-lavrov' },
  { entities: ['sergey-lavrov', 'vladimir-putin'] },
  { entities: ['vladimir-putin', 'emomali-rahmon'], match: 'all' },
  { topics: ['summits', 'drug-trafficking'] },
  { from: dayOf(0), to: dayOf(159), entities: 'sergey-lavrov', topics: 'summits', match: 'all' },
  { from: dayOf(10), to: dayOf(120), entities: ['sergey-lavrov', 'vladimir-putin'], topics: 'migration' },
  { from: dayOf(20), to: dayOf(22), entities: 'vladimir-putin' },
  { text: 'عنوان', from: dayOf(3), to: dayOf(40), entities: 'Putin' },
] as const satisfies readonly Query[];

/** A plan of the whole corpus by hand: no filter unless given. */
const handPlan = (source: Source, filter: Partial<QueryPlan> = {}): QueryPlan => ({
  source,
  guaranteed: { dates: true, entities: true, topics: true },
  from: -Infinity,
  to: Infinity,
  entities: [],
  topics: [],
  match: 'any',
  ...filter,
});

describe('executePlan', () => {
  it('reads candidates in every way a plan can say', () => {
    const kinds = new Set(
      queries.map((q) => planQuery(compileQuery(q, indexes.entities, indexes.topics), indexes).source.kind),
    );
    expect([...kinds].sort()).toEqual(['bitmap', 'list', 'scan', 'search', 'sortLists', 'sortSpan']);
  });

  it.each(queries)('answers %j exactly as query() does', (q) => {
    const planned = planQuery(compileQuery(q, indexes.entities, indexes.topics), indexes);
    expect(ids(run(planned))).toEqual(ids(query(planArticles, q)));
  });

  const lavrov = indexes.entityIndex.ids.get('sergey-lavrov')!;
  const summits = indexes.topicIndex.ids.get('summits')!;
  const tenthDayEnd = Date.parse(`${dayOf(9)}T23:59:59.999Z`);
  const tenthDayStart = Date.parse(`${dayOf(9)}T00:00:00Z`);
  it.each([
    [
      'the entities when guaranteed',
      { entities: [lavrov], guaranteed: { dates: true, entities: true, topics: true } },
      160,
    ],
    [
      'the entities when not guaranteed',
      { entities: [lavrov], guaranteed: { dates: true, entities: false, topics: true } },
      4,
    ],
    [
      'the topics when guaranteed',
      { topics: [summits], guaranteed: { dates: true, entities: true, topics: true } },
      160,
    ],
    [
      'the topics when not guaranteed',
      { topics: [summits], guaranteed: { dates: true, entities: true, topics: false } },
      4,
    ],
    ['the range when guaranteed', { to: tenthDayEnd, guaranteed: { dates: true, entities: true, topics: true } }, 160],
    [
      'the whole range when nothing is guaranteed',
      { from: tenthDayStart, to: tenthDayEnd, guaranteed: { dates: false, entities: true, topics: true } },
      1,
    ],
  ] as const satisfies readonly (readonly [string, Partial<QueryPlan> & { guaranteed: Guarantees }, number])[])(
    'checks %s accordingly',
    (_name, filter, kept) => {
      expect(run(handPlan({ kind: 'scan' }, filter))).toHaveLength(kept);
    },
  );

  it.each([
    [
      'gathered and sorted',
      { kind: 'sortLists', lists: [Uint32Array.of(7, 2, 5), Uint32Array.of(5, 1)], edges: [], size: 5 },
    ],
    ['marked in a bitmap', { kind: 'bitmap', lists: [Uint32Array.of(2, 5, 7), Uint32Array.of(1, 5)], edges: [] }],
  ] as const satisfies readonly (readonly [string, Source])[])(
    'returns the union of lists %s in corpus order, each document once',
    (_name, source) => {
      expect(ids(run(handPlan(source)))).toEqual([1, 2, 5, 7].map((day) => `day-${day}`));
    },
  );

  describe('at the edge of a range', () => {
    // The range starts at noon: the whole-day article of that day overlaps it, the one of 10:00 does not.
    const edgeArticles = [
      ['day', '2020-01-01'],
      ['morning', '2020-01-01T10:00:00Z'],
      ['afternoon', '2020-01-01T14:00:00Z'],
      ['next-day', '2020-01-02'],
      ['day-before', '2019-12-31'],
      ['epoch', '1970-01-01'],
      // Two articles without Putin that start by -0.5 ms, so that the span of { from: 0.5, to: -0.5 } is longer than Putin's list.
      ['eve-noon', '1969-12-31T12:00:00Z', []],
      ['eve-one', '1969-12-31T13:00:00Z', []],
    ].map(([id, publishedAt, mentioned]) =>
      makeArticle({
        id: id as string,
        publishedAt: publishedAt as string,
        entities: (mentioned as string[] | undefined) ?? ['vladimir-putin'],
        topics: ['migration'],
      }),
    );
    const edgeIndexes = planIndexes(edgeArticles);
    const from = Date.parse('2020-01-01T12:00:00Z');
    const to = Date.parse('2020-01-02T23:59:59.999Z');
    const numbered = (names: readonly string[]): Uint32Array =>
      Uint32Array.from(names, (name) => edgeArticles.findIndex((article) => article.id === name));
    const [low, high] = candidateSpan(edgeIndexes.dates, from, to);

    it.each([
      ['a span', { kind: 'sortSpan', low, inside: firstInside(edgeIndexes.dates, from, low, high), high }],
      [
        'lists',
        {
          kind: 'sortLists',
          lists: [numbered(['afternoon', 'next-day'])],
          edges: [numbered(['day', 'morning'])],
          size: 4,
        },
      ],
      [
        'a bitmap',
        { kind: 'bitmap', lists: [numbered(['next-day', 'afternoon'])], edges: [numbered(['morning', 'day'])] },
      ],
    ] as const satisfies readonly (readonly [string, Source])[])(
      'keeps a document that starts before the range only if it has not ended before the range starts, read from %s',
      (_name, source) => {
        const planned = handPlan(source, { from, to });
        expect(ids(executePlan(planned, edgeIndexes, () => textIndex))).toEqual(['day', 'afternoon', 'next-day']);
      },
    );

    it.each([
      { from: '2020-01-01T12:00:00Z', to: '2020-01-02' },
      { from: '2020-01-01T12:00:00Z', to: '2020-01-02', entities: 'Putin' },
      { from: '2020-01-01T10:00:00Z', to: '2020-01-01T10:00:00Z', topics: 'migration' },
      // A range whose from is half a millisecond after its to: the epoch's article starts in neither.
      { from: 0.5, to: -0.5 },
      { from: 0.5, to: -0.5, entities: 'Putin' },
    ] as const satisfies readonly Query[])('answers %j exactly as query() does', (q) => {
      const planned = planQuery(compileQuery(q, edgeIndexes.entities, edgeIndexes.topics), edgeIndexes);
      expect(ids(executePlan(planned, edgeIndexes, () => textIndex))).toEqual(ids(query(edgeArticles, q)));
    });
  });

  it('sorts a span of the date order back into corpus order', () => {
    // The corpus is in date order, so reverse it to make the date order differ from corpus order.
    const reversed = planIndexes([...planArticles].reverse());
    const found = executePlan(handPlan({ kind: 'sortSpan', low: 10, inside: 10, high: 14 }), reversed, () => textIndex);
    expect(ids(found)).toEqual([13, 12, 11, 10].map((day) => `day-${day}`));
  });

  it('builds the text index only for a search', () => {
    let builds = 0;
    const lazy = (): SearchIndex => {
      builds += 1;
      return textIndex;
    };
    for (const q of queries.filter((entry) => !('text' in entry))) {
      run(planQuery(compileQuery(q, indexes.entities, indexes.topics), indexes), lazy);
    }
    expect(builds).toBe(0);
    run(planQuery(compileQuery({ text: 'عنوان' }, indexes.entities, indexes.topics), indexes), lazy);
    expect(builds).toBe(1);
  });
});
