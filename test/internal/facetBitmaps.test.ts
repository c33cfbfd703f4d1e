import { describe, expect, it } from 'vitest';

import { DENSE_SHARE, denseBitmap, hasBit } from '../../src/internal/corpus/facetBitmaps.js';
import { documentsWhere, facetOf } from '../support/facetFixture.js';

/** The documents whose bit a bitmap sets, among `0 … count - 1`. */
const marked = (bitmap: Uint32Array, count: number): number[] =>
  documentsWhere(count, (document) => hasBit(bitmap, document));

// Each case: the documents that carry value 0, in a corpus of `count` documents (value 1 is carried by the rest).
const cases = [
  { name: 'a value carried by exactly a thirty-second of 64 documents', count: 64, carriers: [5, 40], dense: true },
  { name: 'a value carried by one document fewer', count: 64, carriers: [40], dense: false },
  { name: 'a value carried by no document', count: 64, carriers: [], dense: false },
  { name: 'a value carried by every document', count: 64, carriers: documentsWhere(64, () => true), dense: true },
  { name: 'the first and last of 33 documents, across a word boundary', count: 33, carriers: [0, 32], dense: true },
  { name: 'one document of one', count: 1, carriers: [0], dense: true },
  { name: 'no document of an empty corpus', count: 0, carriers: [], dense: true },
] as const satisfies readonly { name: string; count: number; carriers: readonly number[]; dense: boolean }[];

describe('denseBitmap', () => {
  it('calls a value dense from a thirty-second of the documents on, where its bitmap is no larger than its list', () => {
    expect(DENSE_SHARE).toBe(1 / 32);
  });

  it.each(cases)('gives $name a bitmap of exactly its documents if it is dense', ({ count, carriers, dense }) => {
    const carried = new Set<number>(carriers);
    const index = facetOf(
      documentsWhere(count, () => true).map((document) => (carried.has(document) ? [0] : [1])),
      2,
    );
    const bitmap = denseBitmap(index, 0);
    expect(bitmap !== undefined).toBe(dense);
    if (bitmap !== undefined) {
      expect(marked(bitmap, count)).toEqual([...carriers]);
      expect(bitmap.length).toBe(Math.ceil(count / 32));
    }
  });

  it('builds a value bitmap once, and answers from it after', () => {
    const index = facetOf(
      documentsWhere(64, () => true).map((document) => (document % 2 === 0 ? [0] : [1])),
      2,
    );
    const first = denseBitmap(index, 0);
    expect(first).toBeInstanceOf(Uint32Array);
    expect(denseBitmap(index, 0)).toBe(first);
    // Another index of the same shape has bitmaps of its own.
    const other = facetOf(
      documentsWhere(64, () => true).map(() => [0]),
      2,
    );
    expect(marked(denseBitmap(other, 0)!, 64)).toHaveLength(64);
    expect(marked(denseBitmap(index, 0)!, 64)).toHaveLength(32);
  });
});
