/**
 * `npm run bench -- --load [--size N] [--write]`: the load path a user takes,
 * stage by stage. Writes N generated records (100,000 by default; the bodies
 * are short above 100k, as in the corpus benchmark) as NDJSON to a temporary
 * folder, with their registries, then runs bench/loadStages.ts in a fresh
 * process for each of five builds: the default, validated one; the same as a
 * loader that parsed the records itself runs it (the fast path's plain mode); the same with
 * `ArticleSchema` on every record, as it was before the schema's fast path;
 * the trusting one (`validate: false`); and the same with deepFreeze's plain walk; then
 * the whole path through `loadCorpus(file)`, with its stages cut at onProgress's reports,
 * and without onProgress (what the reports cost). Each reports the milliseconds of read,
 * parse, validate or freeze, check and index, and the first query; the RSS after
 * each stage; the peak RSS; and the heap that the parsed records take, which
 * the RSS target (peak ≤ 3× the parsed records) is measured against.
 * `--write` records the figures in bench/load.json, by size, and the tables of
 * every size there in docs/performance.md. The folder is removed at the end.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { replaceBlock } from '../scripts/lib/markers.ts';
import { runScript } from './child.ts';
import { writeFixture } from './cli.ts';

const performanceDoc = new URL('../docs/performance.md', import.meta.url);
const resultsFile = new URL('load.json', import.meta.url);

/** What bench/loadStages.ts prints. */
interface LoadRun {
  readonly mode: 'validated' | 'json' | 'schema' | 'trusting' | 'trusting-json' | 'loadCorpus' | 'loadCorpusQuiet';
  readonly records: number;
  readonly fileMB: number;
  /** `null` for the loadCorpus builds, whose records are never alone in the heap: the validated build's stands in. */
  readonly recordsMB: number | null;
  readonly stages: readonly { readonly stage: string; readonly ms: number; readonly rssMB: number }[];
  readonly totalMs: number;
  readonly peakRssMB: number;
  /** CPU time of the whole path (user and system, all threads), which a busy machine moves less than the wall time. */
  readonly cpuMs?: number;
  readonly hits: number;
  /** The loadCorpus build's onProgress: how many reports, and the time spent in the callback. */
  readonly progress?: { readonly calls: number; readonly inCallbackMs: number };
}

/** Runs the load path in a fresh process; throws when it fails or loads other than `size` records. */
export function runStages(mode: LoadRun['mode'], size: number, files: ReturnType<typeof writeFixture>): LoadRun {
  const run = runScript('loadStages.ts', [mode, files.file, files.entities, files.topics]) as LoadRun;
  if (run.records !== size) {
    throw new Error(`loadStages ${mode} loaded ${run.records} records, not ${size}`);
  }
  return run;
}

