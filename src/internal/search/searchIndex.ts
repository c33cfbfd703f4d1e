/**
 * The search of an indexed corpus: inverted indexes of the Arabic and English
 * fields, and of which documents mention which entity, each built on first
 * use. It returns exactly the page that scanSearch returns on the same
 * articles: the same clause frequencies (from the postings, or, where the
 * postings cannot decide alone, from the documentMatch rules scanSearch uses),
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
  seek,
  termPostings,
} from './invertedIndex.js';
import { buildPhraseIndex, phraseFrequency, type PhraseIndex, phraseMarks } from './phraseIndex.js';
import { documentScore, type GroupStats, pageOf, rankPage } from './rankHits.js';
import type { RankedPage } from './scanSearch.js';
import { idf } from './search.js';

/** The documents that match a clause, increasing, with its frequency in each group (none: zero everywhere). */
interface ClauseHits {
  readonly documents: Uint32Array;
  readonly arabic: Frequencies | undefined;
  readonly english: Frequencies | undefined;
}

const NO_DOCUMENTS = new Uint32Array(0);

/** The documents in every one of the sorted lists. */
function intersect(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) {
    // One list is its own intersection.
    return lists[0]!;
  }
  let driver = 0;
  lists.forEach((list, at) => {
    // driver and at are positions in lists.
    if (list.length < lists[driver]!.length) {
      driver = at;
    }
  });
  const driving = lists[driver]!;
  const cursors = new Array<number>(lists.length).fill(0);
  const out = new Uint32Array(driving.length);
  let size = 0;
  for (const document of driving) {
    let all = true;
    for (let at = 0; at < lists.length && all; at += 1) {
      // at is below lists.length, the length of cursors.
      const list = lists[at]!;
      const found = seek(list, document, cursors[at]!);
      cursors[at] = found;
      all = found < list.length && list[found] === document;
    }
    if (all) {
      out[size] = document;
      size += 1;
    }
  }
  return out.subarray(0, size);
}

/** The search index of a corpus's articles. */
export class SearchIndex {
  readonly #articles: readonly Article[];
  #arabic: InvertedIndex | undefined;
  #english: InvertedIndex | undefined;
  #mentioned: Map<string, Uint32Array> | undefined;
  readonly #phrases: (PhraseIndex | undefined)[] = [undefined, undefined];

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

  /** The documents that match a clause, with its frequencies. */
  #clauseHits(clause: SearchClause, match: Matcher): ClauseHits {
    const index = this.fields(clause.group);
    const terms = clause.rules.map((rule) => ruleTerms(index, rule));
    // One rule: its postings are the clause's frequencies. A phrase: the documents that hold every word,
    // whose word sequences tell where the words are adjacent.
    const single = terms.length === 1 ? termPostings(index, terms[0]!) : undefined;
    const candidates = single?.documents ?? commonDocuments(index, terms);
    const mentioned = clause.entities.length > 0 ? this.#mentioning(clause.entities) : NO_DOCUMENTS;
    if (single !== undefined && mentioned.length === 0) {
      // The postings decide alone: the clause's frequencies are the rule's, in its group.
      const { documents, frequencies } = single;
      return clause.group === ARABIC
        ? { documents, arabic: frequencies, english: undefined }
        : { documents, arabic: undefined, english: frequencies };
    }
    const phrases = single === undefined && candidates.length > 0 ? this.#phraseIndex(clause.group) : undefined;
    const marks = phrases === undefined ? [] : terms.map((found) => phraseMarks(phrases, found));
    const size = candidates.length + mentioned.length;
    const documents = new Uint32Array(size);
    const arabic = new Uint32Array(size);
    const english = new Uint32Array(size);
    let out = 0;
    let i = 0;
    let j = 0;
    // A merge of the candidates and the mentioning documents; every read below is inside its list.
    while (i < candidates.length || j < mentioned.length) {
      const a = i < candidates.length ? candidates[i]! : Infinity;
      const b = j < mentioned.length ? mentioned[j]! : Infinity;
      const document = Math.min(a, b);
      let found: [number, number];
      if (b === document) {
        // Mention spans need the text: an occurrence that overlaps one is not counted again.
        found = this.#verify(document, clause, true, match);
      } else {
        // A candidate that is not a mentioning document: from the postings, or from the word sequences
        // (built above whenever a phrase has a candidate).
        const frequency =
          single === undefined ? phraseFrequency(phrases!, clause.group, document, marks) : single.frequencies[i]!;
        found = clause.group === ARABIC ? [frequency, 0] : [0, frequency];
      }
      if (a === document) {
        i += 1;
      }
      if (b === document) {
        j += 1;
      }
      if (found[0] + found[1] > 0) {
        documents[out] = document;
        arabic[out] = found[0];
        english[out] = found[1];
        out += 1;
      }
    }
    return {
      documents: documents.subarray(0, out),
      arabic: arabic.subarray(0, out),
      english: english.subarray(0, out),
    };
  }

  /**
   * Searches the corpus, and returns the page `offset … offset + limit - 1` of the
   * ranking. `dateOf` gives a document's tie-break date.
   */
  search(search: CompiledSearch, dateOf: (document: number) => number, offset: number, limit: number): RankedPage {
    const { include, exclude } = search;
    const match = createMatcher();
    const arabicIndex = this.fields(ARABIC);
    const englishIndex = search.english ? this.fields(ENGLISH) : undefined;
    const hits = include.map((clause) => this.#clauseHits(clause, match));
    const excluded = exclude.map((clause) => this.#clauseHits(clause, match).documents);
    const stats: GroupStats = {
      arabic: arabicIndex.stats,
      english: englishIndex?.stats ?? { count: arabicIndex.stats.count, totalLength: 0 },
    };
    const idfs = Float64Array.from(hits, (clause) => idf(stats.arabic, clause.documents.length));
    // parseQuery returns at least one included clause.
    const driving = intersect(hits.map((clause) => clause.documents));
    const cursors = new Array<number>(hits.length).fill(0);
    const excludedCursors = new Array<number>(excluded.length).fill(0);
    const frequencies = new Float64Array(2 * hits.length);
    const documents = new Uint32Array(driving.length);
    const scores = new Float64Array(driving.length);
    const dates = new Float64Array(driving.length);
    let size = 0;
    for (let position = 0; position < driving.length; position += 1) {
      const document = driving[position]!;
      const dropped = excluded.some((list, at) => {
        // at is below excluded.length, the length of excludedCursors.
        const found = seek(list, document, excludedCursors[at]!);
        excludedCursors[at] = found;
        return found < list.length && list[found] === document;
      });
      if (dropped) {
        continue;
      }
      // Every driving document is in every clause's list; the lengths have one entry per document.
      for (let at = 0; at < hits.length; at += 1) {
        const { documents: list, arabic, english } = hits[at]!;
        // With one clause, the driving list is its list: the document is at `position`.
        const found = hits.length === 1 ? position : seek(list, document, cursors[at]!);
        cursors[at] = found;
        frequencies[2 * at] = arabic === undefined ? 0 : arabic[found]!;
        frequencies[2 * at + 1] = english === undefined ? 0 : english[found]!;
      }
      documents[size] = document;
      scores[size] = documentScore(
        idfs,
        frequencies,
        0,
        arabicIndex.lengths[document]!,
        englishIndex === undefined ? 0 : englishIndex.lengths[document]!,
        stats,
      );
      dates[size] = dateOf(document);
      size += 1;
    }
    const order = rankPage(
      documents.subarray(0, size),
      scores.subarray(0, size),
      dates.subarray(0, size),
      offset,
      limit,
    );
    return pageOf(order, documents, scores);
  }
}
