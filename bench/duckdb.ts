/**
 * `npm run bench -- --duckdb [--size N] [--write]`, and a step of every plain
 * `npm run bench`: this package side by side with DuckDB (`@duckdb/node-api`,
 * in memory), on the same generated records, in the same run.
 *
 * - The load: the records are written once as NDJSON and once as Parquet (our
 *   `toParquet`). Our whole load path, `loadCorpus(file)` with validation on (bench/loadStages.ts's
 *   `loadCorpusQuiet`, as `--load` runs it), is set against DuckDB's `CREATE TABLE … AS SELECT` from
 *   `read_json` of the same NDJSON and from `read_parquet` of the Parquet file
 *   (bench/duckdbLoad.ts). Each runs in a fresh process, which reports its own
 *   time and peak RSS.
 * - The filter cases of bench/run.ts, as `corpus.query(q)` and as SQL
 *   (bench/duckdbSql.ts) over the table loaded from the NDJSON: a new SQL
 *   string per call, which DuckDB parses and plans every time, and a prepared
 *   statement with the values bound per call. DuckDB's time includes reading
 *   the ids back into JavaScript strings; ours returns the articles. Before
 *   timing, DuckDB's ids must equal those of `corpus.query`, in its order.
 *
 * `--write` records the figures in bench/duckdb.json, by size, and the tables
 * of every size there in docs/performance.md (the `duckdb` block).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

import { replaceBlock } from '../scripts/lib/markers.ts';
import type { Article, Corpus, Entity, Query, Topic } from '../src/index.ts';
import { toParquet } from '../src/parquet.ts';
import { runScript } from './child.ts';
import { writeRecords } from './cli.ts';
import { filterSql, inlineSql, loadSql } from './duckdbSql.ts';
import { runStages } from './load.ts';

const performanceDoc = new URL('../docs/performance.md', import.meta.url);
const resultsFile = new URL('duckdb.json', import.meta.url);

/** One load, in a fresh process: its wall time and peak RSS. */
interface LoadFigure {
  readonly ms: number;
  readonly peakRssMB: number;
}

/** One filter case: the p50 and p99 of each method, and the hits. */
interface QueryFigure {
  readonly case: string;
  readonly hits: number;
  readonly corpus: { readonly p50Ms: number; readonly p99Ms: number };
  readonly sql: { readonly p50Ms: number; readonly p99Ms: number };
  readonly prepared: { readonly p50Ms: number; readonly p99Ms: number };
}

/** What one size measured. */
export interface DuckdbRun {
  readonly records: number;
  readonly ndjsonMB: number;
  readonly parquetMB: number;
  readonly toParquetMs: number;
  readonly load: {
    readonly ours: LoadFigure;
    readonly ndjson: LoadFigure;
    readonly parquet: LoadFigure;
  };
  readonly queries: readonly QueryFigure[];
  /** A prepared `SELECT 42`: what one call from Node costs DuckDB before any work. */
  readonly callFloorMs: number;
}

/** The inputs of the comparison: the records in memory, their registries, our corpus of them, the filter cases. */
export interface DuckdbInputs {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  readonly corpus: Corpus;
  readonly cases: readonly { readonly name: string; readonly query: Query }[];
}

const percentile = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;

/** Times `run` as bench/run.ts times a query: a warm-up, then rounds for about `budgetMs` (at least 5). */
async function time(run: () => unknown, budgetMs = 1_500): Promise<{ p50Ms: number; p99Ms: number }> {
  await run();
  const samples: number[] = [];
  const begin = performance.now();
  while (samples.length < 5 || (performance.now() - begin < budgetMs && samples.length < 1_000)) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((left, right) => left - right);
  return { p50Ms: percentile(samples, 0.5), p99Ms: percentile(samples, 0.99) };
}

/** The ids a query returns, as JavaScript strings. */
async function idsOf(read: Promise<{ getColumnsJS(): unknown[][] }>): Promise<string[]> {
  return ((await read).getColumnsJS()[0] ?? []) as string[];
}

/** Times the filter cases as corpus.query, as ad hoc SQL and as prepared statements; throws when the answers differ. */
async function timeQueries(connection: DuckDBConnection, inputs: DuckdbInputs): Promise<QueryFigure[]> {
  const figures: QueryFigure[] = [];
  for (const { name, query } of inputs.cases) {
    const expected = inputs.corpus.query(query).map((article) => article.id);
    const bound = filterSql(query);
    const adHoc = inlineSql(bound);
    const prepared = await connection.prepare(bound.sql);
    const runPrepared = (): Promise<string[]> => {
      prepared.bind([...bound.values]);
      return idsOf(prepared.runAndReadAll());
    };
    for (const [method, ids] of [
      ['SQL', await idsOf(connection.runAndReadAll(adHoc))],
      ['prepared', await runPrepared()],
    ] as const) {
      if (ids.length !== expected.length || ids.some((id, index) => id !== expected[index])) {
        throw new Error(
          `DuckDB (${method}) disagrees with corpus.query on ${name}: ${ids.length} ids, not ${expected.length}`,
        );
      }
    }
    figures.push({
      case: name,
      hits: expected.length,
      corpus: await time(() => inputs.corpus.query(query)),
      sql: await time(() => idsOf(connection.runAndReadAll(adHoc))),
      prepared: await time(runPrepared),
    });
    prepared.destroySync();
  }
  return figures;
}

