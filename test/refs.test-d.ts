import { describe, expectTypeOf, it } from 'vitest';

import type * as data from '../src/data/index.js';
import {
  type ArticleId,
  articles,
  type Corpus,
  corpus,
  type EntityRef,
  filterByEntity,
  filterByTopic,
  getArticle,
  getEntity,
  getTopic,
  mentionSnippets,
  type Query,
  query,
  type ShippedArticleId,
  type ShippedEntityId,
  type ShippedTopicId,
  type TopicRef,
} from '../src/index.js';

/** A string the compiler cannot know, as a user's input or registry gives it. */
declare const anyString: string;
declare const strings: readonly string[];

describe('the unions of shipped ids', () => {
  it('are unions of string literals, not string', () => {
    expectTypeOf<ShippedArticleId>().toExtend<string>();
    expectTypeOf<ShippedEntityId>().toExtend<string>();
    expectTypeOf<ShippedTopicId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<ShippedArticleId>();
    expectTypeOf<string>().not.toExtend<ShippedEntityId>();
    expectTypeOf<string>().not.toExtend<ShippedTopicId>();
  });

  it('hold the shipped ids and nothing else: no names, aliases, labels or codes', () => {
    expectTypeOf<'2022-06-29-rahmon-putin-discuss-cooperation'>().toExtend<ShippedArticleId>();
    expectTypeOf<'emomali-rahmon'>().toExtend<ShippedEntityId>();
    expectTypeOf<'201st-military-base'>().toExtend<ShippedEntityId>();
    expectTypeOf<'migration'>().toExtend<ShippedTopicId>();
    expectTypeOf<'Rahmon'>().not.toExtend<ShippedEntityId>();
    expectTypeOf<'رحمون'>().not.toExtend<ShippedEntityId>();
    expectTypeOf<'Migration'>().not.toExtend<ShippedTopicId>();
    expectTypeOf<'medtop:20000634'>().not.toExtend<ShippedTopicId>();
    expectTypeOf<'migration'>().not.toExtend<ShippedEntityId>();
  });

  it('are the same types from the data subpath as from the main entry', () => {
    expectTypeOf<data.ShippedArticleId>().toEqualTypeOf<ShippedArticleId>();
    expectTypeOf<data.ShippedEntityId>().toEqualTypeOf<ShippedEntityId>();
    expectTypeOf<data.ShippedTopicId>().toEqualTypeOf<ShippedTopicId>();
  });
});

describe('the reference types', () => {
  it('are the shipped ids or any other string', () => {
    expectTypeOf<ArticleId>().toEqualTypeOf<ShippedArticleId | (string & {})>();
    expectTypeOf<EntityRef>().toEqualTypeOf<ShippedEntityId | (string & {})>();
    expectTypeOf<TopicRef>().toEqualTypeOf<ShippedTopicId | (string & {})>();
  });

  it('keep the literals that editors suggest, rather than collapsing to string', () => {
    // `ShippedEntityId | string` would reduce to string, and this Extract would be never.
    expectTypeOf<Extract<ArticleId, ShippedArticleId>>().toEqualTypeOf<ShippedArticleId>();
    expectTypeOf<Extract<EntityRef, ShippedEntityId>>().toEqualTypeOf<ShippedEntityId>();
    expectTypeOf<Extract<TopicRef, ShippedTopicId>>().toEqualTypeOf<ShippedTopicId>();
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the redundant union is what this line shows collapsing
    expectTypeOf<ShippedEntityId | string>().toEqualTypeOf<string>();
  });

  it('accept any string, and nothing that is not a string', () => {
    expectTypeOf(anyString).toExtend<ArticleId>();
    expectTypeOf(anyString).toExtend<EntityRef>();
    expectTypeOf(anyString).toExtend<TopicRef>();
    expectTypeOf<number>().not.toExtend<EntityRef>();
    expectTypeOf<undefined>().not.toExtend<TopicRef>();
  });
});

describe('the helpers that take a reference', () => {
  it('type each article id as an ArticleId', () => {
    expectTypeOf(getArticle).parameter(0).toEqualTypeOf<ArticleId>();
    expectTypeOf<Corpus['getArticle']>().parameter(0).toEqualTypeOf<ArticleId>();
  });

  it('type each entity reference as an EntityRef, alone or in an array', () => {
    expectTypeOf(getEntity).parameter(0).toEqualTypeOf<EntityRef>();
    expectTypeOf<Corpus['getEntity']>().parameter(0).toEqualTypeOf<EntityRef>();
    expectTypeOf(mentionSnippets).parameter(1).toEqualTypeOf<EntityRef>();
    expectTypeOf(filterByEntity).parameter(1).toEqualTypeOf<EntityRef | readonly EntityRef[]>();
    expectTypeOf<Query['entities']>().toEqualTypeOf<EntityRef | readonly EntityRef[] | undefined>();
  });

  it('type each topic reference as a TopicRef, alone or in an array', () => {
    expectTypeOf(getTopic).parameter(0).toEqualTypeOf<TopicRef>();
    expectTypeOf<Corpus['getTopic']>().parameter(0).toEqualTypeOf<TopicRef>();
    expectTypeOf(filterByTopic).parameter(1).toEqualTypeOf<TopicRef | readonly TopicRef[]>();
    expectTypeOf<Query['topics']>().toEqualTypeOf<TopicRef | readonly TopicRef[] | undefined>();
  });

  it('still compile with names, aliases, labels, codes and plain strings', () => {
    getArticle(anyString);
    corpus.getArticle('an-id-of-your-own');
    getEntity('رحمون');
    corpus.getEntity(anyString);
    mentionSnippets(articles[1]!, 'Putin');
    filterByEntity(articles, strings);
    filterByEntity(articles, ['emomali-rahmon', 'Lavrov', anyString]);
    getTopic('medtop:20000634');
    corpus.getTopic('Migration');
    filterByTopic(articles, strings);
    filterByTopic(articles, ['migration', 'الهجرة', anyString]);
    expectTypeOf(query(articles, { entities: strings, topics: anyString })).toEqualTypeOf<
      (typeof articles)[number][]
    >();
    corpus.query({ entities: 'Rahmon', topics: ['summits', 'Summits'] });
  });

  it('still reject what is not a string', () => {
    // @ts-expect-error -- an article id is a string
    getArticle(42);
    // @ts-expect-error -- a reference is a string
    getEntity(null);
    // @ts-expect-error -- an array holds strings only
    filterByEntity(articles, ['Putin', 42]);
    // @ts-expect-error -- a topic reference is a string
    filterByTopic(articles, { id: 'migration' });
    // @ts-expect-error -- a query's topics are strings
    query(articles, { topics: [1] });
  });
});
