/**
 * An inverted index of the words of one group of fields (title and body, or
 * en.title and en.summary), in compressed-sparse-row form: one typed array of
 * document numbers and one of weighted frequencies, cut into one posting list
 * per word. Posting lists are sorted by document number.
 */
import { Uint32Buffer } from '../corpus/uint32Buffer.js';
import { copyString } from '../text/tokenize.js';
import { type Group, type WordRule } from './compileSearch.js';
import { englishText, FIELD_WEIGHTS, GROUP_FIELDS } from './documentMatch.js';
import { isLatinWord } from './englishStem.js';
import { englishStem } from './englishStem.js';
import { type CollectionStats, type QueryTerm, searchableText } from './search.js';
import { searchWords } from './searchWords.js';

/** Weighted frequencies, in the narrowest unsigned width that holds the largest. */
export type Frequencies = Uint8Array | Uint16Array | Uint32Array;

/**
 * Memory reused by the searches of one index, which run one at a time: the
 * arrays are all zeros between two calls, so a search touches only the
 * documents and terms it reads instead of clearing or allocating whole arrays.
 */
interface Scratch {
  /** Per document: a clause's summed frequency, or a phrase's count of matched words. */
  readonly sums: Uint32Array;
  /** Per term: the call that last listed it, so that a term reached by two heads is listed once. */
  readonly listed: Uint32Array;
  /** The number of the current call, for `listed`. */
  call: number;
}

/** The built index. */
export interface InvertedIndex {
  readonly stats: CollectionStats;
  /**
   * The indexed words in code-unit order, so that the words that start with a
   * prefix are one run. A word's term number is its position here.
   */
  readonly sortedWords: readonly string[];
  /** Posting list of term `t` is `documents[offsets[t]] … documents[offsets[t + 1] - 1]`. */
  readonly offsets: Uint32Array;
  readonly documents: Uint32Array;
  readonly frequencies: Frequencies;
  /** Weighted length of each document, in the narrowest width that holds the longest. */
  readonly lengths: Frequencies;
  /** The shortest weighted length of a document with a word; 0 when none has one. */
  readonly shortest: number;
  /**
   * The runs of sortedWords that share their first two code units (a one-unit word
   * is a run of its own): the key `(first << 16) | second` → the run's number `r`,
   * which spans `runStarts[r] … runStarts[r + 1] - 1`. A prefix search looks in its run only.
   */
  readonly runs: ReadonlyMap<number, number>;
  readonly runStarts: Uint32Array;
  /** The third and fourth code units of each word of sortedWords, as `nextKey` gives them: increasing within a run. */
  readonly nextKeys: Uint32Array;
  /** For the English fields: English stem → the term numbers of the Latin words with that stem, increasing. */
  readonly stems: ReadonlyMap<string, readonly number[]>;
  readonly scratch: Scratch;
}

