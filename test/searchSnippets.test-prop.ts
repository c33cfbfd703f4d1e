import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Article, articles, type SearchMatch, searchSnippets } from '../src/index.js';
import { runs } from './support/propertyRuns.js';

// Texts of short words between runs of varied whitespace, Latin and Arabic, so that cuts and trims happen often.
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('ab', 'Putin', 'رحمن', 'x', 'طاجيكستان', '201st', '—'),
      fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t '),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const FIELDS = ['body', 'en.summary'] as const;

const hit = fc
  .record({
    body: text,
    summary: text,
    spans: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.nat(), fc.nat()), { maxLength: 8 }),
  })
  .map(({ body, summary, spans }) => {
    const article: Article = { ...articles[0]!, body, en: { title: 'title', summary } };
    const matches: SearchMatch[] = spans.map(([field, a, b]) => {
      const length = field === 'body' ? body.length : summary.length;
      const start = a % length;
      return { field, start, end: start + 1 + (b % (length - start)) };
    });
    return { article, matches };
  });

const fieldText = (article: Article, field: string): string => (field === 'body' ? article.body : article.en.summary);

describe('searchSnippets (properties)', () => {
  it('highlights exactly the matched text, within the context, and a limit keeps the first snippets', () => {
    fc.assert(
      fc.property(hit, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 4 }), (given, context, limit) => {
        const snippets = searchSnippets(given, { context });
        for (const snippet of snippets) {
          const whole = fieldText(given.article, snippet.field);
          // The snippet is the field's text at its offsets.
          expect(whole.slice(snippet.start, snippet.end)).toBe(snippet.text);
          const spans = snippet.highlights.map(({ start, end }) => [start + snippet.start, end + snippet.start]);
          const mine = given.matches.filter((match) => match.field === snippet.field);
          spans.forEach(([start, end], index) => {
            // Each highlight runs from a match's start to a match's end, after the one before it.
            expect(mine.some((match) => match.start === start)).toBe(true);
            expect(mine.some((match) => match.end === end)).toBe(true);
            expect(start!).toBeLessThan(end!);
            expect(index === 0 || start! >= spans[index - 1]![1]!).toBe(true);
          });
          // At most `context` characters around the matches.
          expect(spans[0]![0]! - snippet.start).toBeLessThanOrEqual(context);
          expect(snippet.end - spans.at(-1)![1]!).toBeLessThanOrEqual(context);
          // Whitespace is trimmed off both ends that are not a match's.
          expect(snippet.start === spans[0]![0] || !/^\s/.test(snippet.text)).toBe(true);
          expect(snippet.end === spans.at(-1)![1] || !/\s$/.test(snippet.text)).toBe(true);
        }
        // Every match lies inside exactly one highlight.
        for (const match of given.matches) {
          const holding = snippets.flatMap((snippet) =>
            snippet.field === match.field
              ? snippet.highlights.filter(
                  ({ start, end }) => start + snippet.start <= match.start && match.end <= end + snippet.start,
                )
              : [],
          );
          expect(holding).toHaveLength(1);
        }
        // Snippets come in field order and do not overlap.
        snippets.forEach((snippet, index) => {
          const before = snippets[index - 1];
          if (before !== undefined) {
            const order = FIELDS.indexOf(snippet.field as never) - FIELDS.indexOf(before.field as never);
            expect(order > 0 || (order === 0 && snippet.start >= before.end)).toBe(true);
          }
        });
        expect(searchSnippets(given, { context, limit })).toEqual(snippets.slice(0, limit));
      }),
      runs(
        'searchSnippets highlights exactly the matched text, within the context, and a limit keeps the first snippets',
      ),
    );
  });
});
