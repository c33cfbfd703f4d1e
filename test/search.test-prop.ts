import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  corpus,
  createCorpus,
  entities,
  RuTjNewsError,
  searchArticles,
  searchHits,
} from '../src/index.js';
import { corpusArbitrary, WORDS } from './support/arbitraries.js';
import { holdsWord as holds, textWords } from './support/holdsWord.js';
import { makeArticle } from './support/makeArticle.js';
import { runs } from './support/propertyRuns.js';

/**
 * Letters that make coincidences common: the clitic letters (و ف ب ل ك ا), the
 * suffix letters (ه ي ن ت), and a few root letters of the function words.
 */
const LETTERS = ['ا', 'ل', 'و', 'ف', 'ب', 'ك', 'ه', 'ي', 'ن', 'ت', 'م', 'ع', 'ى', 'ة', 'أ', 'إ', 'ذ', 'د'] as const;
const FUNCTION_WORDS = [
  'في',
  'من',
  'على',
  'إلى',
  'أن',
  'عن',
  'مع',
  'هذا',
  'التي',
  'ما',
  'لا',
  'لدى',
  'إن',
  'أي',
  'هي',
] as const;
/** Three-letter words, which take the inflection endings of #16's section 2, some of them near other words (الأهم, بنات, هناك). */
const THREE_LETTER_WORDS = ['عقد', 'وفد', 'الا', 'بنا', 'هنا', 'اما', 'بين', 'كان', 'قام', 'عام'] as const;
const letterWord = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...LETTERS), { minLength: min, maxLength: max }).map((letters) => letters.join(''));
/** Random Arabic-ish words, and function words with clitics and suffixes around them. */
const textWord = fc.oneof(
  { arbitrary: letterWord(1, 7), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'فب'),
        fc.constantFrom(...FUNCTION_WORDS),
        fc.constantFrom('', '', 'ه', 'ها', 'ي', 'ات', 'ين', 'ية', 'يات', 'هم'),
      )
      .map((parts) => parts.join('')),
    weight: 5,
  },
  fc
    .tuple(
      fc.constantFrom('', 'و', 'ب', 'ال', 'بال'),
      fc.constantFrom(...THREE_LETTER_WORDS, 'اه', 'نا', 'ا'),
      // Tanween, pronouns, ت + suffix, the dual construct and the verb endings.
      fc.constantFrom('', 'ا', 'هم', 'هما', 'نا', 'كم', 'كن', 'ك', 'ت', 'تا', 'تهما', 'تين', 'اهما', 'يهم', 'ات'),
    )
    .map((parts) => parts.join('')),
);
const arabicishCorpus = fc
  .array(fc.array(textWord, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 })
  .map((bodies) => bodies.map((body, index) => makeArticle({ id: `a-${index}`, body: body.join(' ') })));
const shortQuery = fc.oneof(
  letterWord(1, 3),
  fc.constantFrom(...FUNCTION_WORDS),
  fc.constantFrom(...THREE_LETTER_WORDS),
);

/** The normalized words of each name and alias of each shipped entity, by id. */
const NAMES = new Map(
  entities.map((entity) => [
    entity.id,
    [entity.name.ar, entity.name.en, ...entity.aliases].map((name) => textWords(name).join(' ')),
  ]),
);

/**
 * Whether an article holds a normalized query word, by the documented rules: a
 * Latin-script word is looked for in the English title and summary (the
 * arbitrary's English texts are two fixed words, so a Latin word holds only when
 * it is one of them), any other word in the title and body; and any word also
 * holds where the article mentions an entity that has it as a whole name or alias.
 */
