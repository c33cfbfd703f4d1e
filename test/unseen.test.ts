/**
 * Data the project never saw: the invented wire copy of test/fixtures/unseen/,
 * with a registry of its own, built with buildArticle and taken through the
 * whole pipeline: createCorpus and its methods, query, search, every
 * aggregation, the exports, toParquet read back by DuckDB, and the command
 * line with --data, --entities and --topics.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type Article,
  buildArticle,
  cooccurrence,
  countByEntity,
  countByPeriod,
  countByTopic,
  createCorpus,
  type Entity,
  filterByDate,
  InvalidRecordError,
  mentionSnippets,
  normalizeArabic,
  query,
  searchArticles,
  toCsv,
  toJsonLd,
  toNdjson,
} from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import { catchError } from './support/catchError.js';
import { runMain } from './support/cliIo.js';
import { ROOT } from './support/corpus.js';
import { buildUnseen, UNSEEN, unseenInput, unseenMeta, unseenRegistry } from './support/unseen.js';

const { articles, entities, topics } = buildUnseen();
const byFile = new Map(unseenMeta().map((meta, index) => [meta.file, articles[index]!] as const)); // one record per meta line
const article = (file: string): Article => {
  const found = byFile.get(file);
  if (found === undefined) {
    throw new Error(`No fixture file ${file}`);
  }
  return found;
};

/** The text of every mention of `id` in `record`, with the characters just before and after it. */
function mentionsOf(
  record: Article,
  id: string,
): { readonly before: string; readonly text: string; readonly after: string }[] {
  const entity = record.entities.find((candidate) => candidate.id === id);
  return (entity?.mentions ?? []).map(({ field, start, end }) => ({
    before: record[field].slice(Math.max(0, start - 2), start),
    text: record[field].slice(start, end),
    after: record[field].slice(end, end + 1),
  }));
}

describe('the unseen fixture', () => {
  it('says in its folder that it is invented test text, not news', () => {
    expect(readFileSync(`${ROOT}${UNSEEN}README.md`, 'utf8')).toContain('invented test text, not real news');
  });

  it('builds every raw file into a record that createCorpus validates against the fixture registry', () => {
    expect(articles).toHaveLength(4);
    expect(createCorpus(articles, { entities, topics }).articles).toEqual(articles);
  });

  it('reads a Gregorian month written in Arabic-Indic digits, and the "today, Sunday" that agrees', () => {
    expect([article('trade-fair.txt').publishedAt, article('trade-fair.txt').date]).toEqual([
      '2024-04-14',
      { precision: 'day', basis: 'stated', evidence: '١٤ أبريل ٢٠٢٤', corroboration: ['اليوم الأحد'] },
    ]);
  });

  it('reads a Levantine month with its weekday, and the "yesterday evening, Sunday" that agrees', () => {
    expect([article('flood-agreement.txt').publishedAt, article('flood-agreement.txt').date]).toEqual([
      '2024-06-03',
      { precision: 'day', basis: 'stated', evidence: 'الإثنين 3 حزيران 2024', corroboration: ['مساء أمس الأحد'] },
    ]);
  });

  it('reads a GMT time stamp to the minute, with its update', () => {
    const record = article('flood-update.txt');
    expect([record.publishedAt, record.modifiedAt, record.date.modifiedEvidence]).toEqual([
      '2024-06-04T10:15:00Z',
      '2024-06-04T12:40:00Z',
      'تم التحديث: 12:40 GMT 04.06.2024',
    ]);
  });

  it('demands publishedAt and date for the text with no date, and takes them from the input', () => {
    const meta = unseenMeta().find((candidate) => candidate.file === 'river-monitoring.txt')!; // the fixture has it
    const error = catchError(() =>
      buildArticle(unseenInput({ ...meta, publishedAt: undefined, date: undefined }), unseenRegistry()),
    );
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).issues.map((issue) => issue.path.join('.'))).toEqual(['publishedAt', 'date']);
    expect(article('river-monitoring.txt').publishedAt).toBe(meta.publishedAt);
    expect(article('river-monitoring.txt').date).toEqual(meta.date);
  });

  it('finds a name right before an Arabic comma', () => {
    expect(
      mentionsOf(article('trade-fair.txt'), 'moscow').some(({ text, after }) => text === 'موسكو' && after === '،'),
    ).toBe(true);
  });

  it('finds a name after clitic prefixes, and an ال name after لل, with spans that leave them out', () => {
    const nahran = mentionsOf(article('flood-agreement.txt'), 'nahran');
    expect(nahran.map(({ text }) => text)).toEqual(['نهران', 'نهران', 'نهران', 'نهران']);
    expect(nahran.map(({ before }) => before)).toEqual(expect.arrayContaining([' ل', 'وب']));
    expect(mentionsOf(article('flood-agreement.txt'), 'nahran-chamber-of-commerce')).toEqual([
      { before: 'لل', text: 'غرفة التجارية', after: '،' },
    ]);
  });

  it('does not take the tanween adjectives روسياً and روسيًّا for Russia', () => {
    expect(article('trade-fair.txt').body).toContain('روسياً');
    // Modern spelling: shadda and tanween on the letter before the final alef.
    expect(article('flood-update.txt').body).toContain('روسي\u0651\u064Bا');
    expect(articles.flatMap((record) => record.entities.map((entity) => entity.id))).not.toContain('russia');
  });

  it('gives spans that each spell a name or alias of their entity', () => {
    const registry = new Map<string, Entity>(entities.map((entity) => [entity.id, entity]));
    for (const record of articles) {
      for (const { id, mentions } of record.entities) {
        const entity = registry.get(id)!; // createCorpus has checked every id
        const names = [entity.name.ar, ...entity.aliases].map((name) => normalizeArabic(name));
        for (const { field, start, end } of mentions) {
          const spelled = normalizeArabic(record[field].slice(start, end));
          expect(
            names.some((name) => name === spelled || name === `ال${spelled}`),
            spelled,
          ).toBe(true);
        }
      }
    }
  });
});

