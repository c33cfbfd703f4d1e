/**
 * The progress bar of an NDJSON --data, drawn from loadCorpus's onProgress: on a terminal
 * only, after a delay, at most every REDRAW_MS (and at each new stage), and wiped when done.
 * The clock is the test's, so nothing here depends on the time.
 */
import { describe, expect, it } from 'vitest';

import { BAR_AFTER_MS, formatMegabytes, ProgressBar, REDRAW_MS } from '../../src/cli/input/progressBar.js';
import type { Io } from '../../src/cli/io.js';
import type { CorpusProgress } from '../../src/index.js';
import { memorySource } from '../support/cliIo.js';

const CLEAR = '\r\u001B[K';

/** An Io whose stderr is kept, with a clock the test sets. */
function fakeIo(stderrIsTerminal: boolean): {
  io: Io;
  stderr: () => string;
  at: (ms: number) => void;
  reads: () => number;
} {
  let stderr = '';
  let time = 0;
  let reads = 0;
  const io: Io = {
    stdout: () => undefined,
    stderr: (chunk) => {
      stderr += chunk;
    },
    stdoutIsTerminal: false,
    columns: undefined,
    noColor: false,
    stderrIsTerminal,
    now: () => {
      reads += 1;
      return time;
    },
    stdin: memorySource(new Uint8Array(0)),
  };
  return {
    io,
    stderr: () => stderr,
    at: (ms) => {
      time = ms;
    },
    reads: () => reads,
  };
}

/** The lines drawn, without the clearing codes. */
const drawn = (stderr: string): string[] => stderr.split(CLEAR).filter((line) => line !== '');

describe('formatMegabytes', () => {
  it.each([
    [0, '0.0 MB'],
    [49_999, '0.0 MB'],
    [1_250_000, '1.3 MB'],
    [1_256_000_000, '1,256.0 MB'],
  ] as const)('writes %i bytes as %s', (bytes, shown) => {
    expect(formatMegabytes(bytes)).toBe(shown);
  });
});

describe('ProgressBar', () => {
  it('draws nothing, and never reads the clock, when stderr is not a terminal', () => {
    const fake = fakeIo(false);
    const bar = new ProgressBar(fake.io, 'x.ndjson', 100);
    fake.at(10_000);
    bar.update({ stage: 'read', done: 50, total: 100 });
    bar.clear();
    expect(fake.reads()).toBe(0);
    expect(fake.stderr()).toBe('');
  });

  it(`draws nothing before ${BAR_AFTER_MS} ms`, () => {
    const fake = fakeIo(true);
    const bar = new ProgressBar(fake.io, 'x.ndjson', 100);
    fake.at(BAR_AFTER_MS - 1);
    bar.update({ stage: 'read', done: 50, total: 100 });
    bar.clear();
    expect(fake.stderr()).toBe('');
  });

  const lines = [
    [
      { stage: 'read', done: 250_000_000, total: 1_000_000_000 },
      'Reading x.ndjson [█████░░░░░░░░░░░░░░░] 25%, 250.0 of 1,000.0 MB, ETA 3s',
    ],
    [{ stage: 'read', done: 3_000_000, total: undefined }, 'Reading x.ndjson: 3.0 MB'],
    [
      { stage: 'validate', done: 500, total: 1000 },
      'Validating x.ndjson [██████████░░░░░░░░░░] 50%, 500 of 1,000 records, ETA 1s',
    ],
    [
      { stage: 'index', done: 1000, total: 1000 },
      'Indexing x.ndjson [████████████████████] 100%, 1,000 of 1,000 records',
    ],
    [{ stage: 'index', done: 0, total: 0 }, 'Indexing x.ndjson [████████████████████] 100%, 0 of 0 records'],
  ] as const satisfies readonly (readonly [CorpusProgress, string])[];

  it.each(lines)('draws %o, one second into its stage, as %s', (progress, line) => {
    const fake = fakeIo(true);
    const bar = new ProgressBar(fake.io, 'x.ndjson', undefined);
    // The stage starts at 1 s (after the delay), and the report comes a second later.
    fake.at(1_000);
    bar.update({ ...progress, done: 0 });
    fake.at(2_000);
    bar.update(progress);
    expect(drawn(fake.stderr()).at(-1)).toBe(line);
  });

  it("takes the file's size for the reading stage when the report has none", () => {
    const fake = fakeIo(true);
    const bar = new ProgressBar(fake.io, 'x.ndjson', 2_000_000);
    fake.at(1_000);
    bar.update({ stage: 'read', done: 1_000_000, total: undefined });
    expect(drawn(fake.stderr())).toEqual(['Reading x.ndjson [██████████░░░░░░░░░░] 50%, 1.0 of 2.0 MB']);
  });

  it(`redraws at most every ${REDRAW_MS} ms within a stage, and at once for a new stage, then wipes the line`, () => {
    const fake = fakeIo(true);
    const bar = new ProgressBar(fake.io, 'x.ndjson', undefined);
    const reports = [
      [300, { stage: 'validate', done: 1, total: 10 }],
      [350, { stage: 'validate', done: 2, total: 10 }],
      [399, { stage: 'validate', done: 3, total: 10 }],
      [400, { stage: 'validate', done: 4, total: 10 }],
      [401, { stage: 'index', done: 0, total: 10 }],
      [402, { stage: 'index', done: 10, total: 10 }],
    ] as const;
    for (const [time, progress] of reports) {
      fake.at(time);
      bar.update(progress);
    }
    bar.clear();
    bar.clear();
    const shown = drawn(fake.stderr()).map((line) => /(\d+) of 10/.exec(line)?.[1]);
    expect(shown).toEqual(['1', '4', '0']);
    expect(fake.stderr().endsWith(CLEAR)).toBe(true);
    expect(fake.stderr().split(CLEAR)).toHaveLength(5);
  });
});
