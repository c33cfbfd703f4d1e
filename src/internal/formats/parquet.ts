/**
 * Writes articles as Parquet: one row per article, the columns of the CSV,
 * with lists as Parquet LIST columns. The public `toParquet` (the
 * `ru-tj-news/parquet` subpath) checks its arguments and calls this. Only that
 * subpath's build bundles hyparquet-writer, so it is not a dependency of the library.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

import type { Article } from '../../schema.js';
import { assertArticle } from '../args/arguments.js';
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS, type FieldSpec, readField } from './articleFields.js';

type SchemaElements = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>;

/** What a Parquet file says about itself: the program that wrote it, and key-value metadata. */
export interface ParquetMetadata {
  readonly createdBy: string;
  readonly keyValues: Readonly<Record<string, string>>;
}

/** The file's schema: a root, then each column in export order. */
function parquetSchema(): SchemaElements {
  const schema: SchemaElements = [{ name: 'root', num_children: ARTICLE_FIELD_NAMES.length }];
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
  return schema;
}

/**
 * The Parquet file's bytes. Deterministic: the same articles and `metadata`
 * give the same bytes. Each column is read with `readField`, so a malformed
 * record throws {@link InvalidRecordError} with its index and path, before a
 * byte is written.
 */
export function writeParquet(list: readonly Article[], metadata: ParquetMetadata): Uint8Array {
  const columns = ARTICLE_FIELD_NAMES.map((name) => ({ name, data: new Array<unknown>(list.length) }));
  list.forEach((article, index) => {
    assertArticle(article, index);
    for (const column of columns) {
      const value = readField(article, index, column.name);
      column.data[index] = value === undefined ? null : typeof value === 'object' ? [...value] : value;
    }
  });
  const buffer = parquetWriteBuffer({
    columnData: columns,
    schema: parquetSchema(),
    kvMetadata: Object.entries(metadata.keyValues).map(([key, value]) => ({ key, value })),
    createdBy: metadata.createdBy,
  });
  return new Uint8Array(buffer);
}
