import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { articles, ArticleSchema, entities, EntitySchema, topics, TopicSchema } from '../src/index.js';
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
  raw: { sha256: string };
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
        a.url = 'https://example.invalid/';
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
      'a time with an offset',
      (a: ArticleJson) => {
        a.publishedAt = '2021-07-22T10:00:00+03:00';
      },
      'publishedAt',
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
