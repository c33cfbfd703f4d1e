/**
 * Types that several public helpers share: references, date bounds, the way
 * references combine, and the CSV columns. Each is documented once, here.
 *
 * @module
 */
import type { ShippedArticleId, ShippedEntityId, ShippedTopicId } from './data/index.js';
import type { ARTICLE_FIELDS } from './internal/formats/articleFields.js';
import type { EXPORT_TABLES } from './internal/formats/companionTables.js';

/**
 * An article id: one of the shipped ids, or any other string.
 *
 * It is {@link ShippedArticleId} `| (string & {})`, so that editors suggest
 * the shipped ids while an id of your own still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.)
 *
 * @category Data
 * @example
 * ```ts
 * import { corpus, type ArticleId } from 'ru-tj-news';
 *
 * const ids: ArticleId[] = ['2022-06-29-rahmon-putin-discuss-cooperation', 'an-id-of-your-own'];
 * ids.map((id) => corpus.getArticle(id)?.publishedAt);
 * // => ['2022-06-29', undefined]
 * ```
 */
export type ArticleId = ShippedArticleId | (string & {});

/**
 * A reference to an entity: one of the shipped ids, or any other string, such
 * as a name, an alias or an id from your own registry.
 *
 * It is {@link ShippedEntityId} `| (string & {})`, so that editors suggest
 * the shipped ids while any other string still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.) Every helper
 * resolves it as {@link getEntity} does.
 *
 * @category Entity
 * @example
 * ```ts
 * import { articles, filterByEntity, type EntityRef } from 'ru-tj-news';
 *
 * const refs: EntityRef[] = ['emomali-rahmon', 'سيرغي لافروف'];
 * filterByEntity(articles, refs).length;
 * // => 4
 * ```
 */
export type EntityRef = ShippedEntityId | (string & {});

/**
 * A reference to a topic: one of the shipped ids, or any other string, such as
 * a label, an IPTC code or an id from your own vocabulary.
 *
 * It is {@link ShippedTopicId} `| (string & {})`, so that editors suggest the
 * shipped ids while any other string still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.) Every helper
 * resolves it as {@link getTopic} does.
 *
 * @category Topic
 * @example
 * ```ts
 * import { articles, filterByTopic, type TopicRef } from 'ru-tj-news';
 *
 * const refs: TopicRef[] = ['summits', 'الهجرة'];
 * filterByTopic(articles, refs, { match: 'all' }).length;
 * // => 1
 * ```
 */
export type TopicRef = ShippedTopicId | (string & {});

/**
 * A date bound: a `Date`, epoch milliseconds, or an ISO 8601 string — a date
 * (`'2022-12-31'`, which covers its whole UTC day) or a date and time with an
 * offset (`'2022-12-31T23:00:00Z'`).
 *
 * @category Date
 * @example
 * ```ts
 * import type { DateBound } from 'ru-tj-news';
 *
 * const bounds: DateBound[] = ['2022-12-31', '2022-12-31T23:00:00+03:00', new Date(0), 1_700_000_000_000];
 * bounds.length;
 * // => 4
 * ```
 */
export type DateBound = Date | string | number;

/**
 * How several references combine: `'any'` keeps an article that has at least
 * one of them, `'all'` one that has every one.
 *
 * @category Search
 * @example
 * ```ts
 * import { articles, filterByEntity, type Match } from 'ru-tj-news';
 *
 * const match: Match = 'all';
 * filterByEntity(articles, ['Putin', 'Rahmon'], { match }).length;
 * // => 3
 * ```
 */
export type Match = 'any' | 'all';

/**
 * A column that {@link toCsv} can write. Lists (`agencies`, `topics`,
 * `entities`, `authors`) are written as their items joined by `;`. The columns come from the one
 * table that the CSV, Parquet and Data Package exports share; a full export
 * writes them in that table's order, which its header row shows.
 *
 * @useDeclaredType
 * @category Format
 * @example
 * ```ts
 * import { articles, toCsv, type ArticleField } from 'ru-tj-news';
 *
 * const fields: ArticleField[] = ['id', 'publishedAt', 'enTitle'];
 * fields.length;
 * // => 3
 * toCsv(articles).split('\r\n')[0];
 * // => 'id,publishedAt,modifiedAt,dateBasis,datePrecision,title,titleBasis,enTitle,enSummary,publisher,publisherBasis,agencies,topics,entities,mentionCount,lang,body,rawFile,rawSha256,url,authors'
 * ```
 */
export type ArticleField = keyof typeof ARTICLE_FIELDS;

/**
 * A table that {@link toCsv}, {@link toNdjson} and `toParquet` can write, with their `table` option:
 * - `'articles'` (the default): one row per article;
 * - `'quotations'`, `'time_expressions'`, `'quantities'`: the companion tables of the annotation
 *   layers, one row per annotation, keyed by the article's id (column `article`), with each span
 *   as columns and the words it covers;
 * - `'entities'`: one row per entity the articles refer to, with its names, its verified Wikidata
 *   id and, where the registry gives them, its country code and coordinates.
 *
 * The columns of each are documented in the data model guide, "Export tables".
 *
 * @useDeclaredType
 * @category Format
 * @example
 * ```ts
 * import { articles, toCsv, type ExportTable } from 'ru-tj-news';
 *
 * const table: ExportTable = 'quotations';
 * toCsv(articles, { table }).split('\r\n')[0];
 * // => 'article,speaker,kind,quote,quoteField,quoteStart,quoteEnd,cue,cueField,cueStart,cueEnd'
 * ```
 */
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * A field that search reads and that a search match points into: the Arabic
 * `title` and `body`, or the English `en.title` and `en.summary`.
 *
 * @category Search
 * @example
 * ```ts
 * import type { SearchField } from 'ru-tj-news';
 *
 * const fields: SearchField[] = ['title', 'body', 'en.title', 'en.summary'];
 * fields.length;
 * // => 4
 * ```
 */
export type SearchField = 'title' | 'body' | 'en.title' | 'en.summary';

/**
 * Where a search matched: a span of one field, in UTF-16 code units like a
 * mention's, end exclusive, ready to highlight. `article.body.slice(start, end)`
 * (or the field's text) is the matched text.
 *
 * @category Search
 * @example
 * ```ts
 * import { articles, type SearchMatch } from 'ru-tj-news';
 *
 * const match: SearchMatch = { field: 'title', start: 0, end: 6 };
 * articles[0]!.title.slice(match.start, match.end).length;
 * // => 6
 * ```
 */
export interface SearchMatch {
  /** The field the span is in. */
  readonly field: SearchField;
  /** Where the span starts in the field. */
  readonly start: number;
  /** Where the span ends in the field, exclusive. */
  readonly end: number;
}
