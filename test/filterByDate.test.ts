import { describe, expect, it } from 'vitest';

import {
  articles,
  filterByDate,
  type FilterByDateOptions,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
} from '../src/index.js';
import { makeArticle } from './support/makeArticle.js';

const list = [
  makeArticle({ id: 'day-2022-12-30', publishedAt: '2022-12-30' }),
  makeArticle({ id: 'day-2022-12-31', publishedAt: '2022-12-31' }),
  makeArticle({ id: 'late-2022-12-31', publishedAt: '2022-12-31T23:00:00Z' }),
  makeArticle({ id: 'early-2023-01-01', publishedAt: '2023-01-01T00:00:00Z' }),
  makeArticle({ id: 'day-2023-01-01', publishedAt: '2023-01-01' }),
];

const ids = (options: FilterByDateOptions): string[] => filterByDate(list, options).map((article) => article.id);

describe('filterByDate', () => {
  const table = [
    [
      'keeps everything without bounds',
      {},
      ['day-2022-12-30', 'day-2022-12-31', 'late-2022-12-31', 'early-2023-01-01', 'day-2023-01-01'],
    ],
    [
      'includes the whole day of a date-only upper bound',
      { to: '2022-12-31' },
      ['day-2022-12-30', 'day-2022-12-31', 'late-2022-12-31'],
    ],
    [
      'includes the whole day of a date-only lower bound',
      { from: '2022-12-31' },
      ['day-2022-12-31', 'late-2022-12-31', 'early-2023-01-01', 'day-2023-01-01'],
    ],
    [
      'treats a one-day range as that whole day',
      { from: '2023-01-01', to: '2023-01-01' },
      ['early-2023-01-01', 'day-2023-01-01'],
    ],
    [
      'keeps a day-precision article whose day overlaps an instant range',
      { from: '2022-12-31T12:00:00Z', to: '2022-12-31T12:00:00Z' },
      ['day-2022-12-31'],
    ],
    [
      'is inclusive at an instant upper bound',
      { to: '2022-12-31T23:00:00Z' },
      ['day-2022-12-30', 'day-2022-12-31', 'late-2022-12-31'],
    ],
    [
      'is exclusive a millisecond before an instant',
      { to: '2022-12-31T22:59:59.999Z' },
      ['day-2022-12-30', 'day-2022-12-31'],
    ],
    [
      'reads UTC offsets',
      { from: '2023-01-01T02:00:00+03:00' },
      ['day-2022-12-31', 'late-2022-12-31', 'early-2023-01-01', 'day-2023-01-01'],
    ],
    ['reads a Date', { from: new Date('2023-01-01T00:00:00Z') }, ['early-2023-01-01', 'day-2023-01-01']],
    ['reads epoch milliseconds', { to: Date.UTC(2022, 11, 30, 5) }, ['day-2022-12-30']],
    ['treats an undefined bound as open', { from: undefined, to: '2022-12-30' }, ['day-2022-12-30']],
    ['returns nothing for a range with no articles', { from: '2030-01-01' }, []],
  ] as const satisfies readonly (readonly [string, FilterByDateOptions, readonly string[]])[];

  it.each(table)('%s', (_name, options, expected) => {
    expect(ids(options)).toEqual(expected);
  });

  it('filters the shipped articles by year', () => {
    expect(
      filterByDate(articles, { from: '2022-01-01', to: '2022-12-31' }).map((article) => article.publishedAt),
    ).toEqual(['2022-06-29', '2022-09-14']);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [...list];
    const result = filterByDate(input, {});
    expect(result).not.toBe(input);
    expect(input).toEqual(list);
  });

  const invalid = [
    ['an unparseable string', { from: 'garbage' }, '"garbage"'],
    ['an invalid Date', { from: new Date('x') }, 'Invalid Date'],
    ['NaN', { to: Number.NaN }, 'NaN'],
    ['Infinity', { to: Number.POSITIVE_INFINITY }, 'Infinity'],
    ['an impossible day', { from: '2022-02-30' }, '"2022-02-30"'],
    ['a time without an offset, which would depend on the machine', { from: '2022-02-01T10:00' }, '"2022-02-01T10:00"'],
    ['a bare year', { from: '2022' }, '"2022"'],
    ['a non-ISO format', { from: '29/06/2022' }, '"29/06/2022"'],
    ['a boolean', { from: true as unknown as string }, 'true'],
    ['from later than to', { from: '2023-01-01', to: '2022-12-31' }, 'later than to'],
  ] as const;

  it.each(invalid)('throws InvalidDateError for %s, naming the value', (_name, options, shown) => {
    expect(() => filterByDate(list, options as FilterByDateOptions)).toThrow(InvalidDateError);
    expect(() => filterByDate(list, options as FilterByDateOptions)).toThrow(shown);
  });

  it('throws InvalidQueryError for a misspelt option, suggesting the right one', () => {
    expect(() => filterByDate(list, { form: '2022-01-01' } as FilterByDateOptions)).toThrow(InvalidQueryError);
    expect(() => filterByDate(list, { form: '2022-01-01' } as FilterByDateOptions)).toThrow('Did you mean "from"?');
  });

  it('throws InvalidQueryError when the list is not an array', () => {
    expect(() => filterByDate('articles' as unknown as [], {})).toThrow(InvalidQueryError);
  });

  it('throws InvalidRecordError, with the index, for a malformed publishedAt', () => {
    const bad = [list[0]!, { ...list[1]!, publishedAt: '31.12.2022' }];
    expect(() => filterByDate(bad, {})).toThrow(InvalidRecordError);
    expect(() => filterByDate(bad, {})).toThrow('articles[1].publishedAt');
  });
});
