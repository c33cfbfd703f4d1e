/**
 * Posting lists for one facet (entities or topics), in compressed-sparse-row
 * form both ways: per facet value, the sorted documents that carry it; per
 * document, the values it carries.
 */
import type { Match } from './arguments.js';

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
}

/** Builds a facet index from each document's value numbers. `valuesOf(d)` must give distinct numbers below `ids.size`. */
export function buildFacetIndex(ids: ReadonlyMap<string, number>, count: number, valuesOf: (document: number) => readonly number[]): FacetIndex {
  const valueOffsets = new Uint32Array(count + 1);
  const perDocument: (readonly number[])[] = new Array<readonly number[]>(count);
  const frequency = new Uint32Array(ids.size);
  let total = 0;
  for (let document = 0; document < count; document += 1) {
    const values = valuesOf(document);
    perDocument[document] = values;
    for (const value of values) frequency[value] = (frequency[value] ?? 0) + 1;
    total += values.length;
    valueOffsets[document + 1] = total;
  }
  const values = new Uint32Array(total);
  const offsets = new Uint32Array(ids.size + 1);
  for (let value = 0; value < ids.size; value += 1) offsets[value + 1] = (offsets[value] ?? 0) + (frequency[value] ?? 0);
  const cursor = offsets.slice(0, ids.size);
  const documents = new Uint32Array(total);
  for (let document = 0; document < count; document += 1) {
    let slot = valueOffsets[document] ?? 0;
    for (const value of perDocument[document] ?? []) {
      values[slot] = value;
      slot += 1;
      const at = cursor[value] ?? 0;
      documents[at] = document;
      cursor[value] = at + 1;
    }
  }
  return { ids, offsets, documents, valueOffsets, values };
}

/** The sorted documents that carry a value. */
export function postingsOf(index: FacetIndex, value: number): Uint32Array {
  return index.documents.subarray(index.offsets[value] ?? 0, index.offsets[value + 1] ?? 0);
}

/** Whether document `document` carries any (or all) of `wanted`. */
export function hasValues(index: FacetIndex, document: number, wanted: readonly number[], match: Match): boolean {
  const start = index.valueOffsets[document] ?? 0;
  const end = index.valueOffsets[document + 1] ?? 0;
  if (match === 'any') {
    for (let at = start; at < end; at += 1) if (wanted.includes(index.values[at] ?? -1)) return true;
    return false;
  }
  for (const value of wanted) {
    let found = false;
    for (let at = start; at < end && !found; at += 1) found = index.values[at] === value;
    if (!found) return false;
  }
  return true;
}

/** The union of sorted document lists, sorted and without repeats. */
export function unionPostings(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0] ?? new Uint32Array(0);
  let size = 0;
  for (const list of lists) size += list.length;
  const all = new Uint32Array(size);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let out = 0;
  for (let index = 0; index < all.length; index += 1) {
    if (index === 0 || all[index] !== all[index - 1]) {
      all[out] = all[index] ?? 0;
      out += 1;
    }
  }
  return all.subarray(0, out);
}