/** The text of field `field` (0 to 3, as in documentMatch's FIELDS) of a record. */
export function fieldText(article: unknown, document: number, field: number): string {
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

/** The key of a word's run (see InvertedIndex.runs): its first two code units, the second 0 when it has one. */
function runKey(word: string): number {
  return (word.charCodeAt(0) << 16) | (word.length > 1 ? word.charCodeAt(1) : 0);
}

/**
 * The third and fourth code units of a word, as one number, 0 for a unit it lacks.
 * Words that share their first two units sort as these keys do (a missing unit
 * sorts first, as a shorter word does), so a run can be searched by number.
 */
function nextKey(word: string): number {
  return ((word.length > 2 ? word.charCodeAt(2) : 0) << 16) | (word.length > 3 ? word.charCodeAt(3) : 0);
}

/** A copy of `values` in the narrowest unsigned typed array that holds its largest value. */
function narrow(values: Uint32Array, largest: number): Frequencies {
  if (largest <= 0xff) {
    return Uint8Array.from(values);
  }
  return largest <= 0xffff ? Uint16Array.from(values) : values;
}

/** Builds the index of one group of fields of a list of articles. */
export function buildInvertedIndex(list: readonly unknown[], group: Group): InvertedIndex {
  // Normalized word → its number in order of first use; renumbered in word order at the end.
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
  let largest = 0;
  let longest = 0;
  let shortest = Infinity;

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
      largest = Math.max(largest, frequency[id]!);
    }
    touched.length = 0;
    lengths[document] = length;
    totalLength += length;
    longest = Math.max(longest, length);
    if (length > 0) {
      shortest = Math.min(shortest, length);
    }
    runOffsets[document + 1] = runTerms.length;
  }
  // Plain < compares code units, which is the order startsWith needs; a Map's keys are distinct.
  const sortedWords = [...terms.keys()].sort((left, right) => (left < right ? -1 : 1));
  // First-use number → word-order number. Every word of sortedWords is a key of terms.
  const renumber = new Uint32Array(terms.size);
  sortedWords.forEach((word, at) => {
    renumber[terms.get(word)!] = at;
  });
  // Counting sort of the runs by term: walking documents in order keeps each posting list sorted.
  const offsets = new Uint32Array(terms.size + 1);
  for (let old = 0; old < terms.size; old += 1) {
    // old is below terms.size, the length of renumber and of the pushed part of documentFrequency.
    offsets[renumber[old]! + 1] = documentFrequency.array[old]!;
  }
  for (let term = 0; term < terms.size; term += 1) {
    offsets[term + 1] = offsets[term]! + offsets[term + 1]!;
  }
  const cursor = offsets.slice(0, terms.size);
  const documents = new Uint32Array(runTerms.length);
  const frequencies = new Uint32Array(runTerms.length);
  // runOffsets has list.length + 1 entries; each run is inside the pushed part of runTerms and
  // runFrequencies; each term is below terms.size, the length of renumber and cursor.
  for (let document = 0; document < list.length; document += 1) {
    for (let run = runOffsets[document]!; run < runOffsets[document + 1]!; run += 1) {
      const term = renumber[runTerms.array[run]!]!;
      const slot = cursor[term]!;
      documents[slot] = document;
      frequencies[slot] = runFrequencies.array[run]!;
      cursor[term] = slot + 1;
    }
  }
  const runs = new Map<number, number>();
  const starts: number[] = [];
  sortedWords.forEach((word, at) => {
    // Words are not empty. Sorted words with one key are adjacent, so a new key starts a new run.
    const key = runKey(word);
    if (!runs.has(key)) {
      runs.set(key, starts.length);
      starts.push(at);
    }
  });
  starts.push(sortedWords.length);
  const stems = new Map<string, number[]>();
  if (group !== 0) {
    // Term numbers are positions in sortedWords, visited in increasing order.
    sortedWords.forEach((word, term) => {
      if (isLatinWord(word)) {
        const stem = englishStem(word);
        const found = stems.get(stem);
        if (found === undefined) {
          stems.set(stem, [term]);
        } else {
          found.push(term);
        }
      }
    });
  }
  return {
    stats: { count: list.length, totalLength },
    sortedWords,
    offsets,
    documents,
    frequencies: narrow(frequencies, largest),
    lengths: narrow(lengths, longest),
    shortest: Number.isFinite(shortest) ? shortest : 0,
    runs,
    runStarts: Uint32Array.from(starts),
    // The key fits in 32 bits; >>> 0 keeps a high third unit from turning the key negative.
    nextKeys: Uint32Array.from(sortedWords, (word) => nextKey(word) >>> 0),
    stems,
    scratch: { sums: new Uint32Array(list.length), listed: new Uint32Array(terms.size), call: 0 },
  };
}

/** A posting list: sorted document numbers and their frequencies. */
export interface Postings {
  readonly documents: Uint32Array;
  readonly frequencies: Frequencies;
}

