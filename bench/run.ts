/**
 * `npm run bench [-- --size N]`: measures the query API on synthetic corpora of
 * 10k, 100k and 1M articles and writes bench/results.json. Every figure is
 * compared with baselines measured in the same run, on the same data.
 * `--cases filter:selective,search:rare` runs only the cases whose names start with
 * one of those prefixes (the builds are always measured), and writes results only to `--out`.
 *
 * `npm run bench -- --hostile`: the growth of every public call on hostile strings
 * (bench/hostile.ts). `npm run bench -- --startup [--write]`: the cold start of the
 * built package against a bare node (bench/startup.ts). `npm run bench -- --cli
 * [--size N] [--write]`: the built bin reading N NDJSON records with --data, against
 * a bare node reading and parsing the same lines (bench/cli.ts). `npm run bench -- --mentions
 * [--write]`: `findMentions` on 100k articles against a naive `indexOf` loop (bench/mentions.ts).
 * `npm run bench -- --quantities [--size N] [--write]`: `findQuantities` on N articles with amounts planted
 * (100,000), against `findMentions` and a regex pass on the same texts, and its growth on hostile strings
 * (bench/quantities.ts).
 * `npm run bench -- --build [--size N] [--entities M] [--write]`: buildArticle's throughput on N synthetic
 * articles (100,000) with an M-entity registry (2,000), against its parts (bench/buildArticle.ts).
 * `npm run bench -- --load [--size N] [--write]`: the load path of N NDJSON records (100,000), stage by
 * stage, with the peak RSS, for the validated and the trusting build (bench/load.ts). A plain run
 * (every size) also runs it at 100k and 1M after the queries, and `--write` records it.
 * `npm run bench -- --duckdb [--size N] [--write]`: the load and the filter cases against DuckDB on the
 * same N records (100,000), alone (bench/duckdb.ts); a plain run does the same at each of its sizes.
 * `npm run bench -- --times [--size N] [--write]`: findTimeExpressions on N synthetic articles (100,000)
 * against findMentions, readArabicDate and a plain regex pass on the same bodies (bench/timeExpressions.ts).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { create as createOrama, insert as insertOrama, search as searchOrama } from '@orama/orama';
import { areIntervalsOverlapping, parseISO } from 'date-fns';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';

import { type Article, createCorpus, type Query, query } from '../src/index.ts';
import { deepFreeze } from '../src/internal/corpus/deepFreeze.ts';
import { tokenize } from '../src/internal/text/tokenize.ts';
import { generateCorpus, random } from './generate.ts';

interface Run {
  readonly n: number;
  readonly case: string;
  readonly method: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly buildMs: number;
  readonly heapMB: number;
  readonly hits: number;
}

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    out: { type: 'string' },
    hostile: { type: 'boolean' },
    startup: { type: 'boolean' },
    cli: { type: 'boolean' },
    mentions: { type: 'boolean' },
    quantities: { type: 'boolean' },
    build: { type: 'boolean' },
    times: { type: 'boolean' },
    load: { type: 'boolean' },
    duckdb: { type: 'boolean' },
    entities: { type: 'string' },
    cases: { type: 'string' },
    write: { type: 'boolean' },
  },
});
if (values.hostile === true) {
  // `--hostile`: the growth of every public call on hostile strings, not the corpus benchmark.
  const { runHostile } = await import('./hostile.ts');
  process.exit(runHostile(values.out ?? new URL('hostile.json', import.meta.url)).length === 0 ? 0 : 1);
}
if (values.startup === true) {
  // `--startup`: the cold start of `import('ru-tj-news')` and of `ru-tj-news stats` against a bare node, from dist/.
  const { runStartup } = await import('./startup.ts');
  process.exit(runStartup({ write: values.write === true }) ? 0 : 1);
}
if (values.cli === true) {
  // `--cli`: `ru-tj-news stats --data` on N generated NDJSON records (100k by default), from dist/.
  const size = values.size === undefined ? 100_000 : Number(values.size);
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`--size must be a positive integer, got ${String(values.size)}`);
  }
  const { runCli } = await import('./cli.ts');
  runCli({ size, write: values.write === true });
  process.exit(0);
}
if (values.load === true) {
  // `--load`: the staged load path (read, parse, validate or freeze, index, first query) of N NDJSON records.
  const size = values.size === undefined ? 100_000 : Number(values.size);
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`--size must be a positive integer, got ${String(values.size)}`);
  }
  const { runLoad } = await import('./load.ts');
  runLoad({ size, write: values.write === true });
  process.exit(0);
}
if (values.duckdb === true) {
  // `--duckdb`: the load and the filter cases against DuckDB on the same N records (100k by default).
  const size = values.size === undefined ? 100_000 : Number(values.size);
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`--size must be a positive integer, got ${String(values.size)}`);
  }
  const { runDuckdb } = await import('./duckdb.ts');
  await runDuckdb({ size, write: values.write === true, cases: filterCases() });
  process.exit(0);
}
if (values.mentions === true) {
  // `--mentions`: findMentions with a 2,000-entity registry on 100k articles, against a naive indexOf loop.
  const { runMentions } = await import('./mentions.ts');
  process.exit(runMentions({ write: values.write === true }) ? 0 : 1);
}
if (values.times === true) {
  // `--times`: findTimeExpressions' throughput against findMentions and a plain regex pass, not the corpus benchmark.
  const size = values.size === undefined ? 100_000 : Number(values.size);
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`--size must be a positive integer, got ${String(values.size)}`);
  }
  const { runTimeExpressions } = await import('./timeExpressions.ts');
  process.exit(runTimeExpressions({ size, write: values.write === true }) ? 0 : 1);
}
if (values.quantities === true) {
  // `--quantities`: findQuantities on N articles with amounts planted (100k), against findMentions and a regex pass.
  const size = values.size === undefined ? 100_000 : Number(values.size);
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`--size must be a positive integer, got ${String(values.size)}`);
  }
  const { runQuantities } = await import('./quantities.ts');
  process.exit(runQuantities({ size, write: values.write === true }) ? 0 : 1);
}
if (values.build === true) {
  // `--build`: buildArticle's throughput and what its parts cost, not the corpus benchmark.
  const { runBuildArticle } = await import('./buildArticle.ts');
  const size = values.size === undefined ? 100_000 : Number(values.size);
  const entityCount = values.entities === undefined ? 2_000 : Number(values.entities);
  if (![size, entityCount].every((count) => Number.isInteger(count) && count > 0)) {
    throw new Error(
      `--size and --entities must be positive integers, got ${String(values.size)} and ${String(values.entities)}`,
    );
  }
  process.exit(runBuildArticle({ size, entityCount, write: values.write === true }) ? 0 : 1);
}
const sizes = values.size === undefined ? [10_000, 100_000, 1_000_000] : [Number(values.size)];
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  throw new Error(`--size must be a positive integer, got ${values.size}`);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  throw new Error('Run with --expose-gc (npm run bench does).');
}

const runs: Run[] = [];

/** The case-name prefixes of `--cases`; without it, every case runs. */
const casePrefixes = values.cases?.split(',').filter((prefix) => prefix !== '');
const runsCase = (name: string): boolean =>
  casePrefixes === undefined || casePrefixes.some((prefix) => name.startsWith(prefix));

