import { parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';

import { articles, entities, findMentions, readArabicDate, topics } from '../src/index.js';
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

  it("uses every entity: each is mentioned in some article, credited as a source, or named among a document's parties", () => {
    const used = new Set([
      ...articles.flatMap((article) => article.entities.map((entity) => entity.id)),
      ...articles.flatMap((article) => article.source.chain.flatMap((party) => party.entity ?? [])),
      ...entities.flatMap((entity) => entity.parties?.entities ?? []),
    ]);
    expect(entities.filter((entity) => !used.has(entity.id)).map((entity) => entity.id)).toEqual([]);
  });

  it('mentions every document and event of the registry in some article', () => {
    const mentioned = new Set(articles.flatMap((article) => article.entities.map((entity) => entity.id)));
    const named = entities.filter((entity) => entity.type === 'document' || entity.type === 'event');
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((entity) => !mentioned.has(entity.id)).map((entity) => entity.id)).toEqual([]);
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

describe('documents', () => {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const documents = entities.filter((entity) => entity.type === 'document');
  /** Every quote a document gives as evidence, with the claim it supports. */
  const quotes = documents.flatMap((document) =>
    (['date', 'parties'] as const).flatMap((claim) =>
      (document[claim]?.evidence ?? []).map((evidence) => [document.id, claim, evidence] as const),
    ),
  );

  it('carry the fixed ids that the quotations layer names as speakers', () => {
    const ids = documents.map((document) => document.id);
    expect(ids).toContain('russia-tajikistan-joint-statement-2025');
    expect(ids).toContain('tajik-president-press-office-statement-2022');
  });

  it('give a date or parties only on a document', () => {
    const others = entities.filter((entity) => entity.type !== 'document');
    expect(others.filter((entity) => entity.date !== undefined || entity.parties !== undefined)).toEqual([]);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it.each(quotes)("find the %s %s evidence in its article's printed title or body", (_id, _claim, evidence) => {
    const article = articleById.get(evidence.article);
    expect(article, evidence.article).toBeDefined();
    const printed = article?.titleBasis === 'source' ? [article.title, article.body] : [article?.body ?? ''];
    expect(
      printed.some((text) => text.includes(evidence.quote)),
      evidence.quote,
    ).toBe(true);
  });

  it.each(
    documents.filter((document) => document.date !== undefined).map((document) => [document.id, document] as const),
  )(
    'read the date of %s from its evidence, as readArabicDate reads it on the day the article was written',
    (_id, document) => {
      const date = document.date!; // the table keeps the dated documents only
      const readings = date.evidence.flatMap((evidence) =>
        // The evidence test above finds every quoted article.
        readArabicDate(evidence.quote, { writtenOn: articleById.get(evidence.article)!.publishedAt.slice(0, 10) }),
      );
      const matching = readings.filter((reading) => reading.value === date.value);
      expect(matching.length, date.value).toBeGreaterThan(0);
      // A stated date is written out in a quote; an inferred one may rest on a relative day or a link the text leaves open.
      if (date.basis === 'stated') {
        expect(matching.some((reading) => reading.basis === 'stated')).toBe(true);
      }
    },
  );

  it('resolve every party to a registry entity other than the document', () => {
    for (const document of documents) {
      for (const id of document.parties?.entities ?? []) {
        expect(entityIds.has(id) && id !== document.id, `${document.id}: ${id}`).toBe(true);
      }
    }
  });

  it.each(
    documents
      .filter((document) => document.parties?.basis === 'stated')
      .map((document) => [document.id, document] as const),
  )('find every stated party of %s named in its evidence', (_id, document) => {
    // Without the document itself, whose own name would take in the names of its parties.
    const others = entities.filter((entity) => entity.id !== document.id);
    // The table keeps the documents with stated parties only.
    const named = new Set(
      document.parties!.evidence.flatMap((evidence) => findMentions(evidence.quote, others).map((found) => found.id)),
    );
    expect(document.parties!.entities.filter((id) => !named.has(id))).toEqual([]);
  });
});
