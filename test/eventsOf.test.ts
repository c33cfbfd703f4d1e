import { describe, expect, it } from 'vitest';

import {
  articles,
  type Entity,
  events,
  eventsOf,
  type EventsOfOptions,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  UnknownEntityError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { fixtureArticles, fixtureEvents } from './support/eventFixture.js';

const [a, b, c] = fixtureArticles as [
  (typeof fixtureArticles)[number],
  (typeof fixtureArticles)[number],
  (typeof fixtureArticles)[number],
];
const ids = (list: readonly { readonly id: string }[]): string[] => list.map((item) => item.id);

describe('eventsOf', () => {
  const table = [
    [
      'every event the articles report, in registry order',
      fixtureArticles,
      {},
      [
        'visit-dushanbe-2022-06-28',
        'talks-dushanbe-2022-06-28-in-a-and-b',
        'phone-calls-2022',
        'signing-moscow-announced-2023-01',
        'statement-undated',
      ],
    ],
    [
      'the events of one article, those it shares included',
      [b],
      {},
      ['talks-dushanbe-2022-06-28-in-a-and-b', 'phone-calls-2022'],
    ],
    ['nothing for no articles', [], {}, []],
    ['the events of a type', fixtureArticles, { type: 'talks' }, ['talks-dushanbe-2022-06-28-in-a-and-b']],
    ['the events of a status', fixtureArticles, { status: 'announced' }, ['signing-moscow-announced-2023-01']],
    [
      'the events of a participant named by id',
      fixtureArticles,
      { participant: 'emomali-rahmon' },
      ['talks-dushanbe-2022-06-28-in-a-and-b', 'phone-calls-2022', 'statement-undated'],
    ],
    [
      'the events of a participant named by an Arabic alias',
      [a],
      { participant: 'رحمن' },
      ['talks-dushanbe-2022-06-28-in-a-and-b'],
    ],
    [
      'the events at a place named in English',
      fixtureArticles,
      { place: 'Dushanbe' },
      ['visit-dushanbe-2022-06-28', 'talks-dushanbe-2022-06-28-in-a-and-b'],
    ],
    [
      'the events whose date overlaps a day, a part of day and a year included',
      fixtureArticles,
      { from: '2022-06-28', to: '2022-06-28' },
      ['visit-dushanbe-2022-06-28', 'talks-dushanbe-2022-06-28-in-a-and-b', 'phone-calls-2022'],
    ],
    [
      'the events from a bound on, never an undated one',
      fixtureArticles,
      { from: '2022-07-01' },
      ['phone-calls-2022', 'signing-moscow-announced-2023-01'],
    ],
    [
      'the events up to an instant, which a day covers in full',
      fixtureArticles,
      { to: '2022-06-28T00:00:00Z' },
      ['visit-dushanbe-2022-06-28', 'talks-dushanbe-2022-06-28-in-a-and-b', 'phone-calls-2022'],
    ],
    ['the events up to epoch milliseconds', fixtureArticles, { to: Date.UTC(2021, 11, 31) }, []],
    [
      'the events that pass every filter at once',
      fixtureArticles,
      { type: 'phone-call', participant: 'Putin', from: '2022-12-31' },
      ['phone-calls-2022'],
    ],
    ['none when the filters exclude each other', fixtureArticles, { type: 'visit', status: 'announced' }, []],
  ] as const satisfies readonly (readonly [
    string,
    readonly (typeof fixtureArticles)[number][],
    EventsOfOptions,
    readonly string[],
  ])[];

  it.each(table)('returns %s', (_name, list, options, expected) => {
    expect(ids(eventsOf(list, { ...options, events: fixtureEvents }))).toEqual(expected);
  });

  it('reads the shipped registry by default, where every event is reported by some article', () => {
    expect(eventsOf(articles)).toEqual(events);
    expect(eventsOf(articles)).not.toBe(events);
  });

  it('finds an event shared by two articles from either of them', () => {
    const shared = 'talks-dushanbe-2022-06-28-in-a-and-b';
    expect(ids(eventsOf([a], { events: fixtureEvents }))).toContain(shared);
    expect(ids(eventsOf([b], { events: fixtureEvents }))).toContain(shared);
    expect(ids(eventsOf([c], { events: fixtureEvents }))).not.toContain(shared);
  });

  it('resolves references against a registry of your own', () => {
    const registry: Entity[] = [
      { id: 'x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
    ];
    const mine = fixtureEvents.map((event) => ({ ...event, participants: [{ entity: 'x' }] }));
    expect(eventsOf([c], { events: mine, entities: registry, participant: 'اكس' })).toHaveLength(2);
    expect(() => eventsOf([c], { events: mine, entities: registry, participant: 'Putin' })).toThrow(UnknownEntityError);
  });
});

describe('eventsOf with bad arguments', () => {
  it.each([
    [
      'a list that is not an array',
      () => eventsOf('articles' as never),
      InvalidQueryError,
      /Expected list to be an array/,
    ],
    [
      'options that are not an object',
      () => eventsOf(articles, 'talks' as never),
      InvalidQueryError,
      /Expected the eventsOf options to be an object/,
    ],
    [
      'an unknown option, with the nearest one',
      () => eventsOf(articles, { participants: 'Putin' } as never),
      InvalidQueryError,
      /Unknown option "participants".*Did you mean "participant"\?/,
    ],
    [
      'an unknown type, with the nearest one',
      () => eventsOf(articles, { type: 'visits' as never }),
      InvalidQueryError,
      /Invalid event type "visits": expected one of .*visit.*Did you mean "visit"\?/,
    ],
    [
      'an unknown status',
      () => eventsOf(articles, { status: 'planned' as never }),
      InvalidQueryError,
      /Invalid event status "planned": expected one of reported, announced/,
    ],
    [
      'a bound that is not a date',
      () => eventsOf(articles, { from: 'yesterday' }),
      InvalidDateError,
      /Invalid from date "yesterday"/,
    ],
    [
      'a reversed range',
      () => eventsOf(articles, { from: '2023-01-01', to: '2022-01-01' }),
      InvalidDateError,
      /from "2023-01-01" is later than to/,
    ],
    [
      'a participant that names no entity, with suggestions',
      () => eventsOf(articles, { participant: 'Rahmun' }),
      UnknownEntityError,
      /Did you mean "Rahmon"\?/,
    ],
    [
      'a place that names no entity',
      () => eventsOf(articles, { place: 'Dushanbee' }),
      UnknownEntityError,
      /Unknown entity "Dushanbee"/,
    ],
    [
      'a participant that is not a string',
      () => eventsOf(articles, { participant: 42 as never }),
      InvalidQueryError,
      /reference to be a string, got 42/,
    ],
    [
      'an event registry that is not an array',
      () => eventsOf(articles, { events: {} as never }),
      InvalidQueryError,
      /Expected options.events to be an array of events/,
    ],
  ] as const)('refuses %s', (_name, run, type, message) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['an event that is not an object', [null], {}, []],
    ['an event without mentions', [{ id: 'e' }], {}, ['mentions']],
    ['a mention without an article id', [{ id: 'e', mentions: [{ field: 'body' }] }], {}, ['mentions', 0, 'article']],
    [
      'participants that are not a list, read by a participant filter',
      [{ ...fixtureEvents[0], participants: 'Putin' }],
      { participant: 'Putin' },
      ['participants'],
    ],
    [
      'a date that is not TIMEX3, read by a date filter',
      [{ ...fixtureEvents[0], date: { value: '28.06.2022', basis: 'stated' } }],
      { from: '2022-01-01' },
      ['date', 'value'],
    ],
  ] as const)('names the event and the field for %s', (_name, registry, options, path) => {
    const error = catchError(() => eventsOf(fixtureArticles, { ...options, events: registry as never }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect([
      (error as InvalidRecordError).collection,
      (error as InvalidRecordError).index,
      (error as InvalidRecordError).path,
    ]).toEqual(['events', 0, path]);
  });

  it('names a date the calendar lacks once in its error', () => {
    const registry = [{ ...fixtureEvents[0], date: { value: '2025-02-30', basis: 'stated' } }];
    const { message } = catchError(() =>
      eventsOf(fixtureArticles, { from: '2022-01-01', events: registry as never }),
    ) as Error;
    expect(message.split('\n')[1]).toBe('✖ Expected a day the calendar has, got "2025-02-30"');
  });

  it('names the article that has no string id', () => {
    const error = catchError(() => eventsOf([a, { ...b, id: 7 } as never], { events: fixtureEvents }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect([
      (error as InvalidRecordError).collection,
      (error as InvalidRecordError).index,
      (error as InvalidRecordError).path,
    ]).toEqual(['articles', 1, ['id']]);
  });
});
