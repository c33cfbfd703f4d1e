/**
 * Writes articles as Parquet: one row per article, the columns of the CSV,
 * with lists as Parquet LIST columns, and on request the title and body
 * normalized for matching, after them; or a companion table (quotations, time
 * expressions, quantities, entities), with the columns of its CSV. The public `toParquet` (the
 * `ru-tj-news/parquet` subpath) checks its arguments and calls this. Only that
 * subpath's build bundles hyparquet-writer, so it is not a dependency of the library.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

import type { Article } from '../../schema.js';
import { assertArticle } from '../args/arguments.js';
import { normalizeText } from '../text/normalize.js';
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS, type FieldSpec, readField } from './articleFields.js';
import type { TableCells } from './companionTables.js';

type SchemaElements = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>;

/** What a Parquet file says about itself: the program that wrote it, and key-value metadata. */
export interface ParquetMetadata {
  readonly createdBy: string;
  readonly keyValues: Readonly<Record<string, string>>;
}

/** What a Parquet file holds beyond the CSV's columns. */
export interface ParquetColumns {
  /** Whether to add the normalized-text columns of {@link NORMALIZED_COLUMNS} after the CSV's. */
  readonly normalized: boolean;
}

/**
 * The normalized-text columns, in order: the Arabic title and body as
 * `normalizeArabic` gives them, so that an engine that reads the file (DuckDB,
 * Spark) can match a normalized word with a plain substring test.
 */
const NORMALIZED_COLUMNS = [
  ['titleNormalized', (article: Article) => article.title],
  ['bodyNormalized', (article: Article) => article.body],
] as const;

/** The file's schema: a root, then each column in export order, then the normalized-text ones if asked for. */
function parquetSchema(normalized: boolean): SchemaElements {
  const schema: SchemaElements = [
    { name: 'root', num_children: ARTICLE_FIELD_NAMES.length + (normalized ? NORMALIZED_COLUMNS.length : 0) },
  ];
  for (const field of ARTICLE_FIELD_NAMES) {
    const spec: FieldSpec = ARTICLE_FIELDS[field];
    if (spec.type === 'list') {
      schema.push(
        { name: field, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      );
    } else if (spec.type === 'integer') {
      schema.push({ name: field, type: 'INT32', repetition_type: 'REQUIRED' });
    } else {
      // A text column is required, unless the schema lets an article lack its field (modifiedAt, raw, url).
      schema.push({
        name: field,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        repetition_type: spec.optional === true ? 'OPTIONAL' : 'REQUIRED',
      });
    }
  }
  if (normalized) {
    for (const [name] of NORMALIZED_COLUMNS) {
      schema.push({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' });
    }
  }
  return schema;
}

/**
 * The Parquet file's bytes. Deterministic: the same articles, `metadata` and
 * columns give the same bytes. Each column is read with `readField`, so a malformed
 * record throws {@link InvalidRecordError} with its index and path, before a
 * byte is written.
 */
export function writeParquet(
  list: readonly Article[],
  metadata: ParquetMetadata,
  { normalized }: ParquetColumns = { normalized: false },
): Uint8Array {
  const columns = ARTICLE_FIELD_NAMES.map((name) => ({ name, data: new Array<unknown>(list.length) }));
  const normalizedColumns = (normalized ? NORMALIZED_COLUMNS : []).map(([name, read]) => ({
    name,
    read,
    data: new Array<unknown>(list.length),
  }));
  list.forEach((article, index) => {
    assertArticle(article, index);
    for (const column of columns) {
      const value = readField(article, index, column.name);
      column.data[index] = value === undefined ? null : typeof value === 'object' ? [...value] : value;
    }
    for (const column of normalizedColumns) {
      // The title and body columns above have just checked that the text is a string.
      column.data[index] = normalizeText(column.read(article));
    }
  });
  const buffer = parquetWriteBuffer({
    columnData: [...columns, ...normalizedColumns.map(({ name, data }) => ({ name, data }))],
    schema: parquetSchema(normalized),
    kvMetadata: Object.entries(metadata.keyValues).map(([key, value]) => ({ key, value })),
    createdBy: metadata.createdBy,
  });
  return new Uint8Array(buffer);
}

/** The Parquet types of a companion table's columns: text as UTF-8, offsets as INT32, amounts and coordinates as DOUBLE. */
const PARQUET_TYPES = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
} as const;

/**
 * A companion table's Parquet file: one column per column of its CSV, in that order,
 * required unless the column may be empty. Deterministic, like {@link writeParquet}.
 */
export function writeTableParquet(cells: TableCells, metadata: ParquetMetadata): Uint8Array {
  const schema: SchemaElements = [{ name: 'root', num_children: cells.columns.length }];
  for (const column of cells.columns) {
    schema.push({
      name: column.name,
      ...PARQUET_TYPES[column.type],
      repetition_type: column.optional ? 'OPTIONAL' : 'REQUIRED',
    });
  }
  const buffer = parquetWriteBuffer({
    columnData: cells.columns.map((column, at) => ({
      name: column.name,
      // Every row has a cell for each column: tableCells reads one per column.
      data: cells.rows.map((row) => row[at] ?? null),
    })),
    schema,
    kvMetadata: Object.entries(metadata.keyValues).map(([key, value]) => ({ key, value })),
    createdBy: metadata.createdBy,
  });
  return new Uint8Array(buffer);
}