/** A ratio of DuckDB's figure to ours: two or three significant digits. */
const ratio = (theirs: number, ours: number): string => {
  const value = theirs / ours;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value >= 0.1 ? value.toFixed(digits) : value.toPrecision(2)}×`;
};

/** The Markdown tables of one size: the load, then the queries. */
function tables(run: DuckdbRun): string {
  const ms = (value: number): string => `${value >= 10 ? value.toFixed(0) : value.toPrecision(2)} ms`;
  const { ours, ndjson, parquet } = run.load;
  const count = run.records.toLocaleString('en-US');
  return [
    `| ${count} records: load | time | peak RSS | time ÷ ours |`,
    '|---|---:|---:|---:|',
    `| ours: NDJSON (${run.ndjsonMB.toFixed(0)} MB), \`loadCorpus(file)\`, validated (the default) | ${ms(ours.ms)} | ${ours.peakRssMB.toFixed(0)} MB | 1 |`,
    `| DuckDB: \`read_json\` of the same NDJSON into a table | ${ms(ndjson.ms)} | ${ndjson.peakRssMB.toFixed(0)} MB | ${ratio(ndjson.ms, ours.ms)} |`,
    `| DuckDB: \`read_parquet\` of our \`toParquet\` (${run.parquetMB.toFixed(0)} MB, written in ${ms(run.toParquetMs)}) | ${ms(parquet.ms)} | ${parquet.peakRssMB.toFixed(0)} MB | ${ratio(parquet.ms, ours.ms)} |`,
    '',
    `| ${count} records: query (p50) | hits | \`corpus.query\` | DuckDB, SQL per call | DuckDB, prepared | SQL ÷ ours | prepared ÷ ours |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...run.queries.map(
      (entry) =>
        `| \`${entry.case}\` | ${entry.hits.toLocaleString('en-US')} | ${ms(entry.corpus.p50Ms)} | ${ms(entry.sql.p50Ms)} | ${ms(entry.prepared.p50Ms)} | ${ratio(entry.sql.p50Ms, entry.corpus.p50Ms)} | ${ratio(entry.prepared.p50Ms, entry.corpus.p50Ms)} |`,
    ),
    '',
    `A prepared \`SELECT 42\` takes ${ms(run.callFloorMs)} (p50): what a call from Node costs DuckDB before any work.`,
  ].join('\n');
}

/**
 * Measures and prints the side-by-side on records already in memory (the plain
 * run's, or `runDuckdb`'s), and returns the figures. The files live in a
 * temporary folder, removed at the end.
 */
export async function compareWithDuckdb(inputs: DuckdbInputs): Promise<DuckdbRun> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-bench-duckdb-'));
  try {
    const files = { ...writeRecords(folder, inputs), parquet: path.join(folder, 'records.parquet') };
    const start = performance.now();
    writeFileSync(files.parquet, toParquet(inputs.articles));
    const toParquetMs = performance.now() - start;

    const records = inputs.articles.length;
    const ours = runStages('loadCorpusQuiet', records, files);
    const loads = (['ndjson', 'parquet'] as const).map((kind) => {
      const loaded = runScript('duckdbLoad.ts', [kind, kind === 'ndjson' ? files.file : files.parquet]) as {
        rows: number;
        ms: number;
        peakRssMB: number;
      };
      if (loaded.rows !== records) {
        throw new Error(`DuckDB loaded ${loaded.rows} rows from ${kind}, not ${records}`);
      }
      return { ms: loaded.ms, peakRssMB: loaded.peakRssMB };
    });

    // The table the queries run on, loaded from the NDJSON in this process.
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(loadSql('ndjson', files.file));
    const queries = await timeQueries(connection, inputs);
    const nothing = await connection.prepare('SELECT 42');
    const callFloorMs = (await time(() => nothing.runAndReadAll())).p50Ms;
    nothing.destroySync();
    connection.closeSync();
    instance.closeSync();

    const run: DuckdbRun = {
      records,
      ndjsonMB: statSync(files.file).size / 1_048_576,
      parquetMB: statSync(files.parquet).size / 1_048_576,
      toParquetMs,
      load: {
        ours: { ms: ours.totalMs, peakRssMB: ours.peakRssMB },
        ndjson: loads[0]!,
        parquet: loads[1]!,
      },
      queries,
      callFloorMs,
    };
    console.log(`\nside by side with DuckDB, ${records} records:\n${tables(run)}\n`);
    return run;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `--duckdb`: generates `size` records, builds our corpus of them, compares, and with `write` records the figures. */
export async function runDuckdb({
  size,
  write,
  cases,
}: {
  readonly size: number;
  readonly write: boolean;
  readonly cases: DuckdbInputs['cases'];
}): Promise<void> {
  const { generateCorpus } = await import('./generate.ts');
  const { createCorpus } = await import('../src/index.ts');
  // The corpus benchmark's bodies: 80 words up to 100k articles, 12 above.
  const data = generateCorpus({ size, bodyWords: size <= 100_000 ? 80 : 12, seed: 42 });
  const corpus = createCorpus(data.articles, { entities: data.entities, topics: data.topics, validate: false });
  console.log(`node ${process.version}: ${size} records`);
  const run = await compareWithDuckdb({ ...data, corpus, cases });
  if (write) {
    // The other sizes' figures stay as their last run left them, so that the doc shows 100k and 1M.
    const kept = existsSync(resultsFile)
      ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { runs: DuckdbRun[] }).runs.filter(
          (entry) => entry.records !== size,
        )
      : [];
    const all = [...kept, run].sort((left, right) => left.records - right.records);
    writeFileSync(
      performanceDoc,
      replaceBlock(readFileSync(performanceDoc, 'utf8'), 'duckdb', all.map(tables).join('\n\n')),
    );
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ node: process.version, runs: all }, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value), 2)}\n`,
    );
    console.log('wrote docs/performance.md and bench/duckdb.json');
  }
}
