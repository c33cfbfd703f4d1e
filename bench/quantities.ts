/**
 * `npm run bench -- --quantities [--size N] [--write]`: `findQuantities` on N synthetic
 * articles (100,000): the running text of the mention benchmark (bench/generateMentions.ts),
 * 80 words and 2–6 names each, with 2–5 amounts planted in it as the shipped texts write
 * them (digits in three digit sets, number words, scale words, currencies, percentages,
 * counted nouns, comparators) and 1–3 numbers that are no amounts (years, dates,
 * ordinals, identifiers, durations). Before timing, every planted amount must be found,
 * with its span, value, unit and comparator, on the first {@link CHECKED} articles.
 *
 * Timed in the same run, on the same texts, against two baselines: `findMentions` with
 * the generated 2,000-entity registry, compiled once (a finder of the same kind, which
 * also normalizes every text and walks it once), and a bare regex pass that finds the
 * runs of digits and the word after each (what a finder with no rules costs). Then the
 * growth on the hostile strings of bench/hostileCases.ts, 100k against 1M characters, as
 * `npm run bench -- --hostile` measures it. Fails when a ratio of growth is over the
 * bound, or `findQuantities` is not within {@link MAX_VS_MENTIONS}× of `findMentions`.
 * `--write` records the table in docs/performance.md and the growth runs of
 * `findQuantities(text)` in bench/hostile.json (the other calls' runs stay).
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { replaceBlock } from '../scripts/lib/markers.ts';
import { createMentionFinder, findMentions, findQuantities, type FoundQuantity } from '../src/index.ts';
import { random } from './generate.ts';
import { generateMentionData } from './generateMentions.ts';
import { type HostileResults, type HostileRun, measure } from './hostile.ts';
import { HOSTILE, LONG, MAX_RATIO, SHORT, TIMED } from './hostileCases.ts';

const performanceDoc = new URL('../docs/performance.md', import.meta.url);
const hostileFile = new URL('hostile.json', import.meta.url);

/** How many articles every planted amount is checked on before the timing. */
export const CHECKED = 1_000;
/** How many times `findMentions`' time `findQuantities` may take on the same texts. */
export const MAX_VS_MENTIONS = 3;
const BODY_WORDS = 80;
const ENTITIES = 2_000;

const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'] as const;
const SCALES = [
  ['', 0],
  ['ألف', 3],
  ['مليون', 6],
  ['مليار', 9],
] as const;
const UNITS = [
  ['دولار', 'USD'],
  ['دولار أمريكي', 'USD'],
  ['روبل', 'RUB'],
  ['%', 'percent'],
  ['بالمائة', 'percent'],
  ['في المائة', 'percent'],
  ['اتفاقية', 'count'],
  ['شركة', 'count'],
  ['طالب', 'count'],
  ['وزيراً', 'count'],
] as const;
const WORD_NUMBERS = [
  ['أربع', 4],
  ['خمس عشرة', 15],
  ['ثلاثمائة', 300],
  ['خمسة وعشرون', 25],
] as const;
const COMPARATORS = [
  ['', undefined],
  ['', undefined],
  ['حوالي', 'about'],
  ['أكثر من', 'more-than'],
  ['تقارب', 'about'],
  ['يصل إلى', 'up-to'],
] as const;
const NOT_AMOUNTS = ['في عام 2024', 'يوم 8 أكتوبر 2025', 'القمة الثانية', 'رقم 201', 'لمدة خمس سنوات', 'منذ 30 عاماً'];

/** A planted amount: where it is, and what it must read as. */
interface Planted {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly comparator: string | undefined;
}

