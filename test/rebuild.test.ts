/**
 * The shipped corpus, rebuilt: buildArticle on the five raw texts, given only
 * what a person curated (the title, body, furniture, source chain, English,
 * topics and their evidence, quotations, and the time expressions, which it
 * checks), must find every shipped mention span and date again.
 */
import { describe, expect, it } from 'vitest';

import { MISSING_SPACES } from '../scripts/lib/deriveEntities.js';
import { type Article, articles, buildArticle, entities, topics } from '../src/index.js';
import { rawFileOf, readBytes } from './support/corpus.js';

/** What a curator gives buildArticle for a shipped article: everything but what it reads or computes. */
function rebuild(article: Article): Article {
  return buildArticle(
    {
      id: article.id,
      title: article.title,
      titleBasis: article.titleBasis,
      body: article.body,
      furniture: article.source.furniture,
      chain: article.source.chain,
      en: article.en,
      topics: article.topics,
      topicEvidence: article.topicEvidence,
      timeExpressions: article.timeExpressions,
      quotations: article.quotations,
      raw: { file: rawFileOf(article).file, text: readBytes(rawFileOf(article).file) },
      // The curated layer, which buildArticle checks (each span reads as its amount) and keeps.
      ...(article.quantities === undefined ? {} : { quantities: article.quantities }),
    },
    { entities, topics, missingSpaces: MISSING_SPACES[article.id] ?? [] },
  );
}

const rebuilt = articles.map((article) => [article.id, article, rebuild(article)] as const);
const spans = (list: readonly Article[]): number =>
  list.reduce((sum, article) => sum + article.entities.reduce((inner, entity) => inner + entity.mentions.length, 0), 0);

describe('the shipped corpus, rebuilt from its raw texts', () => {
  it('finds all 218 shipped mention spans again, and none extra', () => {
    expect(spans(articles)).toBe(218);
    expect(spans(rebuilt.map(([, , built]) => built))).toBe(218);
  });

  it.each(rebuilt)('rebuilds the entities of %s exactly, in order of first mention', (_id, shipped, built) => {
    expect(built.entities).toEqual(shipped.entities);
  });

  it.each(rebuilt)('rebuilds every field of %s but the date, the raw hash included', (_id, shipped, built) => {
    expect({ ...built, date: undefined }).toEqual({ ...shipped, date: undefined });
  });

  const stated = rebuilt.filter(([, shipped]) => shipped.date.basis === 'stated');

  it.each(stated)('reads the stated date of %s with the same evidence', (_id, shipped, built) => {
    expect(stated).toHaveLength(4);
    expect([built.publishedAt, built.modifiedAt]).toEqual([shipped.publishedAt, shipped.modifiedAt]);
    expect(built.date).toEqual(shipped.date);
  });

  it.each(rebuilt)('corroborates the date of %s with what the curator quoted', (_id, shipped, built) => {
    const found = built.date.corroboration ?? [];
    // Each quote of the curator holds a phrase the builder found…
    for (const quote of shipped.date.corroboration ?? []) {
      expect(
        found.some((phrase) => quote.includes(phrase)),
        quote,
      ).toBe(true);
    }
    // …and each phrase the builder found is one of those quotes, or inside one.
    for (const phrase of found) {
      expect(
        (shipped.date.corroboration ?? []).some((quote) => quote.includes(phrase)),
        phrase,
      ).toBe(true);
    }
  });

  it('infers the date of the article that states none, from "yesterday evening, Wednesday 8 October 2025"', () => {
    const inferred = rebuilt.filter(([, shipped]) => shipped.date.basis === 'inferred');
    expect(inferred.map(([id]) => id)).toEqual(['2025-10-09-putin-state-visit-dushanbe']);
    const [[, shipped, built]] = inferred as [(typeof rebuilt)[number]];
    expect(built.publishedAt).toBe('2025-10-09');
    expect(built.date.basis).toBe('inferred');
    expect(built.date.evidence).toBe('مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025');
    expect(built.date.evidence).toBe(shipped.date.evidence);
    expect(built.date.inference).toContain('"مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025"');
    expect(built.date.inference).toContain('written on Thursday 9 October 2025');
  });
});
