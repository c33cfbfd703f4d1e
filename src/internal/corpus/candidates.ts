/**
 * The candidate documents of a query as the executor (execute.ts) narrows them:
 * document numbers in a typed array, and the checks that keep some of them, each
 * one tight pass over the array. A pass reads the per-document data it needs in
 * one place only: the publication intervals, or a facet value's bitmap
 * (facetBitmaps.ts) where the value is dense, and the document's own values where
 * it is sparse.
 */
import type { Match } from '../../types.js';
import { denseBitmap, hasBit } from './facetBitmaps.js';
import { type FacetIndex, hasValues } from './facetIndex.js';

/**
 * Candidates: `documents[0 … size - 1]`. `owned` says that the array is the
 * executor's own, so that a pass may keep candidates in place; otherwise it is a
 * view of an index, and the first pass copies what it keeps.
 */
export interface Candidates {
  readonly documents: Uint32Array;
  readonly size: number;
  readonly owned: boolean;
}

/** The candidates that pass `keep`, in the same order. */
export function keepIf(candidates: Candidates, keep: (document: number) => boolean): Candidates {
  const { documents, size } = candidates;
  // Kept in place, which is safe: a candidate is written at or before the position it was read from.
  const kept = candidates.owned ? documents : new Uint32Array(size);
  let count = 0;
  for (let at = 0; at < size; at += 1) {
    // at < size <= documents.length.
    const document = documents[at]!;
    if (keep(document)) {
      kept[count] = document;
      count += 1;
    }
  }
  return { documents: kept, size: count, owned: true };
}

/** The candidates whose bit is set in `bitmap`, in the same order: the hot check, so a loop of its own. */
function keepMarked(candidates: Candidates, bitmap: Uint32Array): Candidates {
  const { documents, size } = candidates;
  const kept = candidates.owned ? documents : new Uint32Array(size);
  let count = 0;
  for (let at = 0; at < size; at += 1) {
    // at < size <= documents.length.
    const document = documents[at]!;
    if (hasBit(bitmap, document)) {
      kept[count] = document;
      count += 1;
    }
  }
  return { documents: kept, size: count, owned: true };
}

/** The candidates whose publication overlaps `[from, to]`. */
export function keepInRange(
  candidates: Candidates,
  dates: { readonly starts: Float64Array; readonly ends: Float64Array },
  from: number,
  to: number,
): Candidates {
  const { starts, ends } = dates;
  // Candidates are documents of the indexed corpus, so each has a start and an end.
  return keepIf(candidates, (document) => starts[document]! <= to && ends[document]! >= from);
}

/**
 * The candidates that carry all (or, with `'any'`, any) of the values `wanted` of
 * a facet. A dense value is checked in its bitmap; a sparse one in the document's values.
 */
export function keepWithValues(
  candidates: Candidates,
  index: FacetIndex,
  wanted: readonly number[],
  match: Match,
): Candidates {
  if (match === 'all' || wanted.length === 1) {
    // A conjunction is one pass per value, each over what the last one kept.
    let kept = candidates;
    for (const value of wanted) {
      const bitmap = denseBitmap(index, value);
      kept =
        bitmap === undefined
          ? keepIf(kept, (document) => hasValues(index, document, [value], 'all'))
          : keepMarked(kept, bitmap);
    }
    return kept;
  }
  const bitmaps: Uint32Array[] = [];
  const sparse: number[] = [];
  for (const value of wanted) {
    const bitmap = denseBitmap(index, value);
    if (bitmap === undefined) {
      sparse.push(value);
    } else {
      bitmaps.push(bitmap);
    }
  }
  return keepIf(
    candidates,
    (document) =>
      bitmaps.some((bitmap) => hasBit(bitmap, document)) ||
      (sparse.length > 0 && hasValues(index, document, sparse, 'any')),
  );
}

/** The candidates in ascending order, each once: for candidates gathered from the date order or from several lists. */
export function sortUnique(candidates: Candidates): Candidates {
  const { documents, size } = candidates;
  // Sorted in place when the array is the executor's own; an index's view is copied first.
  const sorted = (candidates.owned ? documents.subarray(0, size) : documents.slice(0, size)).sort();
  let count = 0;
  for (let at = 0; at < sorted.length; at += 1) {
    // count <= at < sorted.length.
    if (count === 0 || sorted[at] !== sorted[count - 1]) {
      sorted[count] = sorted[at]!;
      count += 1;
    }
  }
  return { documents: sorted, size: count, owned: true };
}
