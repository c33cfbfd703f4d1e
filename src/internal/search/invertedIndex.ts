/**
 * An inverted index of the words of one group of fields (title and body, or
 * en.title and en.summary), in compressed-sparse-row form: one typed array of
 * document numbers and one of weighted frequencies, cut into one posting list
 * per word. Posting lists are sorted by document number.
 */
import { Uint32Buffer } from '../corpus/uint32Buffer.js';
import { copyString } from '../text/tokenize.js';
import { type Group, isLatinWord, type WordRule } from './compileSearch.js';
import { englishText, FIELD_WEIGHTS, GROUP_FIELDS } from './documentMatch.js';
import { englishStem } from './englishStem.js';
import { type CollectionStats, type QueryTerm, searchableText } from './search.js';
import { searchWords } from './searchWords.js';

/** The built index. */
export interface InvertedIndex {
  readonly stats: CollectionStats;
  /** Search term → term number. */
  readonly terms: ReadonlyMap<string, number>;
  /** Posting list of term `t` is `documents[offsets[t]] … documents[offsets[t + 1] - 1]`. */
  readonly offsets: Uint32Array;
  readonly documents: Uint32Array;
  readonly frequencies: Uint32Array;
  /** Weighted length of each document. */
  readonly lengths: Uint32Array;
  /** The indexed words in code-unit order, so that the words that start with a prefix are one run. */
  readonly sortedWords: readonly string[];
  /** The term number of each word of `sortedWords`. */
  readonly sortedTerms: Uint32Array;
  /** For the English fields: English stem → the term numbers of the Latin words with that stem, increasing. */
  readonly stems: ReadonlyMap<string, readonly number[]>;
}

/** The text of field `field` (0 to 3, as in documentMatch's FIELDS) of a record. */
function fieldText(article: unknown, document: number, field: number): string {
  switch (field) {
    case 0:
      return searchableText(article, document, 'title');
    case 1:
      return searchableText(article, document, 'body');
    case 2:
      return englishText(article, document, 'title');
    default:
      return englishText(article, document, 'summary');
  }
}

/** Builds the index of one group of fields of a list of articles. */
export function buildInvertedIndex(list: readonly unknown[], group: Group): InvertedIndex {
  // Normalized word → term number: a query term lists the words that match it.
  const terms = new Map<string, number>();
  const documentFrequency = new Uint32Buffer();
  // Per document, its distinct term numbers and their frequencies, in one flat run each.
  const runTerms = new Uint32Buffer();
  const runFrequencies = new Uint32Buffer();
  const runOffsets = new Uint32Array(list.length + 1);
  const lengths = new Uint32Array(list.length);
  // Per term: the last document (plus one) that used it, and its frequency there.
  let lastDocument = new Uint32Array(1024);
  let frequency = new Uint32Array(1024);
  const touched: number[] = [];
  let totalLength = 0;

  const termOf = (word: string): number => {
    let id = terms.get(word);
    if (id === undefined) {
      id = terms.size;
      // A word is a slice of a whole normalized text; copy it, so that the index does not keep the text alive.
      terms.set(copyString(word), id);
      documentFrequency.push(0);
      if (id >= lastDocument.length) {
        const grownLast = new Uint32Array(lastDocument.length * 2);
        grownLast.set(lastDocument);
        lastDocument = grownLast;
        const grownFrequency = new Uint32Array(frequency.length * 2);
        grownFrequency.set(frequency);
        frequency = grownFrequency;
      }
    }
    return id;
  };

  // Below, `id` is a term number: below terms.size, which is at most the length of
  // documentFrequency and of lastDocument and frequency (grown together in termOf).
  for (let document = 0; document < list.length; document += 1) {
    // document < list.length.
    const article = list[document]!;
    let length = 0;
    // A trusted record (createCorpus with validate: false) may hold anything: report it as searchArticles does.
    for (const field of GROUP_FIELDS[group]!) {
      // field is 0 to 3, and FIELD_WEIGHTS has four entries.
      const weight = FIELD_WEIGHTS[field]!;
      for (const word of searchWords(fieldText(article, document, field))) {
        const id = termOf(word);
        if (lastDocument[id] !== document + 1) {
          lastDocument[id] = document + 1;
          frequency[id] = 0;
          touched.push(id);
        }
        frequency[id] = frequency[id]! + weight;
        length += weight;
      }
    }
    for (const id of touched) {
      documentFrequency.array[id] = documentFrequency.array[id]! + 1;
      runTerms.push(id);
      runFrequencies.push(frequency[id]!);
    }
    touched.length = 0;
    lengths[document] = length;
    totalLength += length;
    runOffsets[document + 1] = runTerms.length;
  }
  // Counting sort of the runs by term: walking documents in order keeps each posting list sorted.
  const offsets = new Uint32Array(terms.size + 1);
  for (let term = 0; term < terms.size; term += 1) {
    offsets[term + 1] = offsets[term]! + documentFrequency.array[term]!;
  }
  const cursor = offsets.slice(0, terms.size);
  const documents = new Uint32Array(runTerms.length);
  const frequencies = new Uint32Array(runTerms.length);
  // runOffsets has list.length + 1 entries; each run is inside the pushed part of runTerms and
  // runFrequencies; each term is below terms.size, the length of cursor.
  for (let document = 0; document < list.length; document += 1) {
    for (let run = runOffsets[document]!; run < runOffsets[document + 1]!; run += 1) {
      const term = runTerms.array[run]!;
      const slot = cursor[term]!;
      documents[slot] = document;
      frequencies[slot] = runFrequencies.array[run]!;
      cursor[term] = slot + 1;
    }
  }
  // Plain < compares code units, which is the order startsWith needs; a Map's keys are distinct.
  const sortedWords = [...terms.keys()].sort((left, right) => (left < right ? -1 : 1));
  // Every word of sortedWords is a key of terms.
  const sortedTerms = Uint32Array.from(sortedWords, (word) => terms.get(word)!);
  const stems = new Map<string, number[]>();
  if (group !== 0) {
    // sortedWords and sortedTerms have the same length.
    sortedWords.forEach((word, at) => {
      if (isLatinWord(word)) {
        const stem = englishStem(word);
        const found = stems.get(stem);
        if (found === undefined) {
          stems.set(stem, [sortedTerms[at]!]);
        } else {
          found.push(sortedTerms[at]!);
        }
      }
    });
    for (const found of stems.values()) {
      found.sort((left, right) => left - right);
    }
  }
  return {
    stats: { count: list.length, totalLength },
    terms,
    offsets,
    documents,
    frequencies,
    lengths,
    sortedWords,
    sortedTerms,
    stems,
  };
}

