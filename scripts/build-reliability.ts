/**
 * Writes the generated parts of docs/reliability.md from the test cases
 * themselves: the figures, the property runs, the bad-input matrix (by calling
 * every case, so the table shows what the code does), the mutation attempts
 * (by trying them all) and the time-bound cases.
 *
 * Run with `npm run docs:reliability`; with `--check`, exits 1 instead of
 * writing when the document is out of date (test/generated.test.ts runs that).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { articles, datasetVersion, entities, topics } from '../src/index.ts';
import { BAD_INPUTS, TARGETS, attempt, fault, summary } from '../test/support/badInputs.ts';
import { isRefused, mutations } from '../test/support/mutations.ts';
import { PROPERTY_RUNS } from '../test/support/propertyRuns.ts';
import { HOSTILE, LONG, MAX_RATIO, SHORT, TIMED } from '../test/support/timeBounds.ts';
import { writeOrCheck } from './lib/generated.ts';
import { ROOT } from './lib/json.ts';
import { replaceBlock } from './lib/markers.ts';

const PATH = 'docs/reliability.md';
const number = (value: number): string => value.toLocaleString('en-US');
const contentHash = (): string => `sha256:${createHash('sha256').update(JSON.stringify([articles, entities, topics])).digest('hex')}`;

// The bad-input matrix: call every case, and stop on any that breaks the rules.
const outcomes = TARGETS.map((target) =>
  BAD_INPUTS.map((input) => {
    const outcome = attempt(target, input.value);
    const problem = fault(target, input.value, outcome);
    if (problem !== undefined) throw new Error(`${target.call} with ${input.label}: ${problem}`);
    return outcome;
  }),
);
const cells = outcomes.flat();
const thrown = cells.filter((outcome) => outcome.kind === 'threw').length;

// The mutations: try them all; each must throw a TypeError and leave the data as it was.
const all = mutations();
for (const mutation of all) {
  if (!isRefused(mutation)) throw new Error(`${mutation.kind} on ${mutation.where} did not throw a TypeError`);
}
const hashAfter = contentHash();
if (hashAfter !== datasetVersion.contentHash) throw new Error(`The data changed: ${hashAfter} is not ${datasetVersion.contentHash}`);
const objects = new Set(all.map((mutation) => mutation.where)).size;
const kinds = [...new Set(all.map((mutation) => mutation.kind))];

const runs = Object.values(PROPERTY_RUNS).reduce((sum, value) => sum + value, 0);
const properties = Object.keys(PROPERTY_RUNS).length;

const figures = [
  '| what | tried | result |',
  '|---|---:|---|',
  `| property runs (fast-check) | ${number(runs)} | ${properties} properties hold on every run |`,
  `| bad inputs (${TARGETS.length} calls × ${BAD_INPUTS.length} values) | ${number(cells.length)} | ${number(cells.length - thrown)} documented results, ${number(thrown)} documented typed errors that name the value; no other outcome |`,
  `| mutation attempts (${kinds.length} kinds on ${number(objects)} objects) | ${number(all.length)} | every one threw a \`TypeError\`; the data is unchanged (\`${hashAfter.slice(0, 19)}…\`, as \`datasetVersion.contentHash\`) |`,
  `| time bounds (${TIMED.length} calls × ${HOSTILE.length} hostile strings) | ${TIMED.length * HOSTILE.length} | ${LONG / 1000}k characters take at most ${MAX_RATIO}× the time of ${SHORT / 1000}k |`,
].join('\n');

const propertyTable = ['| property | runs |', '|---|---:|', ...Object.entries(PROPERTY_RUNS).map(([name, value]) => `| ${name.replaceAll('|', '\\|')} | ${number(value)} |`), `| **total** | **${number(runs)}** |`].join('\n');

const matrix = [
  `| call | ${BAD_INPUTS.map((input) => input.label).join(' | ')} |`,
  `|---|${BAD_INPUTS.map(() => '---').join('|')}|`,
  ...TARGETS.map((target, row) => `| \`${target.call}\` | ${(outcomes[row] ?? []).map((outcome) => abbreviate(summary(outcome))).join(' | ')} |`),
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

const timeCases = [
  `Each call below is timed on ${HOSTILE.length} hostile strings of ${number(SHORT)} and ${number(LONG)} characters:`,
  '',
  ...HOSTILE.map(([name]) => `- ${name}`),
  '',
  'The calls:',
  '',
  ...TIMED.map((timed) => `- \`${timed.call}\``),
].join('\n');

let doc = readFileSync(ROOT + PATH, 'utf8');
doc = replaceBlock(doc, 'reliability-figures', figures);
doc = replaceBlock(doc, 'reliability-properties', propertyTable);
doc = replaceBlock(doc, 'reliability-matrix', matrix);
doc = replaceBlock(doc, 'reliability-time', timeCases);
writeOrCheck([[PATH, doc]], 'npm run docs:reliability');