/** The bodies, with the amounts planted in them. */
export function plantAmounts(size: number): { bodies: string[]; planted: Planted[][] } {
  const { bodies: running } = generateMentionData({ entityCount: ENTITIES, articleCount: size, bodyWords: BODY_WORDS });
  const next = random(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!; // next() < 1
  const bodies: string[] = [];
  const planted: Planted[][] = [];
  for (const body of running) {
    const words = body.split(' ');
    const pieces: (string | (Omit<Planted, 'start' | 'end'> & { readonly text: string; readonly before: string }))[] = [
      ...words,
    ];
    const amounts = 2 + Math.floor(next() * 4);
    for (let count = 0; count < amounts; count += 1) {
      const [unitWord, unit] = pick(UNITS);
      const [comparatorWords, comparator] = pick(COMPARATORS);
      let number: string;
      let value: number;
      if (unit === 'count' && next() < 0.3) {
        [number, value] = pick(WORD_NUMBERS);
      } else {
        const whole = Math.floor(next() * 1000);
        const decimals = next() < 0.3 ? `.${1 + Math.floor(next() * 9)}` : '';
        const [scaleWord, power] = unit === 'percent' ? SCALES[0] : pick(SCALES);
        const digits = pick(DIGITS);
        const latin = `${whole}${decimals}`;
        // eslint-disable-next-line @typescript-eslint/no-misused-spread -- ASCII digits and a point: one code unit each
        number = [...latin].map((char) => (char === '.' ? '٫' : digits[Number(char)])).join('');
        number = scaleWord === '' ? number : `${number} ${scaleWord}`;
        value = Number(`${latin}e${power}`);
      }
      const text = unitWord === '%' ? `${number}%` : `${number} ${unitWord}`;
      // The word before is fixed, so that no random word before the amount reads as a comparator or a year.
      const before = ['وقال إن', comparatorWords].filter(Boolean).join(' ');
      pieces.splice(Math.floor(next() * (pieces.length + 1)), 0, { text, before, value, unit, comparator });
    }
    const distractors = 1 + Math.floor(next() * 3);
    for (let count = 0; count < distractors; count += 1) {
      pieces.splice(Math.floor(next() * (pieces.length + 1)), 0, `وذلك ${pick(NOT_AMOUNTS)} وقال`);
    }
    let text = '';
    const spans: Planted[] = [];
    for (const piece of pieces) {
      text += text === '' ? '' : ' ';
      if (typeof piece === 'string') {
        text += piece;
        continue;
      }
      text += `${piece.before} `;
      spans.push({ start: text.length, end: text.length + piece.text.length, ...piece });
      text += `${piece.text} والبلاد`;
    }
    bodies.push(text);
    planted.push(spans);
  }
  return { bodies, planted };
}

const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function pass(bodies: readonly string[], find: (body: string) => number): { ms: number; found: number } {
  let found = 0;
  const start = performance.now();
  for (const body of bodies) {
    found += find(body);
  }
  return { ms: performance.now() - start, found };
}

/** The bare regex baseline: every run of digits (any digit set, a decimal point) and the word after it. */
const NUMBER_AND_WORD = /[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)*\s*[^\s]*/gu;

/** Measures, prints and (with `write`) records; returns whether the finder is within its bounds. */
export function runQuantities({ size, write }: { readonly size: number; readonly write: boolean }): boolean {
  const start = performance.now();
  const { bodies, planted } = plantAmounts(size);
  const generateMs = performance.now() - start;
  const chars = bodies.reduce((sum, body) => sum + body.length, 0);
  const plantedCount = planted.reduce((sum, list) => sum + list.length, 0);
  console.log(
    `node ${process.version}: ${format(size)} articles of ${format(chars / size)} characters on average, ${format(plantedCount)} amounts planted; generated in ${format(generateMs)} ms`,
  );

  // The answers first: every planted amount is found, as planted; anything else found is counted.
  let others = 0;
  bodies.slice(0, CHECKED).forEach((body, index) => {
    const found = findQuantities(body);
    const key = (amount: Planted | FoundQuantity): string =>
      `${amount.start}:${amount.end}:${amount.value}:${amount.unit}:${amount.comparator ?? ''}`;
    const foundKeys = new Set(found.map(key));
    for (const amount of planted[index]!) {
      if (!foundKeys.has(key(amount))) {
        throw new Error(
          `findQuantities missed ${JSON.stringify(body.slice(amount.start, amount.end))} in article ${index}: ${JSON.stringify(found)}`,
        );
      }
    }
    others += found.length - planted[index]!.length;
  });
  console.log(
    `On the first ${format(CHECKED)} articles, every planted amount was found; ${others} other amounts were found in the random words.`,
  );

  const { entities } = generateMentionData({ entityCount: ENTITIES, articleCount: 1, bodyWords: 1 });
  const finder = createMentionFinder(entities);
  const sample = bodies.slice(0, CHECKED);
  pass(sample, (body) => findQuantities(body).length);
  pass(sample, (body) => findMentions(body, finder).length);
  const quantities = pass(bodies, (body) => findQuantities(body).length);
  const mentions = pass(bodies, (body) => findMentions(body, finder).length);
  const regex = pass(bodies, (body) => body.match(NUMBER_AND_WORD)?.length ?? 0);
  const vsMentions = quantities.ms / mentions.ms;
  const vsRegex = quantities.ms / regex.ms;
  const rate = (run: { ms: number }): string => format((size / run.ms) * 1000);
  const table = [
    '| method | found | time | articles per second | time ÷ `findQuantities` |',
    '|---|---:|---:|---:|---:|',
    `| \`findQuantities(text)\` | ${format(quantities.found)} | ${format(quantities.ms / 1000, 2)} s | ${rate(quantities)} | 1.0× |`,
    `| \`findMentions(text, finder)\`, ${format(ENTITIES)} entities compiled once | ${format(mentions.found)} | ${format(mentions.ms / 1000, 2)} s | ${rate(mentions)} | ${format(mentions.ms / quantities.ms, 2)}× |`,
    `| a bare regex pass: each run of digits and the word after it | ${format(regex.found)} | ${format(regex.ms / 1000, 2)} s | ${rate(regex)} | ${format(regex.ms / quantities.ms, 2)}× |`,
    `| **findQuantities ÷ findMentions** (must be ≤ ${MAX_VS_MENTIONS}×) | | | | **${format(vsMentions, 2)}×** ${vsMentions <= MAX_VS_MENTIONS ? '✅' : '❌'} |`,
  ].join('\n');
  console.log(`\n${table}\n\nfindQuantities takes ${format(vsRegex, 1)}× the time of the bare regex pass.`);

  // Growth on hostile input, measured as bench/hostile.ts measures every call.
  const timed = TIMED.find((each) => each.call === 'findQuantities(text)');
  if (timed === undefined) {
    throw new Error('bench/hostileCases.ts has no findQuantities(text) case');
  }
  const runs: HostileRun[] = HOSTILE.map(([input, make]) => {
    const best = measure(timed, make);
    return { call: timed.call, input, ...best, ratio: best.longMs / best.shortMs };
  });
  for (const run of runs) {
    console.log(
      `${run.ratio.toFixed(1).padStart(6)}×  ${run.shortMs.toFixed(3).padStart(9)} ms → ${run.longMs.toFixed(3).padStart(9)} ms  ${run.input}`,
    );
  }
  const worst = runs.reduce((max, run) => Math.max(max, run.ratio), 0);
  if (write) {
    const doc = readFileSync(performanceDoc, 'utf8');
    const block = [
      `${process.version}, ${format(size)} articles of ${format(BODY_WORDS)} running words, 2–6 names, 2–5 amounts and 1–3 numbers that are no amounts each (${format(chars / size)} characters on average):`,
      '',
      table,
      '',
      `On the hostile strings, ${format(LONG)} characters took at most ${worst.toFixed(1)}× the time of ${format(SHORT)} (bound ${MAX_RATIO}×; linear is 10×).`,
    ].join('\n');
    writeFileSync(performanceDoc, replaceBlock(doc, 'quantities', block));
    const results = JSON.parse(readFileSync(hostileFile, 'utf8')) as HostileResults;
    if (results.short !== SHORT || results.long !== LONG || results.bound !== MAX_RATIO) {
      throw new Error('bench/hostile.json was measured at other lengths: run npm run bench -- --hostile');
    }
    const kept = results.runs.filter((run) => run.call !== timed.call);
    const order = TIMED.map((each) => each.call);
    const merged = [...kept, ...runs].sort((a, b) => order.indexOf(a.call) - order.indexOf(b.call));
    writeFileSync(
      hostileFile,
      `${JSON.stringify({ ...results, runs: merged }, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value), 2)}\n`,
    );
    console.log('\nwrote docs/performance.md and bench/hostile.json');
  }
  const ok = vsMentions <= MAX_VS_MENTIONS && worst <= MAX_RATIO;
  if (!ok) {
    console.error(
      `quantities: ${format(vsMentions, 2)}× findMentions (bound ${MAX_VS_MENTIONS}×), worst growth ${worst.toFixed(1)}× (bound ${MAX_RATIO}×)`,
    );
  }
  return ok;
}
