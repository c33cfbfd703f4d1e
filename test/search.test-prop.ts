import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Article, articles, normalizeArabic, RuTjNewsError, searchArticles } from '../src/index.js';
import { CLITIC_PREFIXES, stemWord, WORD } from '../src/internal/text/tokenize.js';
import { corpusArbitrary, WORDS } from './support/arbitraries.js';
import { runs } from './support/propertyRuns.js';

/** The stems of a text's words: its normalized words, light-stemmed. */
const stems = (text: string): Set<string> => new Set((normalizeArabic(text).match(WORD) ?? []).map(stemWord));

/**
 * Whether an article holds a query word, as the docs define it: some word of its title or
 * body has the word's light stem, or the stem of the word behind a clitic prefix.
 */
function holds(article: Article, word: string): boolean {
  const own = stems(`${article.title} ${article.body}`);
  const forms = /^[\u0621-\u064a]+$/u.test(word)
    ? CLITIC_PREFIXES.map((prefix) => stemWord(prefix + word))
    : [stemWord(word)];
  return forms.some((form) => own.has(form));
}

describe('searchArticles (properties)', () => {
  it('returns exactly the articles that hold every normalized query word', () => {
    let hits = 0;
    fc.assert(
      fc.property(
        corpusArbitrary,
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        (list, chosen) => {
          const text = chosen.join(' ');
          const queryWords = normalizeArabic(text).match(WORD) ?? [];
          const found = searchArticles(list, text);
          const expected = list.filter((article) => queryWords.every((word) => holds(article, word)));
          // Every hit holds every word …
          for (const article of found) {
            for (const word of queryWords) {
              expect(holds(article, word), `${article.id} lacks ${word}`).toBe(true);
            }
          }
          // … and nothing that holds them all is missed (the order is the ranking, so compare as sets).
          expect(found.map((article) => article.id).sort()).toEqual(expected.map((article) => article.id).sort());
          hits += found.length;
        },
      ),
      runs('searchArticles hits hold every query word, and every article that holds them is a hit'),
    );
    expect(hits).toBeGreaterThan(500);
  });

  it('throws nothing but our errors on any string', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
      fc
        .array(fc.constantFrom(...WORDS, '.*', '(', '\\', '$&', '__proto__', 'constructor', '\ud800', ' '), {
          maxLength: 6,
        })
        .map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          const found = searchArticles(articles, text);
          expect(found.every((article) => articles.includes(article))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RuTjNewsError);
        }
      }),
      runs('searchArticles throws nothing but our errors on any string'),
    );
  });
});
