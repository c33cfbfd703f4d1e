import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type Article,
  cooccurrence,
  countByEntity,
  countByPeriod,
  countByTopic,
  createCorpus,
  filterByDate,
  filterByEntity,
  filterByTopic,
  mentionSnippets,
  type Query,
  query,
  searchArticles,
  type SearchHit,
  searchHits,
  toCsv,
  toJsonLd,
  toNdjson,
} from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import {
  corpusArbitrary,
  ownCorpusArbitrary,
  periodQueryArbitrary,
  queryArbitrary,
  WORDS,
} from './support/arbitraries.js';
import { runs } from './support/propertyRuns.js';

/** The same query with its text search left out: only the filters. */
function withoutText(q: Query): Query {
  const filters = { ...q };
  delete filters.text;
  return filters;
}

describe('createCorpus (properties)', () => {
  it('answers every query exactly as query() does on the same list', () => {
    let queries = 0;
    let nonEmpty = 0;
    fc.assert(
      fc.property(corpusArbitrary, fc.array(queryArbitrary, { minLength: 1, maxLength: 5 }), (list, batch) => {
        const corpus = createCorpus(list);
        for (const q of batch) {
          const expected = query(list, q).map((article) => article.id);
          expect(corpus.query(q).map((article) => article.id)).toEqual(expected);
          queries += 1;
          if (expected.length > 0) {
            nonEmpty += 1;
          }
        }
      }),
      runs('createCorpus(x).query(q) equals query(x, q)'),
    );
    // The property says little if nearly every answer is empty.
    expect(nonEmpty / queries).toBeGreaterThan(0.15);
  });

  it('searches exactly as searchArticles() does on the same list', () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        (list, words) => {
          const text = words.join(' ');
          expect(
            createCorpus(list)
              .search(text)
              .map((article) => article.id),
          ).toEqual(searchArticles(list, text).map((article) => article.id));
        },
      ),
      runs('createCorpus(x).search(t) equals searchArticles(x, t)'),
    );
  });
});

// English words with their inflections and names of shipped entities, for the English fields and the queries; the
// queries add names and aliases of entities the arbitrary articles mention (Afghanistan, Rudenko, أرمنيا).
const ENGLISH_WORDS = [
  'base',
  'bases',
  "base's",
  'military',
  'Military',
  'city',
  'cities',
  'Putin',
  'Rahmon',
  'talks',
] as const;
/**
 * Rarer tokens with edge cases, drawn only by the first property below (the
 * others keep their draws and their coverage counts): a possessive with ’, a
 * lone s, numbers beside Latin words, a hyphenated token.
 */
const ENGLISH_EDGE_WORDS = ['Rahmon’s', 'U.S.', 's', '16', '201st', 'military-base'] as const;
/** A word of {@link ENGLISH_WORDS}, or with `edges` now and then one of {@link ENGLISH_EDGE_WORDS}. */
const englishWord = (edges: boolean): fc.Arbitrary<string> =>
  edges
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ENGLISH_WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...ENGLISH_EDGE_WORDS) },
      )
    : fc.constantFrom(...ENGLISH_WORDS);
const englishText = (edges: boolean): fc.Arbitrary<string> =>
  fc.array(englishWord(edges), { minLength: 1, maxLength: 6 }).map((found) => found.join(' '));

/** {@link corpusArbitrary} with random English titles and summaries. */
const searchCorpusOf = (edges: boolean): fc.Arbitrary<Article[]> =>
  corpusArbitrary.chain((list) =>
    fc
      .tuple(...list.map(() => fc.record({ title: englishText(edges), summary: englishText(edges) })))
      .map((english) => list.map((article, at) => ({ ...article, en: english[at]! }))),
  );

const queryWordOf = (edges: boolean): fc.Arbitrary<string> =>
  edges
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom(...WORDS, ...ENGLISH_WORDS, 'Afghanistan', 'Rudenko', 'رودينكو', 'أرمنيا'),
        },
        { weight: 1, arbitrary: fc.constantFrom(...ENGLISH_EDGE_WORDS) },
      )
    : fc.constantFrom(...WORDS, ...ENGLISH_WORDS, 'Afghanistan', 'Rudenko', 'رودينكو', 'أرمنيا');