function heapMB(): number {
  gc?.();
  gc?.();
  // Typed arrays live outside the JS heap, so count external memory too.
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1_048_576;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

/** Times `run` over every input, repeating until about `budgetMs` is spent (at least 5 rounds after a warm-up). */
function time<T>(inputs: readonly T[], run: (input: T) => unknown, budgetMs = 1_500): { p50: number; p99: number } {
  for (const input of inputs) {
    run(input);
  }
  const samples: number[] = [];
  const begin = performance.now();
  let rounds = 0;
  while (rounds < 5 || (performance.now() - begin < budgetMs && rounds < 1_000)) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      samples.push(performance.now() - start);
    }
    rounds += 1;
  }
  samples.sort((left, right) => left - right);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

function record(
  run: Omit<Run, 'p50Ms' | 'p99Ms' | 'buildMs' | 'heapMB'> & {
    p50Ms?: number;
    p99Ms?: number;
    buildMs?: number;
    heapMB?: number;
  },
): void {
  const full: Run = { p50Ms: NaN, p99Ms: NaN, buildMs: NaN, heapMB: NaN, ...run };
  runs.push(full);
  const show = (value: number, digits = 3): string => (Number.isNaN(value) ? '—' : value.toFixed(digits));
  console.log(
    [
      String(full.n).padStart(8),
      full.case.padEnd(18),
      full.method.padEnd(11),
      show(full.p50Ms).padStart(10),
      show(full.p99Ms).padStart(10),
      show(full.buildMs, 0).padStart(8),
      show(full.heapMB, 1).padStart(8),
      String(full.hits).padStart(8),
    ].join(' '),
  );
}

