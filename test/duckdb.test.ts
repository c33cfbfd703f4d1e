/**
 * Proof that a real engine reads the shipped files as they are: DuckDB opens
 * data/articles.parquet and data/articles.ndjson, and its SQL counts agree
 * with countByPeriod and countByTopic. (test/generated.test.ts keeps the
 * files current with the data.)
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { articles, countByPeriod, countByTopic } from '../src/index.js';
import { ROOT } from './support/corpus.js';

let connection: DuckDBConnection;
let instance: DuckDBInstance;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
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