/** The first position from `low` to `high` whose key is not below `key`, in keys increasing there. */
function keyBound(keys: Uint32Array, key: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // from <= low <= middle < high <= to, inside keys.
    if (keys[middle]! < key) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/**
 * The first position in sortedWords whose word is not below `head`, searched
 * in the run of words that share the head's first two code units, by the next
 * two units' key, then by the words that share it. When no word shares the
 * first two units, any position whose word does not start with the head.
 */
function lowerBound(index: InvertedIndex, head: string): number {
  const { sortedWords, runs, runStarts, nextKeys } = index;
  let low = 0;
  let high = sortedWords.length;
  if (head.length >= 2) {
    const run = runs.get(runKey(head));
    if (run === undefined) {
      // No word starts with the head's first two units; the end of the list starts with nothing.
      return sortedWords.length;
    }
    // A run's number is below the number of runs, and runStarts has one more entry.
    const key = nextKey(head) >>> 0;
    low = keyBound(nextKeys, key, runStarts[run]!, runStarts[run + 1]!);
    if (head.length <= 3) {
      // The head is the key's whole rest: the first word with this key or above is not below it.
      return low;
    }
    high = key === 0xffffffff ? runStarts[run + 1]! : keyBound(nextKeys, key + 1, low, runStarts[run + 1]!);
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    // low <= middle < high <= sortedWords.length.
    if (sortedWords[middle]! < head) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Starts a listing of terms: `add` lists a term once however often it is reached. */
function lister(index: InvertedIndex): { found: number[]; add: (term: number) => void } {
  const { scratch } = index;
  scratch.call = (scratch.call + 1) >>> 0;
  if (scratch.call === 0) {
    // The call counter wrapped: forget every mark, so that an old one cannot pass for the new call's.
    scratch.listed.fill(0);
    scratch.call = 1;
  }
  const { call, listed } = scratch;
  const found: number[] = [];
  return {
    found,
    add: (term) => {
      // A term number is a position in sortedWords, whose length listed has.
      if (listed[term] !== call) {
        listed[term] = call;
        found.push(term);
      }
    },
  };
}

/**
 * The term numbers of the indexed words that hold a query term: for each of
 * its prefixes and cores, the run of words that start with both, kept when the
 * rest is one of the term's endings. Each once, in no particular order.
 */
function matchingTerms(index: InvertedIndex, queryTerm: QueryTerm): number[] {
  const { sortedWords } = index;
  const { found, add } = lister(index);
  for (const { prefixes, cores, endings } of queryTerm.bases) {
    for (const prefix of prefixes) {
      for (const core of cores) {
        const head = prefix + core;
        for (let at = lowerBound(index, head); at < sortedWords.length; at += 1) {
          // at < sortedWords.length.
          const word = sortedWords[at]!;
          if (!word.startsWith(head)) {
            break;
          }
          if (endings.has(word.slice(head.length))) {
            add(at);
          }
        }
      }
    }
  }
  return found;
}

/** The term numbers of the indexed words that start with one of `heads`, each once. */
function prefixTerms(index: InvertedIndex, heads: readonly string[]): number[] {
  const { sortedWords } = index;
  const { found, add } = lister(index);
  for (const head of heads) {
    // at < sortedWords.length.
    for (let at = lowerBound(index, head); at < sortedWords.length; at += 1) {
      if (!sortedWords[at]!.startsWith(head)) {
        break;
      }
      add(at);
    }
  }
  return found;
}

const NO_TERMS: readonly number[] = [];

/** The term numbers of the indexed words a rule holds for, each once. */
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

const NO_POSTINGS: Postings = { documents: new Uint32Array(0), frequencies: new Uint8Array(0) };

/**
 * The union of the posting lists of distinct terms, a document's frequencies
 * summed. One list is returned as it is; several are summed in the scratch
 * array, one read of each posting and a sort of the documents found, instead
 * of a merge per list.
 */
export function termPostings(index: InvertedIndex, terms: readonly number[]): Postings {
  const { offsets, documents, frequencies } = index;
  if (terms.length <= 1) {
    if (terms.length === 0) {
      return NO_POSTINGS;
    }
    // A term number is below the number of terms, and offsets has one more entry.
    const start = offsets[terms[0]!]!;
    const end = offsets[terms[0]! + 1]!;
    return { documents: documents.subarray(start, end), frequencies: frequencies.subarray(start, end) };
  }
  const { sums } = index.scratch;
  let total = 0;
  for (const term of terms) {
    total += offsets[term + 1]! - offsets[term]!;
  }
  const found = new Uint32Array(total);
  let size = 0;
  for (const term of terms) {
    // Postings hold document numbers, below the length of sums; a frequency is at least 1.
    for (let at = offsets[term]!; at < offsets[term + 1]!; at += 1) {
      const document = documents[at]!;
      if (sums[document] === 0) {
        found[size] = document;
        size += 1;
      }
      sums[document] = sums[document]! + frequencies[at]!;
    }
  }
  const sorted = found.subarray(0, size).sort();
  const summed = new Uint32Array(size);
  for (let at = 0; at < size; at += 1) {
    // at < size; every found document has its sum, which is cleared for the next call.
    const document = sorted[at]!;
    summed[at] = sums[document]!;
    sums[document] = 0;
  }
  return { documents: sorted, frequencies: summed };
}

/**
 * The documents that hold, for every entry of `ruleTerms`, one of its terms:
 * the candidates of a phrase, increasing. The rule with the fewest postings
 * lists them; each other rule advances the count of matched rules in the
 * scratch array, so that no posting list is merged or copied.
 */
export function commonDocuments(index: InvertedIndex, ruleTerms: readonly (readonly number[])[]): Uint32Array {
  const { offsets, documents } = index;
  const { sums } = index.scratch;
  // A term number is below the number of terms, and offsets has one more entry.
  const postingsOf = (terms: readonly number[]): number =>
    terms.reduce((total, term) => total + offsets[term + 1]! - offsets[term]!, 0);
  const order = ruleTerms.map((terms) => ({ terms, size: postingsOf(terms) })).sort((a, b) => a.size - b.size);
  // A clause has at least one rule.
  const first = order[0]!;
  const found = new Uint32Array(first.size);
  let size = 0;
  // Postings hold document numbers, below the length of sums.
  for (const term of first.terms) {
    for (let at = offsets[term]!; at < offsets[term + 1]!; at += 1) {
      const document = documents[at]!;
      if (sums[document] === 0) {
        sums[document] = 1;
        found[size] = document;
        size += 1;
      }
    }
  }
  for (let step = 1; step < order.length; step += 1) {
    // step < order.length.
    for (const term of order[step]!.terms) {
      for (let at = offsets[term]!; at < offsets[term + 1]!; at += 1) {
        const document = documents[at]!;
        if (sums[document] === step) {
          sums[document] = step + 1;
        }
      }
    }
  }
  const out = new Uint32Array(size);
  let kept = 0;
  for (let at = 0; at < size; at += 1) {
    // at < size; every found document is cleared for the next call.
    const document = found[at]!;
    if (sums[document] === order.length) {
      out[kept] = document;
      kept += 1;
    }
    sums[document] = 0;
  }
  return out.subarray(0, kept).sort();
}
