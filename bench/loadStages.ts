/**
 * The load path of bench/load.ts, run in a fresh process so that the bench's
 * own heap (the generated corpus) does not weigh on its time or its RSS.
 * Times each stage on its own and prints them, with the RSS after each stage
 * and the peak, as JSON:
 *
 *   node --expose-gc --import tsx bench/loadStages.ts validated records.ndjson entities.json topics.json
 *   node --expose-gc --import tsx bench/loadStages.ts json      records.ndjson entities.json topics.json
 *   node --expose-gc --import tsx bench/loadStages.ts schema    records.ndjson entities.json topics.json
 *   node --expose-gc --import tsx bench/loadStages.ts trusting  records.ndjson entities.json topics.json
 *   node --expose-gc --import tsx bench/loadStages.ts trusting-json records.ndjson entities.json topics.json
 *
 * `validated` is `createCorpus(records, { entities, topics })`, the default,
 * taken apart: the schema's fast path (records it takes are kept as given, and
 * frozen in the next stage; any other goes through `ArticleSchema`), the freeze,
 * then the checks and indexes. `json` is the same with the fast path in its
 * plain mode, which a loader that parsed the records itself may use: it skips
 * the checks for what JSON.parse never returns (getters, symbols, holes). `schema` puts every record through
 * `ArticleSchema` instead (its readonly output comes out frozen, so the freeze
 * is inside it): the validated build without its fast path. `trusting` is
 * `createCorpus(records, { …, validate: false })` taken apart: the freeze
 * (which createCorpus does last, and which costs the same first), then the
 * checks and indexes; `trusting-json` the same with deepFreeze's plain walk, which a
 * loader that parsed the records itself may use. All read the whole file into one buffer, then split it
 * into lines and `JSON.parse` each, and end with the benchmark's selective query.
 *
 *   node --expose-gc --import tsx bench/loadStages.ts loadCorpus       records.ndjson entities.json topics.json
 *   node --expose-gc --import tsx bench/loadStages.ts loadCorpusQuiet  records.ndjson entities.json topics.json
 *
 * `loadCorpus` is the whole path through `loadCorpus(file, { entities, topics, onProgress })`:
 * the file read and parsed chunk by chunk (one stage, `read+parse`), then validate, check and
 * index, and the freeze, which comes after the last report; its stages are cut at the
 * times of onProgress's first and last report of each. `loadCorpusQuiet` is the same
 * call without onProgress, so that the two totals show what the reports cost.
 */
import { readFileSync, statSync } from 'node:fs';

import {
  type Article,
  ArticleSchema,
  type CorpusProgress,
  createCorpus,
  type Entity,
  loadCorpus,
  type Query,
  type Topic,
} from '../src/index.ts';
import { deepFreeze } from '../src/internal/corpus/deepFreeze.ts';
import { freezeArticle } from '../src/internal/corpus/freezeArticle.ts';
import { parseArticles } from '../src/internal/corpus/parseRecord.ts';

const [mode, file = '', entitiesFile = '', topicsFile = ''] = process.argv.slice(2);
const MODES = ['validated', 'json', 'schema', 'trusting', 'trusting-json', 'loadCorpus', 'loadCorpusQuiet'] as const;
if (!MODES.includes(mode as (typeof MODES)[number])) {
  throw new Error(`Unknown mode ${String(mode)}: expected one of ${MODES.join(', ')}`);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  throw new Error('Run with --expose-gc.');
}

/** The selective filter case of bench/run.ts: a year, a mid-ranked entity and a common topic. */
const FIRST_QUERY: Query = { from: '2010-01-01', to: '2010-12-31', entities: 'e-10', topics: ['t-2'], match: 'all' };

/** One stage: its wall time and the RSS just after it, in MB. */
interface Stage {
  readonly stage: string;
  readonly ms: number;
  readonly rssMB: number;
}

const stages: Stage[] = [];
const mb = (bytes: number): number => bytes / 1_048_576;

function stage<T>(name: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  stages.push({ stage: name, ms: performance.now() - start, rssMB: mb(process.memoryUsage().rss) });
  return value;
}

/** Splits the buffer at each newline and parses every non-empty line. */
function parseLines(buffer: Buffer): unknown[] {
  const records: unknown[] = [];
  let from = 0;
  for (;;) {
    const at = buffer.indexOf(10, from);
    const end = at === -1 ? buffer.length : at;
    if (end > from) {
      records.push(JSON.parse(buffer.toString('utf8', from, end)));
    }
    if (at === -1) {
      return records;
    }
    from = at + 1;
  }
}

