/**
 * The executor of query plans (plan.ts): reads a plan's candidates the way
 * the plan says, keeps those that pass the checks the plan has not already
 * guaranteed, and returns their articles, in corpus order or, for a search,
 * ranked.
 */
import type { Article } from '../../schema.js';
import type { CompiledSearch } from '../search/compileSearch.js';
import type { RankedPage } from '../search/scanSearch.js';
import type { SearchIndex } from '../search/searchIndex.js';
import type { CorpusIndexes } from './corpusIndexes.js';
import { hasValues } from './facetIndex.js';
import type { QueryPlan } from './plan.js';

/**
 * Runs a plan. `textIndex` gives the search index; only a plan with a `search`
 * source calls it, and the index builds its parts on first use.
 */
export function executePlan(plan: QueryPlan, indexes: CorpusIndexes, textIndex: () => SearchIndex): Article[] {
  const { articles } = indexes;
  const { source } = plan;
  const keep = keeper(plan, indexes);
  const out: Article[] = [];
  // Every document number below comes from the indexes of these articles, so each read is in range.
  switch (source.kind) {
    case 'scan':
      for (let document = 0; document < articles.length; document += 1) {
        if (keep(document)) {
          out.push(articles[document]!);
        }
      }
      return out;
    case 'search':
      for (const document of searchDocuments(indexes, textIndex(), source.search).documents) {
        if (keep(document)) {
          out.push(articles[document]!);
        }
      }
      return out;
    case 'list':
      for (const document of source.list) {
        if (keep(document)) {
          out.push(articles[document]!);
        }
      }
      return out;
    case 'bitmap': {
      // Mark the union in a bitmap, then read it back in corpus order.
      const bitmap = new Uint32Array(Math.ceil(articles.length / 32));
      for (const list of source.lists) {
        for (const document of list) {
          // The bitmap has a word for every document.
          bitmap[document >>> 5] = bitmap[document >>> 5]! | (1 << (document & 31));
        }
      }
      for (let word = 0; word < bitmap.length; word += 1) {
        // word < bitmap.length.
        let bits = bitmap[word]!;
        while (bits !== 0) {
          const bit = 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          const document = word * 32 + bit;
          if (keep(document)) {
            out.push(articles[document]!);
          }
        }
      }
      return out;
    }
    case 'sortSpan': {
      const { order } = indexes.dates;
      const kept = new Uint32Array(source.high - source.low);
      let size = 0;
      for (let at = source.low; at < source.high; at += 1) {
        // The span lies inside the date order.
        const document = order[at]!;
        if (keep(document)) {
          kept[size] = document;
          size += 1;
        }
      }
      return sortedArticles(articles, kept.subarray(0, size));
    }
    case 'sortLists': {
      const kept = new Uint32Array(source.size);
      let size = 0;
      for (const list of source.lists) {
        for (const document of list) {
          if (keep(document)) {
            kept[size] = document;
            size += 1;
          }
        }
      }
      return sortedArticles(articles, kept.subarray(0, size));
    }
  }
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

/** The checks the plan has not guaranteed, as one predicate on a document number. */
function keeper(plan: QueryPlan, indexes: CorpusIndexes): (document: number) => boolean {
  const { from, to, entities, topics, match, guaranteed } = plan;
  const { starts, ends } = indexes.dates;
  const { entityIndex, topicIndex } = indexes;
  const checkStart = guaranteed.dates === 'none';
  const checkEnd = guaranteed.dates !== 'range';
  const checkEntities = !guaranteed.entities;
  const checkTopics = !guaranteed.topics;
  // Candidates are document numbers of the indexed articles, so each has a start and an end.
  return (document) =>
    (!checkStart || starts[document]! <= to) &&
    (!checkEnd || ends[document]! >= from) &&
    (!checkEntities || hasValues(entityIndex, document, entities, match)) &&
    (!checkTopics || hasValues(topicIndex, document, topics, match));
}

/** The articles of the kept documents, sorted into corpus order, each once (with 'any', a document can be in two lists). */
function sortedArticles(articles: readonly Article[], kept: Uint32Array): Article[] {
  const sorted = kept.sort();
  const out: Article[] = [];
  for (let at = 0; at < sorted.length; at += 1) {
    // at < sorted.length, and every kept number is a document.
    if (at === 0 || sorted[at] !== sorted[at - 1]) {
      out.push(articles[sorted[at]!]!);
    }
  }
  return out;
}
