/** Facet indexes built straight from each document's values, for the tests of the facet checks (test/internal/). */
import { buildFacetIndex, type FacetIndex } from '../../src/internal/corpus/facetIndex.js';

/**
 * The facet index of documents whose values are `perDocument[d]` (distinct numbers
 * below `valueCount`), in the order given; every document starts at the same time.
 */
export function facetOf(perDocument: readonly (readonly number[])[], valueCount: number): FacetIndex {
  const count = perDocument.length;
  const valueOffsets = new Uint32Array(count + 1);
  perDocument.forEach((values, document) => {
    valueOffsets[document + 1] = valueOffsets[document]! + values.length;
  });
  const ids = new Map(Array.from({ length: valueCount }, (_, value) => [`v-${value}`, value] as const));
  return buildFacetIndex(ids, valueOffsets, Uint32Array.from(perDocument.flat()), {
    order: Uint32Array.from({ length: count }, (_, document) => document),
    sortedStarts: new Float64Array(count),
  });
}

/** The documents `0 … count - 1` for which `holds` is true. */
export function documentsWhere(count: number, holds: (document: number) => boolean): number[] {
  return Array.from({ length: count }, (_, document) => document).filter(holds);
}
