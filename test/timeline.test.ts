import { describe, expect, it } from 'vitest';

import { InvalidDateError, InvalidQueryError, InvalidRecordError, timeline } from '../src/index.js';
import { catchError } from './support/catchError.js';
import { layeredArticle } from './support/layeredArticle.js';
import { LAYERED, PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';

/** An article whose body is `body`, with one stated time expression per word list given. */
const withTimes = (id: string, body: string, times: readonly (readonly [string, string])[]) =>
  layeredArticle({
    id,
    body,
    timeExpressions: times.map(([words, value]) => ({ words, value, basis: 'stated' as const })),
  });

describe('timeline', () => {
  it('lists every time expression that names a date, earliest first, each with its article, span, value and words', () => {
    expect(
      timeline(LAYERED).map((entry) => [entry.firstDay, entry.lastDay, entry.value, entry.article, entry.text]),
    ).toEqual([
      ['1992-04-08', '1992-04-08', '1992-04-08', TRADE.id, '8 أبريل 1992'],
      ['2021-01-01', '2021-12-31', '2021', TRADE.id, 'في عام 2021'],
      ['2022-01-01', '2022-04-30', '2022-01/2022-04', TRADE.id, 'من يناير إلى أبريل 2022'],
      ['2024-01-01', '2024-12-31', '2024', VISIT.id, 'في عام 2024'],
      ['2025-01-01', '2025-12-31', '2025', VISIT.id, 'هذا العام'],
      ['2025-10-08', '2025-10-08', '2025-10-08TEV', VISIT.id, 'مساء أمس الأربعاء'],
    ]);
  });

  it('leaves out durations, and gives each entry the words its span covers', () => {
    const entries = timeline(LAYERED);
    expect(entries.some((entry) => entry.value.startsWith('P'))).toBe(false);
    for (const entry of entries) {
      const article = LAYERED.find((candidate) => candidate.id === entry.article)!;
      expect(entry.kind).toBe('time-expression');
      expect(entry.text).toBe(article[entry.field].slice(entry.start, entry.end));
    }
  });

  it('carries the basis, and the evidence of an inferred value only', () => {
    const inferred = timeline([VISIT]).filter((entry) => entry.basis === 'inferred');
    expect(inferred.map((entry) => [entry.value, entry.evidence])).toEqual([
      ['2025', '2025-10-09'],
      ['2025-10-08TEV', '2025-10-09'],
    ]);
    expect(timeline([TRADE]).every((entry) => !('evidence' in entry))).toBe(true);
  });

  it('puts the longer span first on the same first day, then keeps article order, then text order', () => {
    const first = withTimes('2025-01-01-first', 'في أكتوبر 2025، وفي 2025، ثم في 1 أكتوبر 2025، وفي الخريف.', [
      ['في 1 أكتوبر 2025', '2025-10-01'],
      ['في أكتوبر 2025', '2025-10'],
      ['وفي 2025', '2025'],
      ['وفي الخريف', '2025-FA'],
    ]);
    const second = withTimes('2025-01-02-second', 'أكتوبر 2025 مرة أخرى، وأكتوبر كذلك.', [
      ['أكتوبر 2025', '2025-10'],
      ['وأكتوبر', '2025-10'],
    ]);
    expect(timeline([first, second]).map((entry) => `${entry.article.slice(11)} ${entry.value} ${entry.text}`)).toEqual(
      [
        'first 2025 وفي 2025',
        'first 2025-FA وفي الخريف',
        'first 2025-10 في أكتوبر 2025',
        'second 2025-10 أكتوبر 2025',
        'second 2025-10 وأكتوبر',
        'first 2025-10-01 في 1 أكتوبر 2025',
      ],
    );
  });

  it('leaves out vague references and a day of an unnamed year, and cuts a value at its X', () => {
    const article = withTimes('2025-01-03-vague', 'في الماضي، وفي الأول من سبتمبر، وفي شهر ما من 2025.', [
      ['في الماضي', 'PAST_REF'],
      ['وفي الأول من سبتمبر', 'XXXX-09-01'],
      ['وفي شهر ما من 2025', '2025-XX'],
    ]);
    expect(timeline([article]).map((entry) => [entry.value, entry.firstDay, entry.lastDay])).toEqual([
      ['2025-XX', '2025-01-01', '2025-12-31'],
    ]);
  });

  it.each([
    ['a range inside a year keeps the year', { from: '2021-06-01', to: '2021-06-30' }, ['2021']],
    ['both bounds are inclusive', { from: '2022-04-30', to: '2024-01-01' }, ['2022-01/2022-04', '2024']],
    ['a from bound alone', { from: '2025-10-08' }, ['2025', '2025-10-08TEV']],
    ['a to bound alone', { to: '1999-12-31' }, ['1992-04-08']],
    [
      'a date-time bound, compared with the UTC day',
      { from: '2025-10-08T23:59:59Z', to: '2025-10-09T00:00:00Z' },
      ['2025', '2025-10-08TEV'],
    ],
    ['an instant just after the day', { from: '2025-10-09T00:00:00Z' }, ['2025']],
    [
      'epoch milliseconds and Dates',
      { from: Date.UTC(1992, 3, 8), to: new Date(Date.UTC(1992, 3, 8, 12)) },
      ['1992-04-08'],
    ],
    ['a range that holds nothing', { from: '2000-01-01', to: '2020-12-31' }, []],
  ] as const)('keeps the entries whose days overlap the range: %s', (_name, range, values) => {
    expect(timeline(LAYERED, range).map((entry) => entry.value)).toEqual(values);
  });

  it('orders by date, not by the order of the articles, when no two articles share a span of days', () => {
    expect(timeline([VISIT, TRADE, PLAIN])).toEqual(timeline(LAYERED));
  });

  it('throws InvalidDateError for an unreadable bound or a reversed range', () => {
    expect(() => timeline(LAYERED, { from: '2021-02-30' })).toThrow(InvalidDateError);
    expect(() => timeline(LAYERED, { from: '2023-01-01', to: '2022-01-01' })).toThrow(InvalidDateError);
  });

  it.each([
    ['a layer that is not a list', { timeExpressions: {} }, ['timeExpressions']],
    [
      'a value that is not TIMEX3',
      { timeExpressions: [{ ...VISIT.timeExpressions![0]!, value: '8 October' }] },
      ['timeExpressions', 0, 'value'],
    ],
    [
      'a day the calendar lacks',
      { timeExpressions: [{ ...VISIT.timeExpressions![0]!, value: '2025-02-30' }] },
      ['timeExpressions', 0, 'value'],
    ],
    [
      'an unknown basis',
      { timeExpressions: [{ ...VISIT.timeExpressions![0]!, basis: 'guessed' }] },
      ['timeExpressions', 0, 'basis'],
    ],
    [
      'a span that ends before it starts',
      { timeExpressions: [{ ...VISIT.timeExpressions![0]!, start: 9, end: 3 }] },
      ['timeExpressions', 0],
    ],
    [
      'evidence that is not a string',
      { timeExpressions: [{ ...VISIT.timeExpressions![0]!, evidence: 1 }] },
      ['timeExpressions', 0, 'evidence'],
    ],
  ] as const)('throws InvalidRecordError, naming the path, for %s', (_name, change, path) => {
    const error = catchError(() => timeline([{ ...VISIT, ...change } as never]));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(path);
  });

  it.each([
    ['a list that is not an array', () => timeline(null as never)],
    ['options that are not an object', () => timeline(LAYERED, 'from 2020' as never)],
    ['an unknown option', () => timeline(LAYERED, { since: '2020-01-01' } as never)],
    ['an item that is not an article', () => timeline([42] as never)],
  ] as const)('throws a typed error for %s', (_name, call) => {
    const error = catchError(call);
    expect([InvalidQueryError, InvalidRecordError].some((type) => error instanceof type)).toBe(true);
  });
});
