import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import {
  type Article,
  type ArticleField,
  articles,
  ArticleSchema,
  entities,
  type Entity,
  getArticle,
  InvalidQueryError,
  InvalidRecordError,
  mentionSnippets,
  toCsv,
  toJsonLd,
  toNdjson,
  topics,
  UnknownEntityError,
} from '../src/index.js';
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS } from '../src/internal/formats/articleFields.js';
import { catchError } from './support/catchError.js';
import { rawFileOf, readText } from './support/corpus.js';
import { makeArticle } from './support/makeArticle.js';

// A user's own record with the optional url and authors: made-up test values (example.org is
// reserved for examples), one name with a comma and one with a quote, which CSV must quote.
const withByline: Article = ArticleSchema.parse({
  ...makeArticle({ id: '2024-03-12-own-record', entities: ['russia'], topics: ['diplomacy'] }),
  url: 'https://example.org/news/2024/03/12/1?lang=ar',
  authors: ['فلان الفلاني', 'Doe, Jane', 'Ali "the reporter" Khan'],
});
const withoutByline = makeArticle({ id: '2024-03-13-own-record' });

describe('toCsv', () => {
  it.each([
    ['an item that is not an object', null, [], 'Expected an article object, got null'],
    ['an empty object', {}, ['id'], 'Cannot read column id: expected a string from id, got undefined'],
    [
      'a record without its date evidence',
      { ...makeArticle({ id: 'a' }), date: undefined },
      ['date', 'basis'],
      'Cannot read column dateBasis',
    ],
    [
      'a list of topics that holds a number',
      { ...makeArticle({ id: 'a' }), topics: ['diplomacy', 7] },
      ['topics'],
      'expected a list of strings from topics',
    ],
    [
      'entities without mention lists',
      { ...makeArticle({ id: 'a', entities: ['russia'] }), entities: [{ id: 'russia' }] },
      ['entities'],
      'Cannot read column mentionCount',
    ],
  ] as const)('rejects %s with the record index and the path of the field', (_name, bad, path, words) => {
    const error = catchError(() => toCsv([makeArticle({ id: 'ok' }), bad as never])) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.index).toBe(1);
    expect(error.path).toEqual(path);
    expect(error.message).toContain(words);
  });

  it('round-trips through a standard CSV parser to the same field values', () => {
    const rows = parse<Record<string, string>>(toCsv(articles), { columns: true, bom: true });
    expect(rows).toHaveLength(articles.length);
    rows.forEach((row, index) => {
      for (const field of ARTICLE_FIELD_NAMES) {
        const value = ARTICLE_FIELDS[field].read(articles[index]!);
        expect(row[field]).toBe(value === undefined ? '' : typeof value === 'object' ? value.join(';') : String(value));
      }
    });
  });

  it('writes url and authors, and a standard CSV parser reads them back intact, empty where a record has none', () => {
    const rows = parse<Record<string, string>>(toCsv([withByline, withoutByline]), { columns: true });
    expect(rows.map((row) => [row.url, row.authors])).toEqual([
      [withByline.url, withByline.authors!.join(';')],
      ['', ''],
    ]);
    expect(rows[0]!.authors!.split(';')).toEqual(withByline.authors);
  });

  it.each([
    ['an author', { authors: ['Doe; Jane'] }, 'authors', ['authors'], '"Doe; Jane"'],
    [
      'an agency',
      {
        source: {
          ...withByline.source,
          chain: [{ ...withByline.source.chain[0]!, role: 'agency', en: 'A; B' }, withByline.source.chain[0]!],
        },
      },
      'agencies',
      ['source', 'chain'],
      '"A; B"',
    ],
  ] as const)(
    'refuses %s whose name holds the list separator ";", which a reader would split',
    (_name, change, column, path, shown) => {
      const error = catchError(() => toCsv([withoutByline, { ...withByline, ...change }])) as InvalidRecordError;
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect(error.index).toBe(1);
      expect(error.path).toEqual(path);
      expect(error.message).toContain(`Cannot write column ${column}: ${shown} holds ";"`);
      // The column is only refused where it is written.
      expect(() => toCsv([{ ...withByline, ...change }], { fields: ['id'] })).not.toThrow();
    },
  );

  it('lists in its documentation every column, in export order', () => {
    const doc = readText('src/toCsv.ts');
    const listed = /The columns, in export order: ([^(]*)\(/.exec(doc)![1]!.replace(/\s*\*\s*/g, ' ');
    expect([...listed.matchAll(/`(\w+)`/g)].map((match) => match[1])).toEqual(ARTICLE_FIELD_NAMES);
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\n\ntwo', '"one\n\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['plain Arabic', 'روسيا', 'روسيا'],
  ] as const)('quotes a field with %s as RFC 4180 asks', (_name, title, cell) => {
    expect(toCsv([makeArticle({ id: 'x', title })], { fields: ['title'] })).toBe(`title\r\n${cell}\r\n`);
  });

  it('writes the columns asked for, in that order, and a BOM only when asked', () => {
    const csv = toCsv(articles.slice(0, 1), { fields: ['publishedAt', 'id'] });
    expect(csv).toBe(`publishedAt,id\r\n2021-07-22,2021-07-22-rudenko-russia-ready-to-repel-aggression\r\n`);
    expect(toCsv([], { bom: true })).toBe(`\uFEFF${ARTICLE_FIELD_NAMES.join(',')}\r\n`);
  });

  it.each([
    [['titel'] as unknown as ArticleField[], 'Unknown field "titel"', 'Did you mean "title"?'],
    [[] as ArticleField[], 'non-empty array', ''],
  ] as const)('rejects the fields %o, naming the problem', (fields, message, hint) => {
    const error = catchError(() => toCsv(articles, { fields }));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain(hint);
  });
});

describe('toNdjson', () => {
  it.each([
    ['articles', articles],
    ['entities', entities],
    ['topics', topics],
  ] as const)('round-trips the %s, one record per line', (_name, records) => {
    const text = toNdjson(records);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(records);
  });

  it('keeps url and authors, and leaves them out where a record has none', () => {
    const [mine, other] = toNdjson([withByline, withoutByline])
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Article);
    expect([mine!.url, mine!.authors]).toEqual([withByline.url, withByline.authors]);
    expect(ArticleSchema.parse(mine)).toEqual(withByline);
    expect(Object.keys(other!)).not.toContain('url');
    expect(Object.keys(other!)).not.toContain('authors');
  });

  it('gives an empty string for no records, and rejects a non-object', () => {
    expect(toNdjson([])).toBe('');
    expect(() => toNdjson([1 as unknown as object])).toThrow(/Expected record 0 to be an object, got 1/);
  });
});

