import { describe, expect, it } from 'vitest';

import { type Candidates, keepInRange, keepWithValues, sortUnique } from '../../src/internal/corpus/candidates.js';
import { denseBitmap } from '../../src/internal/corpus/facetBitmaps.js';
import type { Match } from '../../src/types.js';
import { documentsWhere, facetOf } from '../support/facetFixture.js';

const COUNT = 64;
// Value 0 on even documents (dense), 1 on multiples of 3 (dense), 2 on document 9 alone and 3 on none (both sparse).
const index = facetOf(
  documentsWhere(COUNT, () => true).map((document) => [
    ...(document % 2 === 0 ? [0] : []),
    ...(document % 3 === 0 ? [1] : []),
    ...(document === 9 ? [2] : []),
  ]),
  4,
);
const EVERY = documentsWhere(COUNT, () => true);
const owned = (documents: readonly number[]): Candidates => ({
  documents: Uint32Array.from(documents),
  size: documents.length,
  owned: true,
});
const kept = ({ documents, size }: Candidates): number[] => [...documents.subarray(0, size)];

describe('keepWithValues', () => {
  it('checks the two common values in bitmaps and the two rare ones in the documents', () => {
    expect([0, 1, 2, 3].map((value) => denseBitmap(index, value) !== undefined)).toEqual([true, true, false, false]);
  });

  it.each([
    { name: 'no candidates', candidates: [], wanted: [0, 2], match: 'any', expected: [] },
    { name: 'one candidate that has all', candidates: [9], wanted: [1, 2], match: 'all', expected: [9] },
    { name: 'one candidate that lacks one', candidates: [3], wanted: [1, 2], match: 'all', expected: [] },
    {
      name: 'every document, all of two dense values',
      candidates: EVERY,
      wanted: [0, 1],
      match: 'all',
      expected: documentsWhere(COUNT, (document) => document % 6 === 0),
    },
    {
      name: 'every document, all of a dense and a sparse value',
      candidates: EVERY,
      wanted: [2, 1],
      match: 'all',
      expected: [9],
    },
    {
      name: 'every document, any of two sparse values',
      candidates: EVERY,
      wanted: [3, 2],
      match: 'any',
      expected: [9],
    },
    {
      name: 'every document, any of a dense and a sparse value',
      candidates: EVERY,
      wanted: [0, 2],
      match: 'any',
      expected: documentsWhere(COUNT, (document) => document % 2 === 0 || document === 9),
    },
    {
      name: 'candidates that all hit',
      candidates: documentsWhere(COUNT, (document) => document % 2 === 0),
      wanted: [0],
      match: 'all',
      expected: documentsWhere(COUNT, (document) => document % 2 === 0),
    },
    {
      name: 'candidates out of corpus order, kept in theirs',
      candidates: [12, 3, 10, 9, 6, 63],
      wanted: [1],
      match: 'any',
      expected: [12, 3, 9, 6, 63],
    },
  ] as const satisfies readonly {
    name: string;
    candidates: readonly number[];
    wanted: readonly number[];
    match: Match;
    expected: readonly number[];
  }[])('keeps, of $name, exactly those with the values', ({ candidates, wanted, match, expected }) => {
    expect(kept(keepWithValues(owned(candidates), index, wanted, match))).toEqual(expected);
  });

  it('copies what it keeps from an array it does not own, and leaves that array as it was', () => {
    const view = Uint32Array.of(1, 2, 3, 4, 6);
    const result = keepWithValues({ documents: view, size: view.length, owned: false }, index, [0, 1], 'all');
    expect(kept(result)).toEqual([6]);
    expect([...view]).toEqual([1, 2, 3, 4, 6]);
  });
});

describe('keepInRange', () => {
  // Document d starts at 10·d and ends at 10·d + 5.
  const dates = {
    starts: Float64Array.from(EVERY, (document) => 10 * document),
    ends: Float64Array.from(EVERY, (document) => 10 * document + 5),
  };
  it.each([
    ['a range that ends where a document starts', 0, 30, [0, 1, 2, 3]],
    ['a range that starts where a document ends', 25, 40, [2, 3, 4]],
    ['a range between two documents', 26, 29, []],
    ['an open range', -Infinity, Infinity, [0, 1, 2, 3, 4]],
  ] as const)('keeps the documents that overlap %s', (_name, from, to, expected) => {
    expect(kept(keepInRange(owned([0, 1, 2, 3, 4]), dates, from, to))).toEqual(expected);
  });
});

describe('sortUnique', () => {
  it.each([
    ['no candidates', [], []],
    ['one candidate', [7], [7]],
    ['candidates in date order', [9, 2, 5, 1], [1, 2, 5, 9]],
    ['candidates from two lists, some in both', [5, 1, 9, 5, 2, 9, 9], [1, 2, 5, 9]],
  ] as const)('sorts %s into corpus order, each once', (_name, candidates, expected) => {
    expect(kept(sortUnique(owned(candidates)))).toEqual(expected);
  });

  it('sorts a copy of an array it does not own', () => {
    const view = Uint32Array.of(4, 2, 4, 0);
    expect(kept(sortUnique({ documents: view, size: 3, owned: false }))).toEqual([2, 4]);
    expect([...view]).toEqual([4, 2, 4, 0]);
  });
});
