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
import type { Group } from './compileSearch.js';
import { FIELD_WEIGHTS, GROUP_FIELDS } from './documentMatch.js';
import { fieldText, type InvertedIndex } from './invertedIndex.js';
import { searchWords } from './searchWords.js';

/** The built index of word sequences. */
export interface PhraseIndex {
  /** The codes of document `d` are `codes[starts[d]] … codes[starts[d + 1] - 1]`. */
  readonly codes: Uint8Array;
  readonly starts: Uint32Array;
  /** Term number → rank by document frequency. */
  readonly rankOf: Uint32Array;
  /**
   * At rank + 1, the words of the current phrase (bit `j` for word `j`) that the
   * term holds for; all zeros between two phrases (see {@link markPhrase}).
   */
  readonly masks: Uint32Array;
}

/** The most words a phrase checked here may have: one bit of a mask per word. */
export const MAX_PHRASE_WORDS = 31;

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
  for (let document = 0; document < list.length; document += 1) {
    // GROUP_FIELDS has an entry per group; the inverted index read these texts, so they are strings.
    for (const field of GROUP_FIELDS[group]!) {
      for (const word of searchWords(fieldText(list[document], document, field))) {
        // Every word of these fields is an indexed word.
        codes.pushNumber(rankOf[termOf.get(word)!]! + 1);
      }
      codes.push(0);
    }
    starts[document + 1] = codes.length;
  }
  return { codes: codes.array.slice(0, codes.length), starts, rankOf, masks: new Uint32Array(sortedWords.length + 1) };
}

/**
 * Marks the words of a phrase of at most {@link MAX_PHRASE_WORDS} words: bit `j`
 * of a term's mask when word `j` holds for it. `ruleTerms[j]` are the term
 * numbers of word `j`. Call {@link unmarkPhrase} with the same terms after.
 */
export function markPhrase(phrases: PhraseIndex, ruleTerms: readonly (readonly number[])[]): void {
  const { masks, rankOf } = phrases;
  ruleTerms.forEach((terms, word) => {
    for (const term of terms) {
      // A term number is below the number of terms, the length of rankOf; masks has one more entry.
      masks[rankOf[term]! + 1] = masks[rankOf[term]! + 1]! | (1 << word);
    }
  });
}

/** Clears the marks of {@link markPhrase}, so that the masks are all zeros again. */
export function unmarkPhrase(phrases: PhraseIndex, ruleTerms: readonly (readonly number[])[]): void {
  const { masks, rankOf } = phrases;
  for (const terms of ruleTerms) {
    for (const term of terms) {
      // As in markPhrase.
      masks[rankOf[term]! + 1] = 0;
    }
  }
}

/**
 * The weighted frequency of the marked phrase of `words` words in one document:
 * the number of places where its words follow each other in one field, each
 * counting its field's weight, as documentMatch's clauseFrequency counts them
 * without mention spans. One pass of shift-and: bit `j` of `state` is set after
 * a word when the phrase's first `j + 1` words end there.
 */
export function phraseFrequency(phrases: PhraseIndex, group: Group, document: number, words: number): number {
  const { codes, starts, masks } = phrases;
  const fields = GROUP_FIELDS[group]!;
  const last = 1 << (words - 1);
  let field = 0;
  let frequency = 0;
  let state = 0;
  let value = 0;
  let shift = 1;
  // The document is one of the index's, so its codes are inside codes, and each decodes to a rank + 1 below
  // masks.length, or to 0 at the end of a field, which no word holds for.
  for (let at = starts[document]!; at < starts[document + 1]!; at += 1) {
    const byte = codes[at]!;
    if (byte >= 0x80) {
      value += (byte & 0x7f) * shift;
      shift *= 0x80;
      continue;
    }
    value += byte * shift;
    if (value === 0) {
      field += 1;
      state = 0;
    } else {
      state = ((state << 1) | 1) & masks[value]!;
      if ((state & last) !== 0) {
        // field is below the group's number of fields while words remain.
        frequency += FIELD_WEIGHTS[fields[field]!]!;
      }
    }
    value = 0;
    shift = 1;
  }
  return frequency;
}