/** The filter cases: the same query for every method. */
function filterCases(): { name: string; query: Query }[] {
  return [
    // A year, a mid-ranked entity and a common topic: a handful of articles.
    {
      name: 'filter:selective',
      query: { from: '2010-01-01', to: '2010-12-31', entities: 'e-10', topics: ['t-2'], match: 'all' },
    },
    // Five years and a frequent entity: about 1% of the corpus.
    { name: 'filter:medium', query: { from: '2015-01-01', to: '2019-12-31', entities: 'e-3' } },
    // Eighteen years and either of two common topics: about 20% of the corpus.
    {
      name: 'filter:unselective',
      query: { from: '2005-01-01', to: '2022-12-31', topics: ['t-1', 't-2'], match: 'any' },
    },
  ];
}

/** The naive baseline: Array.filter that parses every date with date-fns on every call. */
function naiveFilter(list: readonly Article[], q: Query): Article[] {
  const from = parseISO(q.from as string);
  const to = new Date(parseISO(q.to as string).getTime() + 86_399_999);
  const entities = q.entities === undefined ? [] : typeof q.entities === 'string' ? [q.entities] : q.entities;
  const topics = q.topics === undefined ? [] : typeof q.topics === 'string' ? [q.topics] : q.topics;
  const all = q.match === 'all';
  return list.filter((article) => {
    const start = parseISO(article.publishedAt);
    const end = article.publishedAt.length === 10 ? new Date(start.getTime() + 86_399_999) : start;
    if (!areIntervalsOverlapping({ start, end }, { start: from, end: to }, { inclusive: true })) {
      return false;
    }
    const ids = article.entities.map((entity) => entity.id);
    if (
      entities.length > 0 &&
      !(all ? entities.every((id) => ids.includes(id)) : entities.some((id) => ids.includes(id)))
    ) {
      return false;
    }
    return (
      topics.length === 0 ||
      (all ? topics.every((id) => article.topics.includes(id)) : topics.some((id) => article.topics.includes(id)))
    );
  });
}

/** The scan baseline: Array.filter over dates parsed once, ahead of time. */
function scanFilter(list: readonly Article[], starts: Float64Array, ends: Float64Array, q: Query): Article[] {
  const from = Date.parse(`${q.from as string}T00:00:00Z`);
  const to = Date.parse(`${q.to as string}T00:00:00Z`) + 86_399_999;
  const entities = q.entities === undefined ? [] : typeof q.entities === 'string' ? [q.entities] : q.entities;
  const topics = q.topics === undefined ? [] : typeof q.topics === 'string' ? [q.topics] : q.topics;
  const all = q.match === 'all';
  return list.filter((article, index) => {
    if ((starts[index] ?? 0) > to || (ends[index] ?? 0) < from) {
      return false;
    }
    if (entities.length > 0) {
      const has = (id: string): boolean => article.entities.some((entity) => entity.id === id);
      if (!(all ? entities.every(has) : entities.some(has))) {
        return false;
      }
    }
    return (
      topics.length === 0 ||
      (all ? topics.every((id) => article.topics.includes(id)) : topics.some((id) => article.topics.includes(id)))
    );
  });
}