describe('toJsonLd', () => {
  it.each(articles.map((article) => [article.id, article] as const))(
    'describes %s as a schema.org NewsArticle',
    (_id, article) => {
      const node = toJsonLd(article);
      expect(node).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        identifier: article.id,
        headline: article.title,
        articleBody: article.body,
        inLanguage: 'ar',
        datePublished: article.publishedAt,
        isBasedOn: { sha256: rawFileOf(article).sha256, name: rawFileOf(article).file },
      });
      expect(node.dateModified).toBe(article.modifiedAt);
      expect((node.about as unknown[]).length).toBe(article.topics.length);
      expect((node.mentions as { identifier: string }[]).map((thing) => thing.identifier)).toEqual(
        article.entities.map((entity) => entity.id),
      );
      // Round-trips through JSON unchanged: nothing in it is undefined, a function or a cycle.
      expect(JSON.parse(JSON.stringify(node))).toEqual(node);
    },
  );

  it('links an entity to Wikidata only where its ID is verified', () => {
    for (const article of articles) {
      for (const thing of toJsonLd(article).mentions as { identifier: string; sameAs?: string }[]) {
        const entity = entities.find((candidate) => candidate.id === thing.identifier)!;
        expect(thing.sameAs).toBe(
          entity.wikidata === undefined ? undefined : `http://www.wikidata.org/entity/${entity.wikidata}`,
        );
      }
    }
  });

  it('gives each place its registry point as GeoCoordinates, and each country its code as addressCountry, and nothing else either', () => {
    const things = articles.flatMap(
      (article) =>
        toJsonLd(article).mentions as { '@type': string; identifier: string; geo?: unknown; address?: unknown }[],
    );
    const placed = things.filter((thing) => 'geo' in thing);
    // Both kinds occur, so the loop below checks something of each.
    expect(placed.length).toBeGreaterThan(0);
    expect(things.filter((thing) => 'address' in thing).length).toBeGreaterThan(0);
    for (const thing of things) {
      const entity = entities.find((candidate) => candidate.id === thing.identifier)!;
      expect(thing.geo, thing.identifier).toEqual(
        entity.geo === undefined
          ? undefined
          : { '@type': 'GeoCoordinates', latitude: entity.geo.lat, longitude: entity.geo.lon },
      );
      expect(thing.address, thing.identifier).toEqual(
        entity.countryCode === undefined ? undefined : { '@type': 'PostalAddress', addressCountry: entity.countryCode },
      );
    }
    expect(new Set(placed.map((thing) => thing['@type']))).toEqual(new Set(['Place']));
  });

  it('takes the points from the registry it is given', () => {
    const article = getArticle('2022-06-29-rahmon-putin-discuss-cooperation')!;
    // The shipped registry, less every point and code: a user's registry may have none.
    const plain = entities.map(
      (entity) =>
        Object.fromEntries(
          Object.entries(entity).filter(([field]) => field !== 'geo' && field !== 'countryCode'),
        ) as unknown as Entity,
    );
    const things = toJsonLd(article, { entities: plain }).mentions as Record<string, unknown>[];
    expect(things.map((thing) => thing.identifier)).toContain('dushanbe');
    expect(things.filter((thing) => 'geo' in thing || 'address' in thing)).toEqual([]);
  });

  it('gives every topic its IPTC Media Topic URI, and says when a publisher is inferred', () => {
    const node = toJsonLd(getArticle('2021-07-22-rudenko-russia-ready-to-repel-aggression')!);
    for (const term of node.about as { termCode: string; sameAs: string }[]) {
      expect(term.sameAs).toBe(`http://cv.iptc.org/newscodes/mediatopic/${term.termCode.slice(7)}`);
    }
    expect(node.publisher).toMatchObject({
      name: { '@value': 'Pakistan Point News' },
      description: { '@value': expect.stringMatching(/^Inferred, not stated by the text: /) as unknown },
    });
    expect(node.sourceOrganization).toEqual([
      expect.objectContaining({ name: { '@value': 'Sputnik', '@language': 'en' } }),
    ]);
  });

  it('gives url, and each author as a Person with only the name the text gives', () => {
    const node = toJsonLd(withByline);
    expect(node.url).toBe(withByline.url);
    expect(node.author).toEqual(withByline.authors!.map((name) => ({ '@type': 'Person', name })));
    expect(JSON.parse(JSON.stringify(node))).toEqual(node);
  });

  it.each([withoutByline, ...articles])('gives no url and no author for $id, which has none', (article) => {
    const node = toJsonLd(article);
    expect(Object.keys(node)).not.toContain('url');
    expect(Object.keys(node)).not.toContain('author');
  });

  it('rejects what is not an article', () => {
    expect(() => toJsonLd(null as never)).toThrow(InvalidQueryError);
  });
});

