import { describe, expect, it } from 'vitest';

import { type Article, type Query, query } from '../../src/index.js';
import { compileQuery } from '../../src/internal/args/compileQuery.js';
import { executePlan } from '../../src/internal/corpus/execute.js';
import { type Guarantees, planQuery, type QueryPlan, type Source } from '../../src/internal/corpus/plan.js';
import { SearchIndex } from '../../src/internal/search/searchIndex.js';
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
  guaranteed: { dates: 'range', entities: true, topics: true },
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
      { entities: [lavrov], guaranteed: { dates: 'range', entities: true, topics: true } },
      160,
    ],
    [
      'the entities when not guaranteed',
      { entities: [lavrov], guaranteed: { dates: 'range', entities: false, topics: true } },
      4,
    ],
    [
      'the topics when guaranteed',
      { topics: [summits], guaranteed: { dates: 'range', entities: true, topics: true } },
      160,
    ],
    [
      'the topics when not guaranteed',
      { topics: [summits], guaranteed: { dates: 'range', entities: true, topics: false } },
      4,
    ],
    [
      'the range when guaranteed',
      { to: tenthDayEnd, guaranteed: { dates: 'range', entities: true, topics: true } },
      160,
    ],
    [
      'the start when guaranteed, but still the end',
      { from: tenthDayStart, to: tenthDayEnd, guaranteed: { dates: 'start', entities: true, topics: true } },
      151,
    ],
    [
      'the whole range when nothing is guaranteed',
      { from: tenthDayStart, to: tenthDayEnd, guaranteed: { dates: 'none', entities: true, topics: true } },
      1,
    ],
  ] as const satisfies readonly (readonly [string, Partial<QueryPlan> & { guaranteed: Guarantees }, number])[])(
    'checks %s accordingly',
    (_name, filter, kept) => {
      expect(run(handPlan({ kind: 'scan' }, filter))).toHaveLength(kept);
    },
  );

  it.each([
    ['gathered and sorted', { kind: 'sortLists', lists: [Uint32Array.of(7, 2, 5), Uint32Array.of(5, 1)], size: 5 }],
    ['marked in a bitmap', { kind: 'bitmap', lists: [Uint32Array.of(2, 5, 7), Uint32Array.of(1, 5)] }],
  ] as const satisfies readonly (readonly [string, Source])[])(
    'returns the union of lists %s in corpus order, each document once',
    (_name, source) => {
      expect(ids(run(handPlan(source)))).toEqual([1, 2, 5, 7].map((day) => `day-${day}`));
    },
  );

  it('sorts a span of the date order back into corpus order', () => {
    // The corpus is in date order, so reverse it to make the date order differ from corpus order.
    const reversed = planIndexes([...planArticles].reverse());
    const found = executePlan(handPlan({ kind: 'sortSpan', low: 10, high: 14 }), reversed, () => textIndex);
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
