/**
 * Proof that a real engine reads the shipped files as they are: DuckDB opens
 * data/articles.parquet and data/articles.ndjson, and its SQL counts agree
 * with countByPeriod and countByTopic. (test/generated.test.ts keeps the
 * files current with the data.) It reads what `toParquet` writes, too,
 * a user's record with `url` and `authors` included, and the companion tables
 * (quotations, time_expressions, quantities, entities), whose rows are what the
 * layer helpers list.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Article, articles, ArticleSchema, corpus, countByPeriod, countByTopic, entities } from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import { ROOT } from './support/corpus.js';
import { LAYERED } from './support/layeredFixtures.js';
import { makeArticle } from './support/makeArticle.js';
import {
  expectedEntities,
  expectedQuantities,
  expectedQuotations,
  expectedTimeExpressions,
  type Row,
} from './support/tableRows.js';

let connection: DuckDBConnection;
let instance: DuckDBInstance;
let scratch: string;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  scratch = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-duckdb-'));
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  rmSync(scratch, { recursive: true, force: true });
});

async function rows(sql: string): Promise<[string, number][]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows().map(([key, count]) => [String(key), Number(count)]);
}

const SOURCES = [
  ['data/articles.parquet', `'${ROOT}data/articles.parquet'`],
  ['data/articles.ndjson', `read_json('${ROOT}data/articles.ndjson', format = 'newline_delimited')`],
] as const;

describe.each(SOURCES)('DuckDB reading %s', (_file, from) => {
  it('counts articles by year as countByPeriod does', async () => {
    const expected = countByPeriod(articles, 'year')
      .filter(({ count }) => count > 0)
      .map(({ period, count }) => [period, count]);
    expect(
      await rows(`SELECT substr(publishedAt, 1, 4) AS year, count(*) FROM ${from} GROUP BY year ORDER BY year`),
    ).toEqual(expected);
  });

  it('counts articles by topic as countByTopic does', async () => {
    const expected = countByTopic(articles).map(({ topic, count }): [string, number] => [topic.id, count]);
    const actual = await rows(
      `SELECT topic, count(*) AS n FROM (SELECT unnest(topics) AS topic FROM ${from}) GROUP BY topic ORDER BY n DESC, topic`,
    );
    expect(new Map(actual)).toEqual(new Map(expected));
    expect(actual).toHaveLength(expected.length);
  });
});

describe('DuckDB reading data/articles.csv', () => {
  it('finds every article, with its id and body intact', async () => {
    const reader = await connection.runAndReadAll(
      `SELECT id, body FROM read_csv('${ROOT}data/articles.csv', header = true) ORDER BY publishedAt, id`,
    );
    expect(reader.getRows()).toEqual(articles.map((article) => [article.id, article.body]));
  });
});

describe('DuckDB reading the bytes of toParquet', () => {
  /** The columns DuckDB sees in a Parquet file, with their types, and every row in id order, as JSON. */
  async function table(file: string): Promise<{ columns: unknown[][]; rows: string }> {
    const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`))
      .getRows()
      .map(([name, type]) => [name, type]);
    const rows = (await connection.runAndReadAll(`SELECT * FROM '${file}' ORDER BY id`)).getRowObjectsJson();
    return { columns, rows: JSON.stringify(rows) };
  }

  function written(name: string, bytes: Uint8Array): string {
    const file = path.join(scratch, name);
    writeFileSync(file, bytes);
    return file;
  }

  it.each([
    ['toParquet(articles)', () => Promise.resolve(toParquet(articles))],
    ['corpus.toParquet()', () => corpus.toParquet({ metadata: { note: 'from the corpus' } })],
  ] as const)('sees in %s the columns, types and values of the shipped data/articles.parquet', async (name, write) => {
    const shipped = await table(`${ROOT}data/articles.parquet`);
    const mine = await table(written(`${name.replace(/\W/g, '')}.parquet`, await write()));
    expect(mine.columns).toEqual(shipped.columns);
    expect(mine.rows).toBe(shipped.rows);
    expect(shipped.columns.map(([column]) => column)).toContain('entities');
    expect(JSON.parse(shipped.rows)).toHaveLength(articles.length);
  });

  it('reads url and authors back intact from a user record, and null and an empty list where a record has none', async () => {
    // Made-up test values: example.org is reserved for examples.
    const withByline = ArticleSchema.parse({
      ...makeArticle({ id: '2024-03-12-own-record' }),
      url: 'https://example.org/news/2024/03/12/1?lang=ar',
      authors: ['فلان الفلاني', 'Doe, Jane', 'Ali "the reporter" Khan'],
    });
    const file = written('byline.parquet', toParquet([withByline, makeArticle({ id: '2024-03-13-own-record' })]));
    const reader = await connection.runAndReadAll(`SELECT id, url, authors FROM '${file}' ORDER BY id`);
    expect(reader.getRowObjectsJson()).toEqual([
      { id: withByline.id, url: withByline.url, authors: withByline.authors },
      { id: '2024-03-13-own-record', url: null, authors: [] },
    ]);
    const types = (await connection.runAndReadAll(`DESCRIBE SELECT url, authors FROM '${file}'`))
      .getRows()
      .map(([name, type]) => [name, type]);
    expect(types).toEqual([
      ['url', 'VARCHAR'],
      ['authors', 'VARCHAR[]'],
    ]);
  });

  it('reads the lists as lists, and counts topics as countByTopic does', async () => {
    const file = written('topics.parquet', toParquet(articles));
    const expected = countByTopic(articles).map(({ topic, count }): [string, number] => [topic.id, count]);
    const actual = await rows(
      `SELECT topic, count(*) AS n FROM (SELECT unnest(topics) AS topic FROM '${file}') GROUP BY topic`,
    );
    expect(new Map(actual)).toEqual(new Map(expected));
  });
});

describe('DuckDB reading the companion tables', () => {
  /** Every row of a Parquet file, in the file's order, as JSON values. */
  async function parquetRows(file: string): Promise<Row[]> {
    const reader = await connection.runAndReadAll(
      `SELECT * EXCLUDE (file_row_number) FROM read_parquet('${file}', file_row_number = true) ORDER BY file_row_number`,
    );
    return reader.getRowObjectsJson() as Row[];
  }

  const TABLES = [
    ['quotations', (list: readonly Article[]) => expectedQuotations(list)],
    ['time_expressions', (list: readonly Article[]) => expectedTimeExpressions(list)],
    ['quantities', (list: readonly Article[]) => expectedQuantities(list)],
    ['entities', (list: readonly Article[]) => expectedEntities(list, entities)],
  ] as const;

  it.each(TABLES)('reads in data/%s.parquet the rows of the shipped articles', async (table, expected) => {
    expect(await parquetRows(`${ROOT}data/${table}.parquet`)).toEqual(expected(articles));
  });

  it.each(TABLES)(
    'reads in the %s table of toParquet the rows the helpers give for records with layers',
    async (table, expected) => {
      const file = path.join(scratch, `layered-${table}.parquet`);
      writeFileSync(file, toParquet(LAYERED, { table, entities }));
      const rows = await parquetRows(file);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected(LAYERED));
    },
  );

  it('types the offsets as integers, the amounts and coordinates as doubles, and the text as strings', async () => {
    const file = path.join(scratch, 'layered-types.parquet');
    writeFileSync(file, toParquet(LAYERED, { table: 'quantities', entities }));
    const types = (await connection.runAndReadAll(`DESCRIBE SELECT article, start, "end", value, unit FROM '${file}'`))
      .getRows()
      .map(([name, type]) => [name, type]);
    expect(types).toEqual([
      ['article', 'VARCHAR'],
      ['start', 'INTEGER'],
      ['end', 'INTEGER'],
      ['value', 'DOUBLE'],
      ['unit', 'VARCHAR'],
    ]);
  });

  it('joins the quotations to their speakers and articles, as a user would', async () => {
    const quotes = path.join(scratch, 'join-quotations.parquet');
    const people = path.join(scratch, 'join-entities.parquet');
    writeFileSync(quotes, toParquet(LAYERED, { table: 'quotations', entities }));
    writeFileSync(people, toParquet(LAYERED, { table: 'entities', entities }));
    const reader = await connection.runAndReadAll(
      `SELECT e.nameEn, count(*) AS n FROM '${quotes}' q JOIN '${people}' e ON q.speaker = e.id GROUP BY e.nameEn ORDER BY n DESC, e.nameEn`,
    );
    const counts = new Map<string, number>();
    for (const row of expectedQuotations(LAYERED)) {
      const name = entities.find((entity) => entity.id === row.speaker)!.name.en;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(reader.getRows().map(([name, count]) => [name, Number(count)])).toEqual(
      [...counts].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1)),
    );
  });
});
