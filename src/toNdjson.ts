import { entities as shippedEntities } from './data/entities.js';
import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { parseExportTable, tableCells } from './internal/formats/companionTables.js';
import { ndjsonText } from './internal/formats/tableText.js';
import type { Article, Entity } from './schema.js';
import type { ExportTable } from './types.js';

/**
 * Options of {@link toNdjson}.
 *
 * @category Format
 * @example
 * ```ts
 * import type { ToNdjsonOptions } from 'ru-tj-news';
 *
 * const options: ToNdjsonOptions = { table: 'time_expressions' };
 * options.table;
 * // => 'time_expressions'
 * ```
 */
export interface ToNdjsonOptions {
  /** The table to write (see {@link ExportTable}): `'articles'` (the default) writes the records as they are; a companion table, its rows. */
  readonly table?: ExportTable | undefined;
  /** The registry the `entities` table is read from. Defaults to the shipped `entities`; the other tables do not read it. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * Writes records as NDJSON (newline-delimited JSON): one JSON object per line.
 *
 * Each line is `JSON.stringify` of one record, so `JSON.parse` of each line
 * gives the record back. Works for articles, entities, topics or records of
 * your own. The text ends with a newline; an empty list gives `''`. DuckDB,
 * Spark, BigQuery and `jq` read it as it is.
 *
 * With `table` other than `'articles'`, the list must be articles, and each
 * line is one row of that companion table (see {@link ExportTable}): a flat
 * object with the columns of its CSV, in that order, and `null` where a row
 * has no value, so that every line has the same keys. The rows come in the
 * order {@link toCsv} writes them.
 *
 * @param list - The records; for a companion table, articles.
 * @param options - `table`, and the `entities` registry of the entities table.
 * @returns The NDJSON text.
 * @throws {InvalidQueryError} When `list` is not an array, a record is not a JSON object, or an option is unknown or of the wrong type.
 * @throws {InvalidRecordError} For a companion table, when an article is malformed in a value the table reads.
 * @throws {UnknownEntityError} For the entities table, when an article refers to an entity id that the registry does not have.
 * @category Format
 * @example
 * ```ts
 * import { articles, toNdjson } from 'ru-tj-news';
 *
 * const lines = toNdjson(articles).trimEnd().split('\n');
 * lines.length;
 * // => 5
 * JSON.parse(lines[0]!).id === articles[0]?.id;
 * // => true
 * ```
 * @example
 * ```ts
 * import { articles, toNdjson } from 'ru-tj-news';
 *
 * // One line per entity the first article refers to: the same keys on every line, null where the registry gives no value.
 * const [first] = toNdjson(articles.slice(0, 1), { table: 'entities' }).split('\n');
 * const row = JSON.parse(first!);
 * Object.keys(row);
 * // => ['id', 'type', 'nameEn', 'nameAr', 'nameRu', 'description', 'wikidata', 'countryCode', 'lat', 'lon', 'geoSource']
 * [row.id, row.wikidata];
 * // => ['201st-military-base', null]
 * ```
 */
export function toNdjson(list: readonly object[], options: ToNdjsonOptions = {}): string {
  assertList(list, 'list', 'records');
  assertOptions(options, ['table', 'entities'], 'the toNdjson options');
  const table = parseExportTable(ownOption(options, 'table'));
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  if (table !== 'articles') {
    return ndjsonText(
      tableCells(table, list as readonly Article[], registry, ownOption(options, 'entities') !== undefined),
    );
  }
  let text = '';
  list.forEach((record, index) => {
    // A JavaScript caller's list can hold anything.
    const given: unknown = record;
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new InvalidQueryError(`Expected record ${index} to be an object, got ${describeValue(record)}`, record);
    }
    text += `${JSON.stringify(record)}\n`;
  });
  return text;
}
