import { describe, expect, it } from 'vitest';

import { buildDateIndex } from '../../src/internal/corpus/dateIndex.js';
import { buildFacetIndex, datedPostings, postingsOf } from '../../src/internal/corpus/facetIndex.js';
import { FlatLists } from '../../src/internal/corpus/flatLists.js';

const DAY = 86_400_000;

interface Document {
  readonly values: readonly number[];
  readonly day: number;
}

/** The facet index of documents given as their values and their start day, with three values a, b, c. */
function build(documents: readonly Document[]) {
  const lists = new FlatLists(documents.length);
  documents.forEach(({ values }, document) => {
    for (const value of values) {
      lists.add(value);
    }
    lists.end(document);
  });
  const starts = Float64Array.from(documents, ({ day }) => day * DAY);
  const dates = buildDateIndex(
    starts,
    starts.map((start) => start + DAY - 1),
  );
  const ids = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);
  return buildFacetIndex(ids, lists.offsets, lists.values(), dates);
}

describe('buildFacetIndex', () => {
  const cases: readonly { readonly name: string; readonly documents: readonly Document[] }[] = [
    { name: 'no documents', documents: [] },
    {
      name: 'documents without values',
      documents: [
        { values: [], day: 3 },
        { values: [], day: 1 },
      ],
    },
    {
      name: 'documents out of date order',
      documents: [
        { values: [0, 2], day: 5 },
        { values: [2], day: 1 },
        { values: [1, 0], day: 3 },
        { values: [0], day: 1 },
        { values: [2, 1, 0], day: 4 },
      ],
    },
    {
      name: 'a hundred documents on a few days',
      documents: Array.from({ length: 100 }, (_, document) => ({
        values: [document % 3, (document * 7) % 3].filter((value, at, all) => all.indexOf(value) === at),
        day: (document * 37) % 11,
      })),
    },
  ];

  it.each(cases)('lists, for $name, each value’s documents in document order and in date order', ({ documents }) => {
    const index = build(documents);
    for (const value of [0, 1, 2]) {
      const carrying = documents.flatMap(({ values }, document) => (values.includes(value) ? [document] : []));
      expect([...postingsOf(index, value)]).toEqual(carrying);
      // By start, ties in document order: the order of the date index.
      const byDate = [...carrying].sort((left, right) => documents[left]!.day - documents[right]!.day || left - right);
      const all = datedPostings(index, value, -Infinity, Infinity);
      expect([...all.edge, ...all.inside]).toEqual(byDate);
      // A range's postings: the inside starts in it; the edge starts less than a day before it.
      const startsIn = (low: number, high: number) =>
        carrying.filter((document) => documents[document]!.day * DAY >= low && documents[document]!.day * DAY <= high);
      for (const [from, to] of [
        [2 * DAY, 4 * DAY],
        [2 * DAY + 1, 4 * DAY],
        [2.5 * DAY, 4 * DAY],
      ] as const) {
        const { edge, inside } = datedPostings(index, value, from, to);
        expect([...inside].sort((left, right) => left - right)).toEqual(startsIn(from, to));
        expect([...edge].sort((left, right) => left - right)).toEqual(startsIn(from - DAY + 1, from - 1));
      }
    }
  });
});
