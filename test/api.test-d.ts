import { describe, expectTypeOf, it } from 'vitest';

import {
  type Article,
  articles,
  type Corpus,
  corpus,
  createCorpus,
  createMentionFinder,
  type DateBound,
  entities,
  type Entity,
  filterByDate,
  filterByEntity,
  filterByTopic,
  findMentions,
  findTimeExpressions,
  type FoundMention,
  type FoundTimeExpression,
  getArticle,
  getEntity,
  getTopic,
  InvalidRecordError,
  type Match,
  type MentionFinder,
  normalizeArabic,
  normalizeArabicWithOffsets,
  type NormalizedArabic,
  type Query,
  query,
  searchArticles,
  type SearchHit,
  searchHits,
  type SearchMatch,
  type SearchOptions,
  type TimeExpression,
  type Topic,
  UnknownEntityError,
} from '../src/index.js';

/** A user's own record type, wider than Article. */
type Tagged = Article & { readonly tag: 'mine' };
declare const tagged: readonly Tagged[];

describe('the query API types', () => {
  it('returns undefined-able records from the look-ups', () => {
    expectTypeOf(getArticle).returns.toEqualTypeOf<Article | undefined>();
    expectTypeOf(getEntity).returns.toEqualTypeOf<Entity | undefined>();
    expectTypeOf(getTopic).returns.toEqualTypeOf<Topic | undefined>();
    expectTypeOf(normalizeArabic('روسيا')).toEqualTypeOf<string>();
    expectTypeOf(normalizeArabic).parameters.toEqualTypeOf<[text: string]>();
    expectTypeOf(normalizeArabicWithOffsets('روسيا')).toEqualTypeOf<NormalizedArabic>();
    expectTypeOf(findMentions('روسيا', entities)).toEqualTypeOf<FoundMention[]>();
    expectTypeOf(createMentionFinder(entities)).toEqualTypeOf<MentionFinder>();
    expectTypeOf(findMentions('روسيا', createMentionFinder(entities))).toEqualTypeOf<FoundMention[]>();
    expectTypeOf(findTimeExpressions('أمس', { writtenOn: '2025-10-09' })).toEqualTypeOf<
      readonly FoundTimeExpression[]
    >();
    // With its field, a found expression is an entry of an article's timeExpressions.
    expectTypeOf<FoundTimeExpression & { readonly field: 'body' }>().toExtend<TimeExpression>();
  });

  it('keeps the element type of the list it is given', () => {
    expectTypeOf(filterByDate(articles, {})).toEqualTypeOf<Article[]>();
    expectTypeOf(filterByDate(tagged, { from: '2022-01-01' })).toEqualTypeOf<Tagged[]>();
    expectTypeOf(filterByEntity(tagged, 'Putin')).toEqualTypeOf<Tagged[]>();
    expectTypeOf(filterByTopic(tagged, ['summits'], { match: 'all' })).toEqualTypeOf<Tagged[]>();
    expectTypeOf(searchArticles(tagged, 'روسيا')).toEqualTypeOf<Tagged[]>();
    expectTypeOf(searchArticles(tagged, 'روسيا', { limit: 20 })).toEqualTypeOf<Tagged[]>();
    expectTypeOf(searchHits(tagged, 'روسيا')).toEqualTypeOf<SearchHit<Tagged>[]>();
    expectTypeOf(searchHits(tagged, 'روسيا')[0]!.article).toEqualTypeOf<Tagged>();
    expectTypeOf(query(tagged, { text: 'روسيا' })).toEqualTypeOf<Tagged[]>();
  });

  it('accepts Dates, strings and numbers as bounds, and nothing else', () => {
    expectTypeOf<DateBound>().toEqualTypeOf<Date | string | number>();
    filterByDate(articles, { from: new Date(), to: 0 });
    // @ts-expect-error -- a boolean is not a date
    filterByDate(articles, { from: true });
    // @ts-expect-error -- misspelt keys are type errors too
    filterByDate(articles, { form: '2022-01-01' });
  });

  it('closes match to two values', () => {
    expectTypeOf<Match>().toEqualTypeOf<'any' | 'all'>();
    // @ts-expect-error -- only 'any' and 'all'
    filterByEntity(articles, 'Putin', { match: 'some' });
  });

  it('lets a dashboard pass undefined for any part of a query', () => {
    const state: Query = {
      from: undefined,
      to: undefined,
      entities: undefined,
      topics: undefined,
      text: undefined,
      match: undefined,
    };
    expectTypeOf(query(articles, state)).toEqualTypeOf<Article[]>();
  });

  it('types the corpus', () => {
    expectTypeOf(corpus).toEqualTypeOf<Corpus>();
    expectTypeOf(createCorpus([])).toEqualTypeOf<Corpus>();
    expectTypeOf(corpus.articles).toEqualTypeOf<readonly Article[]>();
    expectTypeOf<Corpus['query']>().returns.toEqualTypeOf<Article[]>();
    expectTypeOf<Corpus['search']>().returns.toEqualTypeOf<Article[]>();
    // @ts-expect-error -- the corpus's articles are readonly
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- push does not exist on a readonly array; calling it is the point
    corpus.articles.push(articles[0]!);
  });

  it('exposes the details of the errors', () => {
    expectTypeOf<UnknownEntityError['suggestions']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<InvalidRecordError['index']>().toEqualTypeOf<number>();
    expectTypeOf<InvalidRecordError['collection']>().toEqualTypeOf<'articles' | 'entities' | 'topics' | 'events'>();
  });
});

describe('the search hits API types', () => {
  it('gives each hit an article, a score and readonly match spans', () => {
    expectTypeOf<SearchHit['article']>().toEqualTypeOf<Article>();
    expectTypeOf<SearchHit['score']>().toEqualTypeOf<number>();
    expectTypeOf<SearchHit['matches']>().toEqualTypeOf<readonly SearchMatch[]>();
    expectTypeOf(corpus.searchHits('روسيا', { limit: 20, offset: 20 })).toEqualTypeOf<SearchHit[]>();
    expectTypeOf(corpus.search('روسيا', { limit: 20 })).toEqualTypeOf<Article[]>();
  });

  it('takes limit, offset and a registry as options, and a corpus takes no registry', () => {
    const options: SearchOptions = { limit: undefined, offset: undefined, entities: undefined };
    searchHits(articles, 'روسيا', options);
    // @ts-expect-error -- a corpus searches with its own registry
    corpus.searchHits('روسيا', { entities });
    // @ts-expect-error -- a limit is a number
    searchHits(articles, 'روسيا', { limit: '20' });
  });
});