/** A search case: its queries, the page asked for, and whether the other engines run it too. */
interface SearchCase {
  readonly name: string;
  readonly queries: string[];
  readonly limit?: number;
  readonly others: boolean;
}

/**
 * Search queries drawn from the vocabulary by rank: common-ish, pairs, and rare
 * words, ranked in full; the first page of 20 of the same single words and pairs;
 * two-word phrases taken from the bodies, so that they occur; and 4-letter prefixes.
 */
function searchCases(vocabulary: readonly string[], bodies: readonly string[], seed: number): SearchCase[] {
  const next = random(seed);
  const pick = (low: number, high: number): string => vocabulary[low + Math.floor(next() * (high - low))] ?? '';
  const single = Array.from({ length: 20 }, () => pick(50, 500));
  const pairs = Array.from({ length: 20 }, () => `${pick(10, 200)} ${pick(10, 200)}`);
  const phrase = (): string => {
    const body = (bodies[Math.floor(next() * bodies.length)] ?? '').split(' ');
    const at = Math.floor(next() * Math.max(1, Math.min(60, body.length - 1)));
    return `"${body[at] ?? ''} ${body[at + 1] ?? ''}"`;
  };
  return [
    { name: 'search:single', queries: single, others: true },
    { name: 'search:two-terms', queries: pairs, others: true },
    { name: 'search:rare', queries: Array.from({ length: 20 }, () => pick(5_000, 20_000)), others: true },
    { name: 'search:single:top20', queries: single, limit: 20, others: false },
    { name: 'search:two-terms:top20', queries: pairs, limit: 20, others: false },
    { name: 'search:phrase:top20', queries: Array.from({ length: 20 }, phrase), limit: 20, others: false },
    {
      name: 'search:prefix4:top20',
      queries: Array.from({ length: 20 }, () => `${pick(50, 500).slice(0, 4)}*`),
      limit: 20,
      others: false,
    },
  ];
}

/** What building a search index took: its time, and the heap it holds (the caller keeps `index` alive). */
interface MeasuredIndex<T> {
  readonly index: T;
  readonly buildMs: number;
  readonly heapMB: number;
}

/** Builds an index and measures it as the corpus build is measured: heap after a forced GC, before and after. */
function measureIndex<T>(build: () => T): MeasuredIndex<T> {
  const base = heapMB();
  const start = performance.now();
  const index = build();
  const buildMs = performance.now() - start;
  return { index, buildMs, heapMB: heapMB() - base };
}

/** Orama's calls return a promise only when a component is async; ours are all sync, so a promise is a bug here. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) {
    throw new Error('Orama answered asynchronously; the benchmark times synchronous calls only');
  }
  return value;
}

/** A competing engine over the same articles, given our normalizer and light stemmer. */
interface Competitor {
  readonly method: string;
  readonly buildMs: number;
  /** The heap its index holds, measured as ours is. */
  readonly heapMB: number;
  /** The full ranking of `text`, as its number of hits. */
  readonly search: (text: string) => number;
  /** The first `limit` hits of `text`, as their number; absent where the engine takes no limit (MiniSearch). */
  readonly searchTop?: (text: string, limit: number) => number;
}

