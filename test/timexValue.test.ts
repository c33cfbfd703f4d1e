import { describe, expect, it } from 'vitest';

import {
  articles,
  ArticleSchema,
  QuantitySchema,
  QuotationSchema,
  TimeExpressionSchema,
  TimexValueSchema,
} from '../src/index.js';
import { timexProblem } from '../src/internal/dates/timex.js';

const ACCEPTED = [
  '2024',
  '2022-05',
  '2013-09-23',
  '2024-02-29',
  '2025-10-08TEV',
  '2025-10-08TMO',
  '2025-10-09T10:30',
  '2025-SU',
  '2025-Q3',
  '2025-H2',
  '2025-W41',
  'XXXX-WXX',
  '2020-W53',
  '2026-W53',
  '2015-W53',
  'XXXX-09-01',
  '2022-01/2022-04',
  '2025/2027',
  '1992-04-08/2022-09-14',
  'P30Y',
  'P1Y6M',
  'P2W',
  'PT2H',
  'PXY',
  'P1.5Y',
  'PAST_REF',
  'PRESENT_REF',
  'FUTURE_REF',
] as const;

const REFUSED = [
  ['', 'a TIMEX3 value'],
  ['24', 'a TIMEX3 value'],
  ['2025-13', 'a TIMEX3 value'],
  ['2025-10-32', 'a TIMEX3 value'],
  ['2025-02-30', 'a day the calendar has, got "2025-02-30"'],
  ['2023-02-29', 'a day the calendar has'],
  ['2025-W53', 'a week the calendar has (2025 has 52 ISO weeks), got "2025-W53"'],
  ['2021-W53/2022-W02', 'a week the calendar has (2021 has 52 ISO weeks)'],
  ['2022-04/2022-01', 'does not end before it starts'],
  ['2025-10-08TXX', 'a TIMEX3 value'],
  ['2024TEV', 'a TIMEX3 value'],
  ['P', 'a TIMEX3 value'],
  ['P30', 'a TIMEX3 value'],
  ['NOW_REF', 'a TIMEX3 value'],
  ['2024/P1Y', 'a TIMEX3 value'],
  [' 2024', 'a TIMEX3 value'],
] as const;

describe('TIMEX3 values', () => {
  it.each(ACCEPTED)('accepts %s', (value) => {
    expect(timexProblem(value)).toBeUndefined();
    expect(TimexValueSchema.safeParse(value).success).toBe(true);
  });

  it.each(REFUSED)('refuses %j, saying what was expected', (value, expected) => {
    expect(timexProblem(value)).toContain(expected);
    expect(TimexValueSchema.safeParse(value).error?.issues[0]?.message).toContain(expected);
  });

  it.each(REFUSED)('names the refused value %j, or its bad point, in its message, once', (value) => {
    const message = timexProblem(value) ?? '';
    const named = [value, ...value.split('/')].filter((part) => message.endsWith(`, got ${JSON.stringify(part)}`));
    expect(named.length).toBeGreaterThan(0);
    expect(message.split(', got ').length).toBe(2);
  });

  it('accepts a week 53 exactly in the years whose 28 December, always in the last ISO week, falls in week 53', () => {
    const lastWeek = (year: number): number => {
      const december28 = Date.UTC(year, 11, 28);
      const weekday = (new Date(december28).getUTCDay() + 6) % 7;
      const thursday = december28 + (3 - weekday) * 86_400_000;
      const january1 = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
      return Math.floor((thursday - january1) / 86_400_000 / 7) + 1;
    };
    const years = Array.from({ length: 400 }, (_, offset) => 1800 + offset);
    expect(years.filter((year) => timexProblem(`${year}-W53`) === undefined)).toEqual(
      years.filter((year) => lastWeek(year) === 53),
    );
  });

  it('refuses a value that is not a string', () => {
    expect(timexProblem(2024)).toContain('Expected a TIMEX3 value');
    expect(TimexValueSchema.safeParse(2024).success).toBe(false);
  });
});

