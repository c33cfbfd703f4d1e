import { describe, expect, it } from 'vitest';

import { timexProblem } from '../../src/internal/dates/timex.js';
import { dayLabel, timexDays } from '../../src/internal/dates/timexDays.js';

/** The days of a value as labels, for reading the table below. */
const days = (value: string): [string, string] | undefined => {
  const span = timexDays(value);
  return span === undefined ? undefined : [dayLabel(span.first), dayLabel(span.last)];
};

describe('timexDays', () => {
  it.each([
    ['a year', '2024', ['2024-01-01', '2024-12-31']],
    ['a month of 31 days', '2022-05', ['2022-05-01', '2022-05-31']],
    ['February of a leap year', '2024-02', ['2024-02-01', '2024-02-29']],
    ['February of a year that is not', '2100-02', ['2100-02-01', '2100-02-28']],
    ['a day', '2013-09-23', ['2013-09-23', '2013-09-23']],
    ['a part of day, on its day', '2025-10-08TEV', ['2025-10-08', '2025-10-08']],
    ['a time, on its day', '2025-10-09T10:30', ['2025-10-09', '2025-10-09']],
    ['a first quarter', '2025-Q1', ['2025-01-01', '2025-03-31']],
    ['a last quarter', '2025-Q4', ['2025-10-01', '2025-12-31']],
    ['a first half', '2025-H1', ['2025-01-01', '2025-06-30']],
    ['a second half', '2025-H2', ['2025-07-01', '2025-12-31']],
    ['a spring', '2025-SP', ['2025-03-01', '2025-05-31']],
    ['a summer', '2025-SU', ['2025-06-01', '2025-08-31']],
    ['an autumn', '2025-FA', ['2025-09-01', '2025-11-30']],
    ['a winter, into February of the next (leap) year', '2023-WI', ['2023-12-01', '2024-02-29']],
    ['ISO week 1, which can start in the year before', '2025-W01', ['2024-12-30', '2025-01-05']],
    ['ISO week 41', '2025-W41', ['2025-10-06', '2025-10-12']],
    ['week 53 of a year that has one', '2020-W53', ['2020-12-28', '2021-01-03']],
    ['an interval of months', '2022-01/2022-04', ['2022-01-01', '2022-04-30']],
    ['an interval of years', '2025/2027', ['2025-01-01', '2027-12-31']],
    ['an interval from a day to a month', '2025-09-01/2025-10', ['2025-09-01', '2025-10-31']],
    ['a month of XX, cut to its year', '2025-XX-01', ['2025-01-01', '2025-12-31']],
    ['a day of XX, cut to its month', '2022-05-XX', ['2022-05-01', '2022-05-31']],
    ['a year before 1000', '0999', ['0999-01-01', '0999-12-31']],
  ] as const)('places %s (%s) on its days', (_name, value, expected) => {
    expect(timexProblem(value)).toBeUndefined();
    expect(days(value)).toEqual(expected);
  });

  it.each([
    ['a duration', 'P30Y'],
    ['a duration of an unstated number', 'PXY'],
    ['a duration of hours', 'PT2H'],
    ['a past reference', 'PAST_REF'],
    ['a present reference', 'PRESENT_REF'],
    ['a future reference', 'FUTURE_REF'],
    ['a day of an unnamed year', 'XXXX-09-01'],
    ['a year with an open digit', '202X'],
    ['an interval with an unnamed year', 'XXXX-01/2022-04'],
  ] as const)('gives no days for %s (%s)', (_name, value) => {
    expect(timexProblem(value)).toBeUndefined();
    expect(timexDays(value)).toBeUndefined();
  });

  it('agrees with Date on every day of the years around a leap day', () => {
    for (const year of [1999, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        const label = `${year}-${String(month).padStart(2, '0')}`;
        const span = timexDays(label)!;
        expect(span.first * 86_400_000).toBe(Date.UTC(year, month - 1, 1));
        expect((span.last + 1) * 86_400_000).toBe(Date.UTC(year, month, 1));
      }
    }
  });
});
