/**
 * Properties of the layer helpers: timexDays agrees with Date on the days of every
 * form of TIMEX3 point, the timeline merges events and time expressions in one order
 * and is its entries sorted and cut by overlap with the range, and the time_expressions table holds every expression with its days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Article, events, type NewsEvent, type TimeExpression, timeline, toNdjson } from '../src/index.js';
import { timexProblem } from '../src/internal/dates/timex.js';
import { dayLabel, timexDays } from '../src/internal/dates/timexDays.js';
import { makeArticle } from './support/makeArticle.js';
import { runs } from './support/propertyRuns.js';
import { expectedTimeExpressions, type Row } from './support/tableRows.js';

const DAY = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** A UTC day of Date, as days from 1970-01-01. */
const dayOf = (year: number, month: number, day: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY);
};
/** The last day of a month, by Date: the day before the first of the next. */
const lastOf = (year: number, month: number): number => dayOf(year, month + 1, 1) - 1;

/** A TIMEX3 point with the days a reader computes for it with Date, independently of timexDays. */
const pointArbitrary: fc.Arbitrary<{ value: string; first: number; last: number }> = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .chain(({ year, month, day }) => {
    const y = pad(year, 4);
    const safeDay = Math.min(day, lastOf(year, month) - dayOf(year, month, 1) + 1);
    const date = `${y}-${pad(month)}-${pad(safeDay)}`;
    const oneDay = { first: dayOf(year, month, safeDay), last: dayOf(year, month, safeDay) };
    return fc.constantFrom(
      { value: y, first: dayOf(year, 1, 1), last: lastOf(year, 12) },
      { value: `${y}-${pad(month)}`, first: dayOf(year, month, 1), last: lastOf(year, month) },
      { value: date, ...oneDay },
      { value: `${date}TEV`, ...oneDay },
      { value: `${date}T10:30`, ...oneDay },
      { value: `${y}-${pad(month)}-XX`, first: dayOf(year, month, 1), last: lastOf(year, month) },
      { value: `${y}-XX-${pad(Math.min(day, 28))}`, first: dayOf(year, 1, 1), last: lastOf(year, 12) },
      {
        value: `${y}-Q${Math.ceil(month / 3)}`,
        first: dayOf(year, Math.ceil(month / 3) * 3 - 2, 1),
        last: lastOf(year, Math.ceil(month / 3) * 3),
      },
      {
        value: `${y}-H${month <= 6 ? 1 : 2}`,
        first: dayOf(year, month <= 6 ? 1 : 7, 1),
        last: lastOf(year, month <= 6 ? 6 : 12),
      },
      { value: `${y}-SU`, first: dayOf(year, 6, 1), last: lastOf(year, 8) },
      { value: `${y}-WI`, first: dayOf(year, 12, 1), last: lastOf(year + 1, 2) },
    );
  });

/** An ISO week with its Monday and Sunday, found by walking Date from the year's 4 January. */
const weekArbitrary = fc
  .record({ year: fc.integer({ min: 1000, max: 2999 }), week: fc.integer({ min: 1, max: 52 }) })
  .map(({ year, week }) => {
    const january4 = new Date(0);
    january4.setUTCFullYear(year, 0, 4);
    const monday = Math.round(january4.getTime() / DAY) - ((january4.getUTCDay() + 6) % 7) + 7 * (week - 1);
    return { value: `${pad(year, 4)}-W${pad(week)}`, first: monday, last: monday + 6 };
  });

