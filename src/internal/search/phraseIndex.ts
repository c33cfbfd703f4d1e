/**
 * The words of each document as term numbers of an inverted index, in text
 * order, so that a phrase is checked for adjacency without reading the
 * article again. Built on the first phrase search, since only phrases need it.
 *
 * Each word is stored as its term's rank by document frequency (most frequent
 * first), plus one, in a variable-length code of 7 bits a byte: common words,
 * which most words of a text are, take one or two bytes. A 0 ends a field, so
 * that the last title word and the first body word are never adjacent.
 */
import { words } from '../text/tokenize.js';
import type { Group } from './compileSearch.js';
import { FIELD_WEIGHTS, GROUP_FIELDS } from './documentMatch.js';
import { fieldText, type InvertedIndex } from './invertedIndex.js';

/** The built index of word sequences. */
export interface PhraseIndex {
  /** The codes of document `d` are `codes[starts[d]] … codes[starts[d + 1] - 1]`. */
  readonly codes: Uint8Array;
  readonly starts: Uint32Array;
  /** Term number → rank by document frequency. */
  readonly rankOf: Uint32Array;
  /** Decoded ranks plus one (0: end of a field) of the document being checked; grown as needed. */
  decoded: Uint32Array;
}

/** A growable byte array. */
class ByteBuffer {
  array = new Uint8Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Uint8Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length] = value;
    this.length += 1;
  }

  /** Appends a non-negative integer, 7 bits a byte, the high bit set on every byte but the last. */
  pushNumber(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.push(rest);
  }
}

/** Builds the word sequences of the documents of `index`, reading the same fields of the same list. */
export function buildPhraseIndex(list: readonly unknown[], group: Group, index: InvertedIndex): PhraseIndex {
  const { sortedWords, offsets } = index;
  const termOf = new Map<string, number>();
  sortedWords.forEach((word, term) => {
    termOf.set(word, term);
  });
  // Terms by decreasing document frequency (ties by term number, so the order is fixed).
  const byFrequency = Uint32Array.from(sortedWords, (_, term) => term);
  // A term number is below sortedWords.length, and offsets has one more entry.
  const frequencyOf = (term: number): number => offsets[term + 1]! - offsets[term]!;
  byFrequency.sort((left, right) => frequencyOf(right) - frequencyOf(left) || left - right);
  const rankOf = new Uint32Array(sortedWords.length);
  byFrequency.forEach((term, rank) => {
    rankOf[term] = rank;
  });
  const codes = new ByteBuffer();
  const starts = new Uint32Array(list.length + 1);
  let longest = 0;
  for (let document = 0; document < list.length; document += 1) {
    let length = 0;
    // GROUP_FIELDS has an entry per group; the inverted index read these texts, so they are strings.
    for (const field of GROUP_FIELDS[group]!) {
      for (const word of words(fieldText(list[document], document, field))) {
        // Every word of these fields is an indexed word.
        codes.pushNumber(rankOf[termOf.get(word)!]! + 1);
        length += 1;
      }
      codes.push(0);
      length += 1;
    }
    longest = Math.max(longest, length);
    starts[document + 1] = codes.length;
  }
  return { codes: codes.array.slice(0, codes.length), starts, rankOf, decoded: new Uint32Array(longest) };
}

/**
 * The weighted frequency of a phrase in one document: the number of places
 * where its words follow each other in one field, each counting its field's
 * weight, as documentMatch's clauseFrequency counts them without mention spans.
 * `marks[j]` has a 1 at rank + 1 of every term that word `j` of the phrase holds for.
 */
export function phraseFrequency(
  phrases: PhraseIndex,
  group: Group,
  document: number,
  marks: readonly Uint8Array[],
): number {
  const { codes, starts, decoded } = phrases;
  let size = 0;
  let value = 0;
  let shift = 1;
  // The document is one of the index's; its codes are inside codes, and decode to at most decoded.length numbers.
  for (let at = starts[document]!; at < starts[document + 1]!; at += 1) {
    const byte = codes[at]!;
    value += (byte & 0x7f) * shift;
    if (byte < 0x80) {
      decoded[size] = value;
      size += 1;
      value = 0;
      shift = 1;
    } else {
      shift *= 0x80;
    }
  }
  const fields = GROUP_FIELDS[group]!;
  let field = 0;
  let frequency = 0;
  const last = size - marks.length;
  for (let at = 0; at < size; at += 1) {
    // at < size, inside the decoded part.
    if (decoded[at] === 0) {
      field += 1;
      continue;
    }
    if (at > last) {
      continue;
    }
    let j = 0;
    // at + j < size; a field's end (0) is marked in no word's marks, so a phrase never crosses it.
    while (j < marks.length && marks[j]![decoded[at + j]!] === 1) {
      j += 1;
    }
    if (j === marks.length) {
      // field is below the group's number of fields while words remain.
      frequency += FIELD_WEIGHTS[fields[field]!]!;
    }
  }
  return frequency;
}

/** The marks of one phrase word for {@link phraseFrequency}: its terms, at rank + 1. */
export function phraseMarks(phrases: PhraseIndex, terms: readonly number[]): Uint8Array {
  const marks = new Uint8Array(phrases.rankOf.length + 1);
  for (const term of terms) {
    // A term number is below the number of terms, the length of rankOf.
    marks[phrases.rankOf[term]! + 1] = 1;
  }
  return marks;
}