describe('the layer schemas', () => {
  it('ties evidence to an inferred time expression, and only to one', () => {
    const span = { field: 'body', start: 0, end: 4 } as const;
    expect(TimeExpressionSchema.safeParse({ ...span, value: '2024', basis: 'stated' }).success).toBe(true);
    expect(
      TimeExpressionSchema.safeParse({ ...span, value: '2024', basis: 'inferred', evidence: 'العام الماضي' }).success,
    ).toBe(true);
    expect(
      TimeExpressionSchema.safeParse({ ...span, value: '2024', basis: 'inferred' }).error?.issues[0]?.path,
    ).toEqual(['evidence']);
    expect(
      TimeExpressionSchema.safeParse({ ...span, value: '2024', basis: 'stated', evidence: 'عام 2024' }).success,
    ).toBe(false);
  });

  it('refuses a span that ends where it starts', () => {
    expect(
      TimeExpressionSchema.safeParse({ field: 'body', start: 4, end: 4, value: '2024', basis: 'stated' }).error
        ?.issues[0]?.message,
    ).toBe('Expected end to be greater than start');
  });

  const quantity = { field: 'body', start: 0, end: 4, value: 80, unit: 'count', measure: 'agreements' } as const;
  const QUANTITIES = [
    [{}, true],
    [{ unit: 'USD', measure: 'trade-volume', value: 1.2e9 }, true],
    [{ unit: 'percent', comparator: 'more-than' }, true],
    [{ period: '2022-01/2022-04' }, true],
    [{ subject: 'tajikistan' }, true],
    [{ unit: 'usd' }, false],
    [{ unit: 'dollars' }, false],
    [{ value: -1 }, false],
    [{ value: Number.POSITIVE_INFINITY }, false],
    [{ comparator: 'roughly' }, false],
    [{ measure: 'weather' }, false],
    [{ period: '2022-13' }, false],
    [{ subject: 'Tajikistan' }, false],
  ] as const;
  it.each(QUANTITIES)('reads the quantity change %j as valid: %s', (change, valid) => {
    expect(QuantitySchema.safeParse({ ...quantity, ...change }).success).toBe(valid);
  });

  it('refuses a quotation of an unknown kind or without its quoted words', () => {
    const quote = { field: 'body', start: 0, end: 4 } as const;
    expect(QuotationSchema.safeParse({ speaker: 'sergey-lavrov', kind: 'direct', quote }).success).toBe(true);
    expect(QuotationSchema.safeParse({ speaker: 'sergey-lavrov', kind: 'reported', quote }).success).toBe(false);
    expect(QuotationSchema.safeParse({ speaker: 'sergey-lavrov', kind: 'direct' }).success).toBe(false);
  });

  const [first] = articles;
  const LAYERS = [
    ['timeExpressions', { value: '2024', basis: 'stated' }, ['timeExpressions', 0, 'end']],
    ['quantities', { value: 3, unit: 'count', measure: 'students' }, ['quantities', 0, 'end']],
  ] as const;
  it.each(LAYERS)('refuses a %s span that ends past its field, naming it', (layer, rest, path) => {
    const end = first!.title.length + 1;
    const result = ArticleSchema.safeParse({ ...first, [layer]: [{ field: 'title', start: 0, end, ...rest }] });
    expect(result.error?.issues[0]?.path).toEqual(path);
    expect(result.error?.issues[0]?.message).toBe(`Span ends at ${end}, past the end of title (${end - 1})`);
  });

  it('refuses a quotation whose quoted words end past the body', () => {
    const end = first!.body.length + 1;
    const result = ArticleSchema.safeParse({
      ...first,
      quotations: [{ speaker: 'andrey-rudenko', kind: 'direct', quote: { field: 'body', start: 0, end } }],
    });
    expect(result.error?.issues[0]?.path).toEqual(['quotations', 0, 'quote', 'end']);
  });
});
