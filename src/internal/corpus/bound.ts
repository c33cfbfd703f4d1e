/** Binary search over sorted numbers. */

/** The first position in `sorted[from … to)` whose value is at least `value` (or, when `strict`, above it). */
export function bound(sorted: Float64Array, value: number, strict: boolean, from = 0, to = sorted.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // from <= low <= middle < high <= to <= sorted.length.
    const at = sorted[middle]!;
    if (at < value || (strict && at === value)) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
