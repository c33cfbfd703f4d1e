import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  articles,
  ArticleSchema,
  entities,
  EntitySchema,
  PublicationDateSchema,
  topics,
  TopicSchema,
} from '../src/index.js';
import { readJsonFile } from './support/corpus.js';

/** One entity mention, as written in data/articles.json. */
interface MentionJson {
  field: string;
  start: number;
  end: number;
}

/**
 * An article as written in data/articles.json, typed as far as the cases below reach into it. Field values are
 * loose (`string`, not the schema's unions) and the index signatures take any key, because each case writes a
 * value or adds a key that the schema must reject.
 */
interface ArticleJson {
  [key: string]: unknown;
  id: string;
  title: string;
  body: string;
  lang: string;
  publishedAt: string;
  modifiedAt?: string;
  date: { [key: string]: unknown; basis: string };
  topics: string[];
  entities: { mentions: MentionJson[] }[];
  raw: { file: string; sha256: string };
}

/** An entity as written in data/entities.json, typed as loosely as {@link ArticleJson}, for the same reason. */
interface EntityJson {
  [key: string]: unknown;
  type: string;
  wikidata?: string;
  name: Record<string, string>;
  aliases: string[];
}

/** A topic as written in data/topics.json, typed as loosely as {@link ArticleJson}, for the same reason. */
interface TopicJson {
  [key: string]: unknown;
  iptc?: string;
  iptcLabel?: string;
}

// Records as plain, unfrozen JSON, so that tests can make bad copies of them.
const rawArticles = readJsonFile('data/articles.json') as ArticleJson[];
const rawEntities = readJsonFile('data/entities.json') as EntityJson[];
const rawTopics = readJsonFile('data/topics.json') as TopicJson[];
const [anArticle] = rawArticles;
const [anEntity] = rawEntities;
const [aTopic] = rawTopics;
if (!anArticle || !anEntity || !aTopic) {
  throw new Error('The data files are empty');
}

const clone = <T>(value: T): T => structuredClone(value);
/** The first mention of the article's first entity, which the mention cases spoil. */
function firstMention(article: ArticleJson): MentionJson {
  const mention = article.entities[0]?.mentions[0];
  if (mention === undefined) {
    throw new Error(`Article ${article.id} has no mention to spoil`);
  }
  return mention;
}
const issuesOf = (schema: z.ZodType, value: unknown): string =>
  z.prettifyError(schema.safeParse(value).error ?? new z.ZodError([]));

describe('the shipped data', () => {
  it.each(articles.map((article) => [article.id, article] as const))('article %s parses', (_id, article) => {
    expect(ArticleSchema.parse(article)).toEqual(article);
  });
  it.each(entities.map((entity) => [entity.id, entity] as const))('entity %s parses', (_id, entity) => {
    expect(EntitySchema.parse(entity)).toEqual(entity);
  });
  it.each(topics.map((topic) => [topic.id, topic] as const))('topic %s parses', (_id, topic) => {
    expect(TopicSchema.parse(topic)).toEqual(topic);
  });
});

