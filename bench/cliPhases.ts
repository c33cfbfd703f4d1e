/**
 * One phase of `--data`, timed in a fresh process for bench/cli.ts, so that
 * the bench's own heap (the generated corpus) does not weigh on it. Prints
 * the milliseconds as JSON.
 *
 *   node --import tsx bench/cliPhases.ts parse  records.ndjson
 *   node --import tsx bench/cliPhases.ts schema records.ndjson entities.json topics.json
 */
import { openSync, readFileSync } from 'node:fs';

import { fdSource } from '../src/cli/input/byteSource.ts';
import { inputFile } from '../src/cli/input/inputFile.ts';
import { readJsonValues } from '../src/cli/input/jsonValues.ts';
import { Progress } from '../src/cli/input/progress.ts';
import type { Io } from '../src/cli/io.ts';
import { type Article, ArticleSchema, createCorpus, type Entity, type Topic } from '../src/index.ts';

const [phase, file = '', entitiesFile = '', topicsFile = ''] = process.argv.slice(2);

/** An Io that draws nothing. */
const quiet: Io = {
  stdout: () => undefined,
  stderr: () => undefined,
  stdoutIsTerminal: false,
  columns: undefined,
  noColor: false,
  stderrIsTerminal: false,
  now: () => 0,
  stdin: { read: () => 0, size: () => undefined },
};

/** Reads the file with the CLI's reader, handing each value to `each`; returns the milliseconds. */
function read(each: (value: unknown) => void): number {
  const source = fdSource(openSync(file, 'r'));
  const start = performance.now();
  try {
    readJsonValues(inputFile('data', file, 'records'), source, 'records', new Progress(quiet, file), each);
  } finally {
    source.close();
  }
  return performance.now() - start;
}

if (phase === 'parse') {
  console.log(JSON.stringify({ parseMs: read(() => undefined) }));
} else if (phase === 'schema') {
  const records: Article[] = [];
  const schemaMs = read((value) => {
    records.push(ArticleSchema.parse(value));
  });
  const entities = JSON.parse(readFileSync(entitiesFile, 'utf8')) as Entity[];
  const topics = JSON.parse(readFileSync(topicsFile, 'utf8')) as Topic[];
  const start = performance.now();
  createCorpus(records, { entities, topics, validate: false });
  console.log(JSON.stringify({ schemaMs, corpusMs: performance.now() - start }));
} else {
  throw new Error(`Unknown phase ${String(phase)}: expected parse or schema`);
}