describe('mentionSnippets', () => {
  it('highlights exactly the mention in every snippet of every article', () => {
    let snippets = 0;
    for (const article of articles) {
      for (const { id, mentions } of article.entities) {
        const found = mentionSnippets(article, id, { context: 25 });
        expect(found).toHaveLength(mentions.length);
        found.forEach((snippet, index) => {
          const mention = mentions[index]!;
          expect(snippet.text.slice(snippet.highlight.start, snippet.highlight.end)).toBe(
            article[mention.field].slice(mention.start, mention.end),
          );
          expect(article[mention.field]).toContain(snippet.text);
          expect(snippet.text.length).toBeLessThanOrEqual(mention.end - mention.start + 50);
          snippets += 1;
        });
      }
    }
    expect(snippets).toBe(218);
  });

  it('keeps the whole field when the context reaches its ends, and says when it cut', () => {
    const article = {
      ...makeArticle({ id: 'x' }),
      body: 'روسيا اليوم',
      entities: [{ id: 'russia', mentions: [{ field: 'body' as const, start: 0, end: 5 }] }],
    };
    const [snippet] = mentionSnippets(article, 'russia', { context: 100 });
    expect(snippet).toMatchObject({ text: 'روسيا اليوم', truncatedStart: false, truncatedEnd: false });
  });

  it('gives no snippets for an entity the article does not name', () => {
    expect(mentionSnippets(articles[0]!, 'Kazan')).toEqual([]);
  });

  it.each([
    ['an unknown entity', () => mentionSnippets(articles[0]!, 'Zzyzx'), UnknownEntityError],
    ['a negative context', () => mentionSnippets(articles[0]!, 'Russia', { context: -1 }), InvalidQueryError],
    ['a fractional context', () => mentionSnippets(articles[0]!, 'Russia', { context: 2.5 }), InvalidQueryError],
    [
      'a span outside the text',
      () =>
        mentionSnippets(
          {
            ...makeArticle({ id: 'x', body: 'abc' }),
            entities: [{ id: 'russia', mentions: [{ field: 'body', start: 2, end: 9 }] }],
          },
          'russia',
        ),
      InvalidQueryError,
    ],
  ] as const)('throws for %s', (_name, run, type) => {
    expect(catchError(run)).toBeInstanceOf(type);
  });
});
