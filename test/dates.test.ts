import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { publishedEnd, publishedStart } from '../src/internal/dates/parse.js';
import { runs } from './support/propertyRuns.js';

/** The first and last millisecond a `publishedAt` covers. */
function publishedInterval(value: unknown): [number, number] {
  const start = publishedStart(value);
  return [start, Number.isNaN(start) ? Number.NaN : publishedEnd(value as string, start)];
}

describe('publishedStart and publishedEnd', () => {
  const table = [
    ['a day', '2022-12-31', [Date.UTC(2022, 11, 31), Date.UTC(2023, 0, 1) - 1]],
    ['a leap day', '2024-02-29', [Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1) - 1]],
    ['an instant', '2025-10-09T10:51:00Z', [Date.UTC(2025, 9, 9, 10, 51), Date.UTC(2025, 9, 9, 10, 51)]],
    ['a day before 1970', '1969-07-20', [Date.UTC(1969, 6, 20), Date.UTC(1969, 6, 21) - 1]],
  ] as const;

  it.each(table)('reads %s', (_name, value, expected) => {
    expect(publishedInterval(value)).toEqual(expected);
  });

  it.each([
    '2023-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-01-32',
    '2022-1-01',
    '2022-01-01T24:00:00Z',
    '2022-01-01T10:60:00Z',
    '2022-01-01T10:00:00',
    '2022-01-01T10:00:00+03:00',
    '２０２２-01-01',
    '',
    20220101,
  ])('rejects %j', (value) => {
    expect(publishedInterval(value)[0]).toBeNaN();
  });

  it('agrees with Date.parse on every valid day and instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(2400, 0, 1) }),
        fc.boolean(),
        (ms, withTime) => {
          const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
          const value = withTime ? iso.replace('.000Z', 'Z') : iso.slice(0, 10);
          const start = Date.parse(withTime ? value : `${value}T00:00:00Z`);
          expect(publishedInterval(value)).toEqual([start, withTime ? start : start + 86_399_999]);
        },
      ),
      runs('publishedInterval agrees with Date.parse on every valid day and instant'),
    );
  });
});
