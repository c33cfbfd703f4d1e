import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  InvalidQueryError,
  mentionSnippets,
  type SearchMatch,
  searchSnippets,
  type SearchSnippetsOptions,
} from '../src/index.js';
import { catchError } from './support/catchError.js';

// Offsets: alpha 0, bravo 6, charlie 12, delta 20, echo 26, foxtrot 31, golf 39, hotel 44, india 50, juliet 56.
const SUMMARY = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
const TITLE = 'Putin and Rahmon meet';
const article: Article = { ...articles[0]!, en: { title: TITLE, summary: SUMMARY } };

/** A match of `word` in the summary, at its first occurrence. */
const inSummary = (word: string): SearchMatch => {
  const start = SUMMARY.indexOf(word);
  return { field: 'en.summary', start, end: start + word.length };
};

const CASES = [
  {
    name: 'keeps at most context characters on each side and drops a word the cut would split',
    matches: [inSummary('delta')],
    options: { context: 8 },
    expected: [{ text: 'charlie delta echo', highlighted: ['delta'], truncated: [true, true] }],
  },
  {
    name: 'puts matches whose gap is at most twice the context in one snippet, each highlighted',
    matches: [inSummary('delta'), inSummary('foxtrot')],
    options: { context: 8 },
    expected: [{ text: 'charlie delta echo foxtrot golf', highlighted: ['delta', 'foxtrot'], truncated: [true, true] }],
  },
  {
    name: 'gives matches farther apart their own snippets',
    matches: [inSummary('bravo'), inSummary('juliet')],
    options: { context: 8 },
    expected: [
      { text: 'alpha bravo charlie', highlighted: ['bravo'], truncated: [false, true] },
      { text: 'india juliet', highlighted: ['juliet'], truncated: [true, false] },
    ],
  },
  {
    name: 'returns at most limit snippets, the first ones',
    matches: [inSummary('bravo'), inSummary('juliet')],
    options: { context: 8, limit: 1 },
    expected: [{ text: 'alpha bravo charlie', highlighted: ['bravo'], truncated: [false, true] }],
  },
  {
    name: 'makes overlapping matches one highlight',
    matches: [inSummary('delta'), { field: 'en.summary', start: 22, end: 30 }],
    options: { context: 0 },
    expected: [{ text: 'delta echo', highlighted: ['delta echo'], truncated: [true, true] }],
  },
  {
    name: 'keeps only the match with a context of 0',
    matches: [inSummary('delta')],
    options: { context: 0 },
    expected: [{ text: 'delta', highlighted: ['delta'], truncated: [true, true] }],
  },
  {
    name: 'keeps the whole field when the context reaches both ends',
    matches: [inSummary('alpha'), inSummary('juliet')],
    options: {},
    expected: [{ text: SUMMARY, highlighted: ['alpha', 'juliet'], truncated: [false, false] }],
  },
  {
    name: 'orders snippets by field, title first, whatever the order of the matches',
    matches: [inSummary('golf'), { field: 'en.title', start: 0, end: 5 }],
    options: { context: 4 },
    expected: [
      { text: 'Putin and', highlighted: ['Putin'], truncated: [false, true] },
      { text: 'golf', highlighted: ['golf'], truncated: [true, true] },
    ],
  },
  { name: 'gives no snippet for no matches', matches: [], options: {}, expected: [] },
] as const satisfies readonly {
  name: string;
  matches: readonly SearchMatch[];
  options: SearchSnippetsOptions;
  expected: readonly {
    text: string;
    highlighted: readonly string[];
    truncated: readonly [boolean, boolean];
  }[];
}[];

