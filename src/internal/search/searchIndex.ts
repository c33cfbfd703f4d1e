/**
 * The search of an indexed corpus: inverted indexes of the Arabic and English
 * fields, of which documents mention which entity, and (phraseIndex.ts) of
 * each document's word codes for phrases, each built on first use. It returns
 * exactly the page that scanSearch returns on the same articles: the same
 * clause frequencies (from the postings; for phrases, from the word codes; for
 * entity mentions and phrases of more than 31 words, from the documentMatch
 * rules scanSearch uses),
 * the same statistics, and the same scoring and ranking functions.
 */
import type { Article } from '../../schema.js';
import { ARABIC, type CompiledSearch, ENGLISH, type Group, type SearchClause } from './compileSearch.js';
import {
  clauseFrequency,
  createMatcher,
  type Matcher,
  mentionSpans,
  readFields,
  searchTexts,
} from './documentMatch.js';
import {
  buildInvertedIndex,
  commonDocuments,
  type Frequencies,
  type InvertedIndex,
  ruleTerms,
  termPostings,
} from './invertedIndex.js';
import {
  buildPhraseIndex,
  markPhrase,
  MAX_PHRASE_WORDS,
  phraseFrequency,
  type PhraseIndex,
  unmarkPhrase,
} from './phraseIndex.js';
import { documentScore, type GroupStats, pageOf, rankPage } from './rankHits.js';
import type { RankedPage } from './scanSearch.js';
import { idf, lengthNorm, termScore } from './search.js';

/** The documents that match a clause, increasing, with its frequency in each group (none: zero everywhere). */
interface ClauseHits {
  readonly documents: Uint32Array;
  readonly arabic: Frequencies | undefined;
  readonly english: Frequencies | undefined;
}

const NO_DOCUMENTS = new Uint32Array(0);

/**
 * Part of a clause's postings: `documents[start] … documents[end - 1]` (each once), with the
 * clause's frequency in one group (column 0 or 1) at the same positions of `frequencies`.
 */
interface Segment {
  readonly documents: Uint32Array;
  readonly frequencies: Frequencies;
  readonly start: number;
  readonly end: number;
  readonly column: number;
}

/** The search index of a corpus's articles. */
export class SearchIndex {
  readonly #articles: readonly Article[];
  #arabic: InvertedIndex | undefined;
  #english: InvertedIndex | undefined;
  #mentioned: Map<string, Uint32Array> | undefined;
  readonly #phrases: (PhraseIndex | undefined)[] = [undefined, undefined];
  /** Per document, its position (plus one) among the current search's candidates; zero between searches. */
  #slots: Uint32Array | undefined;
  /** Per document, the number of the last clause that counted it, so that a clause counts it once. */
  #seen: Uint32Array | undefined;
  #stamp = 0;

  constructor(articles: readonly Article[]) {
    this.#articles = articles;
  }

  /** The index of a group's fields, built on first use: a corpus never searched in English never pays for it. */
  fields(group: Group): InvertedIndex {
    if (group === ARABIC) {
      this.#arabic ??= buildInvertedIndex(this.#articles, ARABIC);
      return this.#arabic;
    }
    this.#english ??= buildInvertedIndex(this.#articles, ENGLISH);
    return this.#english;
  }

  /** The word sequences of a group's fields, built on the first phrase search. */
  #phraseIndex(group: Group): PhraseIndex {
    // #phrases has an entry per group.
    let found = this.#phrases[group];
    if (found === undefined) {
      found = buildPhraseIndex(this.#articles, group, this.fields(group));
      this.#phrases[group] = found;
    }
    return found;
  }

