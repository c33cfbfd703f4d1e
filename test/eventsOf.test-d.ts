import { describe, expectTypeOf, it } from 'vitest';

import {
  articles,
  corpus,
  type EventRole,
  events,
  eventsOf,
  type EventsOfOptions,
  type EventType,
  type NewsEvent,
  type ShippedEventId,
} from '../src/index.js';

describe('the event types', () => {
  it('types the registry and the helper’s result as events', () => {
    expectTypeOf(events).toEqualTypeOf<readonly NewsEvent[]>();
    expectTypeOf(eventsOf(articles)).toEqualTypeOf<NewsEvent[]>();
    expectTypeOf(corpus.eventsOf({ type: 'talks' })).toEqualTypeOf<NewsEvent[]>();
    expectTypeOf(corpus.events).toEqualTypeOf<readonly NewsEvent[]>();
  });

  it('closes the type, status and role to their vocabularies', () => {
    expectTypeOf<NewsEvent['type']>().toEqualTypeOf<EventType>();
    expectTypeOf<NewsEvent['status']>().toEqualTypeOf<'reported' | 'announced'>();
    expectTypeOf<'visit'>().toExtend<EventType>();
    expectTypeOf<'visits'>().not.toExtend<EventType>();
    expectTypeOf<'signatory'>().toExtend<EventRole>();
    expectTypeOf<'putin-rahmon-talks-2025-10-09'>().toExtend<ShippedEventId>();
  });

  it('takes the filters a corpus takes, and the registries only on the plain helper', () => {
    expectTypeOf<EventsOfOptions['status']>().toEqualTypeOf<'reported' | 'announced' | undefined>();
    // @ts-expect-error -- a corpus answers with the registries it was built with
    corpus.eventsOf({ events });
    // @ts-expect-error -- the type is one of the vocabulary
    eventsOf(articles, { type: 'visits' });
  });
});
