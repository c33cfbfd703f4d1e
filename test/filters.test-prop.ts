import { addDays, addMilliseconds, areIntervalsOverlapping, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type Article,
  type DateBound,
  entities,
  filterByDate,
  filterByEntity,
  filterByTopic,
  type Match,
  topics,
} from '../src/index.js';
import { corpusArbitrary, queryArbitrary } from './support/arbitraries.js';
import { type PropertyName, runs } from './support/propertyRuns.js';

const entityRefs = entities.slice(0, 8).flatMap((entity) => [entity.id, entity.name.ar, entity.name.en]);
const topicRefs = topics.slice(0, 6).flatMap((topic) => [topic.id, topic.label.en]);
const match = fc.constantFrom<Match>('any', 'all');
const range = queryArbitrary.map(({ from, to }) => ({ from, to }));

/** Each filter, with random arguments for it. */
const filters = [
  ['filterByDate', range.map((options) => (list: readonly Article[]) => filterByDate(list, options))],
  [
    'filterByEntity',
    fc.tuple(fc.uniqueArray(fc.constantFrom(...entityRefs), { minLength: 1, maxLength: 3 }), match).map(
      ([refs, how]) =>
        (list: readonly Article[]) =>
          filterByEntity(list, refs, { match: how }),
    ),
  ],
  [
    'filterByTopic',
    fc.tuple(fc.uniqueArray(fc.constantFrom(...topicRefs), { minLength: 1, maxLength: 3 }), match).map(
      ([refs, how]) =>
        (list: readonly Article[]) =>
          filterByTopic(list, refs, { match: how }),
    ),
  ],
] as const;

describe.each(filters)('%s (properties)', (name, filter) => {
  it('returns a subset of its input, in input order', () => {
    fc.assert(
      fc.property(corpusArbitrary, filter, (list, apply) => {
        const positions = apply(list).map((article) => list.indexOf(article));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((left, right) => left - right));
        expect(new Set(positions).size).toBe(positions.length);
      }),
      runs(`${name} returns a subset of its input, in input order` as PropertyName),
    );
  });

  it('gives the same result when applied twice', () => {
    fc.assert(
      fc.property(corpusArbitrary, filter, (list, apply) => {
        const once = apply(list);
        expect(apply(once)).toEqual(once);
      }),
      runs(`${name} gives the same result when applied twice` as PropertyName),
    );
  });
});

/** A bound as a Date, read the way the docs describe, with date-fns: a date-only `to` covers its whole UTC day. */
function referenceBound(value: DateBound | undefined, edge: 'from' | 'to'): Date {
  if (value === undefined) {
    return new Date(edge === 'from' ? -8.64e15 : 8.64e15);
  }
  if (typeof value === 'string' && value.length === 10) {
    const start = parseISO(`${value}T00:00:00Z`);
    return edge === 'from' ? start : addMilliseconds(addDays(start, 1), -1);
  }
  return typeof value === 'string' ? parseISO(value) : new Date(value);
}

/** The naive reference: an article is kept when its publication day (or minute) overlaps the range. */
function referenceFilter(list: readonly Article[], from: DateBound | undefined, to: DateBound | undefined): Article[] {
  const wanted = { start: referenceBound(from, 'from'), end: referenceBound(to, 'to') };
  return list.filter((article) => {
    const start = parseISO(
      article.publishedAt.length === 10 ? `${article.publishedAt}T00:00:00Z` : article.publishedAt,
    );
    const end = article.publishedAt.length === 10 ? addMilliseconds(addDays(start, 1), -1) : start;
    return areIntervalsOverlapping({ start, end }, wanted, { inclusive: true });
  });
}

describe('filterByDate against a reference (properties)', () => {
  it('agrees with a naive date-fns reference', () => {
    let kept = 0;
    let dropped = 0;
    fc.assert(
      fc.property(corpusArbitrary, range, (list, { from, to }) => {
        const result = filterByDate(list, { from, to });
        expect(result).toEqual(referenceFilter(list, from, to));
        kept += result.length;
        dropped += list.length - result.length;
      }),
      runs('filterByDate agrees with a naive date-fns reference'),
    );
    // The property says little unless ranges both keep and drop articles.
    expect(kept).toBeGreaterThan(100);
    expect(dropped).toBeGreaterThan(100);
  });
});

const byIds = (list: readonly Article[]) => (ids: readonly string[]) =>
  list.filter((article) => ids.includes(article.id));

describe.each([
  ['filterByEntity', entityRefs, filterByEntity],
  ['filterByTopic', topicRefs, filterByTopic],
] as const)('%s any and all (properties)', (name, refs, filter) => {
  it('gives the union of single-reference results for any, and their intersection for all', () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        fc.uniqueArray(fc.constantFrom(...refs), { minLength: 1, maxLength: 4 }),
        (list, chosen) => {
          const singles = chosen.map((ref) => new Set(filter(list, ref).map((article) => article.id)));
          const union = [...new Set(singles.flatMap((set) => [...set]))];
          const intersection = [...(singles[0] ?? [])].filter((id) => singles.every((set) => set.has(id)));
          const inOrder = byIds(list);
          expect(filter(list, chosen, { match: 'any' })).toEqual(inOrder(union));
          expect(filter(list, chosen, { match: 'all' })).toEqual(inOrder(intersection));
        },
      ),
      runs(`${name}'s any is the union, and all the intersection, of single references` as PropertyName),
    );
  });
});
