import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';

import packageJson from '../package.json' with { type: 'json' };
import {
  type Article,
  articles,
  datasetVersion,
  InvalidQueryError,
  InvalidRecordError,
  normalizeArabic,
  toCsv,
} from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import { catchError } from './support/catchError.js';
import { readBytes } from './support/corpus.js';
import { makeArticle } from './support/makeArticle.js';

/** The file's rows, as hyparquet reads them. */
async function rows(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return parquetReadObjects({ file });
}

describe('toParquet', () => {
  it('writes the bytes of the shipped data/articles.parquet, given the options scripts/build-exports.ts gives', () => {
    const bytes = toParquet(articles, {
      createdBy: 'ru-tj-news scripts/build-exports.ts',
      metadata: { 'ru-tj-news.contentHash': datasetVersion.contentHash },
    });
    expect(Buffer.from(bytes).equals(readBytes('data/articles.parquet'))).toBe(true);
  });

  it('names this package and its version as the writer, and writes no metadata, by default', () => {
    const metadata = parquetMetadata(toParquet(articles).buffer as ArrayBuffer);
    expect(metadata.created_by).toBe(`ru-tj-news ${packageJson.version}`);
    expect(metadata.key_value_metadata ?? []).toEqual([]);
    expect(Number(metadata.num_rows)).toBe(articles.length);
  });

  it.each([
    ['one key', { source: 'wire copy' }],
    ['several keys, in order', { b: '2', a: '1', 'ru-tj-news.note': 'نص عربي' }],
    ['none', {}],
  ] as const)('writes the key-value metadata given: %s', (_case, given) => {
    const metadata = parquetMetadata(
      toParquet(articles, { createdBy: 'a test', metadata: given }).buffer as ArrayBuffer,
    );
    expect(metadata.key_value_metadata ?? []).toEqual(Object.entries(given).map(([key, value]) => ({ key, value })));
    expect(metadata.created_by).toBe('a test');
  });

  it('writes the values the CSV writes, one row per article, lists as lists', async () => {
    const own: Article[] = [
      makeArticle({ id: 'b', publishedAt: '2024-02-29T10:00:00Z', entities: ['russia'], topics: ['diplomacy'] }),
      {
        ...makeArticle({ id: 'a', entities: [], topics: [] }),
        modifiedAt: '2024-03-01',
        date: { precision: 'day', basis: 'stated', evidence: 'x', modifiedEvidence: 'y' },
      },
    ];
    const read = await rows(toParquet(own));
    expect(
      read.map((row) => [row['id'], row['publishedAt'], row['modifiedAt'], row['entities'], row['topics']]),
    ).toEqual([
      ['b', '2024-02-29T10:00:00Z', null, ['russia'], ['diplomacy']],
      ['a', '2022-01-01', '2024-03-01', [], []],
    ]);
    const header = toCsv([]).trimEnd().split(',');
    expect(Object.keys(read[0]!)).toEqual(header);
  });

  it('adds titleNormalized and bodyNormalized after the other columns, as normalizeArabic gives them, with normalized: true', async () => {
    const read = await rows(toParquet(articles, { normalized: true }));
    const header = toCsv([]).trimEnd().split(',');
    expect(Object.keys(read[0]!)).toEqual([...header, 'titleNormalized', 'bodyNormalized']);
    expect(read.map((row) => [row['id'], row['titleNormalized'], row['bodyNormalized']])).toEqual(
      articles.map((article) => [article.id, normalizeArabic(article.title), normalizeArabic(article.body)]),
    );
    // The shipped bodies hold letters that normalization folds, so the columns differ from the text.
    expect(read.some((row, index) => row['bodyNormalized'] !== articles[index]!.body)).toBe(true);
  });

  it.each([
    ['no option', {}],
    ['normalized: false', { normalized: false }],
  ] as const)('writes no normalized-text columns with %s', (_case, options) => {
    expect(toParquet(articles, { createdBy: 'x', ...options })).toEqual(toParquet(articles, { createdBy: 'x' }));
    const names = parquetMetadata(toParquet(articles, options).buffer as ArrayBuffer).schema.map(({ name }) => name);
    expect(names).not.toContain('bodyNormalized');
  });

  it('writes a valid file for no articles', async () => {
    const bytes = toParquet([]);
    expect(Number(parquetMetadata(bytes.buffer as ArrayBuffer).num_rows)).toBe(0);
    expect(await rows(bytes)).toEqual([]);
  });

  it('gives the same bytes for the same articles and options', () => {
    expect(toParquet(articles, { createdBy: 'x' })).toEqual(toParquet([...articles], { createdBy: 'x' }));
  });

  const BAD = [
    [
      'records that are not an array',
      () => toParquet('articles' as never),
      InvalidQueryError,
      'Expected records to be an array of articles, got "articles"',
    ],
    [
      'an unknown option',
      () => toParquet(articles, { createBy: 'x' } as object),
      InvalidQueryError,
      'Unknown option "createBy" in the toParquet options: expected any of createdBy, metadata, normalized, table, entities. Did you mean "createdBy"?',
    ],
    ['options that are not an object', () => toParquet(articles, 'x' as never), InvalidQueryError, 'got "x"'],
    [
      'a createdBy that is not a string',
      () => toParquet(articles, { createdBy: 42 as never }),
      InvalidQueryError,
      'Expected createdBy to be a non-empty string, got 42',
    ],
    [
      'a blank createdBy',
      () => toParquet(articles, { createdBy: '  ' }),
      InvalidQueryError,
      'Expected createdBy to be a non-empty string, got "  "',
    ],
    [
      'metadata that is a list',
      () => toParquet(articles, { metadata: ['a'] as never }),
      InvalidQueryError,
      'Expected metadata to be an object of string values, got an array',
    ],
    [
      'a metadata value that is not a string',
      () => toParquet(articles, { metadata: { rows: 5 } as never }),
      InvalidQueryError,
      'Invalid metadata value 5 for key "rows": expected a string',
    ],
    [
      'a normalized that is not a boolean',
      () => toParquet(articles, { normalized: 'yes' as never }),
      InvalidQueryError,
      'Expected normalized to be true or false, got "yes"',
    ],
    [
      'a record that is not an object',
      () => toParquet([articles[0]!, null as never]),
      InvalidRecordError,
      'Invalid record at articles[1]:',
    ],
    [
      'a record without an id',
      () => toParquet([{ ...articles[0]!, id: undefined as never }]),
      InvalidRecordError,
      'Invalid record at articles[0].id:',
    ],
    [
      'a record with a bad list',
      () => toParquet([{ ...articles[0]!, topics: [1] as never }]),
      InvalidRecordError,
      'Invalid record at articles[0].topics:',
    ],
    [
      'a record without a date',
      () => toParquet([{ ...articles[0]!, date: undefined as never }]),
      InvalidRecordError,
      'Invalid record at articles[0].date.basis:',
    ],
  ] as const;

  it.each(BAD)('rejects %s with a typed error that names it', (_case, run, type, words) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(words);
  });
});