/** A query in the full syntax (words, phrases, prefixes, exclusions); its first clause is a word, so that it has something to find. */
const syntaxQueryOf = (edges: boolean): fc.Arbitrary<string> => {
  const queryWord = queryWordOf(edges);
  const clause = fc.oneof(
    { weight: 3, arbitrary: queryWord },
    {
      weight: 2,
      arbitrary: fc.array(queryWord, { minLength: 2, maxLength: 3 }).map((found) => `"${found.join(' ')}"`),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'طاج',
          'روس',
          'القا',
          'بوت',
          'رح',
          'ال',
          'mil',
          'ba',
          'cit',
          ...(edges ? ['ان', 'وك', 'الت'] : []),
        )
        .map((head) => `${head}*`),
    },
    { weight: 1, arbitrary: queryWord.map((word) => `-${word}`) },
    {
      weight: 1,
      arbitrary: fc.array(queryWord, { minLength: 2, maxLength: 2 }).map((found) => `-"${found.join(' ')}"`),
    },
  );
  return fc.tuple(queryWord, fc.array(clause, { maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(' '));
};
const searchCorpus = searchCorpusOf(false);
const syntaxQuery = syntaxQueryOf(false);

/** A hit, with its article as its id, to compare. */
const shown = (hit: SearchHit): { id: string; score: number; matches: SearchHit['matches'] } => ({
  id: hit.article.id,
  score: hit.score,
  matches: hit.matches,
});

describe('searchHits on a list and on a corpus (properties)', () => {
  it('returns the same hits, scores and matches from the index as from the scan, for any query syntax', () => {
    let hits = 0;
    fc.assert(
      fc.property(searchCorpusOf(true), syntaxQueryOf(true), (list, text) => {
        const corpus = createCorpus(list);
        const expected = searchHits(list, text).map(shown);
        expect(corpus.searchHits(text).map(shown)).toEqual(expected);
        expect(corpus.search(text).map((article) => article.id)).toEqual(expected.map((hit) => hit.id));
        expect(searchArticles(list, text).map((article) => article.id)).toEqual(expected.map((hit) => hit.id));
        hits += expected.length;
      }),
      runs('createCorpus(x).searchHits(t) equals searchHits(x, t): articles, scores and matches, for any query syntax'),
    );
    // The property says little if nearly every answer is empty.
    expect(hits).toBeGreaterThan(300);
  });

  it('returns, with a limit and an offset, exactly that slice of the full ranking', () => {
    let pages = 0;
    fc.assert(
      fc.property(
        searchCorpus,
        syntaxQuery,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 10 }),
        (list, text, limit, offset) => {
          const corpus = createCorpus(list);
          const full = searchHits(list, text).map(shown);
          const slice = full.slice(offset, offset + limit);
          expect(searchHits(list, text, { limit, offset }).map(shown)).toEqual(slice);
          expect(corpus.searchHits(text, { limit, offset }).map(shown)).toEqual(slice);
          expect(corpus.search(text, { limit, offset }).map((article) => article.id)).toEqual(
            slice.map((hit) => hit.id),
          );
          if (slice.length > 0 && full.length > offset + limit) {
            pages += 1;
          }
        },
      ),
      runs('searchHits(x, t, { limit, offset }) is that slice of the full ranking, on a list and on a corpus'),
    );
    // Pages that cut the ranking short, where the heap decides, must be common.
    expect(pages).toBeGreaterThan(30);
  });
});

/** The words of a text as written, split at spaces: a phrase query made of them names adjacent words. */
const spaced = (text: string): string[] => text.split(/\s+/u).filter((word) => word.length > 0);

