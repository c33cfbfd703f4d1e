import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  eventsOf,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  type NewsEvent,
  type TimeExpressionEntry,
  timeline,
  type TimelineEntry,
  type TimelineOptions,
} from '../src/index.js';
import { events as shippedEvents } from '../src/index.js';
import { timexDays } from '../src/internal/dates/timexDays.js';
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

/** The time-expression entries of the timeline: the fixtures' ids are in no shipped event. */
const expressions = (list: readonly Article[], options: Omit<TimelineOptions, 'kinds'> = {}): TimeExpressionEntry[] =>
  timeline(list, { ...options, kinds: ['time-expression'] }).filter(
    (entry): entry is TimeExpressionEntry => entry.kind === 'time-expression',
  );

describe('timeline', () => {
  it('lists every time expression that names a date, earliest first, each with its article, span, value and words', () => {
    expect(
      expressions(LAYERED).map((entry) => [entry.firstDay, entry.lastDay, entry.value, entry.article, entry.text]),
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
    const entries = expressions(LAYERED);
    expect(entries.some((entry) => entry.value.startsWith('P'))).toBe(false);
    for (const entry of entries) {
      const article = LAYERED.find((candidate) => candidate.id === entry.article)!;
      expect(entry.kind).toBe('time-expression');
      expect(entry.text).toBe(article[entry.field].slice(entry.start, entry.end));
    }
  });

  it('carries the basis, and the evidence of an inferred value only', () => {
    const inferred = expressions([VISIT]).filter((entry) => entry.basis === 'inferred');
    expect(inferred.map((entry) => [entry.value, entry.evidence])).toEqual([
      ['2025', '2025-10-09'],
      ['2025-10-08TEV', '2025-10-09'],
    ]);
    expect(expressions([TRADE]).every((entry) => !('evidence' in entry))).toBe(true);
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
    expect(
      expressions([first, second]).map((entry) => `${entry.article.slice(11)} ${entry.value} ${entry.text}`),
    ).toEqual([
      'first 2025 وفي 2025',
      'first 2025-FA وفي الخريف',
      'first 2025-10 في أكتوبر 2025',
      'second 2025-10 أكتوبر 2025',
      'second 2025-10 وأكتوبر',
      'first 2025-10-01 في 1 أكتوبر 2025',
    ]);
  });

  it('leaves out vague references and a day of an unnamed year, and cuts a value at its X', () => {
    const article = withTimes('2025-01-03-vague', 'في الماضي، وفي الأول من سبتمبر، وفي شهر ما من 2025.', [
      ['في الماضي', 'PAST_REF'],
      ['وفي الأول من سبتمبر', 'XXXX-09-01'],
      ['وفي شهر ما من 2025', '2025-XX'],
    ]);
    expect(expressions([article]).map((entry) => [entry.value, entry.firstDay, entry.lastDay])).toEqual([
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
    expect(expressions(LAYERED, range).map((entry) => entry.value)).toEqual(values);
  });

  it('orders by date, not by the order of the articles, when no two articles share a span of days', () => {
    expect(expressions([VISIT, TRADE, PLAIN])).toEqual(expressions(LAYERED));
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

/** An event of a registry of the test's own, dated `value`, with a mention in each article of `reporting`. */
const event = (id: string, value: string, reporting: readonly string[]): NewsEvent => ({
  ...shippedEvents[0]!,
  id,
  date: { value, basis: 'stated' },
  mentions: reporting.map((article) => ({ article, field: 'body' as const, start: 0, end: 1 })),
});

const REGISTRY = [
  event('talks-2025', '2025-10-09', [VISIT.id]),
  event('relations-1992', '1992-04-08', [VISIT.id, TRADE.id]),
  event('undated', 'PAST_REF', [TRADE.id]),
  event('elsewhere', '2023', ['2023-01-01-not-in-the-list']),
  event('year-2021', '2021', [TRADE.id]),
  event('visit-2025', '2025-10-08/2025-10-09', [VISIT.id]),
] as const;

/** An entry as `kind value`, with an event's articles. */
const line = (entry: TimelineEntry): string =>
  entry.kind === 'event' ? `event ${entry.value} ${entry.id} ${entry.articles.join(',')}` : `words ${entry.value}`;

describe('timeline with events', () => {
  it('interleaves the events with the time expressions: by first day, the longer span first, then events before words', () => {
    expect(timeline(LAYERED, { events: REGISTRY }).map(line)).toEqual([
      `event 1992-04-08 relations-1992 ${TRADE.id},${VISIT.id}`,
      'words 1992-04-08',
      `event 2021 year-2021 ${TRADE.id}`,
      'words 2021',
      'words 2022-01/2022-04',
      'words 2024',
      'words 2025',
      `event 2025-10-08/2025-10-09 visit-2025 ${VISIT.id}`,
      'words 2025-10-08TEV',
      `event 2025-10-09 talks-2025 ${VISIT.id}`,
    ]);
  });

  it('lists an event of two articles once, with both ids in the order of the list', () => {
    for (const list of [LAYERED, [VISIT, TRADE]]) {
      const entries = timeline(list, { events: REGISTRY, kinds: ['event'] }).filter(
        (entry) => entry.kind === 'event' && entry.id === 'relations-1992',
      );
      expect(entries.map((entry) => entry.kind === 'event' && entry.articles)).toEqual([
        list.filter((article) => article.id !== PLAIN.id).map((article) => article.id),
      ]);
    }
    expect(timeline([TRADE], { events: REGISTRY, kinds: ['event'] }).map(line)).toContain(
      `event 1992-04-08 relations-1992 ${TRADE.id}`,
    );
  });

  it('gives an event its days, value, basis, type and status from the registry', () => {
    const [entry] = timeline([VISIT], { events: REGISTRY, kinds: ['event'], from: '2025-10-09' });
    expect(entry).toEqual({
      kind: 'event',
      firstDay: '2025-10-08',
      lastDay: '2025-10-09',
      value: '2025-10-08/2025-10-09',
      basis: 'stated',
      id: 'visit-2025',
      type: shippedEvents[0]!.type,
      status: shippedEvents[0]!.status,
      articles: [VISIT.id],
    });
  });

  it.each([
    [
      'a day inside a two-day event keeps it',
      { from: '2025-10-09', to: '2025-10-09' },
      ['2025', 'visit-2025', 'talks-2025'],
    ],
    ['its first day keeps it too', { from: '2025-10-08', to: '2025-10-08' }, ['2025', 'visit-2025', '2025-10-08TEV']],
    [
      'a range before it leaves it out',
      { to: '2025-10-07' },
      ['1992-04-08', 'relations-1992', '2021', 'year-2021', '2022-01/2022-04', '2024', '2025'],
    ],
  ] as const)('keeps the events whose days overlap the range: %s', (_name, range, expected) => {
    const names = timeline(LAYERED, { ...range, events: REGISTRY }).map((entry) =>
      entry.kind === 'event' ? entry.id : entry.value,
    );
    expect([...names].sort()).toEqual([...expected].sort());
    expect(names).toEqual(
      timeline(LAYERED, { events: REGISTRY })
        .filter((entry) => expected.includes((entry.kind === 'event' ? entry.id : entry.value) as never))
        .map((entry) => (entry.kind === 'event' ? entry.id : entry.value)),
    );
  });

  it('lists one kind with kinds, and all of the other kind is left out', () => {
    const all = timeline(LAYERED, { events: REGISTRY });
    expect(timeline(LAYERED, { events: REGISTRY, kinds: ['event'] })).toEqual(
      all.filter((entry) => entry.kind === 'event'),
    );
    expect(timeline(LAYERED, { events: REGISTRY, kinds: ['time-expression'] })).toEqual(
      all.filter((entry) => entry.kind === 'time-expression'),
    );
    expect(timeline(LAYERED, { events: REGISTRY, kinds: ['time-expression', 'event'] })).toEqual(all);
  });

  it('puts on the timeline the shipped events the shipped articles report, with days, by default', () => {
    const entries = timeline(articles, { kinds: ['event'] });
    const dated = eventsOf(articles).filter((candidate) => timexDays(candidate.date.value) !== undefined);
    expect(entries.map((entry) => entry.kind === 'event' && entry.id).sort()).toEqual(
      dated.map((candidate) => candidate.id).sort(),
    );
    expect(entries.length).toBeLessThan(eventsOf(articles).length);
  });

  it.each([
    ['kinds that is not an array', { kinds: 'event' }],
    ['an empty kinds', { kinds: [] }],
    ['an unknown kind', { kinds: ['events'] }],
    ['an events registry that is not an array', { events: {} }],
  ] as const)('throws InvalidQueryError for %s', (_name, options) => {
    expect(() => timeline(LAYERED, options as never)).toThrow(InvalidQueryError);
  });

  it('throws InvalidRecordError, naming the event and its path, for an event date that is not TIMEX3', () => {
    const error = catchError(() => timeline(LAYERED, { events: [...REGISTRY, event('bad', '9 October', [VISIT.id])] }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect([
      (error as InvalidRecordError).collection,
      (error as InvalidRecordError).index,
      (error as InvalidRecordError).path,
    ]).toEqual(['events', REGISTRY.length, ['date', 'value']]);
  });
});