/** Any TIMEX3 value of the layers: a point, an interval of two points, a duration or a reference. */
const valueArbitrary: fc.Arbitrary<string> = fc.oneof(
  pointArbitrary.map((point) => point.value),
  fc
    .tuple(pointArbitrary, pointArbitrary)
    .map(([a, b]) => (a.first <= b.first ? `${a.value}/${b.value}` : `${b.value}/${a.value}`))
    .filter((value) => timexProblem(value) === undefined),
  fc.constantFrom('P30Y', 'P3M', 'PXY', 'PT2H', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-09-01'),
);

const BODY = 'نص '.repeat(20).trim();

/** Articles whose time expressions lie on random spans of the body, with random values. */
const articlesArbitrary: fc.Arbitrary<Article[]> = fc
  .array(
    fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: BODY.length - 1 }),
        length: fc.integer({ min: 1, max: 10 }),
        value: valueArbitrary,
      }),
      { maxLength: 6 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((layers) =>
    layers.map((layer, index) => ({
      ...makeArticle({ id: `2025-01-0${index + 1}-a`, body: BODY }),
      timeExpressions: layer.map(({ start, length, value }): TimeExpression => ({
        field: 'body',
        start,
        end: Math.min(BODY.length, start + length),
        value,
        basis: 'stated',
      })),
    })),
  );

/** A date bound as a day, an instant, or epoch milliseconds, between 900 and 3100. */
const boundArbitrary = fc.oneof(
  fc
    .date({ min: new Date('0900-01-01T00:00:00Z'), max: new Date('3100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('0900-01-01T00:00:00Z'), max: new Date('3100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.integer({ min: Date.UTC(900, 0, 1), max: Date.UTC(3100, 0, 1) }),
);

/** The first and last millisecond of a bound, as filterByDate reads it. */
const msOf = (bound: string | number, edge: 'from' | 'to'): number =>
  typeof bound === 'number'
    ? bound
    : bound.length === 10
      ? Date.parse(`${bound}T00:00:00Z`) + (edge === 'to' ? DAY - 1 : 0)
      : Date.parse(bound);

describe('the layer helpers (properties)', () => {
  it('places every TIMEX3 point, interval and week on the days Date gives it', () => {
    fc.assert(
      fc.property(fc.oneof(pointArbitrary, weekArbitrary), fc.oneof(pointArbitrary, weekArbitrary), (a, b) => {
        expect(timexProblem(a.value)).toBeUndefined();
        expect(timexDays(a.value)).toEqual({ first: a.first, last: a.last });
        const [earlier, later] = a.first <= b.first ? [a, b] : [b, a];
        const interval = `${earlier.value}/${later.value}`;
        if (timexProblem(interval) === undefined) {
          expect(timexDays(interval)).toEqual({ first: earlier.first, last: Math.max(earlier.last, later.last) });
        }
      }),
      runs('timexDays agrees with Date on the days of every TIMEX3 point, week and interval'),
    );
  });

  it('merges the reported events with the time expressions in one order, and gives the timeline of a range as the whole one cut to the entries whose days overlap it', () => {
    fc.assert(
      fc.property(
        articlesArbitrary,
        fc.array(fc.record({ value: valueArbitrary, reporting: fc.subarray([0, 1, 2, 3]) }), { maxLength: 5 }),
        fc.option(boundArbitrary, { nil: undefined }),
        fc.option(boundArbitrary, { nil: undefined }),
        (list, specs, from, to) => {
          // Events of a registry of the test's own, each reported by some of the articles (or none).
          const registry: NewsEvent[] = specs.map(({ value, reporting }, at) => ({
            ...events[0]!,
            id: `event-${at}`,
            date: { value, basis: 'stated' },
            mentions: reporting
              .filter((index) => index < list.length)
              .map((index) => ({ article: list[index]!.id, field: 'body' as const, start: 0, end: 1 })),
          }));
          const whole = timeline(list, { events: registry });
          // Sorted by first day, then the longer span first, then the events before the time expressions.
          for (let at = 1; at < whole.length; at += 1) {
            const [before, after] = [whole[at - 1]!, whole[at]!];
            expect(
              before.firstDay < after.firstDay ||
                (before.firstDay === after.firstDay && before.lastDay > after.lastDay) ||
                (before.firstDay === after.firstDay &&
                  before.lastDay === after.lastDay &&
                  (before.kind === after.kind || before.kind === 'event')),
            ).toBe(true);
          }
          // Every dated expression and every reported dated event is there, once, and nothing else.
          const dated = list.flatMap((article) =>
            (article.timeExpressions ?? []).filter((expression) => timexDays(expression.value) !== undefined),
          );
          const reported = registry.filter(
            (candidate) => candidate.mentions.length > 0 && timexDays(candidate.date.value) !== undefined,
          );
          expect(whole.filter((entry) => entry.kind === 'time-expression')).toHaveLength(dated.length);
          expect(whole.flatMap((entry) => (entry.kind === 'event' ? [entry.id] : []))).toEqual(
            expect.arrayContaining(reported.map((candidate) => candidate.id)),
          );
          expect(whole.filter((entry) => entry.kind === 'event')).toHaveLength(reported.length);
          for (const entry of whole) {
            const days = timexDays(entry.value)!;
            expect([entry.firstDay, entry.lastDay]).toEqual([dayLabel(days.first), dayLabel(days.last)]);
          }
          const low = from === undefined ? -Infinity : msOf(from, 'from');
          const high = to === undefined ? Infinity : msOf(to, 'to');
          if (low > high) {
            return;
          }
          const cut = whole.filter(
            (entry) =>
              Date.parse(`${entry.firstDay}T00:00:00Z`) <= high &&
              Date.parse(`${entry.lastDay}T00:00:00Z`) + DAY - 1 >= low,
          );
          expect(timeline(list, { from, to, events: registry })).toEqual(cut);
        },
      ),
      runs('timeline(x, range) is timeline(x) cut to the entries whose days overlap the range, in order'),
    );
  });

  it('writes in the time_expressions table every time expression, in text order, with the days the timeline gives', () => {
    fc.assert(
      fc.property(articlesArbitrary, (list) => {
        const rows = toNdjson(list, { table: 'time_expressions' })
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as Row);
        expect(rows).toEqual(expectedTimeExpressions(list));
      }),
      runs('the time_expressions table holds every time expression, with the days timeline gives'),
    );
  });
});