/** A phrase from an article's own text: adjacent words of its title or body, or the title's last and the body's first. */
const ownPhrase = fc
  .tuple(searchCorpus, fc.nat(), fc.nat(), fc.constantFrom('title', 'body', 'boundary'), fc.integer({ min: 2, max: 3 }))
  .filter(([list]) => list.length > 0)
  .map(([list, pick, start, where, length]) => {
    // pick % list.length is a position in the non-empty list.
    const article = list[pick % list.length]!;
    const title = spaced(article.title);
    const body = spaced(article.body);
    const source = where === 'title' ? title : body;
    const from = source.length === 0 ? 0 : start % source.length;
    const found = where === 'boundary' ? [...title.slice(-1), ...body.slice(0, 1)] : source.slice(from, from + length);
    return { list, phrase: `"${found.join(' ')}"` };
  });

describe('the word sequences and score bounds of the search index (properties)', () => {
  it("finds a phrase of the articles' own words exactly as the scan does, and never across the title/body boundary", () => {
    let hits = 0;
    fc.assert(
      fc.property(ownPhrase, ({ list, phrase }) => {
        const expected = searchHits(list, phrase).map(shown);
        expect(createCorpus(list).searchHits(phrase).map(shown)).toEqual(expected);
        hits += expected.length;
      }),
      runs(
        "createCorpus(x).searchHits of a phrase from x's own text equals searchHits(x, phrase), across the title/body boundary too",
      ),
    );
    // Phrases taken from the text must mostly be found.
    expect(hits).toBeGreaterThan(150);
  });

  it('returns a page of a one-word search that is exactly that slice of the full ranking, whatever the frequencies', () => {
    let pages = 0;
    const extra = fc.array(fc.constantFrom('زعفران', 'قرنفل', 'والزعفران'), { maxLength: 8 });
    const varied = corpusArbitrary.chain((list) =>
      fc.tuple(...list.map(() => extra)).map((added) =>
        // Appended after the body, the words leave every mention span where it was.
        list.map((article, at) =>
          added[at]!.length === 0 ? article : { ...article, body: `${article.body} ${added[at]!.join(' ')}` },
        ),
      ),
    );
    fc.assert(
      fc.property(
        varied,
        fc.constantFrom('زعفران', 'قرنفل'),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (list, word, limit, offset) => {
          const full = searchHits(list, word).map(shown);
          const slice = full.slice(offset, offset + limit);
          expect(createCorpus(list).searchHits(word, { limit, offset }).map(shown)).toEqual(slice);
          if (slice.length > 0 && full.length > 2 * (offset + limit)) {
            pages += 1;
          }
        },
      ),
      runs(
        'createCorpus(x).searchHits(word, { limit, offset }) is that slice of the full ranking when frequencies vary',
      ),
    );
    // Pages far shorter than the ranking, where frequencies can be left out, must be common.
    expect(pages).toBeGreaterThan(30);
  });
});

const entityType = fc.constantFrom(undefined, 'person' as const, 'organization' as const, 'location' as const);

