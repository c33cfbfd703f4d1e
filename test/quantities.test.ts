import { describe, expect, it } from 'vitest';

import { InvalidQueryError, InvalidRecordError, quantities } from '../src/index.js';
import { MEASURES } from '../src/internal/args/vocabulary.js';
import { catchError } from './support/catchError.js';
import { layeredArticle } from './support/layeredArticle.js';
import { LAYERED, PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';

describe('quantities', () => {
  it('lists every amount in article order, then text order, each the record’s quantity with its article and words', () => {
    const entries = quantities(LAYERED);
    expect(entries.map((entry) => [entry.article, entry.text, entry.value, entry.unit])).toEqual([
      [TRADE.id, 'أكثر من 1.2 مليار دولار', 1_200_000_000, 'USD'],
      [TRADE.id, '15.7 بالمائة', 15.7, 'percent'],
      [VISIT.id, '16 اتفاقية', 16, 'count'],
      [VISIT.id, 'حوالي 1.5 مليار دولار', 1_500_000_000, 'USD'],
      [VISIT.id, '200 مليون روبل', 200_000_000, 'RUB'],
    ]);
    const records = LAYERED.flatMap((article) => (article.quantities ?? []).map((quantity) => ({ article, quantity })));
    entries.forEach((entry, at) => {
      const { article, quantity } = records[at]!;
      expect(entry).toEqual({
        article: article.id,
        text: article[quantity.field].slice(quantity.start, quantity.end),
        ...quantity,
      });
    });
  });

  it('sorts an article’s amounts by their spans, whatever the record’s order', () => {
    const shuffled = layeredArticle({
      id: '2022-01-01-shuffled',
      body: 'وقع 3 اتفاقيات، ثم 5 اتفاقيات.',
      sortLayers: false,
      quantities: [
        { words: '5 اتفاقيات', value: 5, unit: 'count', measure: 'agreements' },
        { words: '3 اتفاقيات', value: 3, unit: 'count', measure: 'agreements' },
      ],
    });
    expect(quantities([shuffled]).map((entry) => entry.value)).toEqual([3, 5]);
  });

  it.each([
    ['a measure', { measure: 'trade-volume' }, ['أكثر من 1.2 مليار دولار', 'حوالي 1.5 مليار دولار']],
    ['a currency', { unit: 'USD' }, ['أكثر من 1.2 مليار دولار', 'حوالي 1.5 مليار دولار']],
    ['percent', { unit: 'percent' }, ['15.7 بالمائة']],
    ['count', { unit: 'count' }, ['16 اتفاقية']],
    ['a measure and a unit together', { measure: 'investment-stock', unit: 'RUB' }, ['200 مليون روبل']],
    ['a measure and a unit no amount has together', { measure: 'trade-growth', unit: 'USD' }, []],
    ['a measure of the vocabulary that no amount has', { measure: 'students' }, []],
    ['a currency no amount is in', { unit: 'EUR' }, []],
  ] as const)('keeps the amounts of %s', (_name, options, texts) => {
    expect(quantities(LAYERED, options).map((entry) => entry.text)).toEqual(texts);
  });

  it('gives nothing for an article without the layer', () => {
    expect(quantities([PLAIN])).toEqual([]);
  });

  it.each([
    [
      'a measure outside the vocabulary, with the nearest id',
      { measure: 'trade-volum' },
      /^Invalid measure "trade-volum": expected one of .* Did you mean "trade-volume"\?$/,
    ],
    ['a unit in lower case, with the code in upper case', { unit: 'usd' }, /Did you mean "USD"\?$/],
    [
      'a unit that is no code',
      { unit: 'dollars' },
      /^Invalid unit "dollars": expected "percent", "count" or an ISO 4217 currency code such as "USD".$/,
    ],
    ['a measure that is not a string', { measure: 7 }, /^Invalid measure 7: expected one of /],
    ['an unknown option', { currency: 'USD' }, /^Unknown option "currency" in the quantities options/],
  ] as const)('throws InvalidQueryError for %s', (_name, options, message) => {
    const error = catchError(() => quantities(LAYERED, options as never));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(message);
  });

  it('names every measure of the vocabulary when it refuses one', () => {
    const { message } = catchError(() => quantities(LAYERED, { measure: 'growth' as never })) as Error;
    expect(MEASURES.every((measure) => message.includes(measure))).toBe(true);
  });

  it.each([
    ['a layer that is not a list', { quantities: 'many' }, ['quantities']],
    [
      'a value that is not a number',
      { quantities: [{ ...VISIT.quantities![0]!, value: '16' }] },
      ['quantities', 0, 'value'],
    ],
    ['a negative value', { quantities: [{ ...VISIT.quantities![0]!, value: -1 }] }, ['quantities', 0, 'value']],
    ['an unknown unit', { quantities: [{ ...VISIT.quantities![0]!, unit: 'dollar' }] }, ['quantities', 0, 'unit']],
    [
      'an unknown measure',
      { quantities: [{ ...VISIT.quantities![0]!, measure: 'deals' }] },
      ['quantities', 0, 'measure'],
    ],
    [
      'an unknown comparator',
      { quantities: [{ ...VISIT.quantities![0]!, comparator: 'nearly' }] },
      ['quantities', 0, 'comparator'],
    ],
    [
      'a period that is not TIMEX3',
      { quantities: [{ ...VISIT.quantities![0]!, period: 'this year' }] },
      ['quantities', 0, 'period'],
    ],
    [
      'a span past the end of its field',
      { quantities: [{ ...VISIT.quantities![0]!, end: 10_000 }] },
      ['quantities', 0],
    ],
  ] as const)('throws InvalidRecordError, naming the path, for %s', (_name, change, path) => {
    const error = catchError(() => quantities([{ ...VISIT, ...change } as never]));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(path);
  });

  it('names a period that is not TIMEX3 in its error', () => {
    const change = { quantities: [{ ...VISIT.quantities![0]!, period: 'this year' }] };
    const { message } = catchError(() => quantities([{ ...VISIT, ...change }])) as Error;
    expect(message).toMatch(/, got "this year"$/);
  });
});
