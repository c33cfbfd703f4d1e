import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  createCorpus,
  events,
  eventsOf,
  type EventsOfOptions,
  type NewsEvent,
} from '../src/index.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../src/internal/args/vocabulary.js';
import { runs } from './support/propertyRuns.js';

/** The entities that take part in, or host, some shipped event, by id and by English name. */
const participants = [
  ...new Set(events.flatMap((event) => event.participants.map((participant) => participant.entity))),
];
const places = [...new Set(events.flatMap((event) => (event.place === undefined ? [] : [event.place])))];

/** A day between 1990 and 2026, as YYYY-MM-DD. */
const day = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2026, 11, 31) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

/** A non-empty sub-list of the shipped articles, in their order. */
const someArticles: fc.Arbitrary<Article[]> = fc
  .subarray([...articles], { minLength: 1 })
  .map((list) => articles.filter((article) => list.includes(article)));

/** Random filters, each one given or not. */
const filters: fc.Arbitrary<EventsOfOptions> = fc
  .record(
    {
      type: fc.constantFrom(...EVENT_TYPES),
      status: fc.constantFrom(...EVENT_STATUSES),
      participant: fc.constantFrom(...participants),
      place: fc.constantFrom(...places),
      from: day,
      to: day,
    },
    { requiredKeys: [] },
  )
  .map((options) =>
    // A reversed range is an error, tested elsewhere: keep the bounds in order.
    options.from !== undefined && options.to !== undefined && options.from > options.to
      ? { ...options, from: options.to, to: options.from }
      : options,
  );

/** Each filter of `options` alone. */
const singles = (options: EventsOfOptions): EventsOfOptions[] => {
  const { from, to, ...rest } = options;
  return [
    ...Object.entries(rest).map(([key, value]) => ({ [key]: value })),
    ...(from === undefined && to === undefined ? [] : [{ from, to }]),
  ];
};

/**
 * Whether the day `on` (YYYY-MM-DD) lies in the date of `value`, by comparing strings: a day,
 * a day with a part of day, a month or a year holds the days it prefixes, and an interval the
 * days between its points' prefixes. The shipped dates use only these forms.
 */
function holds(value: string, on: string): boolean {
  const [first = '', second = first] = value.split('/');
  const lower = first.slice(0, 10);
  const upper = second.slice(0, 10);
  if (!/^\d{4}/.test(lower)) {
    return false;
  }
  return on.slice(0, lower.length) >= lower && on.slice(0, upper.length) <= upper;
}

describe('eventsOf (properties)', () => {
  it('returns a subset of its registry, in registry order', () => {
    fc.assert(
      fc.property(someArticles, filters, (list, options) => {
        const positions = eventsOf(list, options).map((event) => events.indexOf(event));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((left, right) => left - right));
        expect(new Set(positions).size).toBe(positions.length);
      }),
      runs('eventsOf returns a subset of its registry, in registry order'),
    );
  });

  it('returns for a list the union of what it returns for each of its articles', () => {
    fc.assert(
      fc.property(someArticles, filters, (list, options) => {
        const union = new Set(list.flatMap((article) => eventsOf([article], options)));
        expect(eventsOf(list, options)).toEqual(events.filter((event) => union.has(event)));
      }),
      runs('eventsOf of a list is the union of eventsOf of each of its articles'),
    );
  });

  it('combines its filters with AND: the result is the intersection of each filter’s', () => {
    fc.assert(
      fc.property(someArticles, filters, (list, options) => {
        const each = singles(options).map((single) => new Set(eventsOf(list, single)));
        const expected = eventsOf(list).filter((event) => each.every((set) => set.has(event)));
        expect(eventsOf(list, options)).toEqual(expected);
      }),
      runs('eventsOf with several filters is the intersection of eventsOf with each'),
    );
  });

  it('keeps, for a range of days, the events that hold one of its days, read by comparing strings', () => {
    const range = fc
      .tuple(day, fc.integer({ min: 0, max: 400 }))
      .map(
        ([from, span]) => [from, new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10)] as const,
      );
    fc.assert(
      fc.property(range, ([from, to]) => {
        const days: string[] = [];
        for (let at = Date.parse(from); at <= Date.parse(to); at += 86_400_000) {
          days.push(new Date(at).toISOString().slice(0, 10));
        }
        const expected = events.filter((event) => days.some((on) => holds(event.date.value, on)));
        expect(eventsOf(articles, { from, to })).toEqual(expected);
      }),
      runs('eventsOf with a range of days keeps the events that hold one of its days'),
    );
  });

  it('answers on an indexed corpus exactly as on the plain list with the same registries', () => {
    fc.assert(
      fc.property(someArticles, filters, (list, options) => {
        const ids = new Set(list.map((article) => article.id));
        const theirs: NewsEvent[] = events.filter((event) =>
          event.mentions.every((mention) => ids.has(mention.article)),
        );
        const built = createCorpus(list, { events: theirs, validate: false });
        expect(built.eventsOf(options)).toEqual(eventsOf(list, { ...options, events: theirs }));
      }),
      runs('createCorpus(x, { events }).eventsOf(o) equals eventsOf(x, { ...o, events })'),
    );
  });
});
