/**
 * Everything an indexed corpus holds, and the one pass over the records that
 * checks them and builds it: the id table, the publication intervals and the
 * two facet indexes (entities and topics). The text index is not here: it is
 * built on the first search.
 */
import type { Article, Entity, Topic } from '../../schema.js';
import { articleStart, publishedEnd } from '../dates/parse.js';
import { MentionCheck } from '../text/spelling.js';
import { buildDateIndex, type DateIndex } from './dateIndex.js';
import { buildFacetIndex, type FacetIndex } from './facetIndex.js';
import { FlatLists } from './flatLists.js';
import { IdTable } from './idTable.js';
import type { StageProgress } from './progress.js';
import { checkQuotes } from './quotes.js';
import {
  addArticleId,
  checkMentions,
  checkQuantitySubjects,
  checkShape,
  checkSpeakers,
  entityNumber,
  topicNumber,
} from './validate.js';

/** The records, the registries and the indexes of a corpus: what the `Corpus` class is made from. */
export interface CorpusIndexes {
  /** The records, in the order given (the caller freezes trusted ones once the build succeeds); a document number is a position here. */
  readonly articles: readonly Article[];
  /** The entity registry; an entity's number is its position here. */
  readonly entities: readonly Entity[];
  /** The topic vocabulary; a topic's number is its position here. */
  readonly topics: readonly Topic[];
  /** Article id → document number. */
  readonly byId: IdTable;
  /** Publication intervals, and the documents sorted by start. */
  readonly dates: DateIndex;
  /** Posting lists per entity number, and entity numbers per document. */
  readonly entityIndex: FacetIndex;
  /** Posting lists per topic number, and topic numbers per document. */
  readonly topicIndex: FacetIndex;
}

/**
 * Checks every record (id, `publishedAt`, quotes, references, quotation
 * speakers, the subjects of its quantities, mention spans; see validate.ts and quotes.ts)
 * and builds the indexes in the same pass.
 * `missingSpaces` lists where a source runs two words together, as
 * `'الوزير|لافروف'`: a mention span may start there, inside the joined word. `passed` says
 * which registries the caller passed, rather than left to the shipped ones, so that an
 * unknown id's error names the right one. `checked` says that the records have
 * passed every check already (the shipped data, which test/corpus.test.ts checks):
 * their shape, quotes and mention spans are then not checked again, and the
 * span checker is not built. Throws the first
 * record's {@link InvalidRecordError}; it freezes nothing, so that a failed
 * build leaves trusted records as they were. `progress` hears each record's index,
 * and the count once the indexes are built.
 */
export function buildCorpusIndexes(
  articles: readonly Article[],
  entities: readonly Entity[],
  topics: readonly Topic[],
  missingSpaces: readonly string[] = [],
  passed: { readonly entities: boolean; readonly topics: boolean } = { entities: true, topics: true },
  checked = false,
  progress?: StageProgress,
): CorpusIndexes {
  const count = articles.length;
  // The table asks for ids only of documents it holds, all below count.
  const byId = new IdTable(count, (document) => articles[document]!.id);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const entityIds = idMap(entities);
  const topicIds = idMap(topics);
  const spans = checked ? undefined : new MentionCheck(entities, missingSpaces);
  // Each document's entity and topic numbers, flat: no small array per document.
  const entityValues = new FlatLists(count);
  const topicValues = new FlatLists(count);
  for (let index = 0; index < count; index += 1) {
    // index < count.
    const article = articles[index]!;
    progress?.tick(index);
    if (!checked) {
      checkShape(article, index);
    }
    addArticleId(byId, article, index);
    const start = articleStart(article.publishedAt, index);
    starts[index] = start;
    ends[index] = publishedEnd(article.publishedAt, start);
    if (!checked) {
      checkQuotes(article, index);
    }
    const { entities: mentioned } = article;
    for (let position = 0; position < mentioned.length; position += 1) {
      const value = entityNumber(entityIds, article, index, position, passed.entities);
      if (spans !== undefined) {
        checkMentions(spans, article, index, position, value);
      }
      entityValues.add(value);
    }
    entityValues.end(index);
    // Speakers are references like entity ids: checked in every mode, the shipped data's included (it costs a look-up each).
    checkSpeakers(entityIds, article, index, passed.entities);
    checkQuantitySubjects(entityIds, article, index, passed.entities);
    for (let position = 0; position < article.topics.length; position += 1) {
      topicValues.add(topicNumber(topicIds, article, index, position, passed.topics));
    }
    topicValues.end(index);
  }
  const dates = buildDateIndex(starts, ends);
  const indexes: CorpusIndexes = {
    // Frozen like the records: a shared corpus cannot be repointed at other data.
    articles: Object.freeze([...articles]),
    entities,
    topics,
    byId,
    dates,
    entityIndex: buildFacetIndex(entityIds, entityValues.offsets, entityValues.values(), dates),
    topicIndex: buildFacetIndex(topicIds, topicValues.offsets, topicValues.values(), dates),
  };
  progress?.end(count);
  return indexes;
}

/** Registry id → its position. */
function idMap(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}
