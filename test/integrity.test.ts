import { parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';

import { articles, entities, topics } from '../src/index.js';
import { readJsonFile, readText } from './support/corpus.js';

const entityIds = new Set(entities.map((entity) => entity.id));
const topicIds = new Set(topics.map((topic) => topic.id));
const isSortedBy = <T>(list: readonly T[], key: (item: T) => string): boolean =>
  list.every((item, index) => index === 0 || key(list[index - 1] as T) <= key(item));

describe('identifiers and references', () => {
  it.each([
    ['articles', articles.map((article) => article.id)],
    ['entities', entities.map((entity) => entity.id)],
    ['topics', topics.map((topic) => topic.id)],
  ] as const)('gives every record of %s a unique id', (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts every article id with its publication day', () => {
    for (const article of articles) {
      expect(article.id.startsWith(article.publishedAt.slice(0, 10))).toBe(true);
    }
  });

  it('resolves every entity an article lists, once each', () => {
    for (const article of articles) {
      const ids = article.entities.map((entity) => entity.id);
      expect(ids.filter((id) => !entityIds.has(id))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('resolves every topic an article lists', () => {
    for (const article of articles) {
      expect(article.topics.filter((id) => !topicIds.has(id))).toEqual([]);
    }
  });

  it('resolves every source party that names an entity', () => {
    const parties = articles.flatMap((article) => article.source.chain);
    expect(parties.filter((party) => party.entity !== undefined && !entityIds.has(party.entity))).toEqual([]);
  });

  it('uses every entity: each is mentioned in some article or credited as a source', () => {
    const used = new Set([
      ...articles.flatMap((article) => article.entities.map((entity) => entity.id)),
      ...articles.flatMap((article) => article.source.chain.flatMap((party) => party.entity ?? [])),
    ]);
    expect(entities.filter((entity) => !used.has(entity.id)).map((entity) => entity.id)).toEqual([]);
  });

  it('uses every topic in some article', () => {
    const used = new Set(articles.flatMap((article) => article.topics));
    expect(topics.filter((topic) => !used.has(topic.id)).map((topic) => topic.id)).toEqual([]);
  });

  it('gives each IPTC code to one topic at most, so a code names one topic', () => {
    const codes = topics.flatMap((topic) => topic.iptc ?? []);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('order', () => {
  it('sorts articles by publication instant, then id', () => {
    const key = (article: (typeof articles)[number]) => `${parseISO(article.publishedAt).toISOString()} ${article.id}`;
    expect(isSortedBy(articles, key)).toBe(true);
  });

  it.each([
    ['entities', entities],
    ['topics', topics],
  ] as const)('sorts %s by id', (_name, list) => {
    expect(isSortedBy(list as readonly { id: string }[], (record) => record.id)).toBe(true);
  });

  it("lists each article's entities in order of first mention, and mentions in text order", () => {
    const position = (mention: { field: string; start: number }) =>
      (mention.field === 'title' ? 0 : 1e9) + mention.start;
    for (const article of articles) {
      expect(isSortedBy(article.entities, (entity) => String(position(entity.mentions[0]!)).padStart(12, '0'))).toBe(
        true,
      );
      for (const entity of article.entities) {
        expect(isSortedBy(entity.mentions, (mention) => String(position(mention)).padStart(12, '0'))).toBe(true);
      }
    }
  });

  it.each(['data/articles.json', 'data/entities.json', 'data/topics.json'])(
    'keeps %s pretty-printed and stable',
    (path) => {
      const text = readText(path);
      expect(text).toBe(`${JSON.stringify(readJsonFile(path), null, 2)}\n`);
    },
  );
});
