import { describe, expect, it } from 'vitest';

import { timexDays } from '../../src/internal/dates/timexDays.js';
import { timexRange } from '../../src/internal/dates/timexRange.js';

/** The range as ISO instants, or undefined. */
const iso = (value: string): readonly [string, string] | undefined => {
  const range = timexRange(value);
  return range === undefined ? undefined : [new Date(range.from).toISOString(), new Date(range.to).toISOString()];
};

describe('timexRange', () => {
  it.each([
    ['a year', '2024', '2024-01-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
    ['a month', '2022-05', '2022-05-01T00:00:00.000Z', '2022-05-31T23:59:59.999Z'],
    ['February of a leap year', '2024-02', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['a day', '2013-09-23', '2013-09-23T00:00:00.000Z', '2013-09-23T23:59:59.999Z'],
    ['a day with a part of day', '2025-10-08TEV', '2025-10-08T00:00:00.000Z', '2025-10-08T23:59:59.999Z'],
    ['a day with a time', '2025-10-09T10:30', '2025-10-09T00:00:00.000Z', '2025-10-09T23:59:59.999Z'],
    ['a quarter', '2025-Q3', '2025-07-01T00:00:00.000Z', '2025-09-30T23:59:59.999Z'],
    ['a half', '2025-H2', '2025-07-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
    ['ISO week 1, which starts in the year before', '2025-W01', '2024-12-30T00:00:00.000Z', '2025-01-05T23:59:59.999Z'],
    ['ISO week 41', '2025-W41', '2025-10-06T00:00:00.000Z', '2025-10-12T23:59:59.999Z'],
    ['ISO week 53 of a year that has one', '2020-W53', '2020-12-28T00:00:00.000Z', '2021-01-03T23:59:59.999Z'],
    ['an interval of months', '2022-01/2022-04', '2022-01-01T00:00:00.000Z', '2022-04-30T23:59:59.999Z'],
    ['an interval of years', '2025/2027', '2025-01-01T00:00:00.000Z', '2027-12-31T23:59:59.999Z'],
    [
      'an interval ending in a part of day',
      '2022-06-28/2022-06-29TMO',
      '2022-06-28T00:00:00.000Z',
      '2022-06-29T23:59:59.999Z',
    ],
  ] as const)('covers all of %s (%s)', (_what, value, from, to) => {
    expect(iso(value)).toEqual([from, to]);
  });

  it.each([
    ['a reference to the past', 'PAST_REF'],
    ['a reference to the present', 'PRESENT_REF'],
    ['a reference to the future', 'FUTURE_REF'],
    ['a duration', 'P30Y'],
    ['a duration of an unstated number', 'PXY'],
    ['a season', '2025-SU'],
    ['a year left open', 'XXXX-09-01'],
    ['a day left open', '2025-10-XX'],
    ['ISO week 53 of a year that has 52', '2025-W53'],
    ['an interval with an open point', '2022/XXXX'],
    ['a value that is not TIMEX3', '09.10.2025'],
    ['a day the calendar lacks', '2025-02-30'],
  ] as const)('places nothing for %s (%s)', (_what, value) => {
    expect(timexRange(value)).toBeUndefined();
  });
});

describe('timexRange and timexDays', () => {
  it.each([
    '2024',
    '2022-05',
    '2013-09-23',
    '2025-10-08TEV',
    '2025-10-09T10:30',
    '2025-Q3',
    '2025-H1',
    '2025-W01',
    '2020-W53',
    '2022-01/2022-04',
    '2025-09-01/2025-10',
    '2022-06-28/2022-06-29TMO',
  ] as const)('agree on the days of %s, which both place', (value) => {
    const days = timexDays(value)!;
    expect(timexRange(value)).toEqual({ from: days.first * 86_400_000, to: (days.last + 1) * 86_400_000 - 1 });
  });
});
