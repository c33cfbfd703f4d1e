/**
 * The query planner of an indexed corpus. A plan says where a query's
 * candidates come from and how they are read (its `source`), and what every
 * candidate is already known to satisfy (its `guaranteed` checks), so that the
 * executor (execute.ts) checks only the rest.
 *
 * The planner first finds the smallest candidate set (everything, a date span,
 * or posting lists of one facet), then decides, in {@link readCandidates} and
 * nowhere else, whether that set is wide enough to read in corpus order (a scan
 * or a bitmap) or narrow enough to gather and sort; the guarantees are derived
 * from that decision, so they cannot disagree with how the candidates are read.
 */
import type { Match } from '../../types.js';
import type { CompiledQuery } from '../args/compileQuery.js';
import type { CompiledSearch } from '../search/compileSearch.js';
import type { CorpusIndexes } from './corpusIndexes.js';
import { candidateSpan, firstInside } from './dateIndex.js';
import { datedPostings, type FacetIndex, postingsOf } from './facetIndex.js';

/** No documents: the edge of a list that is not cut to a date range. */
const NO_DOCUMENTS = new Uint32Array(0);

/** Above this share of the corpus, candidates are read in corpus order (a scan or a bitmap) instead of gathered and sorted. */
export const SCAN_SHARE = 1 / 16;

/**
 * Above this share of the corpus (and {@link BITMAP_FLOOR}), gathered candidates are marked in a
 * bitmap and read back in corpus order instead of sorted: walking the bitmap costs a word per 32
 * documents, sorting k candidates k·log k. At a million documents the two cross between 2,000
 * and 8,000 candidates (16,000 sort in 0.78 ms, mark and walk in 0.34 ms).
 */
export const BITMAP_SHARE = 1 / 256;

/** Up to this many candidates are sorted whatever the corpus's size: too few for a bitmap to pay. */
export const BITMAP_FLOOR = 256;

/**
 * How the executor reads a plan's candidates. Every kind but `search` yields them in corpus order.
 *
 * A source cut to a date range by start also holds the documents that start within a
 * day before the range (its `edges`, or the span's positions before `inside`): they
 * overlap the range only if they end at or after its start, and the executor checks that end as it
 * reads them, so that every candidate a source yields overlaps the range.
 */
export type Source =
  /** Every document, in corpus order. */
  | { readonly kind: 'scan' }
  /** The documents that match the search, ranked. */
  | { readonly kind: 'search'; readonly search: CompiledSearch }
  /** One posting list, which is already in corpus order. */
  | { readonly kind: 'list'; readonly list: Uint32Array }
  /** A wide union of posting lists and edges: marked in a bitmap, then read in corpus order. */
  | { readonly kind: 'bitmap'; readonly lists: readonly Uint32Array[]; readonly edges: readonly Uint32Array[] }
  /**
   * A narrow date span, positions `low … high - 1` of the documents in date order, of which
   * `low … inside - 1` start before the range (edges): gathered, then sorted.
   */
  | { readonly kind: 'sortSpan'; readonly low: number; readonly inside: number; readonly high: number }
  /**
   * Narrow posting lists and edges, `size` entries in all: gathered, then sorted, and a
   * document in two lists kept once.
   */
  | {
      readonly kind: 'sortLists';
      readonly lists: readonly Uint32Array[];
      readonly edges: readonly Uint32Array[];
      readonly size: number;
    };

/**
 * What every candidate of a plan already satisfies. A filter the query does
 * not have is satisfied by every document, so it counts as guaranteed.
 */
export interface Guarantees {
  /** Every candidate overlaps the date range (a source cut to the range checks its edges as it reads them). */
  readonly dates: boolean;
  /** Every candidate passes the entity filter. */
  readonly entities: boolean;
  /** Every candidate passes the topic filter. */
  readonly topics: boolean;
}

/** A query ready to run: its filter in index terms, where its candidates come from, and what they guarantee. */
export interface QueryPlan {
  readonly source: Source;
  readonly guaranteed: Guarantees;
  /** First millisecond of the range; `-Infinity` without one. */
  readonly from: number;
  /** Last millisecond of the range; `Infinity` without one. */
  readonly to: number;
  /** The entity numbers asked for. */
  readonly entities: readonly number[];
  /** The topic numbers asked for. */
  readonly topics: readonly number[];
  readonly match: Match;
}

/** The smallest set of documents found to hold every match. */
type Candidates =
  | { readonly kind: 'everything'; readonly size: number }
  | {
      readonly kind: 'span';
      readonly size: number;
      readonly low: number;
      readonly inside: number;
      readonly high: number;
    }
  | {
      readonly kind: 'lists';
      readonly size: number;
      readonly lists: readonly Uint32Array[];
      /** The documents of the lists' values that start within a day before the range: their ends are still to check. */
      readonly edges: readonly Uint32Array[];
      readonly facet: 'entities' | 'topics';
      /** The lists are cut to the date range by start, and are in date order. */
      readonly dated: boolean;
      /** The union of the lists is exactly the set of documents that pass the facet. */
      readonly exact: boolean;
    };

/** How candidates are read, and what that reading guarantees on its own. */
interface Reading {
  readonly source: Source;
  /** Every candidate overlaps the date range. */
  readonly datesKnown: boolean;
  /** The facet whose filter every candidate passes. */
  readonly facetKnown: 'entities' | 'topics' | undefined;
}

