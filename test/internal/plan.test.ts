import { describe, expect, it } from 'vitest';

import { entities, type Query, query, topics } from '../../src/index.js';
import { compileQuery } from '../../src/internal/args/compileQuery.js';
import type { CorpusIndexes } from '../../src/internal/corpus/corpusIndexes.js';
import { executePlan, searchDocuments } from '../../src/internal/corpus/execute.js';
import {
  BITMAP_FLOOR,
  BITMAP_SHARE,
  type Guarantees,
  planQuery,
  type QueryPlan,
  SCAN_SHARE,
} from '../../src/internal/corpus/plan.js';
import { SearchIndex } from '../../src/internal/search/searchIndex.js';
import { makeArticle } from '../support/makeArticle.js';
import { dayOf, PLAN_CORPUS_SIZE, planArticles, planIndexes } from '../support/planCorpus.js';

const indexes = planIndexes();
const plan = (q: Query, on: CorpusIndexes = indexes): QueryPlan =>
  planQuery(compileQuery(q, on.entities, on.topics), on);

/** The documents a plan's source yields, before any check of the plan's: of its edges, those that have not ended before the range starts. */
function candidatesOf(planned: QueryPlan, on: CorpusIndexes = indexes): number[] {
  const { source } = planned;
  const endsInRange = (document: number): boolean => on.dates.ends[document]! >= planned.from;
  switch (source.kind) {
    case 'scan':
      return Array.from({ length: on.articles.length }, (_, document) => document);
    case 'search':
      return [...searchDocuments(on, new SearchIndex(on.articles), source.search).documents];
    case 'list':
      return [...source.list];
    case 'bitmap':
    case 'sortLists':
      return [
        ...source.lists.flatMap((list) => [...list]),
        ...source.edges.flatMap((edge) => [...edge].filter(endsInRange)),
      ];
    case 'sortSpan':
      return [
        ...[...on.dates.order.subarray(source.low, source.inside)].filter(endsInRange),
        ...on.dates.order.subarray(source.inside, source.high),
      ];
  }
}

const ALL: Guarantees = { dates: true, entities: true, topics: true };

// Day d of the corpus holds one article; the threshold between narrow and wide is 160 / 16 = 10 candidates.
const cases = [
  { name: 'no filter', q: {}, kind: 'scan', size: 160, guaranteed: ALL },
  {
    name: 'a narrow date range',
    q: { from: dayOf(20), to: dayOf(24) },
    kind: 'sortSpan',
    size: 5,
    guaranteed: ALL,
  },
  {
    name: 'a date range of exactly a sixteenth of the corpus',
    q: { from: dayOf(20), to: dayOf(29) },
    kind: 'sortSpan',
    size: 10,
    guaranteed: ALL,
  },
  {
    name: 'a date range one article wider than a sixteenth',
    q: { from: dayOf(20), to: dayOf(30) },
    kind: 'scan',
    size: 160,
    guaranteed: { ...ALL, dates: false },
  },
  {
    name: 'an open-ended wide range',
    q: { from: dayOf(100) },
    kind: 'scan',
    size: 160,
    guaranteed: { ...ALL, dates: false },
  },
  { name: 'one rare entity', q: { entities: 'sergey-lavrov' }, kind: 'list', size: 4, guaranteed: ALL },
  { name: 'one common entity', q: { entities: 'vladimir-putin' }, kind: 'list', size: 80, guaranteed: ALL },
  {
    name: 'any of two entities, together wide',
    q: { entities: ['sergey-lavrov', 'vladimir-putin'] },
    kind: 'bitmap',
    size: 84,
    guaranteed: ALL,
  },
  {
    name: 'all of two entities, read from the shorter list',
    q: { entities: ['sergey-lavrov', 'emomali-rahmon'], match: 'all' },
    kind: 'list',
    size: 4,
    guaranteed: { ...ALL, entities: false },
  },
  {
    name: 'any of two rare topics, together narrow',
    q: { topics: ['summits', 'drug-trafficking'] },
    kind: 'sortLists',
    size: 8,
    guaranteed: ALL,
  },
  {
    name: 'a rare entity within a wide range',
    q: { from: dayOf(0), to: dayOf(159), entities: 'sergey-lavrov' },
    kind: 'sortLists',
    size: 4,
    guaranteed: ALL,
  },
  {
    name: 'two entities within a wide range',
    q: { from: dayOf(0), to: dayOf(159), entities: ['sergey-lavrov', 'vladimir-putin'] },
    kind: 'bitmap',
    size: 84,
    guaranteed: ALL,
  },
  {
    name: 'a common entity within a narrow range, when its dated list is shorter than the span',
    q: { from: dayOf(20), to: dayOf(22), entities: 'vladimir-putin' },
    kind: 'sortLists',
    size: 2,
    guaranteed: ALL,
  },
  {
    name: 'an entity and a topic of the same size: the entity list, found first',
    q: { entities: 'sergey-lavrov', topics: 'summits' },
    kind: 'list',
    size: 4,
    guaranteed: { ...ALL, topics: false },
  },
  {
    name: 'a common entity and a rare topic: the topic list',
    q: { entities: 'vladimir-putin', topics: 'summits' },
    kind: 'list',
    size: 4,
    guaranteed: { ...ALL, entities: false },
  },
  { name: 'a text alone', q: { text: 'عنوان' }, kind: 'search', size: 160, guaranteed: ALL },
  {
    name: 'a text with a range and a topic',
    q: { text: 'عنوان', from: dayOf(0), to: dayOf(9), topics: 'summits' },
    kind: 'search',
    size: 160,
    guaranteed: { dates: false, entities: true, topics: false },
  },
] as const satisfies readonly {
  name: string;
  q: Query;
  kind: QueryPlan['source']['kind'];
  size: number;
  guaranteed: Guarantees;
}[];

