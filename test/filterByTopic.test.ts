import { describe, expect, it } from 'vitest';

import {
  articles,
  filterByTopic,
  type FilterByTopicOptions,
  InvalidQueryError,
  InvalidRecordError,
  type Topic,
  UnknownTopicError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

const list = [
  makeArticle({ id: 'migration', topics: ['migration'] }),
  makeArticle({ id: 'summits', topics: ['summits'] }),
  makeArticle({ id: 'both', topics: ['summits', 'migration'] }),
  makeArticle({ id: 'none', topics: [] }),
];

describe('filterByTopic', () => {
  const table = [
    ['an id', 'migration', {}, ['migration', 'both']],
    ['an IPTC code', 'medtop:20000634', {}, ['migration', 'both']],
    ['an English label in any case', 'SUMMITS', {}, ['summits', 'both']],
    ['an Arabic label', 'الهجرة', {}, ['migration', 'both']],
    ['an Arabic label spelt without ta marbuta', 'الهجره', {}, ['migration', 'both']],
    ['several refs, any by default', ['migration', 'summits'], {}, ['migration', 'summits', 'both']],
    ['several refs with match all', ['migration', 'summits'], { match: 'all' }, ['both']],
    ['a topic no article covers', 'culture', {}, []],
  ] as const satisfies readonly (readonly [
    string,
    string | readonly string[],
    FilterByTopicOptions,
    readonly string[],
  ])[];

  it.each(table)('keeps the articles that cover %s', (_name, refs, options, expected) => {
    expect(filterByTopic(list, refs, options).map((article) => article.id)).toEqual(expected);
  });

  it('filters the shipped articles', () => {
    expect(filterByTopic(articles, 'migration').map((article) => article.id)).toEqual([
      '2025-10-09-russia-tajikistan-joint-statement-military-cooperation',
    ]);
  });

  it('resolves refs against a vocabulary of your own', () => {
    const vocabulary: Topic[] = [{ id: 'sport', label: { en: 'Sport', ar: 'الرياضة' }, description: 'Sport.' }];
    const mine = [makeArticle({ id: 's', topics: ['sport'] })];
    expect(filterByTopic(mine, 'الرياضه', { topics: vocabulary })).toHaveLength(1);
    expect(() => filterByTopic(mine, 'migration', { topics: vocabulary })).toThrow(UnknownTopicError);
  });

  it('throws UnknownTopicError with suggestions for an unknown ref', () => {
    const error = catchError(() => filterByTopic(list, 'migraton')) as UnknownTopicError;
    expect(error).toBeInstanceOf(UnknownTopicError);
    expect(error.name).toBe('UnknownTopicError');
    expect(error.suggestions[0]).toBe('migration');
    expect(error.message).toContain('"migraton"');
  });

  it('suggests each topic once, though its id and its label are both close', () => {
    const error = catchError(() => filterByTopic(list, 'migrations')) as UnknownTopicError;
    expect(error.suggestions).toEqual(['migration']);
    expect(error.message).toMatch(/ Did you mean "migration"\?$/);
  });

  it.each([
    ['an empty array of refs', [], {}],
    ['an invalid match', 'migration', { match: 'every' }],
    ['an unknown option', 'migration', { topic: [] }],
  ] as const)('throws InvalidQueryError for %s', (_name, refs, options) => {
    expect(() => filterByTopic(list, refs as unknown as string, options as FilterByTopicOptions)).toThrow(
      InvalidQueryError,
    );
  });

  it('throws InvalidRecordError for an article whose topics are malformed', () => {
    const bad = [{ ...list[0]!, topics: [7] }] as unknown as typeof list;
    expect(() => filterByTopic(bad, 'migration')).toThrow(InvalidRecordError);
  });
});