/** A posting list: sorted document numbers and their frequencies. */
export interface Postings {
  readonly documents: Uint32Array;
  readonly frequencies: Uint32Array;
}

/** Merges two posting lists, adding the frequencies of a document that is in both. */
export function mergePostings(left: Postings, right: Postings): Postings {
  const documents = new Uint32Array(left.documents.length + right.documents.length);
  const frequencies = new Uint32Array(documents.length);
  let i = 0;
  let j = 0;
  let out = 0;
  // One side at least is unfinished, so the smaller of a and b is a real entry: when a <= b, i is in
  // range (and j too when a === b); otherwise j is. Frequencies have the length of their documents.
  while (i < left.documents.length || j < right.documents.length) {
    const a = i < left.documents.length ? left.documents[i]! : Infinity;
    const b = j < right.documents.length ? right.documents[j]! : Infinity;
    if (a <= b) {
      documents[out] = a;
      frequencies[out] = left.frequencies[i]! + (a === b ? right.frequencies[j]! : 0);
      i += 1;
      if (a === b) {
        j += 1;
      }
    } else {
      documents[out] = b;
      frequencies[out] = right.frequencies[j]!;
      j += 1;
    }
    out += 1;
  }
  return { documents: documents.subarray(0, out), frequencies: frequencies.subarray(0, out) };
}

/** The first position in a sorted array of words whose word is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // low <= middle < high <= sorted.length.
    if (sorted[middle]! < key) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/**
 * The term numbers of the indexed words that hold a query term: for each of
 * its prefixes and cores, the run of words that start with both, kept when the
 * rest is one of the term's endings. Increasing, so that merging is in a fixed order.
 */
function matchingTerms(index: InvertedIndex, queryTerm: QueryTerm): number[] {
  const { sortedWords, sortedTerms } = index;
  const found = new Set<number>();
  for (const { prefixes, cores, endings } of queryTerm.bases) {
    for (const prefix of prefixes) {
      for (const core of cores) {
        const head = prefix + core;
        // at < sortedWords.length, the length of sortedTerms too.
        for (let at = lowerBound(sortedWords, head); at < sortedWords.length; at += 1) {
          const word = sortedWords[at]!;
          if (!word.startsWith(head)) {
            break;
          }
          if (endings.has(word.slice(head.length))) {
            found.add(sortedTerms[at]!);
          }
        }
      }
    }
  }
  return [...found].sort((left, right) => left - right);
}

/** The term numbers of the indexed words that start with one of `heads`, increasing. */
function prefixTerms(index: InvertedIndex, heads: readonly string[]): number[] {
  const { sortedWords, sortedTerms } = index;
  const found = new Set<number>();
  for (const head of heads) {
    // at < sortedWords.length, the length of sortedTerms too.
    for (let at = lowerBound(sortedWords, head); at < sortedWords.length; at += 1) {
      if (!sortedWords[at]!.startsWith(head)) {
        break;
      }
      found.add(sortedTerms[at]!);
    }
  }
  return [...found].sort((left, right) => left - right);
}

const NO_TERMS: readonly number[] = [];

/** The term numbers of the indexed words a rule holds for, increasing. */
export function ruleTerms(index: InvertedIndex, rule: WordRule): readonly number[] {
  switch (rule.kind) {
    case 'term':
      return matchingTerms(index, rule.term);
    case 'stem':
      return index.stems.get(rule.stem) ?? NO_TERMS;
    case 'prefix':
      return prefixTerms(index, rule.heads);
  }
}

/** The postings of one rule: the union of the posting lists of the indexed words it holds for. */
export function rulePostings(index: InvertedIndex, rule: WordRule): Postings {
  let merged: Postings | undefined;
  for (const term of ruleTerms(index, rule)) {
    // A term number is below terms.size, and offsets has terms.size + 1 entries.
    const start = index.offsets[term]!;
    const end = index.offsets[term + 1]!;
    const postings = {
      documents: index.documents.subarray(start, end),
      frequencies: index.frequencies.subarray(start, end),
    };
    merged = merged === undefined ? postings : mergePostings(merged, postings);
  }
  // No word of the index holds the rule: its list is empty.
  return merged ?? { documents: new Uint32Array(0), frequencies: new Uint32Array(0) };
}

/** Where `value` is in a sorted array, from `from` on, by galloping then binary search; -1 (and the next position) when absent. */
export function seek(array: Uint32Array, value: number, from: number): number {
  let step = 1;
  let high = from;
  while (high < array.length && array[high]! < value) {
    high = from + step;
    step *= 2;
  }
  let low = from + (step >> 2);
  high = Math.min(high, array.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    // low <= middle < high <= array.length.
    if (array[middle]! < value) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