describe('planQuery', () => {
  it('reads the corpus of these tests as intended: 160 articles, wide above 10 candidates', () => {
    expect(planArticles).toHaveLength(PLAN_CORPUS_SIZE);
    expect(PLAN_CORPUS_SIZE * SCAN_SHARE).toBe(10);
  });

  it.each(cases)('plans $name as $kind, with what it guarantees', ({ q, kind, size, guaranteed }) => {
    const planned = plan(q);
    expect(planned.source.kind).toBe(kind);
    expect(candidatesOf(planned)).toHaveLength(size);
    expect(planned.guaranteed).toEqual(guaranteed);
  });

  it.each(cases)('yields every match of $name among its candidates', ({ q }) => {
    const candidates = new Set(candidatesOf(plan(q)));
    for (const article of query(planArticles, q)) {
      expect(candidates.has(planArticles.indexOf(article))).toBe(true);
    }
  });

  it.each(cases)('yields only candidates that hold what it guarantees for $name', ({ q }) => {
    const planned = plan(q);
    const { from, to, entities: entityRefs, topics: topicRefs, match } = q as Query;
    for (const document of candidatesOf(planned)) {
      const article = planArticles[document]!;
      if (planned.guaranteed.dates) {
        expect(query([article], { from, to })).toHaveLength(1);
      }
      if (planned.guaranteed.entities) {
        expect(query([article], { entities: entityRefs, match })).toHaveLength(1);
      }
      if (planned.guaranteed.topics) {
        expect(query([article], { topics: topicRefs, match })).toHaveLength(1);
      }
    }
  });

  it('states the filter in index terms: registry positions and the range in milliseconds', () => {
    const planned = plan({ from: dayOf(1), to: dayOf(2), entities: 'Putin', topics: ['summits', 'migration'] });
    expect(planned.entities).toEqual([entities.findIndex((entity) => entity.id === 'vladimir-putin')]);
    expect(planned.topics).toEqual(['summits', 'migration'].map((id) => topics.findIndex((topic) => topic.id === id)));
    expect(planned.from).toBe(Date.parse(`${dayOf(1)}T00:00:00Z`));
    expect(planned.to).toBe(Date.parse(`${dayOf(2)}T23:59:59.999Z`));
    expect(planned.match).toBe('any');
    const open = plan({});
    expect([open.from, open.to]).toEqual([-Infinity, Infinity]);
  });

  it.each([
    [{}, 'scan'],
    [{ from: dayOf(0) }, 'sortSpan'],
    // Lists are no smaller than an empty corpus, so the plan stays a scan.
    [{ entities: 'Putin' }, 'scan'],
  ] as const)('plans %j on an empty corpus with no candidates', (q, kind) => {
    const empty = planIndexes([]);
    const planned = plan(q, empty);
    expect(planned.source.kind).toBe(kind);
    expect(candidatesOf(planned, empty)).toEqual([]);
  });
});

describe('planQuery on a corpus large enough for a bitmap to beat sorting', () => {
  // 8,192 articles, two a day from 2000-01-01, Putin in every eighth: sorted up to 256 candidates
  // (BITMAP_FLOOR, above 8,192 / 256 = 32), marked in a bitmap up to 512 (a sixteenth), scanned above.
  const DAY0 = Date.UTC(2000, 0, 1);
  const dayAt = (day: number): string => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
  const large = Array.from({ length: 8_192 }, (_, at) =>
    makeArticle({
      id: `a-${at}`,
      publishedAt: dayAt(Math.floor(at / 2)),
      entities: at % 8 === 0 ? ['vladimir-putin'] : [],
    }),
  );
  const largeIndexes = planIndexes(large);

  it('sorts up to the floor and marks from it on, below a sixteenth', () => {
    expect([BITMAP_FLOOR, large.length * BITMAP_SHARE, large.length * SCAN_SHARE]).toEqual([256, 32, 512]);
  });

  it.each([
    { name: 'a span of 200 articles', q: { from: dayAt(10), to: dayAt(109) }, kind: 'sortSpan', size: 200 },
    { name: 'a span of 400 articles', q: { from: dayAt(10), to: dayAt(209) }, kind: 'bitmap', size: 400 },
    { name: 'a span of 600 articles', q: { from: dayAt(10), to: dayAt(309) }, kind: 'scan', size: 8_192 },
    {
      name: 'an entity with 250 articles in a span of 2,000',
      q: { from: dayAt(0), to: dayAt(999), entities: 'Putin' },
      kind: 'sortLists',
      size: 250,
    },
    {
      name: 'an entity with 300 articles in a span of 2,400',
      q: { from: dayAt(0), to: dayAt(1_199), entities: 'Putin' },
      kind: 'bitmap',
      size: 300,
    },
  ] as const satisfies readonly { name: string; q: Query; kind: QueryPlan['source']['kind']; size: number }[])(
    'plans $name as $kind, and answers exactly as query() does',
    ({ q, kind, size }) => {
      const planned = plan(q, largeIndexes);
      expect(planned.source.kind).toBe(kind);
      expect(candidatesOf(planned, largeIndexes)).toHaveLength(size);
      const found = executePlan(planned, largeIndexes, () => new SearchIndex(large));
      expect(found.map((article) => article.id)).toEqual(query(large, q).map((article) => article.id));
    },
  );
});