function holdsQueryWord(article: Article, word: string): boolean {
  const named = article.entities.some(({ id }) => NAMES.get(id)?.includes(word) === true);
  if (/^\p{Script=Latin}+$/u.test(word)) {
    return named || textWords(`${article.en.title} ${article.en.summary}`).includes(word);
  }
  return named || holds(article, word);
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
          const queryWords = textWords(text);
          const found = searchArticles(list, text);
          const expected = list.filter((article) => queryWords.every((word) => holdsQueryWord(article, word)));
          // Every hit holds every word …
          for (const article of found) {
            for (const word of queryWords) {
              expect(holdsQueryWord(article, word), `${article.id} lacks ${word}`).toBe(true);
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

  it('returns, for a short word, only the articles that hold it, and every one that does', () => {
    let hits = 0;
    let nonHits = 0;
    fc.assert(
      fc.property(arabicishCorpus, shortQuery, (list, word) => {
        const found = searchArticles(list, word);
        for (const article of found) {
          expect(holds(article, word), `${article.body} does not hold ${word}`).toBe(true);
        }
        const expected = list.filter((article) => holds(article, word));
        expect(found.map((article) => article.id).sort()).toEqual(expected.map((article) => article.id).sort());
        // The corpus answers exactly what the plain helper answers.
        expect(
          createCorpus(list)
            .search(word)
            .map((article) => article.id),
        ).toEqual(found.map((article) => article.id));
        hits += found.length;
        nonHits += list.length - found.length;
      }),
      runs('searchArticles hits for short words and function words hold the word itself'),
    );
    // Both outcomes must be common, or the property says little. (Short words take few endings, so
    // fewer generated words hold them than hold a long word.)
    expect(hits).toBeGreaterThan(100);
    expect(nonHits).toBeGreaterThan(200);
  });

  it('returns, for a prefix, the articles with a word that starts with it, behind a clitic only from three letters on', () => {
    // The clitics as the docs list them: و or ف, then ب ل or ك, then ال, or لل; each optional.
    const clitics = ['', 'و', 'ف'].flatMap((conjunction) => [
      ...['', 'ب', 'ل', 'ك'].flatMap((preposition) => [conjunction + preposition, `${conjunction + preposition}ال`]),
      `${conjunction}لل`,
    ]);
    const holdsPrefix = (article: Article, prefix: string): boolean =>
      textWords(`${article.title} ${article.body}`).some((word) =>
        prefix.length < 3 ? word.startsWith(prefix) : clitics.some((clitic) => word.startsWith(clitic + prefix)),
      );
    // Random letters, and the heads of the words the texts are built from.
    const prefixQuery = fc.oneof(
      letterWord(2, 4),
      fc
        .tuple(fc.constantFrom(...FUNCTION_WORDS, ...THREE_LETTER_WORDS), fc.integer({ min: 2, max: 3 }))
        .filter(([word, length]) => word.length >= length)
        .map(([word, length]) => word.slice(0, length)),
      fc.constantFrom('ال', 'وال', 'بال', 'الت', 'الا'),
    );
    let hits = 0;
    let nonHits = 0;
    fc.assert(
      fc.property(arabicishCorpus, prefixQuery, (list, prefix) => {
        const normalized = textWords(prefix).join('');
        const found = searchArticles(list, `${prefix}*`);
        const expected = list.filter((article) => holdsPrefix(article, normalized));
        expect(found.map((article) => article.id).sort()).toEqual(expected.map((article) => article.id).sort());
        expect(
          createCorpus(list)
            .search(`${prefix}*`)
            .map((article) => article.id),
        ).toEqual(found.map((article) => article.id));
        hits += found.length;
        nonHits += list.length - found.length;
      }),
      runs('searchArticles prefix hits hold a word that starts with the prefix, behind a clitic from three letters on'),
    );
    expect(hits).toBeGreaterThan(100);
    expect(nonHits).toBeGreaterThan(200);
  });

  it('gives match spans on the shipped articles that start and end outside a word, its trailing marks included', () => {
    // The shipped texts' own tokens, diacritics and all, and prefixes of them.
    const tokens = [
      ...new Set(articles.flatMap((article) => `${article.title} ${article.body}`.match(/[\p{L}\p{M}]+/gu) ?? [])),
    ];
    const query = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 2 }).map((found) => found.join(' ')),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...tokens.filter((token) => token.length > 3)), fc.integer({ min: 3, max: 6 }))
          .map(([token, length]) => `${token.slice(0, length)}*`),
      },
    );
    const textOf = (article: Article, field: string): string =>
      field === 'title'
        ? article.title
        : field === 'body'
          ? article.body
          : field === 'en.title'
            ? article.en.title
            : article.en.summary;
    let spans = 0;
    fc.assert(
      fc.property(query, (text) => {
        let hits;
        try {
          hits = searchHits(articles, text);
        } catch (error) {
          // A prefix cut after a mark, or before a letter it lacks, may be no valid prefix.
          expect(error).toBeInstanceOf(RuTjNewsError);
          return;
        }
        expect(corpus.searchHits(text)).toEqual(hits);
        for (const { article, matches } of hits) {
          for (const { field, start, end } of matches) {
            const value = textOf(article, field);
            expect(/^\p{M}/u.test(value.charAt(start)), `${field} ${start} in ${article.id}`).toBe(false);
            expect(/^[\p{M}\u0640]/u.test(value.charAt(end)), `${field} ${end} in ${article.id}`).toBe(false);
            spans += 1;
          }
        }
      }),
      runs('searchHits match spans on the shipped articles start and end outside a word, marks included'),
    );
    expect(spans).toBeGreaterThan(1000);
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
