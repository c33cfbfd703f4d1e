import { describe, expect, it } from 'vitest';

import { articles, corpus, createCorpus, entities, events, type Query, topics } from '../src/index.js';

// The shipped corpus is built without checking its records again (src/corpus.ts): these tests are
// the checks it skips, so that skipping them at every import is safe.
describe('corpus', () => {
  it.each([
    { build: 'validated', options: {} },
    { build: 'trusting', options: { validate: false } },
  ] as const)('is built from records that pass every check of the $build createCorpus', ({ options }) => {
    // A JSON copy, so that the checks see records as a user would give them, not the frozen ones.
    const records = JSON.parse(JSON.stringify(articles)) as unknown[];
    const registry = JSON.parse(JSON.stringify(events)) as typeof events;
    const built = createCorpus(records, { ...options, entities, topics, events: registry });
    expect(built.articles).toEqual(corpus.articles);
    expect(built.events).toEqual(corpus.events);
  });

  const queries = [
    {},
    { entities: 'Putin' },
    { topics: ['migration', 'summits'], match: 'any' },
    { from: '2022-01-01', entities: 'Afghanistan' },
    { text: 'القاعدة العسكرية' },
  ] as const satisfies readonly Query[];

  it.each(queries)('answers %j as a corpus built with every check does', (q) => {
    const checked = createCorpus(articles, { validate: false, events });
    expect(corpus.query(q)).toEqual(checked.query(q));
    expect(corpus.eventsOf()).toEqual(checked.eventsOf());
    expect(corpus.countByEntity()).toEqual(checked.countByEntity());
    expect(corpus.countByTopic()).toEqual(checked.countByTopic());
  });
});
