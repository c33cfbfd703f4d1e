import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { articles, ArticleSchema, entities, EntitySchema, topics, TopicSchema } from '../src/index.js';
import { readJsonFile } from './support/corpus.js';

// Records as plain, unfrozen JSON, so that tests can make bad copies of them.
const rawArticles = readJsonFile('data/articles.json') as Record<string, unknown>[];
const rawEntities = readJsonFile('data/entities.json') as Record<string, unknown>[];
const rawTopics = readJsonFile('data/topics.json') as Record<string, unknown>[];
const [anArticle] = rawArticles;
const [anEntity] = rawEntities;
const [aTopic] = rawTopics;
if (!anArticle || !anEntity || !aTopic) {
  throw new Error('The data files are empty');
}

const clone = <T>(value: T): T => structuredClone(value);
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
      (a: any) => {
        a.url = 'https://example.invalid/';
      },
      'Unrecognized key',
    ],
    [
      'an unknown nested key',
      (a: any) => {
        a.date.confidence = 1;
      },
      'Unrecognized key',
    ],
    [
      'a missing title',
      (a: any) => {
        delete a.title;
      },
      'title',
    ],
    [
      'a blank title',
      (a: any) => {
        a.title = ' \u00a0';
      },
      'title',
    ],
    [
      'a non-kebab id',
      (a: any) => {
        a.id = 'Not_Kebab';
      },
      'kebab-case',
    ],
    [
      'a date in another format',
      (a: any) => {
        a.publishedAt = '22/07/2021';
      },
      'publishedAt',
    ],
    [
      'an impossible calendar date',
      (a: any) => {
        a.publishedAt = '2021-02-30';
      },
      'publishedAt',
    ],
    [
      'a time with an offset',
      (a: any) => {
        a.publishedAt = '2021-07-22T10:00:00+03:00';
      },
      'publishedAt',
    ],
    [
      'another language',
      (a: any) => {
        a.lang = 'en';
      },
      'lang',
    ],
    [
      'a day-precision date with a time',
      (a: any) => {
        a.publishedAt = '2021-07-22T10:00:00Z';
      },
      'precision',
    ],
    [
      'modifiedAt without evidence',
      (a: any) => {
        a.modifiedAt = '2021-07-22';
      },
      'modifiedEvidence',
    ],
    [
      'an inferred date without an inference',
      (a: any) => {
        a.date.basis = 'inferred';
      },
      'inference',
    ],
    [
      'an empty paragraph',
      (a: any) => {
        a.body = `${a.body}\n\n\u00a0`;
      },
      'Paragraph',
    ],
    [
      'a topic without evidence',
      (a: any) => {
        a.topics = [...a.topics, 'education'];
      },
      'topicEvidence',
    ],
    [
      'a duplicate topic',
      (a: any) => {
        a.topics = [...a.topics, a.topics[0]];
      },
      'unique',
    ],
    [
      'a mention past the end of its field',
      (a: any) => {
        a.entities[0].mentions[0].end = a.title.length + a.body.length + 1;
        a.entities[0].mentions[0].field = 'title';
      },
      'past the end',
    ],
    [
      'a reversed mention',
      (a: any) => {
        a.entities[0].mentions[0].end = a.entities[0].mentions[0].start;
      },
      'greater than start',
    ],
    [
      'a bad hash',
      (a: any) => {
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

  it('returns deeply frozen records', () => {
    const parsed = ArticleSchema.parse(clone(anArticle));
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.date)).toBe(true);
    expect(Object.isFrozen(parsed.entities)).toBe(true);
    expect(Object.isFrozen(parsed.entities[0]?.mentions[0])).toBe(true);
  });
});

describe('EntitySchema', () => {
  const cases = [
    [
      'an unknown key',
      (e: any) => {
        e.qid = 'Q1';
      },
      'Unrecognized key',
    ],
    [
      'an unknown type',
      (e: any) => {
        e.type = 'country';
      },
      'type',
    ],
    [
      'a malformed Wikidata id',
      (e: any) => {
        e.wikidata = 'Q0x';
      },
      'Wikidata',
    ],
    [
      'no aliases',
      (e: any) => {
        e.aliases = [];
      },
      'aliases',
    ],
    [
      'an unknown name language',
      (e: any) => {
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

describe('TopicSchema', () => {
  const cases = [
    [
      'an unknown key',
      (t: any) => {
        t.parent = 'x';
      },
      'Unrecognized key',
    ],
    [
      'a code that is not medtop',
      (t: any) => {
        t.iptc = '20000639';
      },
      'IPTC',
    ],
    [
      'a code without its label',
      (t: any) => {
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
