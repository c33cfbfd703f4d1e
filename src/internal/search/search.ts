/**
 * The word rules of the search (how a query word matches a text word) and the
 * BM25 functions, shared by the scan of a list (scanSearch.ts) and the indexed
 * corpus (searchIndex.ts). Both compute each score with the same function,
 * from the same integers, in the same order, so they return exactly the same ranking.
 */
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { CLITIC_PREFIXES, isArabicTerm, LUCENE_PREFIXES, lucenePrefix, SUFFIX_ENDINGS } from '../text/tokenize.js';

/** BM25 parameters: the usual defaults. */
export const K1 = 1.2;
const B = 0.75;
/** A title word counts this many times, in both term frequency and document length. */
export const TITLE_WEIGHT = 2;

/** One way a text word can hold a query word: one of `prefixes`, then one of `cores`, then one of `endings`. */
export interface QueryBase {
  readonly prefixes: readonly string[];
  readonly cores: readonly string[];
  readonly endings: ReadonlySet<string>;
}

/**
 * One word of a query, as the rules for the text words that hold it (see
 * {@link queryTerm}). `key` is the same for two words that match the same text words.
 */
export interface QueryTerm {
  readonly key: string;
  readonly bases: readonly QueryBase[];
}

/** A core left after removing a suffix ending from a query word keeps at least this many letters. */
const MIN_STRIPPED_CORE = 3;

const ENDINGS: ReadonlySet<string> = new Set(SUFFIX_ENDINGS);
const NO_ENDING: ReadonlySet<string> = new Set(['']);

/** The query word's base and the cores it leaves when its own suffix ending is removed. */
function coresOf(base: string): string[] {
  const cores = [base];
  for (const ending of SUFFIX_ENDINGS) {
    if (ending.length > 0 && base.endsWith(ending) && base.length - ending.length >= MIN_STRIPPED_CORE) {
      cores.push(base.slice(0, -ending.length));
    }
  }
  return cores;
}

/**
 * The rules for the normalized text words that hold a normalized query word. A
 * text word holds the query word when it is the word itself, or a core of it,
 * with a clitic prefix (و ف, then ب ل ك, then ال, or لل) in front and a suffix
 * ending ({@link SUFFIX_ENDINGS}) behind, each optional. A core is the word, or
 * the word without its own suffix ending when at least three letters remain.
 * When the query word starts with one of Lucene's prefixes (ال وال بال كال فال
 * لل و), the word without it matches too, behind one of those prefixes only.
 * Letters of the text word that merely line up with the query word's (`أن` in
 * `وكالة`, `على` in `بالفعل`) do not count. A word that is not Arabic matches
 * only itself.
 */
export function queryTerm(word: string): QueryTerm {
  if (!isArabicTerm(word)) {
    return { key: `=${word}`, bases: [{ prefixes: [''], cores: [word], endings: NO_ENDING }] };
  }
  const bases: QueryBase[] = [{ prefixes: CLITIC_PREFIXES, cores: coresOf(word), endings: ENDINGS }];
  const own = lucenePrefix(word);
  if (own !== undefined) {
    bases.push({ prefixes: ['', ...LUCENE_PREFIXES], cores: coresOf(word.slice(own.length)), endings: ENDINGS });
  }
  // The words are normalized Arabic letters: a space cannot occur in them.
  return { key: bases.map((base) => base.cores.join(' ')).join(' | '), bases };
}

/** Whether a normalized text word holds the query word of `term`. */
export function termMatches(term: QueryTerm, textWord: string): boolean {
  for (const { prefixes, cores, endings } of term.bases) {
    for (const prefix of prefixes) {
      if (!textWord.startsWith(prefix)) {
        continue;
      }
      for (const core of cores) {
        if (textWord.startsWith(core, prefix.length) && endings.has(textWord.slice(prefix.length + core.length))) {
          return true;
        }
      }
    }
  }
  return false;
}

/** Collection statistics that BM25 needs. */
export interface CollectionStats {
  /** Number of documents. */
  readonly count: number;
  /** Sum of all document lengths (weighted). */
  readonly totalLength: number;
}

/** Inverse document frequency, BM25+ style so that it is never negative. */
export function idf(stats: CollectionStats, documentFrequency: number): number {
  return Math.log(1 + (stats.count - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The length part of BM25's denominator for a document of `length`. */
export function lengthNorm(stats: CollectionStats, length: number): number {
  return K1 * (1 - B + (B * length) / (stats.totalLength / stats.count));
}

/** One query term's contribution to a document's score, given the document's {@link lengthNorm}. */
export function termScore(termIdf: number, frequency: number, norm: number): number {
  return (termIdf * frequency * (K1 + 1)) / (frequency + norm);
}

/**
 * Ranks scored documents: best score first, ties to the later date, then to
 * the earlier position. Returns the positions into the given arrays, in order.
 */
export function rank(documents: ArrayLike<number>, scores: Float64Array, dates: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let at = 0; at < order.length; at += 1) {
    order[at] = at;
  }
  // left and right are positions, below scores.length, which is the length of documents and dates too.
  return order.sort(
    (left, right) =>
      scores[right]! - scores[left]! || dates[right]! - dates[left]! || documents[left]! - documents[right]!,
  );
}

/** Reads a record's searchable text, throwing {@link InvalidRecordError} when it has none. */
export function searchableText(article: unknown, index: number, field: 'title' | 'body'): string {
  const value =
    typeof article === 'object' && article !== null ? (article as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string') {
    throw recordIssue(index, [field], `Expected ${field} to be a string, got ${describeValue(value)}`);
  }
  return value;
}
