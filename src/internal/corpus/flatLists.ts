/** Per-document lists of distinct numbers, stored flat, so that building never allocates a small array per document. */
import { Uint32Buffer } from './uint32Buffer.js';

/**
 * Lists of distinct numbers, one per document, in compressed-sparse-row form:
 * the list of document `d` is `values()[offsets[d]] … values()[offsets[d + 1] - 1]`.
 * Documents are filled in order: `add` to the open list, then `end` it.
 */
export class FlatLists {
  readonly offsets: Uint32Array;
  readonly #values = new Uint32Buffer();
  /** The document whose list is open. */
  #current = 0;

  /** @param count - How many documents will have a list. */
  constructor(count: number) {
    this.offsets = new Uint32Array(count + 1);
  }

  /** Adds a value to the open document's list, unless the list has it already. */
  add(value: number): void {
    const { array, length } = this.#values;
    // The open document is at most `count`, the last slot of `offsets`.
    for (let at = this.offsets[this.#current]!; at < length; at += 1) {
      if (array[at] === value) {
        return;
      }
    }
    this.#values.push(value);
  }

  /** Closes the list of document `document`, which must be the open one. */
  end(document: number): void {
    this.offsets[document + 1] = this.#values.length;
    this.#current = document + 1;
  }

  /** Every list's values, end to end: a view, valid until the next `add`. */
  values(): Uint32Array {
    return this.#values.array.subarray(0, this.#values.length);
  }
}
