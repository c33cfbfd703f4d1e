/**
 * The progress line of a long read: drawn on a terminal only, after 10,000
 * records, at most every 100 ms of the clock that `Io` gives, and wiped when
 * done. The clock is the test's, so nothing here depends on the time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { CLOCK_EVERY, formatDuration, Progress, PROGRESS_AFTER, REDRAW_MS } from '../../src/cli/input/progress.js';
import type { Io } from '../../src/cli/io.js';
import { toNdjson } from '../../src/index.js';
import { memorySource, runMain } from '../support/cliIo.js';
import { makeArticle } from '../support/makeArticle.js';

const CLEAR = '\r\u001B[K';

/** A clock that moves `step` ms each time it is read, and counts the reads. */
function steppingClock(step: number): { now: () => number; reads: () => number } {
  let time = 0;
  let reads = 0;
  return {
    now: () => {
      reads += 1;
      time += step;
      return time;
    },
    reads: () => reads,
  };
}

/** An Io whose stderr is kept, with the clock given. */
function fakeIo(stderrIsTerminal: boolean, now: () => number): { io: Io; stderr: () => string } {
  let stderr = '';
  const io: Io = {
    stdout: () => undefined,
    stderr: (chunk) => {
      stderr += chunk;
    },
    stdoutIsTerminal: false,
    columns: undefined,
    noColor: false,
    stderrIsTerminal,
    now,
    stdin: memorySource(new Uint8Array(0)),
  };
  return { io, stderr: () => stderr };
}

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [0.2, '1s'],
    [59, '59s'],
    [60, '1m 00s'],
    [185, '3m 05s'],
    [3_599, '59m 59s'],
    [3_600, '1h 00m'],
    [7_620, '2h 07m'],
  ] as const)('writes %f seconds as %s, rounding up', (seconds, shown) => {
    expect(formatDuration(seconds)).toBe(shown);
  });
});

describe('Progress', () => {
  it(`draws nothing, and never reads the clock, for ${PROGRESS_AFTER} records or fewer`, () => {
    const clock = steppingClock(1_000);
    const { io, stderr } = fakeIo(true, clock.now);
    const progress = new Progress(io, 'x.ndjson');
    const start = clock.reads();
    for (let records = 1; records <= PROGRESS_AFTER; records += 1) {
      progress.update(records, records, undefined);
    }
    progress.status('Checking');
    progress.clear();
    expect(clock.reads()).toBe(start);
    expect(stderr()).toBe('');
  });

  it('draws nothing, and never reads the clock, when stderr is not a terminal', () => {
    const clock = steppingClock(1_000);
    const { io, stderr } = fakeIo(false, clock.now);
    const progress = new Progress(io, 'x.ndjson');
    for (let records = 1; records <= 3 * PROGRESS_AFTER; records += 1) {
      progress.update(records, records, 3 * PROGRESS_AFTER);
    }
    progress.clear();
    expect(clock.reads()).toBe(0);
    expect(stderr()).toBe('');
  });

  it(`redraws at most every ${REDRAW_MS} ms of the clock, and reads it once every ${CLOCK_EVERY} records`, () => {
    // 30 ms a read: after a draw, the fourth read is the first 100 ms later.
    const clock = steppingClock(30);
    const { io, stderr } = fakeIo(true, clock.now);
    const progress = new Progress(io, 'x.ndjson');
    for (let records = 1; records <= 30_000; records += 1) {
      progress.update(records, records, undefined);
    }
    // One read at the start, then one at each thousand above 10,000: 11,000 … 30,000.
    expect(clock.reads()).toBe(1 + 20);
    const drawn = stderr()
      .split(CLEAR)
      .filter((line) => line !== '')
      .map((line) => /: ([\d,]+) records/.exec(line)?.[1]);
    expect(drawn).toEqual(['11,000', '15,000', '19,000', '23,000', '27,000']);
  });

  it('gives the rate by the clock, and the share and ETA by the units done of the total', () => {
    const clock = steppingClock(500);
    const { io, stderr } = fakeIo(true, clock.now);
    const progress = new Progress(io, 'x.ndjson');
    // The clock reads 500 at the start and 1,000 at the update: 11,000 records in half a second.
    progress.update(11_000, 25, 100);
    expect(stderr()).toBe(`${CLEAR}Reading x.ndjson: 11,000 records, 22,000/s, 25%, ETA 2s`);
  });

  it('replaces a drawn line with a status, and wipes it when cleared', () => {
    const { io, stderr } = fakeIo(true, steppingClock(500).now);
    const progress = new Progress(io, '<stdin>');
    progress.update(11_000, 1, undefined);
    progress.status('Checking 11,000 records');
    progress.clear();
    progress.clear();
    expect(stderr()).toBe(`${CLEAR}Reading <stdin>: 11,000 records, 22,000/s${CLEAR}Checking 11,000 records${CLEAR}`);
  });
});

