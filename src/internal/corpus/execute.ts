/**
 * The executor of query plans (plan.ts): reads a plan's candidates the way
 * the plan says, keeps those that pass the checks the plan has not already
 * guaranteed (candidates.ts), and returns their articles, in corpus order or, for
 * a search, ranked.
 *
 * Candidates stay document numbers in a typed array until the last step, so
 * that each check is one tight pass over them, candidates gathered in date order
 * are sorted once they are few, and the answer is one array of its final length.
 */
import type { Article } from '../../schema.js';
import type { CompiledSearch } from '../search/compileSearch.js';
import type { RankedPage } from '../search/scanSearch.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { type Candidates, keepInRange, keepWithValues, sortUnique } from './candidates.js';
import type { CorpusIndexes } from './corpusIndexes.js';
import type { QueryPlan, Source } from './plan.js';

/**
 * Runs a plan. `textIndex` gives the search index; only a plan with a `search`
 * source calls it, and the index builds its parts on first use.
 */
export function executePlan(plan: QueryPlan, indexes: CorpusIndexes, textIndex: () => SearchIndex): Article[] {
  const { source, guaranteed } = plan;
  let candidates = readSource(plan, indexes, textIndex);
  if (!guaranteed.dates && source.kind !== 'scan') {
    candidates = keepInRange(candidates, indexes.dates, plan.from, plan.to);
  }
  if (!guaranteed.entities) {
    candidates = keepWithValues(candidates, indexes.entityIndex, plan.entities, plan.match);
  }
  if (!guaranteed.topics) {
    candidates = keepWithValues(candidates, indexes.topicIndex, plan.topics, plan.match);
  }
  // Sorted after the checks, when fewest are left.
  if (needsSorting(source)) {
    candidates = sortUnique(candidates);
  }
  return articlesOf(indexes.articles, candidates);
}

/**
 * The page `offset … offset + limit - 1` (by default, all) of the documents that
 * match a search, ranked exactly as `searchArticles` ranks them, with their scores.
 */
export function searchDocuments(
  indexes: CorpusIndexes,
  textIndex: SearchIndex,
  search: CompiledSearch,
  offset = 0,
  limit = Infinity,
): RankedPage {
  const { starts } = indexes.dates;
  // Hits are document numbers of the same articles, so each has a start.
  return textIndex.search(search, (document) => starts[document]!, offset, limit);
}

/** Whether a source yields its candidates out of corpus order (or, from several lists, some twice), so that they need sorting. */
function needsSorting(source: Source): boolean {
  return source.kind === 'sortSpan' || source.kind === 'sortLists';
}

/**
 * A plan's candidates, read as its source says. A scan checks the date range as
 * it reads, and a source cut to the range checks the end of each of its edges, so
 * that what is left to check is the plan's, not the source's.
 */
function readSource(plan: QueryPlan, indexes: CorpusIndexes, textIndex: () => SearchIndex): Candidates {
  const { source, from, to } = plan;
  const { starts, ends, order } = indexes.dates;
  const count = indexes.articles.length;
  // Every document number below comes from the indexes of these articles, so each read is in range.
  switch (source.kind) {
    case 'scan': {
      const documents = new Uint32Array(count);
      let size = 0;
      for (let document = 0; document < count; document += 1) {
        if (plan.guaranteed.dates || (starts[document]! <= to && ends[document]! >= from)) {
          documents[size] = document;
          size += 1;
        }
      }
      return { documents, size, owned: true };
    }
    case 'search': {
      const { documents } = searchDocuments(indexes, textIndex(), source.search);
      return { documents, size: documents.length, owned: false };
    }
    case 'list':
      return { documents: source.list, size: source.list.length, owned: false };
    case 'bitmap': {
      // Mark the union in a bitmap, then read it back in corpus order.
      const bitmap = new Uint32Array(Math.ceil(count / 32));
      let total = 0;
      for (const list of source.lists) {
        total += list.length;
        for (const document of list) {
          mark(bitmap, document);
        }
      }
      for (const edge of source.edges) {
        total += edge.length;
        for (const document of edge) {
          if (ends[document]! >= from) {
            mark(bitmap, document);
          }
        }
      }
      const documents = new Uint32Array(total);
      let size = 0;
      for (let word = 0; word < bitmap.length; word += 1) {
        // word < bitmap.length.
        let bits = bitmap[word]!;
        while (bits !== 0) {
          const bit = 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          documents[size] = word * 32 + bit;
          size += 1;
        }
      }
      return { documents, size, owned: true };
    }
    case 'sortSpan': {
      const documents = new Uint32Array(source.high - source.low);
      let size = 0;
      // The span lies inside the date order; its edge positions come first.
      for (let at = source.low; at < source.inside; at += 1) {
        const document = order[at]!;
        if (ends[document]! >= from) {
          documents[size] = document;
          size += 1;
        }
      }
      documents.set(order.subarray(source.inside, source.high), size);
      return { documents, size: size + source.high - source.inside, owned: true };
    }
    case 'sortLists': {
      const documents = new Uint32Array(source.size);
      let size = 0;
      for (const edge of source.edges) {
        for (const document of edge) {
          if (ends[document]! >= from) {
            documents[size] = document;
            size += 1;
          }
        }
      }
      for (const list of source.lists) {
        documents.set(list, size);
        size += list.length;
      }
      return { documents, size, owned: true };
    }
  }
}

/** Sets a document's bit. */
function mark(bitmap: Uint32Array, document: number): void {
  // The bitmap has a word for every document of the corpus.
  bitmap[document >>> 5] = bitmap[document >>> 5]! | (1 << (document & 31));
}

/** The articles of the candidates, in their order, as one array of its final length. */
function articlesOf(articles: readonly Article[], candidates: Candidates): Article[] {
  const { documents, size } = candidates;
  const out = new Array<Article>(size);
  for (let at = 0; at < size; at += 1) {
    // at < size <= documents.length, and every candidate is a document of these articles.
    out[at] = articles[documents[at]!]!;
  }
  return out;
}