/** The Markdown table of the builds: one row per stage, then the whole path and the peak RSS. */
function table(size: number, fileMB: number, runs: readonly LoadRun[]): string {
  const rate = (ms: number): string => `${Math.round(size / (ms / 1_000)).toLocaleString('en-US')}/s`;
  const cell = (run: LoadRun, name: string): string => {
    const found = run.stages.find((entry) => entry.stage === name);
    return found === undefined ? '—' : `${found.ms.toFixed(0)} ms`;
  };
  // The loadCorpus builds hold the same records, whose heap the validated build measures.
  const parsedMB = runs.find((run) => run.mode === 'validated')?.recordsMB ?? Number.NaN;
  const baseline = runs.find((run) => run.mode === 'validated')?.totalMs ?? Number.NaN;
  const cpuBaseline = runs.find((run) => run.mode === 'validated')?.cpuMs ?? Number.NaN;
  const rows: readonly (readonly [string, (run: LoadRun) => string])[] = [
    ['read: `readFileSync`, one buffer', (run) => cell(run, 'read')],
    ['parse: split lines, `JSON.parse` each', (run) => cell(run, 'parse')],
    [
      'read and parse, chunk by chunk (`loadCorpus`; without `onProgress`, the whole load)',
      (run) => (run.mode === 'loadCorpusQuiet' ? cell(run, 'load') : cell(run, 'read+parse')),
    ],
    ['validate: the schema (its fast path, or `ArticleSchema`)', (run) => cell(run, 'validate')],
    ["freeze (`ArticleSchema`'s output comes out frozen)", (run) => cell(run, 'freeze')],
    ['check and index: ids, dates, quotes, spans; date and facet indexes', (run) => cell(run, 'check+index')],
    ['first query: `filter:selective`', (run) => cell(run, 'first query')],
    ['**whole path**', (run) => `**${run.totalMs.toFixed(0)} ms** (${rate(run.totalMs)})`],
    ['whole path ÷ validated (staged)', (run) => `${(run.totalMs / baseline).toFixed(2)}×`],
    [
      'CPU time, all threads (÷ validated)',
      // Runs recorded before the CPU time was measured have none.
      (run) =>
        run.cpuMs === undefined ? '—' : `${run.cpuMs.toFixed(0)} ms (${(run.cpuMs / cpuBaseline).toFixed(2)}×)`,
    ],
    ['peak RSS', (run) => `${run.peakRssMB.toFixed(0)} MB`],
    ['heap of the parsed records', (run) => `${(run.recordsMB ?? parsedMB).toFixed(0)} MB`],
    ['peak RSS ÷ parsed records', (run) => `${(run.peakRssMB / (run.recordsMB ?? parsedMB)).toFixed(1)}×`],
    [
      '`onProgress`: reports, time in the callback',
      (run) =>
        run.progress === undefined || run.progress.calls === 0
          ? '—'
          : `${run.progress.calls}, ${run.progress.inCallbackMs.toFixed(1)} ms`,
    ],
  ];
  const heads: Readonly<Record<LoadRun['mode'], string>> = {
    validated: 'validated (default)',
    json: 'validated, records known to be `JSON.parse` output',
    schema: 'validated, `ArticleSchema` on every record',
    trusting: 'trusting (`validate: false`)',
    'trusting-json': 'trusting, records known to be `JSON.parse` output',
    loadCorpus: '`loadCorpus(file)`, with `onProgress`',
    loadCorpusQuiet: '`loadCorpus(file)`, no `onProgress`',
  };
  return [
    `| ${size.toLocaleString('en-US')} NDJSON records (${fileMB.toFixed(0)} MB) | ${runs.map((run) => heads[run.mode]).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...rows.map(([label, show]) => `| ${label} | ${runs.map(show).join(' | ')} |`),
  ].join('\n');
}

/** Measures, prints and (with `write`) records the staged load path of `size` NDJSON records. */
export function runLoad({ size, write }: { readonly size: number; readonly write: boolean }): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-bench-load-'));
  try {
    const files = writeFixture(folder, size);
    const fileMB = statSync(files.file).size / 1_048_576;
    console.log(`node ${process.version}: ${size} records, ${fileMB.toFixed(0)} MB of NDJSON`);
    const runs = (
      ['validated', 'json', 'schema', 'trusting', 'trusting-json', 'loadCorpus', 'loadCorpusQuiet'] as const
    ).map((mode) => runStages(mode, size, files));
    if (new Set(runs.map((run) => run.hits)).size !== 1) {
      throw new Error(`the builds disagree on the first query: ${runs.map((run) => run.hits).join(', ')} hits`);
    }
    const text = table(size, fileMB, runs);
    console.log(text);
    if (write) {
      // The other sizes' figures stay as their last run left them, so that the doc shows 100k and 1M.
      const kept = existsSync(resultsFile)
        ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { runs: LoadRun[] }).runs.filter(
            (run) => run.records !== size,
          )
        : [];
      const all = [...kept, ...runs].sort((left, right) => left.records - right.records);
      const tables = [...new Set(all.map((run) => run.records))].map((records) => {
        const group = all.filter((run) => run.records === records);
        // Every size in the file has its runs, so the group is not empty.
        return table(records, group[0]!.fileMB, group);
      });
      writeFileSync(performanceDoc, replaceBlock(readFileSync(performanceDoc, 'utf8'), 'load', tables.join('\n\n')));
      writeFileSync(
        resultsFile,
        `${JSON.stringify({ node: process.version, runs: all }, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(2)) : value), 2)}\n`,
      );
      console.log('\nwrote docs/performance.md and bench/load.json');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