describe('the progress line of --data', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-progress-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  // Small records, with the date's evidence in the body.
  const records = Array.from({ length: 12_000 }, (_, index) =>
    makeArticle({ id: `a-${index}`, publishedAt: '2022-01-01', body: 'نشر في 2022-01-01' }),
  );
  const lines = toNdjson(records);
  const array = path.join(folder, 'records.json');
  writeFileSync(array, JSON.stringify(records));

  it('shows records, rate, share and ETA on a terminal while a JSON array of 12,000 records is read, then wipes it', async () => {
    // 60 ms a read: the start reads 60, the update at 11,000 reads 120 (0.06 s), and 12,000 comes too soon to redraw.
    const terminal = await runMain(['stats', '--format', 'json', '--data', array], {
      stderrIsTerminal: true,
      now: steppingClock(60).now,
    });
    expect(terminal.stderr).toBe(
      `${CLEAR}Reading ${array}: 11,000 records, 183,333/s, 91%, ETA 1s${CLEAR}Checking 12,000 records: ids, references and mention spans…${CLEAR}`,
    );
    const piped = await runMain(['stats', '--format', 'json', '--data', array], { now: steppingClock(60).now });
    expect(piped.stderr).toBe('');
    expect(terminal.stdout).toBe(piped.stdout);
    expect((JSON.parse(piped.stdout) as { articles: number }).articles).toBe(12_000);
  });

  it('draws a bar through the stages of loadCorpus for NDJSON on a terminal, then wipes it', async () => {
    const terminal = await runMain(['topics', '--format', 'json', '--data', '-'], {
      stdin: lines,
      stderrIsTerminal: true,
      now: steppingClock(60).now,
    });
    expect(terminal.status).toBe(0);
    const drawn = terminal.stderr.split(CLEAR);
    expect(drawn[0]).toBe('');
    expect(drawn.at(-1)).toBe('');
    const shown = drawn.slice(1, -1);
    // The size of stdin is unknown while it is read: the amount, without a bar; then a bar per stage.
    expect(shown[0]).toMatch(/^Reading <stdin>: [\d.]+ MB$/);
    expect(shown.some((line) => /^Validating <stdin> \[[█░]{20}\] \d+%, [\d,]+ of 12,000 records/.test(line))).toBe(
      true,
    );
    expect(shown.at(-1)).toMatch(/^Indexing <stdin> \[[█░]{20}\] \d+%, [\d,]+ of 12,000 records/);
    const piped = await runMain(['topics', '--format', 'json', '--data', '-'], {
      stdin: lines,
      now: steppingClock(60).now,
    });
    expect(piped.stderr).toBe('');
    expect(terminal.stdout).toBe(piped.stdout);
  });

  it('draws the share of the bytes read for an NDJSON file, whose size is known', async () => {
    const file = path.join(folder, 'records.ndjson');
    writeFileSync(file, lines);
    const { stderr, status } = await runMain(['topics', '--data', file], {
      stderrIsTerminal: true,
      now: steppingClock(60).now,
    });
    expect(status).toBe(0);
    const [first] = stderr.split(CLEAR).filter((line) => line !== '');
    const megabytes = (Buffer.byteLength(lines) / 1e6).toFixed(1);
    expect(first).toMatch(
      new RegExp(`^Reading ${file.replaceAll(/[\\/.]/g, '\\$&')} \\[[█░]{20}\\] \\d+%, [\\d.]+ of ${megabytes} MB`),
    );
  });

  it('shows nothing for a load shorter than the delay, even on a terminal', async () => {
    const { stderr, status } = await runMain(['topics', '--data', '-'], {
      stdin: lines,
      stderrIsTerminal: true,
      now: () => 0,
    });
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('wipes the bar before it reports a bad record', async () => {
    const bad = `${lines}${JSON.stringify({ ...records[0], id: 'bad', publishedAt: 'soon' })}\n`;
    const { stdout, stderr, status } = await runMain(['topics', '--data', '-'], {
      stdin: bad,
      stderrIsTerminal: true,
      now: steppingClock(60).now,
    });
    expect(stdout).toBe('');
    expect(status).toBe(1);
    const parts = stderr.split(CLEAR);
    expect(parts[0]).toBe('');
    expect(parts.slice(1, -1).every((line) => /^(Reading|Validating) <stdin>/.test(line))).toBe(true);
    expect(parts.at(-1)).toMatch(/^ru-tj-news: <stdin>:12001: Invalid record at articles\[12000\]\.publishedAt:\n/);
  });
});
