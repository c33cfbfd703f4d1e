import packageJson from '../package.json' with { type: 'json' };
import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { parseExportTable, tableCells } from './internal/formats/companionTables.js';
import { writeParquet, writeTableParquet } from './internal/formats/parquet.js';
import type { Article, Entity } from './schema.js';

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
  /**
   * Whether to add two columns after the others, `titleNormalized` and `bodyNormalized`: the
   * title and body as {@link normalizeArabic} gives them, for matching in DuckDB or Spark.
   * Defaults to `false`: they about double the text that the file holds. For the articles table only.
   */
  readonly normalized?: boolean | undefined;
  /**
   * The table to write (see {@link ExportTable}, which this union is: test/types.test-d.ts holds them
   * equal): `'articles'` (the default), or a companion table. Written out here so that this subpath's
   * declarations import nothing from the main entry's, which would split them into a shared file.
   */
  readonly table?: 'articles' | 'quotations' | 'time_expressions' | 'quantities' | 'entities' | undefined;
  /**
   * The registry the `entities` table is read from: required for that table (pass the shipped `entities` of
   * `ru-tj-news`, or your own), since this subpath does not carry the shipped data. The other tables do not read it.
   */
  readonly entities?: readonly Entity[] | undefined;
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
 * With `normalized: true`, two more columns follow: `titleNormalized` and
 * `bodyNormalized`, the title and body as {@link normalizeArabic} returns
 * them. An engine that reads the file can then match Arabic text as this
 * package does, up to its word rules: normalize the word with
 * `normalizeArabic`, then test the column for it as a substring (see
 * docs/performance.md, "Past one machine"). They are off by default because
 * they cost about as much as the title and body themselves: the file is 1.65×
 * the size for the shipped articles, and about 2× for records that are mostly body.
 *
 * With `table`, it writes a companion table of the same articles instead (see
 * {@link ExportTable}), with the columns and rows of its CSV from {@link toCsv}:
 * text as UTF-8 strings, offsets as 32-bit integers, a quantity's `value` and
 * an entity's `lat` and `lon` as doubles, and null where a row has no value.
 * The shipped `data/quotations.parquet`, `time_expressions.parquet`,
 * `quantities.parquet` and `entities.parquet` are these tables of the shipped articles.
 *
 * It lives at its own subpath, `ru-tj-news/parquet`, with the Parquet writer
 * (hyparquet-writer) bundled in: the main entry stays free of it, and the
 * package's dependencies stay zod and date-fns. A corpus's
 * {@link Corpus.toParquet} loads this subpath on first use.
 *
 * @param records - Any array of articles: the shipped `articles` or your own.
 * @param options - `createdBy` and key-value `metadata` for the file's footer; `normalized` for the normalized-text columns; `table`, and the `entities` registry of the entities table.
 * @returns The bytes of the Parquet file.
 * @throws {InvalidQueryError} When `records` is not an array, an option is unknown, `createdBy` or a metadata value is not a string, `normalized` is not a boolean or is given for another table than the articles, the table is unknown, or the entities table is asked for without `entities`.
 * @throws {InvalidRecordError} When an article is malformed in a column it writes.
 * @throws {UnknownEntityError} For the entities table, when an article refers to an entity id that the registry does not have.
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
 * import { articles, normalizeArabic } from 'ru-tj-news';
 * import { toParquet } from 'ru-tj-news/parquet';
 *
 * // The title and body, normalized, after the other columns; then, in DuckDB:
 * // SELECT id FROM 'articles.parquet' WHERE contains(bodyNormalized, 'القاعده العسكريه');
 * const bytes = toParquet(articles, { normalized: true });
 * bytes.length > toParquet(articles).length;
 * // => true
 * // Normalize the word to look for as the column is: ة becomes ه, أ becomes ا.
 * normalizeArabic('القاعدة العسكرية');
 * // => 'القاعده العسكريه'
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
 * @example
 * ```ts
 * import { articles, entities } from 'ru-tj-news';
 * import { toParquet } from 'ru-tj-news/parquet';
 *
 * // A companion table; then, in DuckDB: SELECT id, nameEn FROM 'entities.parquet' WHERE type = 'person';
 * const bytes = toParquet(articles, { table: 'entities', entities });
 * new TextDecoder().decode(bytes.subarray(-4));
 * // => 'PAR1'
 * ```
 */
export function toParquet(records: readonly Article[], options: ToParquetOptions = {}): Uint8Array {
  assertList(records, 'records');
  assertOptions(options, ['createdBy', 'metadata', 'normalized', 'table', 'entities'], 'the toParquet options');
  const table = parseExportTable(ownOption(options, 'table'));
  const createdBy = options.createdBy ?? CREATED_BY;
  if (typeof createdBy !== 'string' || createdBy.trim() === '') {
    throw new InvalidQueryError(
      `Expected createdBy to be a non-empty string, got ${describeValue(createdBy)}`,
      createdBy,
    );
  }
  const normalized = options.normalized ?? false;
  if (typeof normalized !== 'boolean') {
    throw new InvalidQueryError(
      `Expected normalized to be true or false, got ${describeValue(normalized)}`,
      normalized,
    );
  }
  if (normalized && table !== 'articles') {
    throw new InvalidQueryError(
      `Invalid normalized for the ${table} table: the normalized-text columns are for the articles table only`,
      normalized,
    );
  }
  // This subpath does not import the shipped data: a bundler would wrap the data module, which the
  // main entry imports too, in the lazy initializer of this dynamically imported one, and keep it whole.
  const registry: unknown = ownOption(options, 'entities');
  if (registry === undefined && table === 'entities') {
    throw new InvalidQueryError(
      "Expected the entities option for the entities table: pass the registry, such as the shipped one: import { entities } from 'ru-tj-news'",
      registry,
    );
  }
  const metadata = { createdBy, keyValues: parseMetadata(options.metadata) };
  if (table !== 'articles') {
    assertList(registry ?? [], 'options.entities', 'entities');
    return writeTableParquet(tableCells(table, records, (registry ?? []) as readonly Entity[], true), metadata);
  }
  return writeParquet(records, metadata, { normalized });
}
