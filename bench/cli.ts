/**
 * `npm run bench -- --cli [--size N] [--write]`: the command line on a user's
 * records. Writes N generated records (100,000 by default) as NDJSON to a
 * temporary folder, with their registries, and times the built bin
 * (`node dist/cli.js stats --data …`, which reads, checks and indexes every
 * record) against a bare `node -e` that reads the same file in chunks and
 * `JSON.parse`s each line. Both are timed in the same run (the median of five
 * alternating runs; one above 100k), and the ratio is the figure. The bin reads NDJSON with
 * `loadCorpus`. For comparison, the phases of the reader that a JSON array still takes (read and
 * parse, the schema, createCorpus), each timed inside a fresh process by bench/cliPhases.ts. The folder is removed at the end. Run
 * `npm run build` first; `--write` records the table in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { replaceBlock } from '../scripts/lib/markers.ts';
import { type Article, toNdjson } from '../src/index.ts';
import { generateCorpus } from './generate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const performanceDoc = new URL('../docs/performance.md', import.meta.url);

/** The baseline: a chunked read of the file, split into lines, each `JSON.parse`d; prints the count. */
const BASELINE = `
const fs = require('node:fs');
const { StringDecoder } = require('node:string_decoder');
const fd = fs.openSync(process.argv[1], 'r');
const buffer = Buffer.alloc(1 << 20);
const decoder = new StringDecoder('utf8');
let rest = '';
let count = 0;
for (let read; (read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
  const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\\n');
  rest = lines.pop();
  for (const line of lines) if (line.trim() !== '') { JSON.parse(line); count += 1; }
}
if (rest.trim() !== '') { JSON.parse(rest); count += 1; }
console.log(count);
`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs node with `args`, and returns its wall time in ms and its stdout; throws when it fails. */
function timeNode(args: readonly string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${String(child.status)}: ${child.stderr}`);
  }
  return { ms, stdout: child.stdout };
}

/** Writes the records as NDJSON, a slice at a time, so that the file is never one string. */
export function writeNdjson(file: string, records: readonly Article[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let start = 0; start < records.length; start += 10_000) {
      writeSync(fd, toNdjson(records.slice(start, start + 10_000)));
    }
  } finally {
    closeSync(fd);
  }
}

/** Times the phases of `--data` in fresh processes: the CLI's reader with JSON.parse; with ArticleSchema; createCorpus. */
function phases(
  file: string,
  entities: string,
  topics: string,
): { readonly parseMs: number; readonly schemaMs: number; readonly corpusMs: number } {
  const script = `${root}bench/cliPhases.ts`;
  const parse = JSON.parse(timeNode(['--import', 'tsx', script, 'parse', file]).stdout) as { parseMs: number };
  const schema = JSON.parse(timeNode(['--import', 'tsx', script, 'schema', file, entities, topics]).stdout) as {
    schemaMs: number;
    corpusMs: number;
  };
  return { ...parse, ...schema };
}

/** Writes records as NDJSON, and their registries as JSON, into `folder`; returns the three paths. */
export function writeRecords(
  folder: string,
  data: {
    readonly articles: readonly Article[];
    readonly entities: readonly unknown[];
    readonly topics: readonly unknown[];
  },
): { file: string; entities: string; topics: string } {
  const paths = {
    file: path.join(folder, 'records.ndjson'),
    entities: path.join(folder, 'entities.json'),
    topics: path.join(folder, 'topics.json'),
  };
  writeNdjson(paths.file, data.articles);
  writeFileSync(paths.entities, JSON.stringify(data.entities));
  writeFileSync(paths.topics, JSON.stringify(data.topics));
  return paths;
}

/** Writes `size` generated records as NDJSON, and their registries, into `folder`; the records are not kept. */
export function writeFixture(folder: string, size: number): { file: string; entities: string; topics: string } {
  // The corpus benchmark's bodies: 80 words up to 100k articles, 12 above, to keep 1M in memory.
  return writeRecords(folder, generateCorpus({ size, bodyWords: size <= 100_000 ? 80 : 12, seed: 42 }));
}

/** Measures, prints and (with `write`) records the command line's reading of `size` NDJSON records. */
export function runCli({ size, write }: { readonly size: number; readonly write: boolean }): void {
  if (!existsSync(`${root}dist/cli.js`)) {
    throw new Error('No dist/: run `npm run build` first.');
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-bench-cli-'));
  try {
    const { file, entities, topics } = writeFixture(folder, size);
    const megabytes = statSync(file).size / 1_048_576;
    console.log(`node ${process.version}: ${size} records, ${megabytes.toFixed(0)} MB of NDJSON`);

    const cli = [
      `${root}dist/cli.js`,
      'stats',
      '--format',
      'json',
      '--data',
      file,
      '--entities',
      entities,
      '--topics',
      topics,
    ];
    const runs = size <= 100_000 ? 5 : 1;
    const bare: number[] = [];
    const ours: number[] = [];
    const start: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const baseline = timeNode(['-e', BASELINE, file]);
      if (Number(baseline.stdout) !== size) {
        throw new Error(`the baseline read ${baseline.stdout.trim()} records, not ${size}`);
      }
      bare.push(baseline.ms);
      const stats = timeNode(cli);
      if ((JSON.parse(stats.stdout) as { articles: number }).articles !== size) {
        throw new Error(`stats --data counted other than ${size} articles`);
      }
      ours.push(stats.ms);
      start.push(timeNode([`${root}dist/cli.js`, 'stats', '--format', 'json']).ms);
    }
    const split = phases(file, entities, topics);
    const baselineMs = median(bare);
    const cliMs = median(ours);
    const rate = (ms: number): string => `${Math.round(size / (ms / 1_000)).toLocaleString('en-US')}/s`;
    const table = [
      `| ${size.toLocaleString('en-US')} NDJSON records (${megabytes.toFixed(0)} MB) | time | records/s | ÷ baseline |`,
      '|---|---:|---:|---:|',
      `| baseline: \`node -e\`, chunked read, \`JSON.parse\` per line | ${baselineMs.toFixed(0)} ms | ${rate(baselineMs)} | 1.00× |`,
      `| \`ru-tj-news stats --data records.ndjson --entities … --topics …\` | ${cliMs.toFixed(0)} ms | ${rate(cliMs)} | ${(cliMs / baselineMs).toFixed(2)}× |`,
      `| for scale: \`ru-tj-news stats\` on the shipped five (start-up) | ${median(start).toFixed(0)} ms | | |`,
      `| for comparison, the reader a JSON array (\`--data records.json\`) still takes: the CLI's reader, \`JSON.parse\` per record | ${split.parseMs.toFixed(0)} ms | ${rate(split.parseMs)} | |`,
      `| the same, and \`ArticleSchema\` on each record | ${split.schemaMs.toFixed(0)} ms | ${rate(split.schemaMs)} | |`,
      `| then \`createCorpus\` (ids, references, spans, indexes) | ${split.corpusMs.toFixed(0)} ms | ${rate(split.corpusMs)} | |`,
    ].join('\n');
    console.log(table);
    if (write) {
      writeFileSync(performanceDoc, replaceBlock(readFileSync(performanceDoc, 'utf8'), 'cli', table));
      console.log('\nwrote docs/performance.md');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
