/** Publication intervals of a corpus, with the documents sorted by start for binary search. */
import { DAY_MS } from '../dates/parse.js';
import { bound } from './bound.js';

/** The date index. */
export interface DateIndex {
  /** First millisecond each document covers. */
  readonly starts: Float64Array;
  /** Last millisecond each document covers. */
  readonly ends: Float64Array;
  /** Documents in order of start, ties in document order. */
  readonly order: Uint32Array;
  /** `sortedStarts[i]` is `starts[order[i]]`. */
  readonly sortedStarts: Float64Array;
}

/** Builds the index. Every start must be a whole second, as `publishedAt` values are. */
export function buildDateIndex(starts: Float64Array, ends: Float64Array): DateIndex {
  const count = starts.length;
  // Below, every `document` and `at` is below count, the length of starts, keys and order.
  let order: Uint32Array;
  let minimum = Infinity;
  let maximum = -Infinity;
  for (const start of starts) {
    if (start < minimum) {
      minimum = start;
    }
    if (start > maximum) {
      maximum = start;
    }
  }
  const bits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const scale = 2 ** bits;
  if (count > 0 && ((maximum - minimum) / 1000 + 1) * scale < Number.MAX_SAFE_INTEGER) {
    // Pack (start in seconds, document) into one exact double, so that the native
    // numeric sort of a Float64Array orders them: several times faster than a comparator.
    const keys = new Float64Array(count);
    for (let document = 0; document < count; document += 1) {
      keys[document] = ((starts[document]! - minimum) / 1000) * scale + document;
    }
    keys.sort();
    order = new Uint32Array(count);
    for (let at = 0; at < count; at += 1) {
      order[at] = keys[at]! % scale;
    }
  } else {
    order = new Uint32Array(count);
    for (let document = 0; document < count; document += 1) {
      order[document] = document;
    }
    order.sort((left, right) => starts[left]! - starts[right]! || left - right);
  }
  const sortedStarts = new Float64Array(count);
  for (let at = 0; at < count; at += 1) {
    sortedStarts[at] = starts[order[at]!]!;
  }
  return { starts, ends, order, sortedStarts };
}

/**
 * The positions in `order` of the documents that can overlap `[from, to]`.
 * A document covers at most one day, so its start is within a day before `from`;
 * callers still check each end.
 */
export function candidateSpan(index: DateIndex, from: number, to: number): readonly [number, number] {
  const low = bound(index.sortedStarts, earliestStart(from), false);
  const high = bound(index.sortedStarts, to, true);
  return [low, Math.max(low, high)];
}

/** The earliest start a document overlapping a range from `from` can have: it covers at most one day. */
export function earliestStart(from: number): number {
  return from - DAY_MS + 1;
}

/**
 * The first position in `order[low … high)` whose document starts at or after `from`.
 * The documents before it start before the range, so they overlap it only if they end at or after its start;
 * those from it on overlap it if they start by its end.
 */
export function firstInside(index: DateIndex, from: number, low: number, high: number): number {
  return bound(index.sortedStarts, from, false, low, high);
}
