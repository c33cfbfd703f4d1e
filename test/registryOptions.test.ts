import { describe, expect, it } from 'vitest';

import {
  articles,
  cooccurrence,
  countByEntity,
  countByTopic,
  eventsOf,
  filterByEntity,
  filterByTopic,
  InvalidQueryError,
  mentionSnippets,
  query,
  searchArticles,
  toJsonLd,
} from '../src/index.js';
import { catchError } from './support/catchError.js';

/** Every helper that takes a registry option, called with the options object given. */
const CALLS = [
  ['filterByEntity', 'entities', (options: object) => filterByEntity(articles, 'Putin', options)],
  ['filterByTopic', 'topics', (options: object) => filterByTopic(articles, 'summits', options)],
  ['countByEntity', 'entities', (options: object) => countByEntity(articles, options)],
  ['countByTopic', 'topics', (options: object) => countByTopic(articles, options)],
  ['cooccurrence', 'entities', (options: object) => cooccurrence(articles, options)],
  ['mentionSnippets', 'entities', (options: object) => mentionSnippets(articles[1]!, 'Putin', options)],
  ['query', 'entities', (options: object) => query(articles, { entities: 'Putin' }, options)],
  ['query', 'topics', (options: object) => query(articles, { topics: 'summits' }, options)],
  ['toJsonLd', 'entities', (options: object) => toJsonLd(articles[0]!, options)],
  ['toJsonLd', 'topics', (options: object) => toJsonLd(articles[0]!, options)],
  ['searchArticles', 'entities', (options: object) => searchArticles(articles, 'رحمن', options)],
  ['eventsOf', 'entities', (options: object) => eventsOf(articles, { participant: 'Putin', ...options })],
  ['eventsOf', 'events', (options: object) => eventsOf(articles, options)],
] as const;

describe('registry options', () => {
  it.each(CALLS)('%s refuses %s: null with an InvalidQueryError that names it', (_name, key, call) => {
    const error = catchError(() => call({ [key]: null }));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain('null');
  });

  it.each(CALLS)('%s reads only the own %s option: an inherited registry is not an option', (_name, key, call) => {
    // An inherited empty registry would make every reference unknown, or every count empty.
    const inherited = Object.create({ [key]: [] }) as object;
    expect(call(inherited)).toEqual(call({}));
  });
});
