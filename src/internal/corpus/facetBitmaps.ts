/**
 * Bitmaps of the dense values of a facet index, built on first use: one bit per
 * document, set where the document carries the value. Checking a candidate
 * against a bitmap reads one word of a small array (125 KB at a million
 * documents), where reading the document's own values is two random reads in
 * arrays of megabytes. As in Roaring bitmaps, a value gets a bitmap only where it
 * is dense, here where the bitmap is no larger than its posting list, so the
 * bitmaps of a facet never take more memory than its posting lists; a sparse
 * value is checked against the document's values.
 *
 * The bitmaps are kept beside the index they mirror (in a WeakMap, so that they
 * go with it), rather than built with it: a corpus that is never queried on a
 * facet's values pays nothing for them, and the index build stays as it is.
 */
import type { FacetIndex } from './facetIndex.js';

/** A value gets a bitmap when at least this share of the documents carries it: then the bitmap is no larger than its list. */
export const DENSE_SHARE = 1 / 32;

/** Bitmaps built so far, by value number; `null` marks a value found sparse. */
const built = new WeakMap<FacetIndex, (Uint32Array | null | undefined)[]>();

/**
 * The bitmap of the documents that carry `value`, or `undefined` when the value is
 * sparse (carried by fewer than {@link DENSE_SHARE} of the documents). Built on the
 * first call for a value, then kept as long as the index.
 */
export function denseBitmap(index: FacetIndex, value: number): Uint32Array | undefined {
  let bitmaps = built.get(index);
  if (bitmaps === undefined) {
    bitmaps = [];
    built.set(index, bitmaps);
  }
  const known = bitmaps[value];
  if (known !== undefined) {
    return known ?? undefined;
  }
  const count = index.valueOffsets.length - 1;
  // A value number is below ids.size, and offsets has ids.size + 1 entries.
  const from = index.offsets[value]!;
  const to = index.offsets[value + 1]!;
  if (to - from < count * DENSE_SHARE) {
    bitmaps[value] = null;
    return undefined;
  }
  const bitmap = new Uint32Array(Math.ceil(count / 32));
  for (let at = from; at < to; at += 1) {
    // at < to <= documents.length, and every document is below count, so its word exists.
    const document = index.documents[at]!;
    bitmap[document >>> 5] = bitmap[document >>> 5]! | (1 << (document & 31));
  }
  bitmaps[value] = bitmap;
  return bitmap;
}

/** Whether a bitmap has document `document`'s bit set. */
export function hasBit(bitmap: Uint32Array, document: number): boolean {
  // A document of the bitmap's corpus has a word; a missing word reads as undefined, so as no bit.
  return ((bitmap[document >>> 5]! >>> (document & 31)) & 1) === 1;
}
