import { describe, expect, it } from 'vitest';

import {
  articles,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  type Query,
  query,
  searchArticles,
  UnknownEntityError,
  UnknownTopicError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

const list = [
  makeArticle({
    id: 'a',
    publishedAt: '2021-05-01',
    entities: ['vladimir-putin'],
    topics: ['summits'],
    body: 'روسيا طاجيكستان',
  }),
  makeArticle({
    id: 'b',
    publishedAt: '2022-05-01',
    entities: ['emomali-rahmon', 'vladimir-putin'],
    topics: ['summits', 'migration'],
    body: 'روسيا',
  }),
  makeArticle({
    id: 'c',
    publishedAt: '2023-05-01T10:00:00Z',
    entities: ['emomali-rahmon'],
    topics: ['migration'],
    body: 'طاجيكستان طاجيكستان',
  }),
  makeArticle({ id: 'd', publishedAt: '2024-05-01', entities: [], topics: [], body: 'نص' }),
];

describe('query', () => {
  const table = [
    ['everything for an empty query', {}, ['a', 'b', 'c', 'd']],
    ['a date range', { from: '2022-01-01', to: '2023-12-31' }, ['b', 'c']],
    ['an entity', { entities: 'Putin' }, ['a', 'b']],
    ['entities with match any', { entities: ['Putin', 'رحمون'] }, ['a', 'b', 'c']],
    ['entities with match all', { entities: ['Putin', 'رحمون'], match: 'all' }, ['b']],
    ['topics with match all', { topics: ['summits', 'migration'], match: 'all' }, ['b']],
    ['an entity and a topic together', { entities: 'رحمن', topics: 'summits' }, ['b']],
    ['date, entity and topic together', { from: '2023-01-01', entities: 'Rahmon', topics: 'الهجرة' }, ['c']],
    ['no filter for empty arrays', { entities: [], topics: [] }, ['a', 'b', 'c', 'd']],
    [
      'no filter for undefined parts',
      { from: undefined, to: undefined, entities: undefined, topics: undefined, text: undefined, match: undefined },
      ['a', 'b', 'c', 'd'],
    ],
    ['text, ranked', { text: 'طاجيكستان' }, ['c', 'a']],
    ['text with a filter, keeping the rank', { text: 'طاجيكستان', entities: 'Putin' }, ['a']],
    ['text and a date range', { text: 'روسيا', to: '2021-12-31' }, ['a']],
  ] as const satisfies readonly (readonly [string, Query, readonly string[]])[];

  it.each(table)('keeps %s', (_name, q, expected) => {
    expect(query(list, q).map((article) => article.id)).toEqual(expected);
  });

  it('ranks text with statistics of the whole list, so a filter keeps the order', () => {
    const ranked = searchArticles(list, 'طاجيكستان روسيا').map((article) => article.id);
    expect(query(list, { text: 'طاجيكستان روسيا', from: '2020-01-01' }).map((article) => article.id)).toEqual(ranked);
  });

  it('answers the dashboard question on the shipped data', () => {
    expect(
      query(articles, { from: '2022-01-01', entities: 'رحمون', topics: 'summits' }).map(
        (article) => article.publishedAt,
      ),
    ).toEqual(['2022-06-29', '2025-10-09', '2025-10-09T10:51:00Z']);
  });

  const invalid = [
    ['an unparseable from', { from: 'garbage' }, InvalidDateError],
    ['a reversed range', { from: '2024-01-01', to: '2023-01-01' }, InvalidDateError],
    ['an unknown entity', { entities: 'Atlantis' }, UnknownEntityError],
    ['an unknown topic', { topics: 'sport' }, UnknownTopicError],
    ['a blank text', { text: '  ' }, InvalidQueryError],
    ['an unknown key', { entity: 'Putin' }, InvalidQueryError],
    ['an invalid match', { match: 'both' }, InvalidQueryError],
    ['a number for entities', { entities: 7 }, InvalidQueryError],
    ['a query that is not an object', 'Putin', InvalidQueryError],
    ['a null query', null, InvalidQueryError],
  ] as const;

  it.each(invalid)('throws for %s', (_name, q, ErrorClass) => {
    expect(() => query(list, q as unknown as Query)).toThrow(ErrorClass);
  });

  it.each([[null], [42], ['article'], [[]]])(
    'rejects a list item %j that is not an article, even with no filters',
    (bad) => {
      const error = catchError(() => query([list[0]!, bad as never], {})) as InvalidRecordError;
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect(error.index).toBe(1);
      expect(error.message).toContain('Expected an article object');
    },
  );

  it('suggests the right key for a misspelt one', () => {
    expect(() => query(list, { topic: 'summits' } as unknown as Query)).toThrow('Did you mean "topics"?');
  });
});
