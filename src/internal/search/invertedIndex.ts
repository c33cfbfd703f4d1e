/**
 * An inverted index of search terms, in compressed-sparse-row form: one typed
 * array of document numbers and one of weighted frequencies, cut into one
 * posting list per term. Posting lists are sorted by document number.
 */
import { Uint32Buffer } from '../corpus/uint32Buffer.js';
import { copyString, words } from '../text/tokenize.js';
import {
  type CollectionStats,
  idf,
  lengthNorm,
  type QueryTerm,
  rank,
  searchableText,
  termScore,
  TITLE_WEIGHT,
} from './search.js';

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
}

/** Builds the index of the titles and bodies of a list of articles. */
export function buildInvertedIndex(list: readonly { readonly title: string; readonly body: string }[]): InvertedIndex {
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
    for (const [text, weight] of [
      [searchableText(article, document, 'title'), TITLE_WEIGHT],
      [searchableText(article, document, 'body'), 1],
    ] as const) {
      for (const word of words(text)) {
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
  return {
    stats: { count: list.length, totalLength },
    terms,
    offsets,
    documents,
    frequencies,
    lengths,
    sortedWords,
    sortedTerms,
  };
}

/** A posting list: sorted document numbers and their frequencies. */
interface Postings {
  readonly documents: Uint32Array;
  readonly frequencies: Uint32Array;
}

/** Merges two posting lists, adding the frequencies of a document that is in both. */
function mergePostings(left: Postings, right: Postings): Postings {
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

/** The postings of one query term: the union of the posting lists of the indexed words that hold it. */
function termPostings(index: InvertedIndex, queryTerm: QueryTerm): Postings {
  let merged: Postings | undefined;
  for (const term of matchingTerms(index, queryTerm)) {
    // A term number is below terms.size, and offsets has terms.size + 1 entries.
    const start = index.offsets[term]!;
    const end = index.offsets[term + 1]!;
    const postings = {
      documents: index.documents.subarray(start, end),
      frequencies: index.frequencies.subarray(start, end),
    };
    merged = merged === undefined ? postings : mergePostings(merged, postings);
  }
  // No candidate is in the index: the word is in no document, so its list is empty.
  return merged ?? { documents: new Uint32Array(0), frequencies: new Uint32Array(0) };
}

/** Where `value` is in a sorted array, from `from` on, by galloping then binary search; -1 (and the next position) when absent. */
function seek(array: Uint32Array, value: number, from: number): number {
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

/**
 * Searches the index: every query term must match. Returns the matching
 * document numbers, ranked exactly as `scanSearch` ranks them.
 * `dateOf` gives a document's tie-break date.
 */
export function indexSearch(
  index: InvertedIndex,
  terms: readonly QueryTerm[],
  dateOf: (document: number) => number,
): Uint32Array {
  if (terms.length === 0) {
    // Not reachable through parseSearch, which returns at least one term; without this, every
    // document would vacuously match, and the loop below would have no list to drive it.
    throw new Error('indexSearch needs at least one query term');
  }
  const postings = terms.map((candidates) => termPostings(index, candidates));
  const idfs = postings.map((list) => idf(index.stats, list.documents.length));
  // Drive the intersection from the shortest list; the cursors only move forward.
  // Every `term` below is below postings.length, the length of idfs, cursors and found.
  let driver = 0;
  postings.forEach((list, term) => {
    if (list.documents.length < postings[driver]!.documents.length) {
      driver = term;
    }
  });
  const driving = postings[driver]!;
  const cursors = new Array<number>(postings.length).fill(0);
  const found = new Float64Array(postings.length);
  const documents = new Uint32Array(driving.documents.length);
  const scores = new Float64Array(driving.documents.length);
  const dates = new Float64Array(driving.documents.length);
  let size = 0;
  for (let position = 0; position < driving.documents.length; position += 1) {
    const document = driving.documents[position]!;
    // Look the document up in every list; stop at the first that lacks it.
    let term = 0;
    for (; term < postings.length; term += 1) {
      const list = postings[term]!;
      const at = term === driver ? position : seek(list.documents, document, cursors[term]!);
      cursors[term] = at;
      if (at >= list.documents.length || list.documents[at] !== document) {
        break;
      }
      found[term] = list.frequencies[at]!;
    }
    if (term < postings.length) {
      continue;
    }
    // A hit is a document number of the index, below the length of lengths.
    const norm = lengthNorm(index.stats, index.lengths[document]!);
    let score = 0;
    for (let term = 0; term < postings.length; term += 1) {
      score += termScore(idfs[term]!, found[term]!, norm);
    }
    documents[size] = document;
    scores[size] = score;
    dates[size] = dateOf(document);
    size += 1;
  }
  const hits = documents.subarray(0, size);
  const order = rank(hits, scores.subarray(0, size), dates.subarray(0, size));
  // order is a permutation of the positions of hits.
  for (let at = 0; at < order.length; at += 1) {
    order[at] = hits[order[at]!]!;
  }
  return order;
}