  /** The documents that mention any of `ids`, increasing. */
  #mentioning(ids: readonly string[]): Uint32Array {
    if (this.#mentioned === undefined) {
      const lists = new Map<string, number[]>();
      this.#articles.forEach((article, document) => {
        for (const { id, mentions } of article.entities) {
          const list = lists.get(id);
          // A validated article names an entity once, with at least one mention; the check keeps a list unique anyway.
          if (mentions.length > 0 && list?.at(-1) !== document) {
            if (list === undefined) {
              lists.set(id, [document]);
            } else {
              list.push(document);
            }
          }
        }
      });
      this.#mentioned = new Map([...lists].map(([id, list]) => [id, Uint32Array.from(list)]));
    }
    const mentioned = this.#mentioned;
    const found = ids.flatMap((id) => [...(mentioned.get(id) ?? NO_DOCUMENTS)]);
    return Uint32Array.from(new Set(found)).sort();
  }

  /** The frequencies of a clause in one document, read from the article the way scanSearch reads it. */
  #verify(document: number, clause: SearchClause, withMentions: boolean, match: Matcher): [number, number] {
    // Document numbers come from the indexes of these articles.
    const article = this.#articles[document]!;
    const texts = searchTexts(article, document, clause.group === ENGLISH);
    const mentions = withMentions ? mentionSpans(article, document, clause.entities, texts) : [];
    const spans = mentions.length > 0;
    const fields = readFields(texts, clause.group === ENGLISH, [spans, spans, false, false]);
    return clauseFrequency(clause, fields, mentions, match);
  }

  /** The documents that match a phrase, or a clause whose entities are mentioned, with its frequencies. */
  #clauseHits(clause: SearchClause, match: Matcher): ClauseHits {
    const index = this.fields(clause.group);
    const terms = clause.rules.map((rule) => ruleTerms(index, rule));
    // One rule: its postings are the clause's frequencies. A phrase: the documents that hold every word,
    // whose word sequences tell where the words are adjacent.
    const single = terms.length === 1 ? termPostings(index, terms[0]!) : undefined;
    const candidates = single?.documents ?? commonDocuments(index, terms);
    const mentioned = clause.entities.length > 0 ? this.#mentioning(clause.entities) : NO_DOCUMENTS;
    // A phrase of more words than a mask has bits is checked by reading its candidates, as the scan does.
    const phrases =
      single === undefined && terms.length <= MAX_PHRASE_WORDS && candidates.length > 0
        ? this.#phraseIndex(clause.group)
        : undefined;
    const size = candidates.length + mentioned.length;
    const documents = new Uint32Array(size);
    const arabic = new Uint32Array(size);
    const english = new Uint32Array(size);
    let out = 0;
    let i = 0;
    let j = 0;
    if (phrases !== undefined) {
      markPhrase(phrases, terms);
    }
    try {
      // A merge of the candidates and the mentioning documents; every read below is inside its list.
      while (i < candidates.length || j < mentioned.length) {
        const a = i < candidates.length ? candidates[i]! : Infinity;
        const b = j < mentioned.length ? mentioned[j]! : Infinity;
        const document = Math.min(a, b);
        let inArabic: number;
        let inEnglish: number;
        if (b === document || (single === undefined && phrases === undefined)) {
          // Mention spans need the text: an occurrence that overlaps one is not counted again.
          [inArabic, inEnglish] = this.#verify(document, clause, b === document, match);
        } else {
          // From the postings, or from the word sequences of a phrase's candidate.
          const frequency =
            single === undefined
              ? phraseFrequency(phrases!, clause.group, document, terms.length)
              : single.frequencies[i]!;
          inArabic = clause.group === ARABIC ? frequency : 0;
          inEnglish = frequency - inArabic;
        }
        if (a === document) {
          i += 1;
        }
        if (b === document) {
          j += 1;
        }
        if (inArabic + inEnglish > 0) {
          documents[out] = document;
          arabic[out] = inArabic;
          english[out] = inEnglish;
          out += 1;
        }
      }
    } finally {
      if (phrases !== undefined) {
        unmarkPhrase(phrases, terms);
      }
    }
    return {
      documents: documents.subarray(0, out),
      arabic: arabic.subarray(0, out),
      english: english.subarray(0, out),
    };
  }

  /**
   * The postings of a clause, in parts. A word (no phrase, no mentioning
   * document) is the posting lists of the indexed words it holds for, read in
   * place; its frequency in a document is their sum. Anything else is its hits.
   */
  #segments(clause: SearchClause, match: Matcher): Segment[] {
    const index = this.fields(clause.group);
    const column = clause.group === ARABIC ? 0 : 1;
    if (clause.rules.length === 1 && (clause.entities.length === 0 || this.#mentioning(clause.entities).length === 0)) {
      const { offsets, documents, frequencies } = index;
      // A clause has a rule; term numbers are below the number of terms, and offsets has one more entry.
      return ruleTerms(index, clause.rules[0]!).map((term) => ({
        documents,
        frequencies,
        start: offsets[term]!,
        end: offsets[term + 1]!,
        column,
      }));
    }
    const { documents, arabic, english } = this.#clauseHits(clause, match);
    // #clauseHits of such a clause returns both groups' frequencies.
    const end = documents.length;
    return [
      { documents, frequencies: arabic!, start: 0, end, column: 0 },
      { documents, frequencies: english!, start: 0, end, column: 1 },
    ];
  }

  /**
   * For a search of one word with a page of `keep` hits: a frequency below which
   * no candidate can reach the page, or 0. A candidate's score is at most what its
   * frequency scores at the shortest length of the group, since BM25 falls as a
   * document grows. The candidates whose frequency is among the `keep` highest
   * give a score the page's last hit reaches at least; a lower frequency whose
   * best score stays below it is left out, with a margin for rounding.
   */
  #leastFrequency(
    segments: readonly Segment[],
    candidates: Uint32Array,
    frequencies: Uint32Array,
    dropped: Uint8Array,
    keep: number,
    wordIdf: number,
    stats: GroupStats,
  ): number {
    // A candidate of a one-rule clause has its frequency in its segments' column; mixed columns are not bounded here.
    const column = segments[0]?.column;
    const size = dropped.length;
    if (keep >= size || column === undefined || segments.some((segment) => segment.column !== column)) {
      return 0;
    }
    const cap = 256;
    const counts = new Uint32Array(cap + 1);
    for (let at = 0; at < size; at += 1) {
      // at < size; a capped frequency is at most cap, inside counts.
      if (dropped[at] === 0) {
        const capped = Math.min(frequencies[2 * at + column]!, cap);
        counts[capped] = counts[capped]! + 1;
      }
    }
    let cut = cap;
    let above = counts[cap]!;
    while (cut > 1 && above < keep) {
      cut -= 1;
      above += counts[cut]!;
    }
    if (cut <= 1 || above >= size / 2) {
      // Too few candidates stand out for the bound to leave many out.
      return 0;
    }
    const group = column === 0 ? ARABIC : ENGLISH;
    const index = this.fields(group);
    const groupStats = column === 0 ? stats.arabic : stats.english;
    const best = new Float64Array(above);
    let filled = 0;
    for (let at = 0; at < size; at += 1) {
      // As above; every document of a segment is in this group's index.
      const frequency = frequencies[2 * at + column]!;
      if (dropped[at] === 0 && Math.min(frequency, cap) >= cut) {
        const document = candidates[at]!;
        best[filled] = termScore(wordIdf, frequency, lengthNorm(groupStats, index.lengths[document]!));
        filled += 1;
      }
    }
    // The keep-th best of these scores: the page's last hit scores at least this much.
    const floor = best.sort()[filled - keep]!;
    const shortest = lengthNorm(groupStats, index.shortest);
    let least = cut;
    while (least > 1 && termScore(wordIdf, least - 1, shortest) * (1 + 1e-9) >= floor) {
      least -= 1;
    }
    return least;
  }

  /** A number no document of #seen holds yet. */
  #nextStamp(seen: Uint32Array): number {
    this.#stamp = (this.#stamp + 1) >>> 0;
    if (this.#stamp === 0) {
      // The counter wrapped: forget every mark, so that an old one cannot pass for the new clause's.
      seen.fill(0);
      this.#stamp = 1;
    }
    return this.#stamp;
  }

  /**
   * Searches the corpus, and returns the page `offset … offset + limit - 1` of the
   * ranking. `dateOf` gives a document's tie-break date.
   *
   * The candidates are the documents of the included clause with the fewest
   * postings; every clause then adds its frequencies to the candidates it holds,
   * and counts its documents for its idf, in one read of its postings. The
   * ranking is a total order, so the candidates need no sorting.
   */
  search(search: CompiledSearch, dateOf: (document: number) => number, offset: number, limit: number): RankedPage {
    const { include, exclude } = search;
    const match = createMatcher();
    const arabicIndex = this.fields(ARABIC);
    const englishIndex = search.english ? this.fields(ENGLISH) : undefined;
    const included = include.map((clause) => this.#segments(clause, match));
    const excluded = exclude.map((clause) => this.#segments(clause, match));
    const count = arabicIndex.stats.count;
    this.#slots ??= new Uint32Array(count);
    this.#seen ??= new Uint32Array(count);
    const slots = this.#slots;
    const seen = this.#seen;
    const sizeOf = (segments: readonly Segment[]): number =>
      segments.reduce((total, segment) => total + segment.end - segment.start, 0);
    let driver = 0;
    included.forEach((segments, at) => {
      // driver and at are positions in included.
      if (sizeOf(segments) < sizeOf(included[driver]!)) {
        driver = at;
      }
    });
    // parseQuery returns at least one included clause. Postings hold document numbers, below count.
    const driving = included[driver]!;
    const candidates = new Uint32Array(sizeOf(driving));
    const width = 2 * include.length;
    // Each candidate's frequencies, at 2 * clause + group from candidate * width; grown as candidates are found.
    // At least as many candidates as the longest segment has documents, at most as many as all have.
    const longest = driving.reduce((most, segment) => Math.max(most, segment.end - segment.start), 0);
    let frequencies = new Uint32Array(Math.min(candidates.length, Math.ceil(longest * 1.25)) * width);
    let size = 0;
    // The driving clause lists the candidates (so it counts each once) and adds its frequencies.
    for (const { documents, frequencies: found, start, end, column } of driving) {
      // at is inside the segment, whose frequencies are at the same positions; a slot is a position + 1.
      for (let at = start; at < end; at += 1) {
        const document = documents[at]!;
        let slot = slots[document]!;
        if (slot === 0) {
          candidates[size] = document;
          size += 1;
          slot = size;
          slots[document] = slot;
          if (slot * width > frequencies.length) {
            const grown = new Uint32Array(Math.min(candidates.length, 2 * slot) * width);
            grown.set(frequencies);
            frequencies = grown;
          }
        }
        const cell = (slot - 1) * width + 2 * driver + column;
        frequencies[cell] = frequencies[cell]! + found[at]!;
      }
    }
    const documentFrequencies = new Float64Array(include.length);
    // driver is below include.length.
    documentFrequencies[driver] = size;
    included.forEach((segments, clause) => {
      if (clause === driver) {
        return;
      }
      const stamp = this.#nextStamp(seen);
      let distinct = 0;
      for (const { documents, frequencies: found, start, end, column } of segments) {
        // As above.
        for (let at = start; at < end; at += 1) {
          const document = documents[at]!;
          if (seen[document] !== stamp) {
            seen[document] = stamp;
            distinct += 1;
          }
          const slot = slots[document]!;
          if (slot !== 0) {
            const cell = (slot - 1) * width + 2 * clause + column;
            frequencies[cell] = frequencies[cell]! + found[at]!;
          }
        }
      }
      // clause is below include.length.
      documentFrequencies[clause] = distinct;
    });
    const dropped = new Uint8Array(size);
    for (const segments of excluded) {
      for (const { documents, start, end } of segments) {
        for (let at = start; at < end; at += 1) {
          // at is inside the segment; a slot is a candidate's position + 1.
          const slot = slots[documents[at]!]!;
          if (slot !== 0) {
            dropped[slot - 1] = 1;
          }
        }
      }
    }
    for (let at = 0; at < size; at += 1) {
      // at < size: clear the slots for the next search.
      slots[candidates[at]!] = 0;
    }
    const stats: GroupStats = {
      arabic: arabicIndex.stats,
      english: englishIndex?.stats ?? { count: arabicIndex.stats.count, totalLength: 0 },
    };
    const idfs = documentFrequencies.map((frequency) => idf(stats.arabic, frequency));
    const least =
      include.length === 1
        ? this.#leastFrequency(included[0]!, candidates, frequencies, dropped, offset + limit, idfs[0]!, stats)
        : 0;
    const documents = new Uint32Array(size);
    const scores = new Float64Array(size);
    let kept = 0;
    for (let at = 0; at < size; at += 1) {
      // at < size, and frequencies has width entries per candidate.
      let all = dropped[at] === 0 && frequencies[at * width]! + frequencies[at * width + 1]! >= least;
      for (let clause = 0; clause < include.length && all; clause += 1) {
        all = frequencies[at * width + 2 * clause]! + frequencies[at * width + 2 * clause + 1]! > 0;
      }
      if (!all) {
        continue;
      }
      const document = candidates[at]!;
      documents[kept] = document;
      // Candidates are document numbers, and the lengths have one entry per document.
      scores[kept] = documentScore(
        idfs,
        frequencies,
        at * width,
        arabicIndex.lengths[document]!,
        englishIndex === undefined ? 0 : englishIndex.lengths[document]!,
        stats,
      );
      kept += 1;
    }
    // Positions are below kept, inside documents.
    const order = rankPage(
      documents.subarray(0, kept),
      scores.subarray(0, kept),
      (at) => dateOf(documents[at]!),
      offset,
      limit,
    );
    return pageOf(order, documents, scores);
  }
}
