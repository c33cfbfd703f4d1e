import { describe, expect, it } from 'vitest';

import { IdTable } from '../../src/internal/corpus/idTable.js';

/** A table of `ids`, added in order: what each add returned, and the table. */
function fill(ids: readonly string[]): { readonly added: number[]; readonly table: IdTable } {
  const table = new IdTable(ids.length, (document) => ids[document]!);
  return { added: ids.map((id, document) => table.add(id, document)), table };
}

describe('IdTable', () => {
  // Pairs of ids whose 32-bit FNV-1a hashes are equal: the table must still tell them apart.
  const collisions = ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke'] as const;
  const cases = [
    { name: 'distinct ids', ids: ['a', 'b', 'c'] },
    { name: 'ids whose hashes collide', ids: collisions },
    { name: 'ten thousand ids', ids: Array.from({ length: 10_000 }, (_, index) => `a-${index}`) },
  ] as const;

  it.each(cases)('finds each of $name at its document, and no id it was not given', ({ ids }) => {
    const { added, table } = fill(ids);
    expect(added.every((earlier) => earlier === -1)).toBe(true);
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, document) => document));
    expect(['', 'z-0', 'liquids', 'a-10000'].map((id) => table.get(id))).toEqual([-1, -1, -1, -1]);
  });

  it.each([
    { name: 'a repeated id', ids: ['a', 'b', 'a'], earlier: [-1, -1, 0] },
    {
      name: 'an id repeated after one whose hash collides with it',
      ids: ['costarring', 'liquid', 'costarring', 'liquid'],
      earlier: [-1, -1, 0, 1],
    },
  ] as const)('returns, for $name, the document that had it first', ({ ids, earlier }) => {
    expect(fill(ids).added).toEqual(earlier);
  });
});