describe('the unseen fixture, through the pipeline', () => {
  const corpus = createCorpus(articles, { entities, topics });
  const ids = (list: readonly Article[]): string[] => list.map((record) => record.id);

  it('answers a query by entity, topic and date, as the plain query does with the registry', () => {
    const q = { entities: ['Nahran'], topics: ['water'], from: '2024-06-01', to: '2024-06-10' };
    expect(ids(corpus.query(q))).toEqual([
      '2024-06-03-nahran-sahl-flood-relief-agreement',
      '2024-06-04-zarin-river-rises-again',
    ]);
    expect(ids(query(articles, q, { entities, topics }))).toEqual(ids(corpus.query(q)));
    expect(ids(filterByDate(articles, { from: '2024-06-01', to: '2024-06-10' }))).toHaveLength(2);
  });

  it('searches the Arabic text after normalization', () => {
    // The agreement writes فيضان; the monitoring article بالفيضانات, the word behind بال and before ات.
    expect(ids(corpus.search('فيضان'))).toEqual([
      '2024-06-03-nahran-sahl-flood-relief-agreement',
      '2024-06-20-rivers-commission-water-monitoring',
    ]);
    expect(ids(searchArticles(articles, 'الاغاثة'))).toEqual(ids(corpus.search('الإغاثة')));
  });

  it('counts by period, with the empty month between', () => {
    expect(countByPeriod(articles, 'month')).toEqual([
      { period: '2024-04', count: 1 },
      { period: '2024-05', count: 0 },
      { period: '2024-06', count: 3 },
    ]);
  });

  it('counts entities and topics, and their co-occurrence, with the fixture registry', () => {
    const entityCounts = countByEntity(articles, { entities });
    expect(entityCounts[0]).toMatchObject({ entity: { id: 'nahran' }, count: 4 });
    expect(entityCounts.reduce((sum, { mentions }) => sum + mentions, 0)).toBe(
      articles.reduce(
        (sum, record) => sum + record.entities.reduce((inner, entity) => inner + entity.mentions.length, 0),
        0,
      ),
    );
    expect(countByTopic(articles, { topics }).map(({ topic, count }) => [topic.id, count])).toEqual([
      ['water', 3],
      ['disaster-relief', 2],
      ['trade', 1],
    ]);
    const pairs = cooccurrence(articles, { entities });
    expect(
      pairs.find(({ source, target }) => source.id === 'joint-rivers-commission' && target.id === 'nahran')?.count,
    ).toBe(3);
  });

  it('shows the mentions of Moscow in context', () => {
    const snippets = mentionSnippets(article('trade-fair.txt'), 'Moscow', { entities });
    expect(snippets).toHaveLength(3);
    expect(snippets.every(({ text, highlight }) => text.slice(highlight.start, highlight.end) === 'موسكو')).toBe(true);
  });

  it('exports CSV, NDJSON and JSON-LD', () => {
    const csv = toCsv(articles).split('\r\n');
    expect(csv.filter((line) => line !== '')).toHaveLength(articles.length + 1);
    expect(
      toNdjson(articles)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(articles);
    const jsonLd = toJsonLd(article('flood-update.txt'), { entities, topics });
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-06-04T10:15:00Z' });
  });
});

describe('the unseen fixture, through the corpus methods, Parquet and the command line', () => {
  const corpus = createCorpus(articles, { entities, topics });
  const ids = (list: readonly Article[]): string[] => list.map((record) => record.id);
  const scratch = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-unseen-'));
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });

  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Writes `text` into the scratch folder, and returns its path. */
  const written = (name: string, text: string | Uint8Array): string => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };

  it('aggregates and exports with the registries it was built with, as the plain helpers do when given them', () => {
    expect(corpus.countByPeriod('month')).toEqual(countByPeriod(articles, 'month'));
    expect(corpus.countByEntity()).toEqual(countByEntity(articles, { entities }));
    expect(corpus.countByTopic()).toEqual(countByTopic(articles, { topics }));
    expect(corpus.cooccurrence()).toEqual(cooccurrence(articles, { entities }));
    expect(corpus.toCsv()).toBe(toCsv(articles));
    expect(corpus.toNdjson()).toBe(toNdjson(articles));
    expect(corpus.toJsonLd(article('flood-update.txt'))).toEqual(
      toJsonLd(article('flood-update.txt'), { entities, topics }),
    );
  });

  it('writes Parquet that DuckDB reads back: every record, its date, and its topics as lists', async () => {
    const file = written('unseen.parquet', toParquet(articles));
    const rows = (await connection.runAndReadAll(`SELECT id, publishedAt FROM '${file}' ORDER BY id`)).getRows();
    expect(rows.map(([id, publishedAt]) => [String(id), String(publishedAt)])).toEqual(
      [...articles]
        .sort((left, right) => left.id.localeCompare(right.id))
        .map((record) => [record.id, record.publishedAt]),
    );
    const topicRows = (
      await connection.runAndReadAll(
        `SELECT topic, count(*) FROM (SELECT unnest(topics) AS topic FROM '${file}') GROUP BY topic`,
      )
    ).getRows();
    expect(new Map(topicRows.map(([topic, count]) => [String(topic), Number(count)]))).toEqual(
      new Map(countByTopic(articles, { topics }).map(({ topic, count }) => [topic.id, count])),
    );
  });

  it('answers the command line on its NDJSON, with its own registry', async () => {
    const files = [
      '--data',
      written('unseen.ndjson', toNdjson(articles)),
      '--entities',
      written('entities.json', JSON.stringify(entities)),
      '--topics',
      written('topics.json', JSON.stringify(topics)),
    ];
    const stats = await runMain(['stats', '--format', 'json', ...files]);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 4, entities: entities.length, topics: topics.length });
    const listed = await runMain(['list', '--entity', 'Nahran', '--topic', 'water', '--format', 'ndjson', ...files]);
    expect(listed.stdout).toBe(toNdjson(corpus.query({ entities: ['Nahran'], topics: ['water'] })));
    const searched = await runMain(['list', '--search', 'فيضان', '--format', 'json', ...files]);
    expect((JSON.parse(searched.stdout) as Article[]).map((record) => record.id)).toEqual(ids(corpus.search('فيضان')));
  });
});
