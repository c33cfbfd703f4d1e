/**
 * `npm run bench -- --times [--size N] [--write]`: `findTimeExpressions` on N synthetic articles
 * (100,000 by default: the bodies of the corpus benchmark, 80 words each, bench/generate.ts,
 * seed 42), with two to five time phrases of every form planted in each (test/support/timePhrases.ts),
 * in articles per second, against baselines timed in the same run on the same bodies:
 * - `findMentions` with the generated 2,000-entity registry, frozen and compiled once: the other
 *   scan a builder runs over every text;
 * - `readArabicDate`, which reads the dates only;
 * - a plain pass of `/\d{4}/g` over the text: about the least any reading of years can cost.
 *
 * Before timing, it checks that every planted phrase is found, with its words, in the first
 * 1,000 bodies. Fails when findTimeExpressions is not at least {@link MIN_SHARE} of findMentions'
 * rate. `--write` records the table in docs/performance.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { replaceBlock } from '../scripts/lib/markers.ts';
import { findMentions, findTimeExpressions, readArabicDate } from '../src/index.ts';
import { deepFreeze } from '../src/internal/corpus/deepFreeze.ts';
import { PHRASES } from '../test/support/timePhrases.ts';
import { generateCorpus, random } from './generate.ts';

const performanceDoc = new URL('../docs/performance.md', import.meta.url);

/** How many bodies the planted phrases are checked on before timing. */
const CHECKED = 1_000;
/** The least share of findMentions' rate that findTimeExpressions must reach in the same run. */
export const MIN_SHARE = 0.2;

const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The phrases that are found whole when they stand alone between commas: the ones to plant and look for. */
function plantable(): readonly string[] {
  return PHRASES.filter((phrase) => {
    const text = `قال، ${phrase}، إن`;
    const found = findTimeExpressions(text, { writtenOn: '2025-10-09' });
    return found.length === 1 && text.slice(found[0]!.start, found[0]!.end) === phrase; // one found
  });
}

/** Runs `find` over `bodies` and returns the wall time in ms and what it found. */
function pass(bodies: readonly string[], find: (body: string, index: number) => number): { ms: number; found: number } {
  let found = 0;
  const start = performance.now();
  bodies.forEach((body, index) => {
    found += find(body, index);
  });
  return { ms: performance.now() - start, found };
}

/** Measures, prints and (with `write`) records the comparison; returns whether the finder is fast enough. */
export function runTimeExpressions({ size, write }: { readonly size: number; readonly write: boolean }): boolean {
  let start = performance.now();
  const generated = generateCorpus({ size, bodyWords: 80 });
  const entities = deepFreeze(generated.entities.map((entity) => ({ ...entity })));
  const phrases = plantable();
  const next = random(7);
  const planted: string[][] = [];
  const bodies = generated.articles.map((article) => {
    const words = article.body.split(' ');
    const mine: string[] = [];
    for (let count = 2 + Math.floor(next() * 4); count > 0; count -= 1) {
      const phrase = phrases[Math.floor(next() * phrases.length)]!; // next() is below 1
      words.splice(Math.floor(next() * words.length), 0, `، ${phrase}،`);
      mine.push(phrase);
    }
    planted.push(mine);
    return words.join(' ');
  });
  const days = generated.articles.map((article) => article.publishedAt.slice(0, 10));
  const generateMs = performance.now() - start;
  const chars = bodies.reduce((sum, body) => sum + body.length, 0);
  console.log(
    `node ${process.version}: ${format(size)} articles of ${format(chars / size)} characters on average, ${format(planted.flat().length)} time phrases planted (${phrases.length} kinds); generated in ${format(generateMs)} ms`,
  );

  // The answers first: every planted phrase is found with its words.
  bodies.slice(0, CHECKED).forEach((body, index) => {
    const found = findTimeExpressions(body, { writtenOn: days[index]! }).map(({ start: from, end }) =>
      body.slice(from, end),
    );
    for (const phrase of planted[index]!) {
      if (!found.includes(phrase)) {
        throw new Error(`findTimeExpressions did not find the planted "${phrase}" in article ${index}`);
      }
    }
  });

  const runs = {
    times: (body: string, index: number) =>
      findTimeExpressions(body, { writtenOn: days[index]!, evidence: 'مساء أمس' }).length,
    mentions: (body: string) => findMentions(body, entities).length,
    dates: (body: string, index: number) => readArabicDate(body, { writtenOn: days[index]! }).length,
    years: (body: string) => {
      const pattern = /\d{4}/g;
      let found = 0;
      while (pattern.exec(body) !== null) {
        found += 1;
      }
      return found;
    },
  };
  // A warm-up over the first articles, then every article once.
  for (const run of Object.values(runs)) {
    pass(bodies.slice(0, CHECKED), run);
  }
  start = performance.now();
  const times = pass(bodies, runs.times);
  const mentions = pass(bodies, runs.mentions);
  const dates = pass(bodies, runs.dates);
  const years = pass(bodies, runs.years);
  const rate = (run: { ms: number }): number => (size / run.ms) * 1000;
  const share = rate(times) / rate(mentions);
  const rows = [
    ['`findTimeExpressions(text, { writtenOn, evidence })`', times],
    ['`findMentions(text, entities)`, 2,000 entities, compiled once', mentions],
    ['`readArabicDate(text, { writtenOn })`, dates only', dates],
    ['a plain `/\\d{4}/g` pass', years],
  ] as const;
  const table = [
    '| method | found | time | articles per second | characters per second | findTimeExpressions ÷ this |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ([method, run]) =>
        `| ${method} | ${format(run.found)} | ${format(run.ms / 1000, 2)} s | ${format(rate(run))} | ${format(((chars / run.ms) * 1000) / 1e6, 1)} M | ${format(rate(times) / rate(run), 2)}× |`,
    ),
    `| **findTimeExpressions ÷ findMentions** (must be ≥ ${MIN_SHARE}×) | | | | | **${format(share, 2)}×** ${share >= MIN_SHARE ? '✅' : '❌'} |`,
  ].join('\n');
  console.log(`\nEvery planted phrase was found with its words in the first ${format(CHECKED)} articles.\n`);
  console.log(table);
  if (write) {
    const doc = readFileSync(performanceDoc, 'utf8');
    const block = [
      `${process.version}, ${format(size)} synthetic articles of 80 words and 2–5 time phrases each (${format(chars / size)} characters on average):`,
      '',
      table,
    ].join('\n');
    writeFileSync(performanceDoc, replaceBlock(doc, 'times', block));
    console.log('\nwrote docs/performance.md');
  }
  if (share < MIN_SHARE) {
    console.error(
      `times: findTimeExpressions runs at ${share.toFixed(2)}× findMentions' rate, not ${MIN_SHARE}× or more`,
    );
  }
  return share >= MIN_SHARE;
}
