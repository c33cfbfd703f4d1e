/**
 * Writes articles as Parquet: one row per article, the columns of the CSV,
 * with lists as Parquet LIST columns. Used by `ru-tj-news export` and by
 * scripts/build-exports.ts. hyparquet-writer is bundled into the command
 * line's build, so it is not a dependency of the library.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

import type { Article } from '../../schema.js';
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS } from './articleFields.js';

type SchemaElements = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>;

/**
 * The Parquet file's bytes. Deterministic: the same articles and `dataset`
 * give the same bytes. `dataset` names the data in the file's metadata: the
 * CLI and scripts/build-exports.ts pass the shipped `datasetVersion`.
 */
export function toParquet(
  list: readonly Article[],
  dataset: { readonly id: string; readonly version: string },
): Uint8Array {
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
      // Only modifiedAt can be missing; every other text column is required by the schema.
      schema.push({
        name: field,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        repetition_type: field === 'modifiedAt' ? 'OPTIONAL' : 'REQUIRED',
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
    kvMetadata: [{ key: 'ru-tj-news.datasetVersion', value: dataset.id }],
    createdBy: `ru-tj-news ${dataset.version}`,
  });
  return new Uint8Array(buffer);
}
