import { InvalidQueryError } from './errors.js';
import { assertList } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';

/**
 * Writes records as NDJSON (newline-delimited JSON): one JSON object per line.
 *
 * Each line is `JSON.stringify` of one record, so `JSON.parse` of each line
 * gives the record back. Works for articles, entities, topics or records of
 * your own. The text ends with a newline; an empty list gives `''`. DuckDB,
 * Spark, BigQuery and `jq` read it as it is.
 *
 * @param list - The records.
 * @returns The NDJSON text.
 * @throws {InvalidQueryError} When `list` is not an array, or a record is not a JSON object.
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
 */
export function toNdjson(list: readonly object[]): string {
  assertList(list, 'list', 'records');
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
