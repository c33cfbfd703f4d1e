/**
 * `npm run bench -- --hostile`: the linear-time promise for hostile input. Every call of
 * bench/hostileCases.ts is timed on every hostile string at 100k and at 1M characters; the
 * ratio of the two times must stay under MAX_RATIO. Linear work gives about 10×, quadratic
 * work about 100×. Only ratios measured in the same run are compared, never absolute times.
 *
 * Writes bench/hostile.json (docs/reliability.md takes its figures from there through
 * `npm run docs:reliability`) and exits 1 when a call grows faster than the bound.
 */
import { writeFileSync } from 'node:fs';

import { HOSTILE, LONG, MAX_RATIO, SHORT, TIMED, type Timed } from './hostileCases.ts';

/** One call on one hostile string. */
export interface HostileRun {
  readonly call: string;
  readonly input: string;
  /** The fastest time per call at {@link SHORT} characters, in ms. */
  readonly shortMs: number;
  /** The fastest time per call at {@link LONG} characters, in ms. */
  readonly longMs: number;
  /** `longMs / shortMs`: about 10 for linear work. */
  readonly ratio: number;
}

/** What bench/hostile.json holds. */
export interface HostileResults {
  readonly node: string;
  readonly short: number;
  readonly long: number;
  readonly bound: number;
  readonly runs: readonly HostileRun[];
}

/** The time of one round of `run`, repeated until the round is long enough to measure, per call. */
function round(run: () => void): number {
  let calls = 0;
  const start = performance.now();
  do {
    run();
    calls += 1;
  } while (performance.now() - start < 20);
  return (performance.now() - start) / calls;
}

/**
 * Times one call on one hostile string at both lengths, inputs built before the clock starts.
 * Rounds of the two lengths alternate, so that a busy spell on the machine hits both, and the
 * fastest round of each counts.
 */
export function measure(
  { prepare, run }: Timed,
  make: (length: number) => string,
): { shortMs: number; longMs: number } {
  const timed = (input: unknown) => (): void => {
    try {
      run(input as never);
    } catch {
      // Rejecting a hostile string is fine; only the time counts here.
    }
  };
  const short = timed(prepare(make(SHORT)));
  const long = timed(prepare(make(LONG)));
  short();
  long();
  let shortMs = Infinity;
  let longMs = Infinity;
  for (let rounds = 0; rounds < 7; rounds += 1) {
    shortMs = Math.min(shortMs, round(short));
    longMs = Math.min(longMs, round(long));
  }
  return { shortMs, longMs };
}

/** Runs every case, prints a table, writes `out`, and returns the runs over the bound. */
export function runHostile(out: string | URL): readonly HostileRun[] {
  console.log(
    `node ${process.version}: ${TIMED.length} calls × ${HOSTILE.length} hostile strings, ${LONG / 1000}k vs ${SHORT / 1000}k characters, bound ${MAX_RATIO}×`,
  );
  const runs: HostileRun[] = [];
  for (const timed of TIMED) {
    for (const [input, make] of HOSTILE) {
      let best = measure(timed, make);
      // A busy machine can spoil one measurement: a ratio over the bound is measured twice more, and the best counts.
      for (let retry = 0; retry < 2 && best.longMs / best.shortMs > MAX_RATIO; retry += 1) {
        const again = measure(timed, make);
        if (again.longMs / again.shortMs < best.longMs / best.shortMs) {
          best = again;
        }
      }
      const run = { call: timed.call, input, ...best, ratio: best.longMs / best.shortMs };
      runs.push(run);
      console.log(
        `${run.ratio.toFixed(1).padStart(6)}×  ${run.shortMs.toFixed(3).padStart(9)} ms → ${run.longMs.toFixed(3).padStart(9)} ms  ${timed.call}  ·  ${input}`,
      );
    }
  }
  const results: HostileResults = { node: process.version, short: SHORT, long: LONG, bound: MAX_RATIO, runs };
  writeFileSync(
    out,
    `${JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value), 2)}\n`,
  );
  console.log(`\nwrote ${String(out)}`);
  const over = runs.filter((run) => run.ratio > MAX_RATIO);
  for (const run of over) {
    console.error(
      `hostile: ${run.call} on "${run.input}" grew ${run.ratio.toFixed(1)}× from ${SHORT / 1000}k to ${LONG / 1000}k characters, over the ${MAX_RATIO}× bound`,
    );
  }
  const worst = runs.reduce((max, run) => Math.max(max, run.ratio), 0);
  console.log(
    over.length === 0
      ? `all ${runs.length} within ${MAX_RATIO}× (worst ${worst.toFixed(1)}×)`
      : `${over.length} of ${runs.length} over ${MAX_RATIO}×`,
  );
  return over;
}
