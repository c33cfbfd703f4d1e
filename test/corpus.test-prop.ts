import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createCorpus,
  filterByDate,
  filterByEntity,
  filterByTopic,
  type Query,
  query,
  searchArticles,
} from '../src/index.js';
import { corpusArbitrary, queryArbitrary, WORDS } from './support/arbitraries.js';
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