/** MiniSearch, FlexSearch and Orama, each indexing title and body with this package's `tokenize`. */
function buildCompetitors(articles: readonly Article[]): Competitor[] {
  const n = articles.length;
  const mini = measureIndex(() => {
    const index = new MiniSearch<Article>({
      fields: ['title', 'body'],
      storeFields: [],
      tokenize: (text) => tokenize(text),
      searchOptions: { combineWith: 'AND', boost: { title: 2 } },
    });
    index.addAll(articles);
    return index;
  });
  const flex = measureIndex(() => {
    const index = new FlexIndex({ tokenize: 'strict', encode: (text: string) => tokenize(text) });
    articles.forEach((article, at) => index.add(at, `${article.title} ${article.body}`));
    return index;
  });
  // Orama matches a query word as a prefix of indexed words (its `exact` option only adds a raw-text
  // regex check whose \b does not work on Arabic), and threshold 0 keeps the documents with every word.
  const orama = measureIndex(() => {
    const index = createOrama({
      schema: { title: 'string', body: 'string' } as const,
      components: {
        tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => tokenize(raw) },
      },
    });
    articles.forEach((article, at) =>
      sync(insertOrama(index, { id: String(at), title: article.title, body: article.body })),
    );
    return index;
  });
  const oramaSearch = (text: string, limit: number): number =>
    sync(
      searchOrama(orama.index, { term: text, properties: ['title', 'body'], boost: { title: 2 }, threshold: 0, limit }),
    ).hits.length;
  return [
    {
      method: 'minisearch',
      buildMs: mini.buildMs,
      heapMB: mini.heapMB,
      search: (text) => mini.index.search(text).length,
    },
    {
      method: 'flexsearch',
      buildMs: flex.buildMs,
      heapMB: flex.heapMB,
      search: (text) => flex.index.search(text, { limit: n }).length,
      searchTop: (text, limit) => flex.index.search(text, { limit }).length,
    },
    {
      method: 'orama',
      buildMs: orama.buildMs,
      heapMB: orama.heapMB,
      search: (text) => oramaSearch(text, n),
      searchTop: oramaSearch,
    },
  ];
}

/** The first hits that the `:top20` cases ask for. */
const TOP = 20;

/** Times each competitor on one search case, and on its `:top20` variant for the single- and two-word cases. */
function timeCompetitors(
  n: number,
  name: string,
  queries: readonly string[],
  competitors: readonly Competitor[],
): void {
  const average = (count: (text: string) => number): number =>
    Math.round(queries.reduce((sum, text) => sum + count(text), 0) / queries.length);
  for (const { method, buildMs, heapMB: heap, search, searchTop } of competitors) {
    const full = time(queries, search);
    record({ n, case: name, method, p50Ms: full.p50, p99Ms: full.p99, buildMs, heapMB: heap, hits: average(search) });
    if (searchTop !== undefined && (name === 'search:single' || name === 'search:two-terms')) {
      const top = time(queries, (text) => searchTop(text, TOP));
      record({
        n,
        case: `${name}:top${TOP}`,
        method,
        p50Ms: top.p50,
        p99Ms: top.p99,
        buildMs,
        heapMB: heap,
        hits: average((text) => searchTop(text, TOP)),
      });
    }
  }
}

/** One row per engine for its search index: build time and heap, ours first. */
function recordIndexes(n: number, ours: { buildMs: number; heapMB: number }, competitors: readonly Competitor[]): void {
  record({ n, case: 'search:index', method: 'corpus', buildMs: ours.buildMs, heapMB: ours.heapMB, hits: n });
  for (const { method, buildMs, heapMB: heap } of competitors) {
    record({ n, case: 'search:index', method, buildMs, heapMB: heap, hits: n });
  }
}

/** Our search against each competitor in the same run: p50 ratios per case, and the index heap. */
function printSearchRatios(): void {
  const ours = runs.filter((entry) => entry.method === 'corpus' && entry.case.startsWith('search:'));
  if (ours.length > 0) {
    console.log('\nsearch ratios (competitor / corpus; above 1 means ours is faster or smaller):');
  }
  for (const run of ours) {
    const field = run.case === 'search:index' ? 'heapMB' : 'p50Ms';
    const parts = runs
      .filter((entry) => entry.n === run.n && entry.case === run.case && entry.method !== 'corpus')
      .map((entry) => {
        const ratio = entry[field] / run[field];
        // Two significant digits for a small ratio, so that a competitor far faster than ours does not show as 0.00×.
        return `${entry.method} ${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}×`;
      });
    if (parts.length > 0) {
      console.log(
        `${String(run.n).padStart(8)} ${run.case.padEnd(22)} ${field === 'heapMB' ? 'heap' : 'p50 '}  ${parts.join('   ')}`,
      );
    }
  }
}

