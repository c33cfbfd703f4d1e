import { describe, expect, it } from 'vitest';

import {
  articles,
  corpus,
  createCorpus,
  entities,
  events,
  eventsOf,
  type EventsOfOptions,
  InvalidQueryError,
  InvalidRecordError,
  loadCorpus,
  toNdjson,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { fixtureArticles, fixtureEvents } from './support/eventFixture.js';

/** JSON copies, as a user gives records, rather than the frozen shipped objects. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** The fixture's events less the one of an article outside the fixture. */
const ownEvents = fixtureEvents.filter((event) => event.id !== 'event-of-another-article');

describe('createCorpus with an event registry', () => {
  it.each([true, false] as const)('accepts the shipped events with the shipped articles (validate: %s)', (validate) => {
    const built = createCorpus(copy(articles), { events: copy(events), validate });
    expect(built.events).toEqual(events);
    expect(Object.isFrozen(built.events)).toBe(true);
    expect(Object.isFrozen(built.events[0]?.mentions[0])).toBe(true);
  });

  it('has no events unless it is given some, since the shipped ones point into the shipped articles', () => {
    expect(createCorpus(articles).events).toEqual([]);
    expect(createCorpus(articles).eventsOf()).toEqual([]);
    expect(corpus.events).toBe(events);
  });

  it('accepts an event registry of its own, over records of its own', () => {
    const built = createCorpus(copy(fixtureArticles), { events: copy(ownEvents) });
    expect(built.events.map((event) => event.id)).toEqual(ownEvents.map((event) => event.id));
  });

  const queries = [
    {},
    { type: 'talks' },
    { participant: 'Rahmon', to: '2022-12-31' },
    { place: 'دوشنبه', status: 'announced' },
    { from: '2025-10-09', to: '2025-10-09' },
  ] as const satisfies readonly Omit<EventsOfOptions, 'events' | 'entities'>[];

  // Three of the articles, with the events that only they report.
  const some = articles.slice(1, 4);
  const theirs = events.filter((event) =>
    event.mentions.every((mention) => some.some((article) => article.id === mention.article)),
  );

  it.each(queries)('answers eventsOf(%j) exactly as the plain helper does with its registries', (options) => {
    const built = createCorpus(some, { events: theirs });
    expect(built.eventsOf(options)).toEqual(
      eventsOf(built.articles, { ...options, events: built.events, entities: built.entities }),
    );
    expect(corpus.eventsOf(options)).toEqual(eventsOf(articles, options));
  });

  it.each(['events', 'entities'] as const)(
    'refuses %s as an option of corpus.eventsOf: a corpus uses its own',
    (key) => {
      const error = catchError(() => corpus.eventsOf({ [key]: [] }));
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as Error).message).toContain('a corpus answers with the registries it was built with');
    },
  );

  it('reads events in loadCorpus as createCorpus does', async () => {
    const loaded = await loadCorpus([toNdjson(articles)], { events: copy(events) });
    expect(loaded.events).toEqual(events);
  });
});

describe('createCorpus with a bad event registry', () => {
  const base = (): Record<string, unknown>[] => copy(ownEvents);
  const first = (change: (event: Record<string, unknown>) => void): Record<string, unknown>[] => {
    const list = base();
    change(list[0]!);
    return list;
  };

  const cases = [
    [
      'a participant the entity registry lacks',
      first((event) => {
        event.participants = [{ entity: 'vladimir-putn' }];
      }),
      ['participants', 0, 'entity'],
      /Unknown entity id "vladimir-putn": expected an id of the shipped entity registry/,
    ],
    [
      'a place that is a person',
      first((event) => {
        event.place = 'vladimir-putin';
      }),
      ['place'],
      /Entity "vladimir-putin" is a person: expected a location or a facility/,
    ],
    [
      'an entity that is neither an event nor a document',
      first((event) => {
        event.entity = 'dushanbe';
      }),
      ['entity'],
      /Entity "dushanbe" is a location: expected an event or a document/,
    ],
    [
      'a mention of an article the records lack',
      first((event) => {
        event.mentions = [{ article: 'elsewhere', field: 'body', start: 0, end: 1 }];
      }),
      ['mentions', 0, 'article'],
      /Unknown article id "elsewhere": expected the id of one of the records/,
    ],
    [
      'a span past the end of its field',
      first((event) => {
        event.mentions = [{ article: 'a', field: 'body', start: 0, end: 500 }];
      }),
      ['mentions', 0, 'end'],
      /Span ends at 500, past the end of the body of article "a" \(38\)/,
    ],
  ] as const;

  it.each(cases.flatMap(([what, ...rest]) => [[what, true, ...rest] as const, [what, false, ...rest] as const]))(
    'refuses %s (validate: %s), naming the event and the path',
    (_what, validate, registry, path, message) => {
      const error = catchError(() => createCorpus(copy(fixtureArticles), { events: registry as never, validate }));
      expect(error).toBeInstanceOf(InvalidRecordError);
      const { collection, index, path: where } = error as InvalidRecordError;
      expect([collection, index, where]).toEqual(['events', 0, path]);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message.split('\n')[0]).toMatch(/^Invalid record at events\[0\]/);
    },
  );

  it.each([
    [
      'mentions out of order',
      first((event) => {
        event.mentions = [
          { article: 'b', field: 'body', start: 0, end: 3 },
          { article: 'a', field: 'body', start: 0, end: 3 },
        ];
      }),
      ['mentions', 1],
    ],
    [
      'a date that is not TIMEX3',
      first((event) => {
        event.date = { value: '28.06.2022', basis: 'stated' };
      }),
      ['date', 'value'],
    ],
    [
      'a repeated id',
      (() => {
        const list = base();
        list[1]!.id = list[0]!.id;
        return list;
      })(),
      ['id'],
    ],
  ] as const)('refuses %s, with or without validation', (_what, registry, path) => {
    for (const validate of [true, false]) {
      const error = catchError(() =>
        createCorpus(copy(fixtureArticles), { events: copy(registry) as never, validate }),
      );
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).collection).toBe('events');
      expect((error as InvalidRecordError).path).toEqual(path);
    }
  });

  it('refuses an event of an unknown type with Zod’s issues when validating', () => {
    const error = catchError(() =>
      createCorpus(copy(fixtureArticles), {
        events: first((event) => {
          event.type = 'visits';
        }) as never,
      }),
    );
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(['type']);
    expect((error as InvalidRecordError).issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['an event that is not an object', [null], []],
    ['an event without a string id', [{ id: 7 }], ['id']],
  ] as const)('refuses %s even when trusting the records', (_what, registry, path) => {
    const error = catchError(() => createCorpus(copy(fixtureArticles), { events: registry as never, validate: false }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect([(error as InvalidRecordError).collection, (error as InvalidRecordError).path]).toEqual(['events', path]);
  });

  it('leaves trusted records and events unfrozen when an event is refused', () => {
    const records = copy(fixtureArticles);
    const registry = first((event) => {
      event.place = 'nowhere';
    });
    expect(() => createCorpus(records, { events: registry as never, validate: false })).toThrow(InvalidRecordError);
    expect(Object.isFrozen(records[0])).toBe(false);
    expect(Object.isFrozen(registry[0])).toBe(false);
  });

  it('checks references against the entity registry it is given', () => {
    const registry = first((event) => {
      event.participants = [{ entity: 'x' }];
    });
    const error = catchError(() =>
      createCorpus(copy(fixtureArticles), { events: registry as never, entities: entities.slice(0, 3) }),
    );
    expect((error as Error).message).toMatch(/Unknown entity id "x": expected an id of options.entities$/m);
  });
});
