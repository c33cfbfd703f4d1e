import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

import {
  type Article,
  articles,
  type ArticleSchema,
  entities,
  type Entity,
  type EntityType,
  type ExportTable,
  type Mention,
  type PublicationDateSchema,
  type QuotationEntry,
  type TimelineEntry,
  type TimelineOptions,
  type ToCsvOptions,
  type ToNdjsonOptions,
  type Topic,
  topics,
} from '../src/index.js';
import type { EXPORT_TABLES } from '../src/internal/formats/companionTables.js';
import type { ToParquetOptions } from '../src/parquet.js';

describe('exported types', () => {
  it('types the data as readonly arrays of the schema types', () => {
    expectTypeOf(articles).toEqualTypeOf<readonly Article[]>();
    expectTypeOf(entities).toEqualTypeOf<readonly Entity[]>();
    expectTypeOf(topics).toEqualTypeOf<readonly Topic[]>();
  });

  it('makes records readonly all the way down', () => {
    const article = articles[0]!;
    // @ts-expect-error -- records are readonly
    article.title = 'x';
    // @ts-expect-error -- nested objects are readonly
    article.date.basis = 'stated';
    // @ts-expect-error -- nested arrays are readonly
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- push does not exist on a readonly array; calling it is the point
    article.entities[0]!.mentions.push({ field: 'body', start: 0, end: 1 });
    // @ts-expect-error -- spans are readonly
    article.entities[0]!.mentions[0]!.start = 0;
    // @ts-expect-error -- aliases are readonly
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- push does not exist on a readonly array; calling it is the point
    entities[0]!.aliases.push('x');
  });

  it('uses closed unions for closed sets', () => {
    expectTypeOf<EntityType>().toEqualTypeOf<
      'person' | 'organization' | 'location' | 'facility' | 'event' | 'document'
    >();
    expectTypeOf<Mention['field']>().toEqualTypeOf<'title' | 'body'>();
    expectTypeOf<Article['lang']>().toEqualTypeOf<'ar'>();
    expectTypeOf<Article['date']['basis']>().toEqualTypeOf<'stated' | 'inferred'>();
  });

  it('types optional fields as absent, never as undefined', () => {
    expectTypeOf<Article['modifiedAt']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error -- exactOptionalPropertyTypes: an explicit undefined is not a valid record
    const entity: Entity = {
      id: 'x',
      type: 'person',
      name: { ar: 'س', en: 'x' },
      aliases: ['x'],
      description: 'x',
      wikidata: undefined,
    };
    expectTypeOf(entity).toEqualTypeOf<Entity>();
  });

  it('types the fields a user record may lack or add as optional', () => {
    expectTypeOf<Article['raw']>().toEqualTypeOf<{ readonly file: string; readonly sha256: string } | undefined>();
    expectTypeOf<Article['url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Article['authors']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Entity['geo']>().toEqualTypeOf<
      { readonly lat: number; readonly lon: number; readonly source: string } | undefined
    >();
    expectTypeOf<Entity['countryCode']>().toEqualTypeOf<string | undefined>();
  });

  it('reads and writes dates as strings: the transform changes their form, not their type', () => {
    expectTypeOf<z.input<typeof PublicationDateSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof PublicationDateSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof ArticleSchema>['publishedAt']>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof ArticleSchema>>().toEqualTypeOf<Article>();
  });
});

describe('the types of the layer helpers and the export tables', () => {
  it('names every table of the catalogue, in the table option of each writer', () => {
    expectTypeOf<ExportTable>().toEqualTypeOf<(typeof EXPORT_TABLES)[number]>();
    expectTypeOf<NonNullable<ToCsvOptions['table']>>().toEqualTypeOf<ExportTable>();
    expectTypeOf<NonNullable<ToNdjsonOptions['table']>>().toEqualTypeOf<ExportTable>();
    // Written out in the Parquet subpath, so that its declarations stand alone: it must stay this union.
    expectTypeOf<NonNullable<ToParquetOptions['table']>>().toEqualTypeOf<ExportTable>();
  });

  it('tells the timeline entries apart by kind, and keeps a quotation without a cue', () => {
    expectTypeOf<TimelineEntry['kind']>().toEqualTypeOf<'event' | 'time-expression'>();
    expectTypeOf<NonNullable<TimelineOptions['kinds']>[number]>().toEqualTypeOf<TimelineEntry['kind']>();
    const entry: QuotationEntry = {
      article: 'a',
      speaker: 'sergey-lavrov',
      kind: 'direct',
      quote: { field: 'body', start: 0, end: 1 },
      text: 'x',
    };
    // @ts-expect-error -- exactOptionalPropertyTypes: a missing cue is left out, not undefined
    const withUndefined: QuotationEntry = { ...entry, cue: undefined };
    expectTypeOf(withUndefined).toEqualTypeOf<QuotationEntry>();
  });
});
