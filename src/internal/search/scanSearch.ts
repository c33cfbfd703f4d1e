/**
 * The search of a plain list, by scanning it: every document is read and
 * matched on each call. The inverted index (searchIndex.ts) returns exactly
 * the same page from the same integers.
 */
import { articleStart, publishedAtOf } from '../dates/parse.js';
import { ARABIC, type CompiledSearch, ENGLISH, type SearchClause } from './compileSearch.js';
import {
  clauseFrequency,
  createMatcher,
  type FieldWords,
  groupLength,
  type Matcher,
  type MentionSpan,
  mentionSpans,
  readFields,
  searchTexts,
} from './documentMatch.js';
import { documentScore, type GroupStats, pageOf, rankPage } from './rankHits.js';
import { idf } from './search.js';

/** A ranked page of hits: positions in the searched list (or document numbers) and their scores. */
export interface RankedPage {
  readonly documents: Uint32Array;
  readonly scores: Float64Array;
}

/** The words of a record's fields and its clauses' mention spans, read the way the clauses need. */
export interface ReadDocument {
  readonly fields: readonly FieldWords[];
  /** Per clause (the included, then the excluded), its entities' mention spans in this record. */
  readonly mentions: readonly (readonly MentionSpan[])[];
}

/**
 * Reads what `clauses` need of one record: its words (with offsets in title and
 * body when a clause has mention spans there, or everywhere when `offsets`), and
 * the mention spans. Throws {@link InvalidRecordError} on a malformed field.
 */
export function readDocument(
  article: unknown,
  index: number,
  clauses: readonly SearchClause[],
  english: boolean,
  offsets: boolean,
): ReadDocument {
  const texts = searchTexts(article, index, english);
  const mentions = clauses.map((clause) => mentionSpans(article, index, clause.entities, texts));
  const spans = offsets || mentions.some((found) => found.length > 0);
  return { fields: readFields(texts, english, [spans, spans, offsets, offsets]), mentions };
}

/** Whether a read document matches a clause anywhere. */
function holds(clause: SearchClause, read: ReadDocument, at: number, match: Matcher): boolean {
  // at is the clause's position in the clauses the document was read for.
  const [arabic, english] = clauseFrequency(clause, read.fields, read.mentions[at]!, match);
  return arabic + english > 0;
}

/**
 * Searches a list by scanning it, and returns the page `offset … offset + limit - 1`
 * of the ranking. The tie-break date is the start of `publishedAt`, which is read
 * (and checked) for every record.
 */
export function scanSearch(
  list: readonly unknown[],
  search: CompiledSearch,
  offset: number,
  limit: number,
): RankedPage {
  const { include, exclude, english } = search;
  const clauses = [...include, ...exclude];
  const match = createMatcher();
  const documentFrequencies = new Float64Array(include.length);
  let arabicTotal = 0;
  let englishTotal = 0;
  const hits: number[] = [];
  const frequencies: number[] = [];
  const lengths: number[] = [];
  const dates: number[] = [];
  list.forEach((article, index) => {
    // A caller's list may hold anything: a null item fails here, on its publishedAt, with its index.
    const date = articleStart(publishedAtOf(article), index);
    const read = readDocument(article, index, clauses, english, false);
    const arabicLength = groupLength(read.fields, ARABIC);
    const englishLength = english ? groupLength(read.fields, ENGLISH) : 0;
    arabicTotal += arabicLength;
    englishTotal += englishLength;
    const found: number[] = [];
    include.forEach((clause, at) => {
      const [arabic, inEnglish] = clauseFrequency(clause, read.fields, read.mentions[at]!, match);
      if (arabic + inEnglish > 0) {
        // at is below include.length, the length of documentFrequencies.
        documentFrequencies[at] = documentFrequencies[at]! + 1;
      }
      found.push(arabic, inEnglish);
    });
    const matched =
      include.every((_, at) => found[2 * at]! + found[2 * at + 1]! > 0) &&
      !exclude.some((clause, at) => holds(clause, read, include.length + at, match));
    if (matched) {
      hits.push(index);
      frequencies.push(...found);
      lengths.push(arabicLength, englishLength);
      dates.push(date);
    }
  });
  const stats: GroupStats = {
    arabic: { count: list.length, totalLength: arabicTotal },
    english: { count: list.length, totalLength: englishTotal },
  };
  const idfs = documentFrequencies.map((frequency) => idf(stats.arabic, frequency));
  const documents = Uint32Array.from(hits);
  const scores = new Float64Array(hits.length);
  for (let at = 0; at < hits.length; at += 1) {
    // lengths has two entries per hit, frequencies two per clause per hit.
    scores[at] = documentScore(
      idfs,
      frequencies,
      2 * include.length * at,
      lengths[2 * at]!,
      lengths[2 * at + 1]!,
      stats,
    );
  }
  // Positions are below hits.length, the length of dates.
  const order = rankPage(documents, scores, (at) => dates[at]!, offset, limit);
  return pageOf(order, documents, scores);
}
