/**
 * Posting lists for one facet (entities or topics), in compressed-sparse-row
 * form both ways: per facet value, the sorted documents that carry it; per
 * document, the values it carries.
 */
import type { Match } from '../../types.js';
import { bound } from './bound.js';
import { earliestStart } from './dateIndex.js';

/** The two-way index of one facet. */
export interface FacetIndex {
  /** Facet value id → value number. */
  readonly ids: ReadonlyMap<string, number>;
  /** Documents of value `v`: `documents[offsets[v]] … documents[offsets[v + 1] - 1]`, ascending. */
  readonly offsets: Uint32Array;
  readonly documents: Uint32Array;
  /** Values of document `d`: `values[valueOffsets[d]] … values[valueOffsets[d + 1] - 1]`. */
  readonly valueOffsets: Uint32Array;
  readonly values: Uint32Array;
  /** The same posting lists (same offsets), each sorted by publication start instead of by document. */
  readonly datedDocuments: Uint32Array;
  /** The publication start of each entry of `datedDocuments`, for binary search. */
  readonly datedStarts: Float64Array;
}

/** Builds a facet index from each document's distinct value numbers, given flat: `values[valueOffsets[d]] …`. */
export function buildFacetIndex(
  ids: ReadonlyMap<string, number>,
  valueOffsets: Uint32Array,
  values: Uint32Array,
  dates: { readonly order: Uint32Array; readonly sortedStarts: Float64Array },
): FacetIndex {
  const count = valueOffsets.length - 1;
  const size = ids.size;
  // Every value is a number of `ids`, below ids.size, and every document is below count:
  // the reads below are in range.
  const offsets = new Uint32Array(size + 1);
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at]!;
    offsets[value + 1] = offsets[value + 1]! + 1;
  }
  for (let value = 0; value < size; value += 1) {
    offsets[value + 1] = offsets[value]! + offsets[value + 1]!;
  }
  // Counting sort by value: walking documents in order keeps each posting list sorted,
  // and walking them in date order fills each dated list already sorted. Two plain loops,
  // not one helper for both: at a million documents the index build is mostly these.
  const documents = new Uint32Array(values.length);
  const cursor = offsets.slice(0, size);
  for (let document = 0; document < count; document += 1) {
    const end = valueOffsets[document + 1]!;
    for (let at = valueOffsets[document]!; at < end; at += 1) {
      const value = values[at]!;
      const slot = cursor[value]!;
      documents[slot] = document;
      cursor[value] = slot + 1;
    }
  }
  const datedDocuments = new Uint32Array(values.length);
  const datedStarts = new Float64Array(values.length);
  cursor.set(offsets.subarray(0, size));
  const { order, sortedStarts } = dates;
  for (let rank = 0; rank < count; rank += 1) {
    const document = order[rank]!;
    const start = sortedStarts[rank]!;
    const end = valueOffsets[document + 1]!;
    for (let at = valueOffsets[document]!; at < end; at += 1) {
      const value = values[at]!;
      const slot = cursor[value]!;
      datedDocuments[slot] = document;
      datedStarts[slot] = start;
      cursor[value] = slot + 1;
    }
  }
  return { ids, offsets, documents, valueOffsets, values, datedDocuments, datedStarts };
}

/** The sorted documents that carry a value. */
export function postingsOf(index: FacetIndex, value: number): Uint32Array {
  // A value number is below ids.size, and offsets has ids.size + 1 entries. (Named, because
  // subarray would read a missing bound as the end of the array.)
  const from = index.offsets[value]!;
  const to = index.offsets[value + 1]!;
  return index.documents.subarray(from, to);
}

/** Whether document `document` carries any (or all) of `wanted`. */
export function hasValues(index: FacetIndex, document: number, wanted: readonly number[], match: Match): boolean {
  // A document number is below the count, and valueOffsets has count + 1 entries; start <= at < end <= values.length.
  const start = index.valueOffsets[document]!;
  const end = index.valueOffsets[document + 1]!;
  if (match === 'any') {
    for (let at = start; at < end; at += 1) {
      if (wanted.includes(index.values[at]!)) {
        return true;
      }
    }
    return false;
  }
  for (const value of wanted) {
    let found = false;
    for (let at = start; at < end && !found; at += 1) {
      found = index.values[at] === value;
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

/**
 * The documents of a value that can overlap `[from, to]`, in date order, in two
 * parts: the `edge`, which start within a day before `from` and so overlap the range
 * only if they have not ended by then, and the `inside`, which start in the range.
 */
export function datedPostings(
  index: FacetIndex,
  value: number,
  from: number,
  to: number,
): { readonly edge: Uint32Array; readonly inside: Uint32Array } {
  // A value number is below ids.size, and offsets has ids.size + 1 entries. (Named, because
  // bound would read a missing bound as the end of the array.)
  const start = index.offsets[value]!;
  const end = index.offsets[value + 1]!;
  const first = bound(index.datedStarts, earliestStart(from), false, start, end);
  const last = bound(index.datedStarts, to, true, first, end);
  // Searched below `last`, so that every edge starts by `to` too, even in a range whose `from` is a fraction of a millisecond after its `to`.
  const middle = bound(index.datedStarts, from, false, first, last);
  return { edge: index.datedDocuments.subarray(first, middle), inside: index.datedDocuments.subarray(middle, last) };
}
