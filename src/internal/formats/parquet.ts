/**
 * Writes articles as Parquet: one row per article, the columns of the CSV,
 * with lists as Parquet LIST columns. Used by `ru-tj-news export` and by
 * scripts/build-exports.ts. hyparquet-writer is bundled into the command
 * line's build, so it is not a dependency of the library.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

import type { Article } from '../../schema.js';
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS, type FieldSpec } from './articleFields.js';

type SchemaElements = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>;

/** What a Parquet file says about itself: the program that wrote it, and key-value metadata. */
export interface ParquetMetadata {
  readonly createdBy: string;
  readonly keyValues: Readonly<Record<string, string>>;
}

/**
 * The Parquet file's bytes. Deterministic: the same articles and `metadata`
 * give the same bytes. The CLI names the data by the shipped `datasetVersion`;
 * scripts/build-exports.ts, whose file is checked in, by the content hash
 * alone, so that `npm version` cannot make the file stale.
 */
export function toParquet(list: readonly Article[], metadata: ParquetMetadata): Uint8Array {
  const schema: SchemaElements = [{ name: 'root', num_children: ARTICLE_FIELD_NAMES.length }];
  for (const field of ARTICLE_FIELD_NAMES) {
    const { type } = ARTICLE_FIELDS[field];
    if (type === 'list') {
      schema.push(
        { name: field, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      );
    } else if (type === 'integer') {
      schema.push({ name: field, type: 'INT32', repetition_type: 'REQUIRED' });
    } else {
      // A text column is required, unless the schema lets an article lack its field (modifiedAt, raw).
      schema.push({
        name: field,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        repetition_type: (ARTICLE_FIELDS[field] as FieldSpec).optional === true ? 'OPTIONAL' : 'REQUIRED',
      });
    }
  }
  const buffer = parquetWriteBuffer({
    columnData: ARTICLE_FIELD_NAMES.map((field) => ({
      name: field,
      data: list.map((article) => {
        const value = ARTICLE_FIELDS[field].read(article);
        return value === undefined ? null : typeof value === 'object' ? [...value] : value;
      }),
    })),
    schema,
    kvMetadata: Object.entries(metadata.keyValues).map(([key, value]) => ({ key, value })),
    createdBy: metadata.createdBy,
  });
  return new Uint8Array(buffer);
}
