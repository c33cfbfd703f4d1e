import packageJson from '../package.json' with { type: 'json' };
import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { writeParquet } from './internal/formats/parquet.js';
import type { Article } from './schema.js';

/**
 * Options of {@link toParquet}.
 *
 * @category Format
 * @example
 * ```ts
 * import type { ToParquetOptions } from 'ru-tj-news/parquet';
 *
 * const options: ToParquetOptions = { createdBy: 'my-pipeline 2.1', metadata: { source: 'wire copy, 2025' } };
 * options.metadata?.source;
 * // => 'wire copy, 2025'
 * ```
 */
export interface ToParquetOptions {
  /** The program the file names as its writer (the footer's `created_by`). Defaults to `'ru-tj-news <version>'`. */
  readonly createdBy?: string | undefined;
  /** Key-value metadata for the file's footer, such as where the data came from and its version. Defaults to none. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/** The default `createdBy`: this package and its version. */
const CREATED_BY = `ru-tj-news ${packageJson.version}`;

/** Reads the `metadata` option: a plain object of strings. */
function parseMetadata(metadata: unknown): Readonly<Record<string, string>> {
  if (metadata === undefined) {
    return {};
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new InvalidQueryError(
      `Expected metadata to be an object of string values, got ${describeValue(metadata)}`,
      metadata,
    );
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') {
      throw new InvalidQueryError(
        `Invalid metadata value ${describeValue(value)} for key ${describeValue(key)}: expected a string`,
        value,
      );
    }
  }
  return metadata as Readonly<Record<string, string>>;
}

/**
 * Writes articles as a Parquet file, for DuckDB, Spark, pandas, Polars and BigQuery.
 *
 * One row per article, with the columns of the shipped
 * `data/articles.parquet` and of {@link toCsv}, in the same order: text
 * columns as UTF-8 strings (`modifiedAt` may be null), `mentionCount` as a
 * 32-bit integer, and `agencies`, `topics` and `entities` as LIST columns of
 * strings. Text is verbatim. The same articles and options give the same
 * bytes. Each record is checked where a column reads it, so a malformed one
 * is reported with its index and path, and nothing is written.
 *
 * It lives at its own subpath, `ru-tj-news/parquet`, with the Parquet writer
 * (hyparquet-writer) bundled in: the main entry stays free of it, and the
 * package's dependencies stay zod and date-fns. A corpus's
 * {@link Corpus.toParquet} loads this subpath on first use.
 *
 * @param records - Any array of articles: the shipped `articles` or your own.
 * @param options - `createdBy` and key-value `metadata` for the file's footer.
 * @returns The bytes of the Parquet file.
 * @throws {InvalidQueryError} When `records` is not an array, an option is unknown, or `createdBy` or a metadata value is not a string.
 * @throws {InvalidRecordError} When an article is malformed in a column it writes.
 * @category Format
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { articles } from 'ru-tj-news';
 * import { toParquet } from 'ru-tj-news/parquet';
 *
 * const bytes = toParquet(articles, { metadata: { source: 'ru-tj-news shipped articles' } });
 * new TextDecoder().decode(bytes.subarray(0, 4));
 * // => 'PAR1'
 * bytes.length > 1000;
 * // => true
 * writeFileSync('articles.parquet', bytes); // then, in DuckDB: SELECT id FROM 'articles.parquet';
 * ```
 * @example
 * ```ts
 * import { articles, InvalidRecordError } from 'ru-tj-news';
 * import { toParquet } from 'ru-tj-news/parquet';
 *
 * // A malformed record is named by its index and path; no file is written.
 * try {
 *   toParquet([articles[0]!, { ...articles[1]!, topics: 'diplomacy' }] as never);
 * } catch (error) {
 *   error instanceof InvalidRecordError;
 *   // => true
 *   (error as InvalidRecordError).message.split('\n')[0];
 *   // => 'Invalid record at articles[1].topics:'
 * }
 * ```
 */
export function toParquet(records: readonly Article[], options: ToParquetOptions = {}): Uint8Array {
  assertList(records, 'records');
  assertOptions(options, ['createdBy', 'metadata'], 'the toParquet options');
  const createdBy = options.createdBy ?? CREATED_BY;
  if (typeof createdBy !== 'string' || createdBy.trim() === '') {
    throw new InvalidQueryError(
      `Expected createdBy to be a non-empty string, got ${describeValue(createdBy)}`,
      createdBy,
    );
  }
  return writeParquet(records, { createdBy, keyValues: parseMetadata(options.metadata) });
}
