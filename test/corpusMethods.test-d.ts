import { describe, expectTypeOf, it } from 'vitest';

import {
  type Article,
  type Cooccurrence,
  cooccurrence,
  corpus,
  countByEntity,
  countByPeriod,
  countByTopic,
  entities,
  type EntityCount,
  type JsonLdDocument,
  type MentionSnippet,
  mentionSnippets,
  type PeriodCount,
  quantities,
  quotations,
  timeline,
  toCsv,
  toJsonLd,
  toNdjson,
  type TopicCount,
  topics,
} from '../src/index.js';
import { toParquet, type ToParquetOptions } from '../src/parquet.js';

declare const one: Article;

describe('the corpus methods types', () => {
  it('return what the plain helpers return', () => {
    expectTypeOf(corpus.countByPeriod('year')).toEqualTypeOf<PeriodCount[]>();
    expectTypeOf(corpus.countByPeriod('year')).toEqualTypeOf(countByPeriod(corpus.articles, 'year'));
    expectTypeOf(corpus.countByEntity()).toEqualTypeOf<EntityCount[]>();
    expectTypeOf(corpus.countByEntity()).toEqualTypeOf(countByEntity(corpus.articles));
    expectTypeOf(corpus.countByTopic()).toEqualTypeOf<TopicCount[]>();
    expectTypeOf(corpus.countByTopic()).toEqualTypeOf(countByTopic(corpus.articles));
    expectTypeOf(corpus.cooccurrence()).toEqualTypeOf<Cooccurrence[]>();
    expectTypeOf(corpus.cooccurrence()).toEqualTypeOf(cooccurrence(corpus.articles));
    expectTypeOf(corpus.mentionSnippets(one, 'Putin')).toEqualTypeOf<MentionSnippet[]>();
    expectTypeOf(corpus.mentionSnippets(one, 'Putin')).toEqualTypeOf(mentionSnippets(one, 'Putin'));
    expectTypeOf(corpus.toCsv()).toEqualTypeOf(toCsv(corpus.articles));
    expectTypeOf(corpus.toNdjson()).toEqualTypeOf(toNdjson(corpus.articles));
    expectTypeOf(corpus.toJsonLd(one)).toEqualTypeOf<JsonLdDocument>();
    expectTypeOf(corpus.toJsonLd(one)).toEqualTypeOf(toJsonLd(one));
    expectTypeOf(corpus.quotations()).toEqualTypeOf(quotations(corpus.articles));
    expectTypeOf(corpus.timeline()).toEqualTypeOf(timeline(corpus.articles));
    expectTypeOf(corpus.quantities()).toEqualTypeOf(quantities(corpus.articles));
    expectTypeOf(corpus.toCsv({ table: 'quotations' })).toEqualTypeOf(toCsv(corpus.articles, { table: 'quotations' }));
    expectTypeOf(corpus.toNdjson({ table: 'entities' })).toEqualTypeOf(
      toNdjson(corpus.articles, { table: 'entities' }),
    );
  });

  it('gives Parquet as a promise, from a corpus, and as bytes from the subpath', () => {
    expectTypeOf(corpus.toParquet()).toEqualTypeOf<Promise<Uint8Array>>();
    expectTypeOf(toParquet(corpus.articles)).toEqualTypeOf<Uint8Array>();
    expectTypeOf<Parameters<typeof corpus.toParquet>[0]>().toEqualTypeOf<
      Omit<ToParquetOptions, 'entities'> | undefined
    >();
  });

  it('takes no registry: a corpus answers with its own', () => {
    // @ts-expect-error The registry is the corpus's own.
    corpus.countByEntity({ entities });
    // @ts-expect-error The registry is the corpus's own.
    corpus.cooccurrence({ type: 'person', entities });
    // @ts-expect-error The registry is the corpus's own.
    corpus.mentionSnippets(one, 'Putin', { entities });
    // @ts-expect-error countByTopic takes nothing but the vocabulary, which is the corpus's own.
    corpus.countByTopic({ topics });
    // @ts-expect-error toJsonLd takes the article alone.
    corpus.toJsonLd(one, { entities });
    // @ts-expect-error The registry that resolves the speaker is the corpus's own.
    corpus.quotations({ speaker: 'Lavrov', entities });
    // @ts-expect-error The registry of the entities table is the corpus's own.
    corpus.toCsv({ table: 'entities', entities });
    // @ts-expect-error The registry of the entities table is the corpus's own.
    corpus.toNdjson({ table: 'entities', entities });
    // @ts-expect-error The registry of the entities table is the corpus's own.
    void corpus.toParquet({ table: 'entities', entities });
  });
});