describe('ArticleSchema', () => {
  const cases = [
    [
      'an unknown key',
      (a: ArticleJson) => {
        a.homepage = 'https://example.invalid/';
      },
      'Unrecognized key',
    ],
    [
      'an unknown nested key',
      (a: ArticleJson) => {
        a.date.confidence = 1;
      },
      'Unrecognized key',
    ],
    [
      'a missing title',
      (a: ArticleJson) => {
        // The type says every article has a title; removing it is the spoil.
        Reflect.deleteProperty(a, 'title');
      },
      'title',
    ],
    [
      'a blank title',
      (a: ArticleJson) => {
        a.title = ' \u00a0';
      },
      'title',
    ],
    [
      'a non-kebab id',
      (a: ArticleJson) => {
        a.id = 'Not_Kebab';
      },
      'kebab-case',
    ],
    [
      'a date in another format',
      (a: ArticleJson) => {
        a.publishedAt = '22/07/2021';
      },
      'publishedAt',
    ],
    [
      'an impossible calendar date',
      (a: ArticleJson) => {
        a.publishedAt = '2021-02-30';
      },
      'publishedAt',
    ],
    [
      'a time without an offset',
      (a: ArticleJson) => {
        a.publishedAt = '2021-07-22T10:00:00';
      },
      'has no UTC offset',
    ],
    [
      'a modifiedAt in another format',
      (a: ArticleJson) => {
        a.modifiedAt = '22.07.2021';
      },
      'Invalid date "22.07.2021"',
    ],
    [
      'a URL that is not http or https',
      (a: ArticleJson) => {
        a.url = 'ftp://example.invalid/news';
      },
      'Expected an absolute http or https URL',
    ],
    [
      'a URL without a host',
      (a: ArticleJson) => {
        a.url = 'https://';
      },
      'Expected an absolute http or https URL',
    ],
    [
      'a relative URL',
      (a: ArticleJson) => {
        a.url = '/news/1';
      },
      'Expected an absolute http or https URL',
    ],
    [
      'an empty list of authors',
      (a: ArticleJson) => {
        a.authors = [];
      },
      'authors',
    ],
    [
      'a blank author',
      (a: ArticleJson) => {
        a.authors = ['\u00a0'];
      },
      'authors[0]',
    ],
    [
      'a raw path that climbs out of its folder',
      (a: ArticleJson) => {
        a.raw.file = 'texts/../../etc/passwd';
      },
      'relative path',
    ],
    [
      'an absolute raw path',
      (a: ArticleJson) => {
        a.raw.file = '/home/me/texts/one.txt';
      },
      'relative path',
    ],
    [
      'a raw path with a drive letter',
      (a: ArticleJson) => {
        a.raw.file = 'C:/texts/one.txt';
      },
      'relative path',
    ],
    [
      'a raw path with backslashes',
      (a: ArticleJson) => {
        a.raw.file = 'texts\\one.txt';
      },
      'relative path',
    ],
    [
      'an empty raw path',
      (a: ArticleJson) => {
        a.raw.file = '';
      },
      'relative path',
    ],
    [
      'another language',
      (a: ArticleJson) => {
        a.lang = 'en';
      },
      'lang',
    ],
    [
      'a day-precision date with a time',
      (a: ArticleJson) => {
        a.publishedAt = '2021-07-22T10:00:00Z';
      },
      'precision',
    ],
    [
      'modifiedAt without evidence',
      (a: ArticleJson) => {
        a.modifiedAt = '2021-07-22';
      },
      'modifiedEvidence',
    ],
    [
      'an inferred date without an inference',
      (a: ArticleJson) => {
        a.date.basis = 'inferred';
      },
      'inference',
    ],
    [
      'an empty paragraph',
      (a: ArticleJson) => {
        a.body = `${a.body}\n\n\u00a0`;
      },
      'Paragraph',
    ],
    [
      'a topic without evidence',
      (a: ArticleJson) => {
        a.topics = [...a.topics, 'education'];
      },
      'topicEvidence',
    ],
    [
      'a duplicate topic',
      (a: ArticleJson) => {
        const [first] = a.topics;
        if (first === undefined) {
          throw new Error(`Article ${a.id} has no topic to repeat`);
        }
        a.topics = [...a.topics, first];
      },
      'unique',
    ],
    [
      'a mention past the end of its field',
      (a: ArticleJson) => {
        const mention = firstMention(a);
        mention.end = a.title.length + a.body.length + 1;
        mention.field = 'title';
      },
      'past the end',
    ],
    [
      'a reversed mention',
      (a: ArticleJson) => {
        const mention = firstMention(a);
        mention.end = mention.start;
      },
      'greater than start',
    ],
    [
      'a bad hash',
      (a: ArticleJson) => {
        a.raw.sha256 = 'abc';
      },
      'SHA-256',
    ],
  ] as const;

  it.each(cases)('rejects %s, and says where', (_name, spoil, expected) => {
    const bad = clone(anArticle);
    spoil(bad);
    expect(ArticleSchema.safeParse(bad).success).toBe(false);
    expect(issuesOf(ArticleSchema, bad)).toContain(expected);
  });

  // A user's own record: no raw file, a URL, authors, a raw path of its own, a date-time with an offset.
  const accepted = [
    [
      'no raw file',
      (a: ArticleJson) => {
        Reflect.deleteProperty(a, 'raw');
      },
    ],
    [
      'a URL and authors',
      (a: ArticleJson) => {
        a.url = 'https://example.invalid/news/2021/07/22/one?lang=ar#top';
        a.authors = ['فلان الفلاني', 'Jane Doe'];
      },
    ],
    [
      'a plain http URL',
      (a: ArticleJson) => {
        a.url = 'http://example.invalid/news/1';
      },
    ],
    [
      'a raw file outside data/raw',
      (a: ArticleJson) => {
        a.raw.file = 'my texts/2024/one.txt';
      },
    ],
    [
      'a raw file name with dots',
      (a: ArticleJson) => {
        a.raw.file = './one..two.txt';
      },
    ],
  ] as const;

  it.each(accepted)('accepts a record with %s', (_name, change) => {
    const record = clone(anArticle);
    change(record);
    expect(ArticleSchema.safeParse(record).error?.issues ?? []).toEqual([]);
  });

  it('reads the precision rule on the normalized date: a midnight with an offset is still a time', () => {
    const record = { ...clone(anArticle), publishedAt: '2021-07-22T00:00:00+03:00' };
    expect(ArticleSchema.safeParse(record).success).toBe(false);
    expect(issuesOf(ArticleSchema, record)).toContain('precision');
    const parsed = ArticleSchema.parse({ ...record, date: { ...record.date, precision: 'minute' } });
    expect(parsed.publishedAt).toBe('2021-07-21T21:00:00Z');
  });

  it('normalizes modifiedAt as it normalizes publishedAt', () => {
    const record = {
      ...clone(anArticle),
      modifiedAt: '2021-07-22T12:30+0300',
      date: { ...anArticle.date, modifiedEvidence: anArticle.date.evidence },
    };
    expect(ArticleSchema.parse(record).modifiedAt).toBe('2021-07-22T09:30:00Z');
  });

  it('returns deeply frozen records', () => {
    const parsed = ArticleSchema.parse(clone(anArticle));
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.date)).toBe(true);
    expect(Object.isFrozen(parsed.entities)).toBe(true);
    expect(Object.isFrozen(parsed.entities[0]?.mentions[0])).toBe(true);
  });
});