/** Plans a compiled query against a corpus's indexes. */
export function planQuery(compiled: CompiledQuery, indexes: CorpusIndexes): QueryPlan {
  const { range, match, search } = compiled;
  // compileQuery resolved every reference against the registries these maps were built from,
  // so every id it returns has a number.
  const entities = compiled.entities.map((id) => indexes.entityIndex.ids.get(id)!);
  const topics = compiled.topics.map((id) => indexes.topicIndex.ids.get(id)!);
  // Ranked search hits guarantee nothing; other candidates may guarantee some checks.
  const { source, datesKnown, facetKnown }: Reading =
    search === undefined
      ? readCandidates(smallestCandidates(compiled, entities, topics, indexes), indexes)
      : { source: { kind: 'search', search }, datesKnown: false, facetKnown: undefined };
  return {
    source,
    guaranteed: {
      dates: range === undefined || datesKnown,
      entities: entities.length === 0 || facetKnown === 'entities',
      topics: topics.length === 0 || facetKnown === 'topics',
    },
    from: range === undefined ? -Infinity : range.from,
    to: range === undefined ? Infinity : range.to,
    entities,
    topics,
    match,
  };
}

/** The smallest set of documents that must hold every match: everything, a date span, or posting lists of one facet. */
function smallestCandidates(
  compiled: CompiledQuery,
  entities: readonly number[],
  topics: readonly number[],
  indexes: CorpusIndexes,
): Candidates {
  const { range, match } = compiled;
  let best: Candidates = { kind: 'everything', size: indexes.articles.length };
  if (range !== undefined) {
    const [low, high] = candidateSpan(indexes.dates, range.from, range.to);
    best = { kind: 'span', size: high - low, low, inside: firstInside(indexes.dates, range.from, low, high), high };
  }
  const facets: readonly (readonly ['entities' | 'topics', readonly number[], FacetIndex])[] = [
    ['entities', entities, indexes.entityIndex],
    ['topics', topics, indexes.topicIndex],
  ];
  for (const [facet, values, index] of facets) {
    if (values.length === 0) {
      continue;
    }
    // With a date range, each list is cut to the range by binary search in its dated copy.
    const parts = values.map((value) =>
      range === undefined
        ? { edge: NO_DOCUMENTS, inside: postingsOf(index, value) }
        : datedPostings(index, value, range.from, range.to),
    );
    const length = (part: (typeof parts)[number]): number => part.edge.length + part.inside.length;
    // With 'all', a match is in every list, so the shortest one holds them all.
    const chosen =
      match === 'all' ? [parts.reduce((shortest, part) => (length(part) < length(shortest) ? part : shortest))] : parts;
    const size = chosen.reduce((sum, part) => sum + length(part), 0);
    if (size < best.size) {
      best = {
        kind: 'lists',
        size,
        lists: chosen.map((part) => part.inside),
        edges: chosen.map((part) => part.edge).filter((edge) => edge.length > 0),
        facet,
        dated: range !== undefined,
        // The union of the lists is exactly the facet's matches, so the facet needs no second check.
        exact: match === 'any' || values.length === 1,
      };
    }
  }
  return best;
}

/**
 * How to read candidates, and what they then guarantee: the one place where
 * {@link SCAN_SHARE} and {@link BITMAP_SHARE} decide between a scan, a bitmap and
 * gather-and-sort. A wide
 * span is read as a scan of everything, so it guarantees nothing; a narrow one
 * is gathered from the date order, and so overlaps the range once its edges are checked.
 */
function readCandidates(candidates: Candidates, indexes: CorpusIndexes): Reading {
  const count = indexes.articles.length;
  const wide = candidates.size > count * SCAN_SHARE;
  // Too many to sort: marked in a bitmap and read in corpus order.
  const marked = wide || candidates.size > Math.max(count * BITMAP_SHARE, BITMAP_FLOOR);
  switch (candidates.kind) {
    case 'everything':
      return { source: { kind: 'scan' }, datesKnown: false, facetKnown: undefined };
    case 'span': {
      const { low, inside, high } = candidates;
      const { order } = indexes.dates;
      // One pass in corpus order beats gathering most of the corpus; the positions of a span
      // are documents in date order, which a bitmap reads like posting lists.
      return wide
        ? { source: { kind: 'scan' }, datesKnown: false, facetKnown: undefined }
        : {
            source: marked
              ? { kind: 'bitmap', lists: [order.subarray(inside, high)], edges: [order.subarray(low, inside)] }
              : { kind: 'sortSpan', low, inside, high },
            datesKnown: true,
            facetKnown: undefined,
          };
    }
    case 'lists': {
      const { lists, edges, size, dated } = candidates;
      // One undated list is in corpus order already, however long; dated lists are in date order.
      const only = lists.length === 1 && !dated ? lists[0] : undefined;
      return {
        source:
          only !== undefined
            ? { kind: 'list', list: only }
            : marked
              ? { kind: 'bitmap', lists, edges }
              : { kind: 'sortLists', lists, edges, size },
        datesKnown: dated,
        facetKnown: candidates.exact ? candidates.facet : undefined,
      };
    }
  }
}
