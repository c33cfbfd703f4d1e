import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type Article, articles } from '../src/index.js';
import { readDateClaim } from './support/arabicDates.js';
import { rawFileOf, readBytes, readText, ROOT } from './support/corpus.js';

// Plain UTC arithmetic: date-fns's addDays works in local time, which a DST change would shift.
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
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
  it.each(cases)('reads publishedAt of %s from its evidence', (_id, article) => {
    const claim = readDateClaim(article.date.evidence);
    const day = article.publishedAt.slice(0, 10);
    expect(claim.date, `no date in "${article.date.evidence}"`).toBeDefined();
    const written = addDays(new Date(`${claim.date}T00:00:00Z`), claim.daysBeforeWriting)
      .toISOString()
      .slice(0, 10);
    expect(written).toBe(day);
    if (article.date.precision === 'minute') {
      expect(article.publishedAt.slice(11, 16)).toBe(claim.time);
    }
    if (claim.daysBeforeWriting > 0) {
      expect(article.date.basis).toBe('inferred');
    }
  });

  it.each(cases)('agrees with every weekday and "yesterday" that %s states', (_id, article) => {
    const day = new Date(`${article.publishedAt.slice(0, 10)}T00:00:00Z`);
    for (const quote of [article.date.evidence, ...(article.date.corroboration ?? [])]) {
      const claim = readDateClaim(quote);
      const meant = addDays(day, -claim.daysBeforeWriting);
      if (claim.date !== undefined) {
        expect(claim.date, quote).toBe(meant.toISOString().slice(0, 10));
      }
      if (claim.weekday !== undefined) {
        expect(meant.getUTCDay(), quote).toBe(claim.weekday);
      }
    }
  });

  it('reads modifiedAt from its evidence', () => {
    for (const article of articles) {
      if (article.modifiedAt === undefined || article.date.modifiedEvidence === undefined) {
        continue;
      }
      const claim = readDateClaim(article.date.modifiedEvidence);
      expect(`${claim.date}T${claim.time}:00Z`).toBe(article.modifiedAt);
    }
  });

  it('infers the date of the article that states none, and says so', () => {
    const inferred = articles.filter((article) => article.date.basis === 'inferred');
    expect(inferred.map((article) => article.id)).toEqual(['2025-10-09-putin-state-visit-dushanbe']);
    expect(inferred[0]?.date.inference).toContain('أمس');
  });
});