describe('PublicationDateSchema', () => {
  const normalized = [
    ['2022-06-29', '2022-06-29'],
    ['2024-02-29', '2024-02-29'],
    ['2025-10-09T10:51:00Z', '2025-10-09T10:51:00Z'],
    ['2025-10-09T10:51Z', '2025-10-09T10:51:00Z'],
    ['2025-10-09T13:51:00+03:00', '2025-10-09T10:51:00Z'],
    ['2025-10-09T13:51+0300', '2025-10-09T10:51:00Z'],
    ['2025-10-09T13:51:07+03', '2025-10-09T10:51:07Z'],
    ['2025-10-09T05:51:00-05:00', '2025-10-09T10:51:00Z'],
    ['2025-10-09T10:51:00.000Z', '2025-10-09T10:51:00Z'],
    ['2025-10-09T10:51:00.123Z', '2025-10-09T10:51:00Z'],
    ['2025-10-09T10:51:00.999Z', '2025-10-09T10:51:00Z'],
    ['2025-10-09T13:51:00.5+03:00', '2025-10-09T10:51:00Z'],
    ['2025-10-09T10:51:07.123456789Z', '2025-10-09T10:51:07Z'],
    ['2025-12-31T23:59:59.999Z', '2025-12-31T23:59:59Z'],
    ['2026-01-01T02:59:59.999+03:00', '2025-12-31T23:59:59Z'],
    ['2025-10-09T10:51:00-00:00', '2025-10-09T10:51:00Z'],
    ['2025-10-09T02:00:00+05:30', '2025-10-08T20:30:00Z'],
    ['2024-02-28T23:30:00-01:00', '2024-02-29T00:30:00Z'],
    ['2025-12-31T23:00:00-02:00', '2026-01-01T01:00:00Z'],
  ] as const;

  it.each(normalized)('reads %j as %j', (input, output) => {
    expect(PublicationDateSchema.parse(input)).toBe(output);
  });

  it('keeps a normalized value as it is', () => {
    for (const [, output] of normalized) {
      expect(PublicationDateSchema.parse(output)).toBe(output);
    }
  });

  const refused = [
    ['a date-time without an offset', '2025-10-09T10:51:00', 'has no UTC offset'],
    ['a date-time without seconds or offset', '2025-10-09T10:51', 'has no UTC offset'],
    ['a fraction without an offset', '2025-10-09T10:51:00.123', 'has no UTC offset'],
    ['a fraction without digits', '2025-10-09T10:51:00.Z', 'Invalid date'],
    ['a fraction of a minute', '2025-10-09T10:51.5Z', 'Invalid date'],
    ['a day the calendar lacks', '2021-02-29', 'names a day the calendar lacks'],
    ['a thirty-first of April', '2021-04-31', 'names a day the calendar lacks'],
    ['another format', '09.10.2025', 'Invalid date'],
    ['an hour past 23', '2025-10-09T24:00:00Z', 'Invalid date'],
    ['a leap second', '2016-12-31T23:59:60Z', 'Invalid date'],
    ['lower-case separators', '2025-10-09t10:51:00z', 'Invalid date'],
    ['a space for the T', '2025-10-09 10:51:00Z', 'Invalid date'],
    ['an offset past 23 hours', '2025-10-09T10:51:00+24:00', 'Invalid date'],
    ['an instant before the year 0000 in UTC', '0000-01-01T00:30:00+01:00', 'outside the years 0000–9999'],
    ['an instant after the year 9999 in UTC', '9999-12-31T23:30:00-01:00', 'outside the years 0000–9999'],
    ['an empty string', '', 'Invalid date ""'],
  ] as const;

  it.each(refused)('refuses %s, naming the value and the forms accepted', (_name, input, words) => {
    const result = PublicationDateSchema.safeParse(input);
    expect(result.success).toBe(false);
    const [issue, ...others] = result.error?.issues ?? [];
    expect(others).toEqual([]);
    expect(issue?.message).toContain(words);
    expect(issue?.message).toContain(JSON.stringify(input));
    expect(issue?.message).toMatch(/expected 'YYYY-MM-DD'|expected whole seconds/);
  });

  it.each([[42], [null], [undefined], [new Date(0)]])('refuses the non-string %s, naming it', (input) => {
    const message = PublicationDateSchema.safeParse(input).error?.issues[0]?.message ?? '';
    expect(message).toContain('Expected a date string, got');
    expect(message).toContain("expected 'YYYY-MM-DD'");
  });

  it('gives the refusal as the single issue of an article, at publishedAt', () => {
    const result = ArticleSchema.safeParse({ ...clone(anArticle), publishedAt: '2021-07-22T10:00:00' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['publishedAt']]);
  });
});

