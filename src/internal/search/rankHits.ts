/**
 * Scoring and ranking shared by the scan and the inverted index: BM25 per
 * clause, over the length of the fields the clause matched in, and a bounded
 * heap that keeps only the requested page of the ranking.
 */
import { type CollectionStats, K1, lengthNorm, termScore } from './search.js';

/** The collection statistics of the Arabic fields (title, body) and of the English ones. */
export interface GroupStats {
  readonly arabic: CollectionStats;
  readonly english: CollectionStats;
}

/**
 * A document's BM25 score. `frequencies` holds, per clause, its weighted frequency
 * in the Arabic fields then in the English fields, from `at` on. A clause found in
 * one group scores as plain BM25 over that group's length (so an Arabic query
 * ranks exactly as it did before the English fields were searched); a clause found
 * in both (a Latin name that is also an entity's mention) sums its length-normalized
 * frequencies first, as BM25F does.
 */
export function documentScore(
  idfs: Float64Array,
  frequencies: ArrayLike<number>,
  at: number,
  arabicLength: number,
  englishLength: number,
  stats: GroupStats,
): number {
  let arabicNorm = NaN;
  let englishNorm = NaN;
  let score = 0;
  // idfs has one entry per clause, and frequencies two per clause from `at` on.
  for (let clause = 0; clause < idfs.length; clause += 1) {
    const arabic = frequencies[at + 2 * clause]!;
    const english = frequencies[at + 2 * clause + 1]!;
    // A group's norm is read only when the clause was found there, so its total length is not zero.
    if (arabic > 0 && Number.isNaN(arabicNorm)) {
      arabicNorm = lengthNorm(stats.arabic, arabicLength);
    }
    if (english > 0 && Number.isNaN(englishNorm)) {
      englishNorm = lengthNorm(stats.english, englishLength);
    }
    if (english === 0) {
      score += termScore(idfs[clause]!, arabic, arabicNorm);
    } else if (arabic === 0) {
      score += termScore(idfs[clause]!, english, englishNorm);
    } else {
      score += termScore(idfs[clause]!, (K1 * arabic) / arabicNorm + (K1 * english) / englishNorm, K1);
    }
  }
  return score;
}

/** The documents and scores at the given positions, in their order. */
export function pageOf(
  order: Uint32Array,
  documents: Uint32Array,
  scores: Float64Array,
): { documents: Uint32Array; scores: Float64Array } {
  const pageDocuments = new Uint32Array(order.length);
  const pageScores = new Float64Array(order.length);
  for (let at = 0; at < order.length; at += 1) {
    // order holds positions into documents and scores.
    const position = order[at]!;
    pageDocuments[at] = documents[position]!;
    pageScores[at] = scores[position]!;
  }
  return { documents: pageDocuments, scores: pageScores };
}

/**
 * The one ranking order of search: best score first, ties to the later date,
 * then to the earlier document. The comparator is positive when the document at
 * position `a` ranks after the one at `b`; `dateAt` is read only on a tie of
 * scores. Positions are below the length of `documents` and `scores`.
 */
function byRank(
  documents: ArrayLike<number>,
  scores: Float64Array,
  dateAt: (position: number) => number,
): (a: number, b: number) => number {
  return (a, b) => scores[b]! - scores[a]! || dateAt(b) - dateAt(a) || documents[a]! - documents[b]!;
}

/** Ranks scored documents (see {@link byRank}). Returns the positions into the given arrays, in order. */
function rank(documents: ArrayLike<number>, scores: Float64Array, dateAt: (position: number) => number): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let at = 0; at < order.length; at += 1) {
    order[at] = at;
  }
  return order.sort(byRank(documents, scores, dateAt));
}

/**
 * The page `offset … offset + limit - 1` of the ranking of scored documents
 * (best score first, ties to the later date, then to the earlier document), as
 * positions into the given arrays. `dateAt` gives the date of a position, and is
 * read only to break a tie of scores. With a finite limit, a bounded heap keeps the
 * best `offset + limit` and only those are sorted; the page is the same slice of
 * the full ranking, since the order is total.
 */
export function rankPage(
  documents: Uint32Array,
  scores: Float64Array,
  dateAt: (position: number) => number,
  offset: number,
  limit: number,
): Uint32Array {
  const size = documents.length;
  const keep = offset + limit;
  if (keep >= size) {
    return rank(documents, scores, dateAt).subarray(Math.min(offset, size));
  }
  // Whether the document at position a ranks after the one at b, by the order rank sorts with.
  const compare = byRank(documents, scores, dateAt);
  const after = (a: number, b: number): boolean => compare(a, b) > 0;
  // A max-heap by "ranks after": its root is the worst of the best `keep`. keep < size, so it is finite.
  const heap = new Uint32Array(keep);
  let filled = 0;
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      // Children are checked against filled, the heap's size.
      if (left < filled && after(heap[left]!, heap[worst]!)) {
        worst = left;
      }
      if (right < filled && after(heap[right]!, heap[worst]!)) {
        worst = right;
      }
      if (worst === at) {
        return;
      }
      const held = heap[at]!;
      heap[at] = heap[worst]!;
      heap[worst] = held;
      at = worst;
    }
  };
  for (let position = 0; position < size; position += 1) {
    if (filled < keep) {
      let at = filled;
      heap[at] = position;
      filled += 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!after(heap[at]!, heap[parent]!)) {
          break;
        }
        const held = heap[at]!;
        heap[at] = heap[parent]!;
        heap[parent] = held;
        at = parent;
      }
    } else if (keep > 0 && after(heap[0]!, position)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  heap.sort((left, right) => (after(left, right) ? 1 : -1));
  return heap.subarray(offset);
}
