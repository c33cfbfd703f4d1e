import { describe, expect, it } from 'vitest';

import { FlatLists } from '../../src/internal/corpus/flatLists.js';

/** Fills one list per document, then reads each back through offsets and values. */
function roundTrip(documents: readonly (readonly number[])[]): number[][] {
  const lists = new FlatLists(documents.length);
  documents.forEach((values, document) => {
    for (const value of values) {
      lists.add(value);
    }
    lists.end(document);
  });
  const values = lists.values();
  return documents.map((_, document) => [...values.subarray(lists.offsets[document], lists.offsets[document + 1])]);
}

describe('FlatLists', () => {
  it.each([
    { name: 'no documents', given: [], read: [] },
    { name: 'empty lists', given: [[], [], []], read: [[], [], []] },
    { name: 'lists in the order added', given: [[3, 1], [2], [0, 4, 1]], read: [[3, 1], [2], [0, 4, 1]] },
    { name: 'a repeat within a list once', given: [[5, 5, 2, 5]], read: [[5, 2]] },
    { name: 'the same value in two lists twice', given: [[7], [7, 7]], read: [[7], [7]] },
    {
      name: 'more values than the first buffer holds',
      given: Array.from({ length: 600 }, (_, document) => [document, document + 1, document]),
      read: Array.from({ length: 600 }, (_, document) => [document, document + 1]),
    },
  ] as const)('keeps $name', ({ given, read }) => {
    expect(roundTrip(given)).toEqual(read);
  });
});