console.log(`node ${process.version}, ${sizes.join(', ')} articles`);
console.log(
  [
    '       n',
    'case'.padEnd(18),
    'method'.padEnd(11),
    '   p50 ms',
    '   p99 ms',
    'build ms',
    'heap MB',
    '    hits',
  ].join(' '),
);

for (const n of sizes) {
  const withText = n <= 100_000;
  const data = generateCorpus({ size: n, bodyWords: withText ? 80 : 12, seed: 42 });
  const { articles, entities, topics } = data;
  const options = { entities, topics };

  // Freezing is measured on its own: records parsed by ArticleSchema, or by an
  // earlier createCorpus, arrive frozen, and then the build is the indexes alone.
  let start = performance.now();
  for (const article of articles) {
    deepFreeze(article);
  }
  record({ n, case: 'freeze', method: 'deepFreeze', buildMs: performance.now() - start, hits: n });
  // Index build without text, trusting the records; then with validation, where it fits the run.
  start = performance.now();
  const before = heapMB();
  const corpus = createCorpus(articles, { ...options, validate: false });
  const buildMs = performance.now() - start;
  record({ n, case: 'build', method: 'corpus', buildMs, heapMB: heapMB() - before, hits: n });
  if (n <= 100_000) {
    const copies = JSON.parse(JSON.stringify(articles)) as Article[];
    start = performance.now();
    createCorpus(copies, options);
    record({ n, case: 'build:validated', method: 'corpus', buildMs: performance.now() - start, hits: n });
  }

  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  start = performance.now();
  articles.forEach((article, index) => {
    starts[index] = Date.parse(
      article.publishedAt.length === 10 ? `${article.publishedAt}T00:00:00Z` : article.publishedAt,
    );
    ends[index] = (starts[index] ?? 0) + (article.publishedAt.length === 10 ? 86_399_999 : 0);
  });
  const scanBuildMs = performance.now() - start;

  for (const { name, query: q } of filterCases().filter((entry) => runsCase(entry.name))) {
    const expected = query(articles, q, options);
    for (const [method, result] of [
      ['naive', naiveFilter(articles, q)],
      ['scan', scanFilter(articles, starts, ends, q)],
      ['corpus', corpus.query(q)],
    ] as const) {
      if (result.length !== expected.length || result.some((article, index) => article.id !== expected[index]?.id)) {
        throw new Error(`${method} disagrees with query() on ${name} at n=${n}`);
      }
    }
    const naive = time([q], (input) => naiveFilter(articles, input), n >= 1_000_000 ? 10_000 : 3_000);
    record({ n, case: name, method: 'naive', p50Ms: naive.p50, p99Ms: naive.p99, hits: expected.length });
    const scan = time([q], (input) => scanFilter(articles, starts, ends, input));
    record({
      n,
      case: name,
      method: 'scan',
      p50Ms: scan.p50,
      p99Ms: scan.p99,
      buildMs: scanBuildMs,
      hits: expected.length,
    });
    const plain = time([q], (input) => query(articles, input, options), n >= 1_000_000 ? 6_000 : 1_500);
    record({ n, case: name, method: 'query', p50Ms: plain.p50, p99Ms: plain.p99, hits: expected.length });
    const indexed = time([q], (input) => corpus.query(input));
    record({ n, case: name, method: 'corpus', p50Ms: indexed.p50, p99Ms: indexed.p99, buildMs, hits: expected.length });
  }

  // The same records and filter cases in DuckDB: its load and its SQL against ours (bench/duckdb.ts).
  const { compareWithDuckdb } = await import('./duckdb.ts');
  const duckdb = await compareWithDuckdb({ articles, entities, topics, corpus, cases: filterCases() });
  for (const entry of duckdb.queries) {
    for (const [method, figure] of [
      ['duckdb', entry.sql],
      ['duckdb:prep', entry.prepared],
    ] as const) {
      record({ n, case: entry.case, method, p50Ms: figure.p50Ms, p99Ms: figure.p99Ms, hits: entry.hits });
    }
  }
  record({ n, case: 'load', method: 'corpus', buildMs: duckdb.load.ours.ms, hits: n });
  record({ n, case: 'load', method: 'duckdb', buildMs: duckdb.load.ndjson.ms, hits: n });
  record({ n, case: 'load:parquet', method: 'duckdb', buildMs: duckdb.load.parquet.ms, hits: n });

  const cases = withText
    ? searchCases(
        data.vocabulary,
        articles.map((article) => article.body),
        7,
      ).filter((entry) => runsCase(entry.name))
    : [];
  if (cases.length > 0) {
    // Our inverted index: built by the first search.
    const base = heapMB();
    start = performance.now();
    corpus.search(cases[0]?.queries[0] ?? 'x');
    const ourBuildMs = performance.now() - start;
    const ourHeap = heapMB() - base;

    const competitors = buildCompetitors(articles);
    recordIndexes(n, { buildMs: ourBuildMs, heapMB: ourHeap }, competitors);

    for (const { name, queries, limit, others } of cases) {
      const options = limit === undefined ? {} : { limit };
      const hits = queries.reduce((sum, text) => sum + corpus.search(text, options).length, 0) / queries.length;
      const ours = time(queries, (text) => corpus.search(text, options));
      record({
        n,
        case: name,
        method: 'corpus',
        p50Ms: ours.p50,
        p99Ms: ours.p99,
        buildMs: ourBuildMs,
        heapMB: ourHeap,
        hits: Math.round(hits),
      });
      if (!others) {
        continue;
      }
      timeCompetitors(n, name, queries, competitors);
    }
  }
}

