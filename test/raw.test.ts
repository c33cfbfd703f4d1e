import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type Article, articles, readArabicDate } from '../src/index.js';
import { rawFileOf, readBytes, readText, ROOT } from './support/corpus.js';

const rawOf = (article: Article): string => readText(rawFileOf(article).file);
const cases = articles.map((article) => [article.id, article] as const);

describe('the verbatim corpus in data/raw', () => {
  // raw is optional for a user's records; a shipped record must keep it, pointing into data/raw/.
  it.each(cases)('keeps the raw file of %s, in data/raw/', (_id, article) => {
    expect(article.raw?.file).toMatch(/^data\/raw\/[\w.-]+\.txt$/);
  });

  it('holds exactly the files the records point to', () => {
    const files = readdirSync(`${ROOT}data/raw`).sort();
    expect(articles.map((article) => rawFileOf(article).file.replace('data/raw/', '')).sort()).toEqual(files);
  });

  it.each(cases)('matches the recorded SHA-256 for %s', (_id, article) => {
    const { file, sha256 } = rawFileOf(article);
    expect(createHash('sha256').update(readBytes(file)).digest('hex')).toBe(sha256);
  });
});

/**
 * Walks the raw lines in order and accounts for each one as the title, the next
 * body paragraph or a piece of furniture; a line may be furniture followed by
 * the title or a paragraph. Only blank lines (including no-break-space lines)
 * and whitespace at the ends of a line are left out.
 */
function accountForLines(article: Article): string[] {
  const problems: string[] = [];
  const paragraphs = article.body.split('\n\n');
  const furniture = article.source.furniture.map((piece) => piece.text);
  let nextParagraph = 0;
  let nextFurniture = 0;
  let titleSeen = article.titleBasis === 'editorial';
  const takeText = (text: string): boolean => {
    if (!titleSeen && text === article.title) {
      titleSeen = true;
      return true;
    }
    if (text === paragraphs[nextParagraph]) {
      nextParagraph += 1;
      return true;
    }
    return false;
  };
  for (const line of rawOf(article).split('\n')) {
    const text = line.trim();
    if (text === '') {
      continue;
    }
    if (takeText(text)) {
      continue;
    }
    const piece = furniture[nextFurniture];
    if (piece !== undefined && text === piece) {
      nextFurniture += 1;
      continue;
    }
    if (
      piece !== undefined &&
      text.startsWith(piece) &&
      /^\s/.test(text.slice(piece.length)) &&
      takeText(text.slice(piece.length).trim())
    ) {
      nextFurniture += 1;
      continue;
    }
    problems.push(`raw line not accounted for: ${text.slice(0, 80)}`);
  }
  if (!titleSeen) {
    problems.push('the source title is not a raw line');
  }
  if (nextParagraph !== paragraphs.length) {
    problems.push(`paragraph ${nextParagraph} is not a raw line in order`);
  }
  if (nextFurniture !== furniture.length) {
    problems.push(`furniture ${nextFurniture} is not a raw line in order`);
  }
  return problems;
}

describe('nothing in the text is lost', () => {
  it.each(cases)('accounts for every raw line of %s, in order', (_id, article) => {
    expect(accountForLines(article)).toEqual([]);
  });

  it("keeps the source's own typos", () => {
    const lavrov = articles.find((article) => article.id.includes('lavrov'));
    expect(lavrov?.body).toContain('الوزيرلافروف');
    expect(lavrov?.body).toContain('إن"إهذا');
  });

  it('keeps no-break spaces inside paragraphs', () => {
    expect(articles.some((article) => article.body.includes('"خوفار"\u00a0قال'))).toBe(true);
  });

  it('notices a lost line', () => {
    const [first] = articles;
    if (!first) {
      throw new Error('no articles');
    }
    const paragraphs = first.body.split('\n\n');
    const damaged = { ...first, body: paragraphs.slice(0, -1).join('\n\n') };
    expect(accountForLines(damaged)).not.toEqual([]);
  });
});

describe("evidence is the raw text's own words", () => {
  it.each(cases)('finds every date evidence of %s in its raw text', (_id, article) => {
    const raw = rawOf(article);
    const { evidence, corroboration = [], modifiedEvidence } = article.date;
    for (const quote of [evidence, ...corroboration, ...(modifiedEvidence ? [modifiedEvidence] : [])]) {
      expect(raw).toContain(quote);
    }
  });

  it.each(cases)("finds every source party's evidence of %s in its raw text", (_id, article) => {
    for (const party of article.source.chain) {
      expect(rawOf(article)).toContain(party.evidence);
    }
  });

  it.each(cases)("finds every topic's evidence of %s in its title or body", (_id, article) => {
    const searchable = article.titleBasis === 'source' ? `${article.title}\n${article.body}` : article.body;
    for (const quotes of Object.values(article.topicEvidence)) {
      for (const quote of quotes) {
        expect(searchable).toContain(quote);
      }
    }
  });

  it('gives every article exactly one publisher, last in its chain', () => {
    for (const article of articles) {
      expect(article.source.chain.filter((party) => party.role === 'publisher')).toHaveLength(1);
      expect(article.source.chain.at(-1)?.role).toBe('publisher');
    }
  });
});

describe('the evidence fixes the date', () => {
  // The evidence is read with the public readArabicDate: one reader for the shipped records and for yours.
  it.each(cases)('reads publishedAt of %s from its evidence, which is one whole date phrase', (_id, article) => {
    const readings = readArabicDate(article.date.evidence);
    expect(readings.map((reading) => reading.evidence.text)).toEqual([article.date.evidence]);
    const [reading] = readings;
    if (article.date.basis === 'inferred') {
      expect(reading?.relative).toBeDefined();
      expect(reading?.writtenOn).toBe(article.publishedAt);
    } else {
      expect(reading?.value).toBe(article.publishedAt);
      expect(reading?.precision).toBe(article.date.precision);
    }
  });

  it.each(cases)('agrees with every weekday and "yesterday" that %s states', (_id, article) => {
    const day = article.publishedAt.slice(0, 10);
    for (const quote of article.date.corroboration ?? []) {
      const readings = readArabicDate(quote, { writtenOn: day });
      // A weekday that contradicts the day, or a "yesterday" that implies another day of writing, reads as nothing.
      expect(readings.length, quote).toBeGreaterThan(0);
      for (const reading of readings) {
        expect(reading.writtenOn ?? reading.value.slice(0, 10), quote).toBe(day);
      }
    }
  });

  it('reads modifiedAt from its evidence', () => {
    const modified = articles.filter((article) => article.modifiedAt !== undefined);
    expect(modified.length).toBeGreaterThan(0);
    for (const article of modified) {
      const readings = readArabicDate(article.date.modifiedEvidence ?? '');
      expect(readings.map((reading) => [reading.value, reading.label, reading.evidence.text])).toEqual([
        [article.modifiedAt, 'updated', article.date.modifiedEvidence],
      ]);
    }
  });

  it('infers the date of the article that states none, and says so', () => {
    const inferred = articles.filter((article) => article.date.basis === 'inferred');
    expect(inferred.map((article) => article.id)).toEqual(['2025-10-09-putin-state-visit-dushanbe']);
    expect(inferred[0]?.date.inference).toContain('أمس');
  });
});