describe('the aggregation and export methods of a corpus (properties)', () => {
  it('aggregate exactly as the plain helpers do on corpus.articles with the corpus registries', () => {
    let rows = 0;
    fc.assert(
      fc.property(ownCorpusArbitrary, periodQueryArbitrary, entityType, (own, { period, options }, type) => {
        const corpus = createCorpus(own.list, { entities: own.entities, topics: own.topics });
        const registries = { entities: corpus.entities, topics: corpus.topics };
        const { articles } = corpus;
        const byType = type === undefined ? {} : { type };
        expect(corpus.countByPeriod(period, options)).toEqual(countByPeriod(articles, period, options));
        const entityRows = corpus.countByEntity(byType);
        expect(entityRows).toEqual(countByEntity(articles, { ...byType, entities: registries.entities }));
        expect(corpus.countByTopic()).toEqual(countByTopic(articles, { topics: registries.topics }));
        expect(corpus.cooccurrence(byType)).toEqual(
          cooccurrence(articles, { ...byType, entities: registries.entities }),
        );
        // The rows are the registry's own records, not copies.
        for (const { entity } of entityRows) {
          expect(corpus.entities).toContain(entity);
        }
        rows += entityRows.length;
      }),
      runs('createCorpus(x, registries) aggregates exactly as the plain helpers do with the same registries'),
    );
    // The property says little if nearly every corpus names nothing.
    expect(rows).toBeGreaterThan(300);
  });

  it('export exactly as the plain helpers do on corpus.articles with the corpus registries', () => {
    fc.assert(
      fc.property(ownCorpusArbitrary, fc.nat({ max: 60 }), (own, context) => {
        const corpus = createCorpus(own.list, { entities: own.entities, topics: own.topics });
        const registries = { entities: corpus.entities, topics: corpus.topics };
        expect(corpus.toCsv()).toBe(toCsv(corpus.articles));
        expect(corpus.toCsv({ fields: ['id', 'entities', 'topics'], bom: true })).toBe(
          toCsv(corpus.articles, { fields: ['id', 'entities', 'topics'], bom: true }),
        );
        expect(corpus.toNdjson()).toBe(toNdjson(corpus.articles));
        for (const article of corpus.articles) {
          expect(corpus.toJsonLd(article)).toEqual(toJsonLd(article, registries));
          for (const { id } of article.entities) {
            expect(corpus.mentionSnippets(article, id, { context })).toEqual(
              mentionSnippets(article, id, { context, entities: registries.entities }),
            );
          }
        }
      }),
      runs('createCorpus(x, registries) exports exactly as the plain helpers do with the same registries'),
    );
  });

  it('writes Parquet exactly as toParquet does on corpus.articles', async () => {
    await fc.assert(
      fc.asyncProperty(ownCorpusArbitrary, async (own) => {
        const corpus = createCorpus(own.list, { entities: own.entities, topics: own.topics });
        const options = { createdBy: 'a property test', metadata: { size: String(own.list.length) } };
        expect(await corpus.toParquet(options)).toEqual(toParquet(corpus.articles, options));
      }),
      runs('createCorpus(x).toParquet() gives the bytes of toParquet(x)'),
    );
  });
});

describe('query and the filters (properties)', () => {
  it('returns a subset of the input, in input order, when there is no text', () => {
    fc.assert(
      fc.property(corpusArbitrary, queryArbitrary, (list, q) => {
        const filters = withoutText(q);
        const result = query(list, filters);
        const positions = result.map((article) => list.indexOf(article));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((left, right) => left - right));
      }),
      runs('query without text returns a subset in input order'),
    );
  });

  it('is the composition of the single filters', () => {
    fc.assert(
      fc.property(corpusArbitrary, queryArbitrary, (list, q) => {
        let expected = q.text === undefined ? [...list] : searchArticles(list, q.text);
        if (q.from !== undefined || q.to !== undefined) {
          expected = filterByDate(expected, { from: q.from, to: q.to });
        }
        const entityRefs = typeof q.entities === 'string' ? [q.entities] : (q.entities ?? []);
        const topicRefs = typeof q.topics === 'string' ? [q.topics] : (q.topics ?? []);
        if (entityRefs.length > 0) {
          expected = filterByEntity(expected, entityRefs, { match: q.match });
        }
        if (topicRefs.length > 0) {
          expected = filterByTopic(expected, topicRefs, { match: q.match });
        }
        expect(query(list, q)).toEqual(expected);
      }),
      runs('query is the composition of the single filters'),
    );
  });

  it('gives the same result when a filter is applied twice', () => {
    fc.assert(
      fc.property(corpusArbitrary, queryArbitrary, (list, q) => {
        const once = query(list, q);
        const filters = withoutText(q);
        expect(query(once, filters)).toEqual(once);
      }),
      runs('query gives the same result when applied twice'),
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(corpusArbitrary, queryArbitrary, (list, q) => {
        const before = JSON.stringify(list);
        const copy = [...list];
        query(list, q);
        expect(list).toEqual(copy);
        expect(JSON.stringify(list)).toBe(before);
      }),
      runs('query never changes its input'),
    );
  });
});