describe('EntitySchema', () => {
  const cases = [
    [
      'an unknown key',
      (e: EntityJson) => {
        e.qid = 'Q1';
      },
      'Unrecognized key',
    ],
    [
      'an unknown type',
      (e: EntityJson) => {
        e.type = 'country';
      },
      'type',
    ],
    [
      'a malformed Wikidata id',
      (e: EntityJson) => {
        e.wikidata = 'Q0x';
      },
      'Wikidata',
    ],
    [
      'no aliases',
      (e: EntityJson) => {
        e.aliases = [];
      },
      'aliases',
    ],
    [
      'an unknown name language',
      (e: EntityJson) => {
        e.name.fr = 'x';
      },
      'Unrecognized key',
    ],
  ] as const;
  it.each(cases)('rejects %s', (_name, spoil, expected) => {
    const bad = clone(anEntity);
    spoil(bad);
    expect(issuesOf(EntitySchema, bad)).toContain(expected);
  });
});

describe('EntitySchema on places', () => {
  const byId = (id: string): EntityJson => {
    const found = rawEntities.find((candidate) => candidate.id === id);
    if (found === undefined) {
      throw new Error(`No entity ${id} in data/entities.json`);
    }
    return clone(found);
  };
  const dushanbe = byId('dushanbe');
  const point = dushanbe.geo as { lat: number; lon: number; source: string };
  /** The first issue of parsing `record`: its path and message. */
  const firstIssue = (record: unknown) => {
    const issue = EntitySchema.safeParse(record).error?.issues[0];
    return { path: issue?.path, message: issue?.message };
  };

  it.each([
    [
      'geo on a person',
      { ...byId('vladimir-putin'), geo: point },
      ['geo'],
      'geo is for a location only, and "vladimir-putin" is of type person',
    ],
    [
      'geo on a facility',
      { ...byId('201st-military-base'), geo: point },
      ['geo'],
      'geo is for a location only, and "201st-military-base" is of type facility',
    ],
    [
      'a country code on an organization',
      { ...byId('csto'), countryCode: 'RU' },
      ['countryCode'],
      'countryCode is for a location only, and "csto" is of type organization',
    ],
    [
      'a latitude above 90',
      { ...dushanbe, geo: { ...point, lat: 90.5 } },
      ['geo', 'lat'],
      'Expected a latitude in decimal degrees from -90 to 90, got 90.5',
    ],
    [
      'a latitude below -90',
      { ...dushanbe, geo: { ...point, lat: -91 } },
      ['geo', 'lat'],
      'Expected a latitude in decimal degrees from -90 to 90, got -91',
    ],
    [
      'a longitude above 180',
      { ...dushanbe, geo: { ...point, lon: 181 } },
      ['geo', 'lon'],
      'Expected a longitude in decimal degrees from -180 to 180, got 181',
    ],
    [
      'a latitude that is not a number',
      { ...dushanbe, geo: { ...point, lat: NaN } },
      ['geo', 'lat'],
      'Expected a latitude in decimal degrees from -90 to 90, got NaN',
    ],
    [
      'a latitude written as a string',
      { ...dushanbe, geo: { ...point, lat: '38.5' } },
      ['geo', 'lat'],
      'Expected a latitude in decimal degrees from -90 to 90, got "38.5"',
    ],
    [
      'a point without its source',
      { ...dushanbe, geo: { lat: point.lat, lon: point.lon } },
      ['geo', 'source'],
      undefined,
    ],
    ['a point with a key of its own', { ...dushanbe, geo: { ...point, alt: 800 } }, ['geo'], undefined],
    [
      'a lower-case country code',
      { ...byId('tajikistan'), countryCode: 'tj' },
      ['countryCode'],
      'Expected an ISO 3166-1 alpha-2 country code such as "TJ", got "tj"',
    ],
    [
      'an alpha-3 country code',
      { ...byId('tajikistan'), countryCode: 'TJK' },
      ['countryCode'],
      'Expected an ISO 3166-1 alpha-2 country code such as "TJ", got "TJK"',
    ],
  ] as const)('refuses %s, at that field, saying why', (_case, record, path, message) => {
    const issue = firstIssue(record);
    expect(issue.path).toEqual(path);
    if (message !== undefined) {
      expect(issue.message).toBe(message);
    }
  });

  it.each([
    ['a city with its point', dushanbe],
    ['a country with its point and code', byId('tajikistan')],
    ['a region without a point', byId('central-asia')],
    ['a point on the bounds of the ranges', { ...dushanbe, geo: { ...point, lat: -90, lon: 180 } }],
  ] as const)('accepts %s', (_case, record) => {
    expect(EntitySchema.safeParse(record).success).toBe(true);
  });
});

describe('TopicSchema', () => {
  const cases = [
    [
      'an unknown key',
      (t: TopicJson) => {
        t.parent = 'x';
      },
      'Unrecognized key',
    ],
    [
      'a code that is not medtop',
      (t: TopicJson) => {
        t.iptc = '20000639';
      },
      'IPTC',
    ],
    [
      'a code without its label',
      (t: TopicJson) => {
        delete t.iptcLabel;
      },
      'go together',
    ],
  ] as const;
  it.each(cases)('rejects %s', (_name, spoil, expected) => {
    const bad = clone(aTopic);
    spoil(bad);
    expect(issuesOf(TopicSchema, bad)).toContain(expected);
  });
});
