import { parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { InvalidDateError } from '../src/errors.js';
import { parseBound, parseRange, publishedEnd, publishedStart } from '../src/internal/dates/parse.js';
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

/** A string bound as parseBound read it with date-fns's parseISO (before #16's size fix), or NaN where it threw. */
function parseIsoReference(value: string, edge: 'from' | 'to'): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const local = parseISO(value); // local midnight; an impossible day is an Invalid Date
    const start = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
    const day = new Date(start).setUTCFullYear(local.getFullYear()); // Date.UTC maps years 0–99 to 1900–1999
    return edge === 'from' ? day : day + 86_399_999;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    return parseISO(value).getTime();
  }
  return NaN;
}

/** parseBound's reading of `value`, or NaN where it throws an InvalidDateError. */
function boundOrNaN(value: unknown, edge: 'from' | 'to'): number {
  try {
    return parseBound(value, edge);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDateError);
    return NaN;
  }
}

describe('parseBound', () => {
  const table = [
    ['a day, from its first millisecond', '2022-06-29', 'from', Date.UTC(2022, 5, 29)],
    ['a day, to its last millisecond', '2022-06-29', 'to', Date.UTC(2022, 5, 30) - 1],
    ['a leap day', '2024-02-29', 'from', Date.UTC(2024, 1, 29)],
    ['a day of the year 0', '0000-01-01', 'from', new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(0)],
    ['an instant in UTC', '2025-10-09T10:51:00Z', 'to', Date.UTC(2025, 9, 9, 10, 51)],
    ['an instant without seconds', '2025-10-09T10:51Z', 'from', Date.UTC(2025, 9, 9, 10, 51)],
    ['an instant with an offset', '2025-10-09T13:51:00+03:00', 'from', Date.UTC(2025, 9, 9, 10, 51)],
    ['an offset without a colon', '2025-10-09T05:21:00-0530', 'from', Date.UTC(2025, 9, 9, 10, 51)],
    [
      'a fraction of a second, to the millisecond',
      '2025-10-09T10:51:00.123456Z',
      'from',
      Date.UTC(2025, 9, 9, 10, 51, 0, 123),
    ],
    ['24:00 as the next midnight', '2025-10-09T24:00:00Z', 'from', Date.UTC(2025, 9, 10)],
    [
      'an offset of more than a day',
      '2025-10-09T10:51:00+99:00',
      'from',
      Date.UTC(2025, 9, 9, 10, 51) - 99 * 3_600_000,
    ],
    ['epoch milliseconds, as given', 1.5, 'from', 1.5],
    ['a Date', new Date(Date.UTC(2022, 5, 29, 12)), 'to', Date.UTC(2022, 5, 29, 12)],
  ] as const;

  it.each(table)('reads %s', (_name, value, edge, expected) => {
    expect(parseBound(value, edge)).toBe(expected);
  });

  it.each([
    '2023-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-01-00',
    '2022-01-32',
    '2022-1-01',
    '2022-01-01T24:00:01Z',
    '2022-01-01T25:00:00Z',
    '2022-01-01T10:60:00Z',
    '2022-01-01T10:00:60Z',
    '2022-01-01T10:00:00+03:60',
    '2022-01-01T10:00:00',
    '2022-01-01T10:00:00+3',
    '2022-01-01 10:00:00Z',
    '2022-01-01T10:00:00.1234567891Z',
    '２０２２-01-01',
    '',
    Number.NaN,
    8.64e15 + 1,
    Number.POSITIVE_INFINITY,
    new Date(Number.NaN),
    null,
  ])('rejects %j, naming it and the forms expected', (value) => {
    expect(() => parseBound(value, 'from')).toThrow(InvalidDateError);
    expect(() => parseBound(value, 'from')).toThrow(
      /^Invalid from date .+: expected a Date, epoch milliseconds, or an ISO string/,
    );
  });

  it('reads every ISO-shaped string as parseISO did, impossible days and times included', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((value) => String(value).padStart(2, '0'));
    const isoShaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((value) => String(value).padStart(4, '0')),
        two,
        two,
        fc.option(
          fc.tuple(
            two,
            two,
            fc.option(fc.tuple(two, fc.option(fc.stringMatching(/^\.\d{1,9}$/), { nil: '' })), { nil: undefined }),
            fc.oneof(
              fc.constant('Z'),
              fc.tuple(fc.constantFrom('+', '-'), two, fc.constantFrom(':', ''), two).map((parts) => parts.join('')),
            ),
          ),
          { nil: undefined },
        ),
      )
      .map(([year, month, day, time]) => {
        const date = `${year}-${month}-${day}`;
        if (time === undefined) {
          return date;
        }
        const [hours, minutes, seconds, zone] = time;
        return `${date}T${hours}:${minutes}${seconds === undefined ? '' : `:${seconds[0]}${seconds[1]}`}${zone}`;
      });
    fc.assert(
      fc.property(isoShaped, fc.constantFrom('from', 'to'), (value, edge) => {
        expect(boundOrNaN(value, edge)).toBe(parseIsoReference(value, edge));
      }),
      runs('parseBound reads every ISO-shaped string as parseISO did'),
    );
  });
});

describe('parseRange', () => {
  it('compares its ends to the millisecond, as Dates do', () => {
    expect(parseRange(1.7, 1.2)).toEqual({ from: 1.7, to: 1.2 });
    expect(() => parseRange(2, 1)).toThrow(InvalidDateError);
  });

  it('leaves an end open when it is not given', () => {
    expect(parseRange(undefined, undefined)).toEqual({ from: -Infinity, to: Infinity });
  });
});