describe('searchSnippets', () => {
  it.each(CASES)('$name', ({ matches, options, expected }) => {
    const snippets = searchSnippets({ article, matches }, options);
    expect(
      snippets.map((snippet) => ({
        text: snippet.text,
        highlighted: snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end)),
        truncated: [snippet.truncatedStart, snippet.truncatedEnd],
      })),
    ).toEqual(expected);
    for (const snippet of snippets) {
      const field = snippet.field === 'en.title' ? TITLE : SUMMARY;
      expect(field.slice(snippet.start, snippet.end)).toBe(snippet.text);
    }
  });

  it('reads each field of a shipped article: title, body, en.title and en.summary', () => {
    const shipped = articles[1]!;
    const fields = [
      ['title', shipped.title],
      ['body', shipped.body],
      ['en.title', shipped.en.title],
      ['en.summary', shipped.en.summary],
    ] as const;
    const matches = fields.map(([field, text]) => ({ field, start: 0, end: text.indexOf(' ') }));
    const snippets = searchSnippets({ article: shipped, matches }, { context: 10 });
    expect(snippets.map((snippet) => snippet.field)).toEqual(fields.map(([field]) => field));
    expect(
      snippets.map((snippet) => snippet.text.slice(snippet.highlights[0]!.start, snippet.highlights[0]!.end)),
    ).toEqual(fields.map(([, text]) => text.slice(0, text.indexOf(' '))));
  });

  it('cuts the same window around one match as mentionSnippets cuts around the same span', () => {
    const compared = articles.flatMap((shipped) =>
      shipped.entities.flatMap((entity) => {
        const snippets = mentionSnippets(shipped, entity.id, { context: 12 });
        return entity.mentions.map((mention, index) => {
          const [snippet] = searchSnippets({ article: shipped, matches: [mention] }, { context: 12 });
          const expected = snippets[index]!;
          return [
            snippet && [snippet.text, snippet.highlights, snippet.truncatedStart, snippet.truncatedEnd],
            [expected.text, [expected.highlight], expected.truncatedStart, expected.truncatedEnd],
          ];
        });
      }),
    );
    expect(compared.length).toBeGreaterThan(50);
    for (const [got, expected] of compared) {
      expect(got).toEqual(expected);
    }
  });
});

const BAD = [
  [{ context: -1 }, 'Invalid context -1'],
  [{ context: 1.5 }, 'Invalid context 1.5'],
  [{ context: 10_001 }, 'Invalid context 10001'],
  [{ context: '5' }, 'Invalid context "5"'],
  [{ limit: 0 }, 'Invalid limit 0'],
  [{ limit: -1 }, 'Invalid limit -1'],
  [{ limit: 2.5 }, 'Invalid limit 2.5'],
  [{ limit: Number.NaN }, 'Invalid limit NaN'],
  [{ limit: '2' }, 'Invalid limit "2"'],
  [{ limit: null }, 'Invalid limit null'],
  [{ context: null }, 'Invalid context null'],
  [{ contxt: 5 }, 'Unknown option "contxt"'],
] as const;

const BAD_MATCHES = [
  [{ field: 'en.summary', start: 0, end: SUMMARY.length + 1 }, 'a span that ends past its field'],
  [{ field: 'en.summary', start: 5, end: 5 }, 'an empty span'],
  [{ field: 'en.summary', start: -1, end: 3 }, 'a negative start'],
  [{ field: 'en.summary', start: 0.5, end: 3 }, 'a start that is not a whole number'],
  [{ field: 'summary', start: 0, end: 3 }, 'a field search does not read'],
  [null, 'not an object'],
] as const;

describe('searchSnippets (bad input)', () => {
  it.each(BAD)('throws InvalidQueryError for the options %j, naming the value', (options, message) => {
    const error = catchError(() => searchSnippets({ article, matches: [inSummary('delta')] }, options as never));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain(message);
  });

  it.each(BAD_MATCHES)('throws InvalidQueryError for the match %j: %s', (match) => {
    const error = catchError(() => searchSnippets({ article, matches: [inSummary('delta'), match as never] }));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(/Invalid search match/);
  });

  it('reads only the options object own properties: an inherited limit is not an option', () => {
    const hit = { article, matches: [inSummary('alpha'), inSummary('delta')] };
    const inherited = Object.assign(Object.create({ limit: 1 }) as object, { context: 0 });
    const all = searchSnippets(hit, { context: 0 });
    expect(all.length).toBeGreaterThan(1);
    expect(searchSnippets(hit, inherited)).toEqual(all);
  });

  it('checks every match, even past the limit', () => {
    const bad = { field: 'en.summary', start: 0, end: 1_000 } as const;
    expect(
      catchError(() => searchSnippets({ article, matches: [inSummary('alpha'), bad] }, { limit: 1 })),
    ).toBeInstanceOf(InvalidQueryError);
  });

  it('throws InvalidQueryError for a hit without an article', () => {
    expect(catchError(() => searchSnippets({ matches: [] } as never))).toBeInstanceOf(InvalidQueryError);
  });
});
