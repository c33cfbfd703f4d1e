/**
 * The aggregations of an indexed corpus, read from its indexes rather than
 * from the records: counts per entity and topic are posting-list lengths,
 * pairs of entities come from each document's entity numbers, and counts per
 * period walk the documents in date order. Each returns exactly what its plain
 * helper (countByEntity, countByTopic, cooccurrence, countByPeriod) returns on
 * the corpus's articles with the corpus's registries, rows and order included.
 */
import type { Entity, EntityType, Topic } from '../../schema.js';
import type { MsRange } from '../dates/parse.js';
import { type PeriodName, periodNumber, periodSeries, periodStart } from '../dates/period.js';
import { byCountThenName } from '../registry/lookups.js';
import type { CorpusIndexes } from './corpusIndexes.js';
import { candidateSpan } from './dateIndex.js';
import type { FacetIndex } from './facetIndex.js';

/** How many documents carry value `value`: the length of its posting list. */
function postingLength(index: FacetIndex, value: number): number {
  // A value number is below ids.size, and offsets has ids.size + 1 entries.
  return index.offsets[value + 1]! - index.offsets[value]!;
}

/**
 * How many mentions the corpus has of each entity, by entity number: the
 * `mentions` of countByEntity. The index build checked every entry's id and
 * mentions, so they are read here without checks.
 */
export function mentionTotals(indexes: CorpusIndexes): Uint32Array {
  const totals = new Uint32Array(indexes.entities.length);
  const { ids } = indexes.entityIndex;
  for (const article of indexes.articles) {
    for (const entry of article.entities) {
      // The build resolved every entry's id to a number of this registry.
      const value = ids.get(entry.id)!;
      totals[value] = totals[value]! + entry.mentions.length;
    }
  }
  return totals;
}

/** The rows of countByEntity: each entity (of `type`) that a document names, with `totals` from {@link mentionTotals}. */
export function countEntities(
  indexes: CorpusIndexes,
  type: EntityType | undefined,
  totals: Uint32Array,
): { entity: Entity; count: number; mentions: number }[] {
  const rows: { entity: Entity; count: number; mentions: number }[] = [];
  indexes.entities.forEach((entity, value) => {
    const count = postingLength(indexes.entityIndex, value);
    if (count > 0 && (type === undefined || entity.type === type)) {
      // totals has an entry for every entity number.
      rows.push({ entity, count, mentions: totals[value]! });
    }
  });
  return rows.sort((a, b) =>
    byCountThenName(
      { count: a.count, name: a.entity.name.en, id: a.entity.id },
      { count: b.count, name: b.entity.name.en, id: b.entity.id },
    ),
  );
}

/** The rows of countByTopic: each topic a document covers, with the number of documents. */
export function countTopics(indexes: CorpusIndexes): { topic: Topic; count: number }[] {
  const rows: { topic: Topic; count: number }[] = [];
  indexes.topics.forEach((topic, value) => {
    const count = postingLength(indexes.topicIndex, value);
    if (count > 0) {
      rows.push({ topic, count });
    }
  });
  return rows.sort((a, b) =>
    byCountThenName(
      { count: a.count, name: a.topic.label.en, id: a.topic.id },
      { count: b.count, name: b.topic.label.en, id: b.topic.id },
    ),
  );
}

/** Orders ids as cooccurrence does: by UTF-16 code units. */
const byId = (a: { readonly id: string }, b: { readonly id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The edges of cooccurrence: for each pair of entities (of `type`) that some
 * document names together, the number of such documents. Pairs are keyed by
 * entity numbers, so no string is built per pair.
 */
export function pairEntities(
  indexes: CorpusIndexes,
  type: EntityType | undefined,
): { source: Entity; target: Entity; count: number }[] {
  const { entities, entityIndex } = indexes;
  const size = entities.length;
  // Each entity number's place in id order, so that a document's entities sort by id as numbers.
  const order = entities.map((_, value) => value).sort((a, b) => byId(entities[a]!, entities[b]!));
  const rank = new Uint32Array(size);
  order.forEach((value, place) => {
    rank[value] = place;
  });
  const counts = new Map<number, number>();
  const named: number[] = [];
  // Every value below is an entity number, below size; every document is below the article count.
  for (let document = 0; document < indexes.articles.length; document += 1) {
    named.length = 0;
    // The index holds each document's entities once each, so there is nothing to deduplicate.
    for (let at = entityIndex.valueOffsets[document]!; at < entityIndex.valueOffsets[document + 1]!; at += 1) {
      const value = entityIndex.values[at]!;
      if (type === undefined || entities[value]!.type === type) {
        named.push(rank[value]!);
      }
    }
    named.sort((a, b) => a - b);
    for (let left = 0; left < named.length; left += 1) {
      for (let right = left + 1; right < named.length; right += 1) {
        const key = named[left]! * size + named[right]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const edges: { source: Entity; target: Entity; count: number; key: number }[] = [];
  for (const [key, count] of counts) {
    const source = entities[order[Math.floor(key / size)]!]!;
    const target = entities[order[key % size]!]!;
    edges.push({ source, target, count, key });
  }
  // Keys grow with the source's id, then the target's: the order of cooccurrence's ties.
  return edges
    .sort((a, b) => b.count - a.count || a.key - b.key)
    .map(({ source, target, count }) => ({ source, target, count }));
}

/**
 * The series of countByPeriod: the documents whose publication overlaps
 * `range`, counted per period. The date index gives the candidates in order of
 * start, so a period's bounds are computed once per period, not per document.
 */
export function countPeriods(
  indexes: CorpusIndexes,
  period: PeriodName,
  range: MsRange,
): { period: string; count: number }[] {
  const { order, sortedStarts, ends } = indexes.dates;
  const [low, high] = candidateSpan(indexes.dates, range.from, range.to);
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  // The period of the last document counted, and its bounds [periodLow, periodHigh).
  let value = Number.NaN;
  let periodLow = Number.NaN;
  let periodHigh = Number.NaN;
  for (let at = low; at < high; at += 1) {
    // low <= at < high <= the document count.
    const start = sortedStarts[at]!;
    if (start > range.to || ends[order[at]!]! < range.from) {
      continue;
    }
    if (!(start >= periodLow && start < periodHigh)) {
      value = periodNumber(start, period);
      periodLow = periodStart(value, period);
      periodHigh = periodStart(value + 1, period);
      if (value < first) {
        first = value;
      }
      last = value;
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return periodSeries(counts, first, last, range, period);
}