const entities = JSON.parse(readFileSync(entitiesFile, 'utf8')) as Entity[];
const topics = JSON.parse(readFileSync(topicsFile, 'utf8')) as Topic[];
if (mode === 'loadCorpus' || mode === 'loadCorpusQuiet') {
  gc();
  await runLoadCorpus(mode === 'loadCorpus');
  process.exit(0);
}
gc();
const heapBefore = process.memoryUsage().heapUsed;
const cpuStart = process.cpuUsage();
const start = performance.now();
let buffer: Buffer | undefined = stage('read', () => readFileSync(file));
const fileMB = mb(buffer.length);
const parsed = stage('parse', () => parseLines(buffer!));
// A loader drops the raw bytes once parsed.
buffer = undefined;
const parsedMs = performance.now() - start;
// The size of the parsed records, for the RSS target (peak ≤ 3× this); the forced GC is not timed.
gc();
const recordsMB = mb(process.memoryUsage().heapUsed - heapBefore);
const resumed = performance.now();
let articles: readonly Article[];
if (mode === 'validated' || mode === 'json') {
  const validated = stage('validate', () => parseArticles(parsed, { plain: mode === 'json' }));
  articles = validated.articles;
  stage('freeze', () => {
    for (const article of validated.inPlace) {
      freezeArticle(article);
    }
  });
} else if (mode === 'schema') {
  // Every record through ArticleSchema, whose readonly output comes out frozen: the validated
  // build before its fast path, and still the path of a record the fast path does not take.
  articles = stage('validate', () =>
    parsed.map((record, index) => {
      const result = ArticleSchema.safeParse(record);
      if (!result.success) {
        throw new Error(`record ${index} fails ArticleSchema: ${result.error.message}`);
      }
      return result.data;
    }),
  );
} else {
  articles = stage('freeze', () => {
    const plain = mode === 'trusting-json';
    for (const record of parsed) {
      deepFreeze(record, plain);
    }
    return parsed as Article[];
  });
}
// The records are frozen by now, so createCorpus's own freeze of trusted records returns at once.
const corpus = stage('check+index', () => createCorpus(articles, { entities, topics, validate: false }));
const hits = stage('first query', () => corpus.query(FIRST_QUERY)).length;
const totalMs = parsedMs + (performance.now() - resumed);
console.log(
  JSON.stringify({
    mode,
    records: parsed.length,
    fileMB,
    recordsMB,
    stages,
    totalMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    cpuMs: cpuMsSince(cpuStart),
    hits,
  }),
);

/**
 * The whole path through loadCorpus, its stages cut at onProgress's reports (with `reports`),
 * or the same call without onProgress. Prints what the other modes print; the heap of the
 * parsed records is not measured apart here (they are never alone in it): the parent takes
 * the validated build's.
 */
async function runLoadCorpus(reports: boolean): Promise<void> {
  const { size } = statSync(file);
  const first = new Map<CorpusProgress['stage'], number>();
  const last = new Map<CorpusProgress['stage'], number>();
  let calls = 0;
  let inCallback = 0;
  const onProgress = (progress: CorpusProgress): void => {
    const now = performance.now();
    calls += 1;
    if (!first.has(progress.stage)) {
      first.set(progress.stage, now);
    }
    last.set(progress.stage, now);
    inCallback += performance.now() - now;
  };
  const cpuBegin = process.cpuUsage();
  const begin = performance.now();
  const loaded = await loadCorpus(file, reports ? { entities, topics, onProgress } : { entities, topics });
  const built = performance.now();
  const queryStart = performance.now();
  const hits = loaded.query(FIRST_QUERY).length;
  const queried = performance.now();
  const at = (map: Map<CorpusProgress['stage'], number>, name: CorpusProgress['stage']): number => {
    const time = map.get(name);
    if (time === undefined) {
      throw new Error(`no ${name} report`);
    }
    return time;
  };
  const rss = mb(process.memoryUsage().rss);
  const split: Stage[] = reports
    ? [
        { stage: 'read+parse', ms: at(last, 'read') - begin, rssMB: Number.NaN },
        { stage: 'validate', ms: at(last, 'validate') - at(last, 'read'), rssMB: Number.NaN },
        { stage: 'check+index', ms: at(last, 'index') - at(last, 'validate'), rssMB: Number.NaN },
        { stage: 'freeze', ms: built - at(last, 'index'), rssMB: rss },
      ]
    : [{ stage: 'load', ms: built - begin, rssMB: rss }];
  console.log(
    JSON.stringify({
      mode,
      records: loaded.articles.length,
      fileMB: mb(size),
      recordsMB: Number.NaN,
      stages: [...split, { stage: 'first query', ms: queried - queryStart, rssMB: mb(process.memoryUsage().rss) }],
      totalMs: queried - begin,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      cpuMs: cpuMsSince(cpuBegin),
      hits,
      progress: { calls, inCallbackMs: inCallback },
    }),
  );
}

/**
 * The process's CPU time since `since` (user and system, every thread: the GC's helpers too), in ms.
 * On a shared machine it moves less than the wall time with the other work running.
 */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1_000;
}
