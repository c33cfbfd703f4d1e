/**
 * Writes the generated parts of docs/reliability.md from the test cases
 * themselves: the figures, the property runs, the bad-input matrix (by calling
 * every case, so the table shows what the code does), the mutation attempts
 * (by trying them all), and the time-bound cases with the growth ratios that
 * `npm run bench -- --hostile` recorded in bench/hostile.json.
 *
 * Run with `npm run docs:reliability`; with `--check`, exits 1 instead of
 * writing when the document is out of date (test/generated.test.ts runs that).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { HostileResults } from '../bench/hostile.ts';
import { HOSTILE, LONG, MAX_RATIO, SHORT, TIMED } from '../bench/hostileCases.ts';
import { articles, datasetVersion, entities, events, topics } from '../src/index.ts';
import { attempt, BAD_INPUTS, fault, type Outcome, summary, TARGETS } from '../test/support/badInputs.ts';
import { isRefused, mutations } from '../test/support/mutations.ts';
import { PROPERTY_RUNS } from '../test/support/propertyRuns.ts';
import { writeOrCheck } from './lib/generated.ts';
import { readJson, ROOT } from './lib/json.ts';
import { replaceBlock } from './lib/markers.ts';

const PATH = 'docs/reliability.md';
const number = (value: number): string => value.toLocaleString('en-US');
const contentHash = (): string =>
  `sha256:${createHash('sha256')
    .update(JSON.stringify([articles, entities, topics, events]))
    .digest('hex')}`;

// The bad-input matrix: call every case, and stop on any that breaks the rules.
const outcomes: Outcome[][] = [];
for (const target of TARGETS) {
  const row: Outcome[] = [];
  for (const input of BAD_INPUTS) {
    const outcome = await attempt(target, input.value);
    const problem = fault(target, input.value, outcome);
    if (problem !== undefined) {
      throw new Error(`${target.call} with ${input.label}: ${problem}`);
    }
    row.push(outcome);
  }
  outcomes.push(row);
}
const cells = outcomes.flat();
const thrown = cells.filter((outcome) => outcome.kind === 'threw').length;

// The mutations: try them all; each must throw a TypeError and leave the data as it was.
const all = mutations();
for (const mutation of all) {
  if (!isRefused(mutation)) {
    throw new Error(`${mutation.kind} on ${mutation.where} did not throw a TypeError`);
  }
}
const hashAfter = contentHash();
if (hashAfter !== datasetVersion.contentHash) {
  throw new Error(`The data changed: ${hashAfter} is not ${datasetVersion.contentHash}`);
}
const objects = new Set(all.map((mutation) => mutation.where)).size;
const kinds = [...new Set(all.map((mutation) => mutation.kind))];

const runs = Object.values(PROPERTY_RUNS).reduce((sum, value) => sum + value, 0);
const properties = Object.keys(PROPERTY_RUNS).length;

const propertyTable = [
  '| property | runs |',
  '|---|---:|',
  ...Object.entries(PROPERTY_RUNS).map(([name, value]) => `| ${name.replaceAll('|', '\\|')} | ${number(value)} |`),
  `| **total** | **${number(runs)}** |`,
].join('\n');

const matrix = [
  `| call | ${BAD_INPUTS.map((input) => input.label).join(' | ')} |`,
  `|---|${BAD_INPUTS.map(() => '---').join('|')}|`,
  ...TARGETS.map(
    (target, row) =>
      `| \`${target.call}\` | ${(outcomes[row] ?? []).map((outcome) => abbreviate(summary(outcome))).join(' | ')} |`,
  ),
].join('\n');

/** Short names for the table, explained under it. */
function abbreviate(cell: string): string {
  const short: Readonly<Record<string, string>> = {
    InvalidQueryError: 'Query',
    InvalidDateError: 'Date',
    InvalidRecordError: 'Record',
    UnknownEntityError: 'Entity',
    UnknownTopicError: 'Topic',
  };
  return short[cell] ?? cell;
}

// The growth ratios come from the last `npm run bench -- --hostile`, which must have run today's cases.
const hostile = readJson('bench/hostile.json') as HostileResults;
const worstOf = (call: string): HostileResults['runs'][number] => {
  const runs = hostile.runs.filter((run) => run.call === call);
  const missing = HOSTILE.filter(([name]) => !runs.some((run) => run.input === name)).map(([name]) => name);
  if (
    hostile.short !== SHORT ||
    hostile.long !== LONG ||
    hostile.bound !== MAX_RATIO ||
    missing.length > 0 ||
    runs.length === 0
  ) {
    throw new Error(
      `bench/hostile.json does not cover ${call} at today's lengths and bound (missing: ${missing.join(', ') || 'the call'}): run npm run bench -- --hostile`,
    );
  }
  return runs.reduce((worst, run) => (run.ratio > worst.ratio ? run : worst));
};
const worstRatio = Math.max(...TIMED.map((timed) => worstOf(timed.call).ratio));

const timeCases = [
  `Each call below is timed on ${HOSTILE.length} hostile strings of ${number(SHORT)} and ${number(LONG)} characters:`,
  '',
  ...HOSTILE.map(([name]) => `- ${name}`),
  '',
  `Each call's largest ratio of the ${number(LONG)}-character time to the ${number(SHORT)}-character time, over the ${HOSTILE.length} strings, from the last run (${hostile.node}; bound ${MAX_RATIO}×):`,
  '',
  '| call | largest ratio | on | time at 1M characters |',
  '|---|---:|---|---:|',
  ...TIMED.map((timed) => {
    const worst = worstOf(timed.call);
    return `| \`${timed.call}\` | ${worst.ratio.toFixed(1)}× | ${worst.input} | ${worst.longMs.toFixed(3)} ms |`;
  }),
].join('\n');

const figures = [
  '| what | tried | result |',
  '|---|---:|---|',
  `| property runs (fast-check) | ${number(runs)} | ${properties} properties hold on every run |`,
  `| bad inputs (${TARGETS.length} calls × ${BAD_INPUTS.length} values) | ${number(cells.length)} | ${number(cells.length - thrown)} documented results, ${number(thrown)} documented typed errors that name the value; no other outcome |`,
  `| mutation attempts (${kinds.length} kinds on ${number(objects)} objects) | ${number(all.length)} | every one threw a \`TypeError\`; the data is unchanged (\`${hashAfter.slice(0, 19)}…\`, as \`datasetVersion.contentHash\`) |`,
  `| time bounds (${TIMED.length} calls × ${HOSTILE.length} hostile strings, \`npm run bench -- --hostile\`) | ${TIMED.length * HOSTILE.length} | ${number(LONG)} characters take at most ${worstRatio.toFixed(1)}× the time of ${number(SHORT)} (bound ${MAX_RATIO}×; linear is 10×) |`,
].join('\n');

let doc = readFileSync(ROOT + PATH, 'utf8');
doc = replaceBlock(doc, 'reliability-figures', figures);
doc = replaceBlock(doc, 'reliability-properties', propertyTable);
doc = replaceBlock(doc, 'reliability-matrix', matrix);
doc = replaceBlock(doc, 'reliability-time', timeCases);
writeOrCheck([[PATH, doc]], 'npm run docs:reliability');
