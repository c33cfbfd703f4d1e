/**
 * `npm run bench -- --mentions [--write]`: `findMentions` with a 2,000-entity registry on
 * 100,000 synthetic articles (bench/generateMentions.ts), in articles per second, against
 * the naive finder it replaced (test/support/naiveMentions.ts) on the same articles:
 * - `naive indexOf`: a loop of `indexOf` over every normalized alias, the aliases
 *   normalized once, ahead of time: the fairest naive baseline;
 * - `naive, as before`: the finder as it was, which also normalized every alias on every call.
 *
 * The naive finders are timed on the first {@link NAIVE_ARTICLES} and {@link BEFORE_ARTICLES}
 * articles only (at several milliseconds an article, 100,000 would take hours), and their
 * rates are compared with the finder's over all 100,000. Before timing, every answer on the
 * first {@link NAIVE_ARTICLES} articles is checked against the naive finder's. Fails when the finder is not {@link MIN_RATIO}× faster than
 * `naive indexOf`; `--write` records the table in docs/performance.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

import { replaceBlock } from '../scripts/lib/markers.ts';
import { createMentionFinder, findMentions } from '../src/index.ts';
import { naiveFindMentions, naiveNeedles, naiveSearch } from '../test/support/naiveMentions.ts';
import { generateMentionData } from './generateMentions.ts';

const performanceDoc = new URL('../docs/performance.md', import.meta.url);

export const ENTITIES = 2_000;
export const ARTICLES = 100_000;
export const BODY_WORDS = 80;
/** How many articles the naive `indexOf` loop is checked against and timed on: the first ones of the same bodies. */
export const NAIVE_ARTICLES = 1_000;
/** How many articles the finder as it was is timed on: it normalizes every alias again for each article. */
export const BEFORE_ARTICLES = 100;
/** How much faster than the naive `indexOf` loop the finder must be. */
export const MIN_RATIO = 10;

const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs `find` over `bodies` and returns the wall time in ms and the mentions found. */
function pass(bodies: readonly string[], find: (body: string) => readonly unknown[]): { ms: number; found: number } {
  let found = 0;
  const start = performance.now();
  for (const body of bodies) {
    found += find(body).length;
  }
  return { ms: performance.now() - start, found };
}

/** Measures, prints and (with `write`) records the comparison; returns whether the finder is fast enough. */
export function runMentions({ write }: { readonly write: boolean }): boolean {
  let start = performance.now();
  const { entities, bodies, planted } = generateMentionData({
    entityCount: ENTITIES,
    articleCount: ARTICLES,
    bodyWords: BODY_WORDS,
  });
  const generateMs = performance.now() - start;
  start = performance.now();
  const finder = createMentionFinder(entities);
  const compileMs = performance.now() - start;
  const names = finder.nameCount;
  const chars = bodies.reduce((sum, body) => sum + body.length, 0);
  console.log(
    `node ${process.version}: ${format(ENTITIES)} entities (${format(names)} distinct names), ${format(ARTICLES)} articles of ${format(chars / ARTICLES)} characters on average, ${format(planted)} names planted; generated in ${format(generateMs)} ms`,
  );
  start = performance.now();
  const needles = naiveNeedles(entities);
  const needlesMs = performance.now() - start;

  // The answers first: the finder must find exactly what the naive finder finds.
  const sample = bodies.slice(0, NAIVE_ARTICLES);
  sample.forEach((body, index) => {
    const expected = naiveSearch(body, needles);
    if (
      !isDeepStrictEqual(findMentions(body, entities), expected) ||
      !isDeepStrictEqual(findMentions(body, finder), expected)
    ) {
      throw new Error(`findMentions disagrees with the naive finder on article ${index}`);
    }
  });

  // A warm-up over the first articles, then every article once.
  pass(sample, (body) => findMentions(body, entities));
  const cached = pass(bodies, (body) => findMentions(body, entities));
  const compiled = pass(bodies, (body) => findMentions(body, finder));
  const naive = pass(sample, (body) => naiveSearch(body, needles));
  const before = pass(sample.slice(0, BEFORE_ARTICLES), (body) => naiveFindMentions(body, entities));

  const rate = (run: { ms: number }, count: number): number => (count / run.ms) * 1000;
  const finderRate = rate(cached, ARTICLES);
  const rows = [
    {
      method: '`findMentions(text, entities)`, the frozen registry compiled once, then reused',
      articles: ARTICLES,
      run: cached,
    },
    { method: '`findMentions(text, finder)`, from `createMentionFinder(entities)`', articles: ARTICLES, run: compiled },
    { method: 'naive `indexOf`, every normalized alias in turn', articles: NAIVE_ARTICLES, run: naive },
    {
      method: 'naive, as before: the same, normalizing every alias on each call',
      articles: BEFORE_ARTICLES,
      run: before,
    },
  ];
  const ratio = finderRate / rate(naive, NAIVE_ARTICLES);
  const table = [
    '| method | articles timed | mentions found | time | articles per second | vs naive `indexOf` |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ method, articles, run }) =>
        `| ${method} | ${format(articles)} | ${format(run.found)} | ${format(run.ms / 1000, 2)} s | ${format(rate(run, articles))} | ${format(rate(run, articles) / rate(naive, NAIVE_ARTICLES), 1)}× |`,
    ),
    `| compiling the registry, \`createMentionFinder(entities)\` | | | ${format(compileMs)} ms | | |`,
    `| normalizing the aliases for naive \`indexOf\`, once | | | ${format(needlesMs)} ms | | |`,
    `| **findMentions ÷ naive \`indexOf\`** (must be ≥ ${MIN_RATIO}×) | | | | | **${format(ratio, 1)}×** ${ratio >= MIN_RATIO ? '✅' : '❌'} |`,
  ].join('\n');
  console.log(
    `\nThe naive finders are timed on the first ${format(NAIVE_ARTICLES)} and ${format(BEFORE_ARTICLES)} articles, and their rates are compared with the finder's over all ${format(ARTICLES)}; on the first ${format(NAIVE_ARTICLES)}, every answer of findMentions was checked equal to the naive finder's.\n`,
  );
  console.log(table);
  if (write) {
    const doc = readFileSync(performanceDoc, 'utf8');
    const block = [
      `${process.version}, ${format(ENTITIES)} entities (${format(names)} distinct names), ${format(ARTICLES)} articles of ${format(BODY_WORDS)} words and 2–6 names each (${format(chars / ARTICLES)} characters on average):`,
      '',
      table,
    ].join('\n');
    writeFileSync(performanceDoc, replaceBlock(doc, 'mentions', block));
    console.log('\nwrote docs/performance.md');
  }
  if (ratio < MIN_RATIO) {
    console.error(`mentions: findMentions is ${ratio.toFixed(1)}× the naive indexOf loop, not ${MIN_RATIO}× or more`);
  }
  return ratio >= MIN_RATIO;
}
