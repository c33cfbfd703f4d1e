/**
 * The DuckDB half of the recipe in docs/performance.md, "Past one machine":
 * its export command, run as written on the shipped corpus, then its SQL, as
 * written, on the file that command wrote. The answers are checked against
 * `corpus.query` and `normalizeArabic`, which are what the recipe says the SQL
 * keeps; the same WHERE runs with other values, bound as parameters, so that
 * each rule the page states (day bounds, membership, normalized text) is
 * tried on more than one answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Article, corpus, normalizeArabic, type Query } from '../src/index.js';
import { runMain } from './support/cliIo.js';
import { readText } from './support/corpus.js';

/** The recipe's section of the page, up to the next section. */
const SECTION = ((): string => {
  const page = readText('docs/performance.md');
  const from = page.indexOf('## Past one machine: Parquet with DuckDB or Spark');
  const to = page.indexOf('\n## ', from + 1);
  if (from === -1) {
    throw new Error('docs/performance.md has no section "Past one machine: Parquet with DuckDB or Spark"');
  }
  return page.slice(from, to === -1 ? undefined : to);
})();

/** The fenced blocks of a language in the section, in order. */
function blocks(language: string): string[] {
  return [...SECTION.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

/** The commands of the recipe's shell block, without their comments. */
const COMMANDS = blocks('sh')
  .join('\n')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** The recipe's DuckDB query, verbatim. */
const SQL = blocks('sql')[0] ?? '';

/** The word the recipe looks for, as a user types it. */
const WORD = 'أفغانستان';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let scratch: string;
let file: string;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  scratch = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-recipe-'));
  file = path.join(scratch, 'articles.parquet');
  // The first command, as the page writes it, with its output in the scratch folder.
  const exportCommand = COMMANDS[0]?.split(' ') ?? [];
  expect(exportCommand.slice(0, 3)).toEqual(['npx', 'ru-tj-news', 'export']);
  const argv = exportCommand.slice(2).map((word) => (word === 'articles.parquet' ? file : word));
  expect(argv).toContain(file);
  const { status, stderr } = await runMain(argv);
  expect(stderr).toBe(`Wrote ${corpus.articles.length} articles to ${file}\n`);
  expect(status).toBe(0);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  rmSync(scratch, { recursive: true, force: true });
});

/** The ids that a query returns, as strings, in its order. */
async function ids(sql: string, values: readonly string[] = []): Promise<string[]> {
  const reader = await connection.runAndReadAll(sql.replaceAll("'articles.parquet'", `'${file}'`), [...values]);
  return reader.getRows().map(([id]) => String(id));
}

/** What the recipe says the SQL keeps: the query's articles whose normalized body holds the normalized word. */
function expected(q: Query, word: string): string[] {
  const needle = normalizeArabic(word);
  return corpus
    .query(q)
    .filter((article: Article) => normalizeArabic(article.body).includes(needle))
    .map((article) => article.id);
}

describe('the DuckDB recipe of docs/performance.md', () => {
  it('normalizes the word as its second command says it prints', () => {
    expect(COMMANDS[1]).toContain(`normalizeArabic('${WORD}')`);
    expect(SECTION).toContain(`this prints ${normalizeArabic(WORD)}.`);
    expect(SQL).toContain(`instr(bodyNormalized, '${normalizeArabic(WORD)}') > 0`);
  });

  it('returns, as written, what corpus.query returns with the word in the normalized body, in its order', async () => {
    const answer = await ids(SQL);
    expect(answer).toEqual(
      expected(
        { from: '2022-01-01', to: '2025-12-31', entities: 'vladimir-putin', topics: 'regional-security', match: 'all' },
        WORD,
      ),
    );
    // The answer the page names, so that the page cannot drift from the data.
    for (const id of answer) {
      expect(SECTION).toContain(`\`${id}\``);
    }
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.length).toBeLessThan(corpus.articles.length);
  });

  it('shares its WHERE with the Spark query of the page', () => {
    const where = (query: string): string => query.slice(query.indexOf('WHERE'), query.indexOf('ORDER BY'));
    const spark = blocks('python')[0] ?? '';
    expect(spark).toContain('spark.read.parquet("articles.parquet")');
    expect(where(spark)).toBe(where(SQL));
  });

  it('finds nothing in the raw body with the normalized word, as the page says', async () => {
    const raw = SQL.replace('instr(bodyNormalized,', 'instr(body,');
    expect(raw).not.toBe(SQL);
    expect(await ids(raw)).toEqual([]);
  });

  /** The recipe's WHERE with its values as parameters: from, to, an entity, a topic, the normalized word. */
  const BOUND = SQL.replace("BETWEEN '2022-01-01' AND '2025-12-31'", 'BETWEEN $1 AND $2')
    .replace("array_contains(entities, 'vladimir-putin')", 'array_contains(entities, $3)')
    .replace("array_contains(topics, 'regional-security')", 'array_contains(topics, $4)')
    .replace(`instr(bodyNormalized, '${normalizeArabic(WORD)}')`, 'instr(bodyNormalized, $5)')
    .replace(/;\s*$/, '');

  const CASES = [
    // A day-only record and a timed one share 2025-10-09: both are inside a one-day range.
    ['a one-day range holds the timed record of that day', '2025-10-09', '2025-10-09', 'russia', 'diplomacy', 'روسيا'],
    ['a range that ends the day before holds none of it', '2021-01-01', '2025-10-08', 'russia', 'diplomacy', 'روسيا'],
    [
      'the whole span, with a word written with a hamza under its alef',
      '2021-01-01',
      '2025-12-31',
      'tajikistan',
      'terrorism',
      'الإرهاب',
    ],
    ['an entity that one article names', '2021-01-01', '2025-12-31', 'sergey-lavrov', 'diplomacy', 'طاجيكستان'],
    ['the word written without its hamza', '2021-01-01', '2025-12-31', 'russia', 'diplomacy', 'افغانستان'],
    ['a word in no body', '2021-01-01', '2025-12-31', 'russia', 'diplomacy', 'زلزال'],
  ] as const;

  /** The page's faster form of the day range: from the first day, up to the day after the last. */
  const RANGE = BOUND.replace('substr(publishedAt, 1, 10) BETWEEN $1 AND $2', 'publishedAt >= $1 AND publishedAt < $2');

  it.each(CASES)('keeps the rules of corpus.query when %s', async (_case, from, to, entity, topic, word) => {
    expect(BOUND).toContain('$5');
    expect(RANGE).not.toBe(BOUND);
    const want = expected({ from, to, entities: entity, topics: topic, match: 'all' }, word);
    expect(await ids(BOUND, [from, to, entity, topic, normalizeArabic(word)])).toEqual(want);
    const dayAfter = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await ids(RANGE, [from, dayAfter, entity, topic, normalizeArabic(word)])).toEqual(want);
  });
});
