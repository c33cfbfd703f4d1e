import { describe, expect, it } from 'vitest';
import { HOSTILE, LONG, MAX_RATIO, SHORT, TIMED, type Timed } from './support/timeBounds.js';

/** The fastest time per call over a few rounds, each repeated until it is long enough to measure. */
function perCall(run: () => void): number {
  run();
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    let calls = 0;
    const start = performance.now();
    do {
      run();
      calls += 1;
    } while (performance.now() - start < 10);
    best = Math.min(best, (performance.now() - start) / calls);
  }
  return best;
}

/** The time of a long input over a short one, inputs built before the clock starts. */
function ratio({ prepare, run }: Timed, make: (length: number) => string): number {
  const timed = (input: unknown) => (): void => {
    try {
      run(input as never);
    } catch {
      // Rejecting a hostile string is fine; only the time counts here.
    }
  };
  const short = timed(prepare(make(SHORT)));
  const long = timed(prepare(make(LONG)));
  return perCall(long) / perCall(short);
}

// A ratio, not an absolute time: ten times the input may cost at most twenty times the time.
describe(`time grows at most linearly: ${LONG / 1000}k-character input vs ${SHORT / 1000}k, ratio ≤ ${MAX_RATIO}`, () => {
  it.each(TIMED.map((timed) => [timed.call, timed] as const))('%s', (_call, timed) => {
    const over = HOSTILE.filter(([, make]) => ratio(timed, make) > MAX_RATIO);
    // A busy machine can spoil one measurement, so a ratio over the bound is measured twice more and must stay over.
    const slow = over.filter(([, make]) => ratio(timed, make) > MAX_RATIO && ratio(timed, make) > MAX_RATIO).map(([name]) => name);
    expect(slow).toEqual([]);
  });
});