/** Ratios against the baselines of the same run. */
console.log('\nratios (baseline p50 / corpus p50):');
for (const run of runs.filter((entry) => entry.method === 'corpus' && entry.case.startsWith('filter:'))) {
  const baseline = (method: string): number =>
    runs.find((entry) => entry.n === run.n && entry.case === run.case && entry.method === method)?.p50Ms ?? NaN;
  console.log(
    `${String(run.n).padStart(8)} ${run.case.padEnd(18)} vs naive ${(baseline('naive') / run.p50Ms).toFixed(0).padStart(8)}×   vs scan ${(baseline('scan') / run.p50Ms).toFixed(0).padStart(6)}×   vs duckdb ${(baseline('duckdb') / run.p50Ms).toFixed(0).padStart(6)}×   vs duckdb:prep ${(baseline('duckdb:prep') / run.p50Ms).toFixed(0).padStart(6)}×`,
  );
}

printSearchRatios();

// The load path a user takes, stage by stage, at 100k and 1M (bench/load.ts): the whole run reports it too.
if (runsCase('load')) {
  const { runLoad } = await import('./load.ts');
  for (const size of sizes.filter((n) => n >= 100_000)) {
    console.log(`\nload path, ${size.toLocaleString('en-US')} records:`);
    runLoad({ size, write: values.write === true });
  }
}

// A run of some cases only would leave bench/results.json half stale, so it writes only where --out says.
const out = values.out ?? (casePrefixes === undefined ? new URL('results.json', import.meta.url) : undefined);
if (out === undefined) {
  console.log('\n--cases without --out: no results written');
  process.exit(0);
}
writeFileSync(
  out,
  `${JSON.stringify({ node: process.version, runs }, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value), 2)}\n`,
);
console.log(`\nwrote ${String(out)}`);
