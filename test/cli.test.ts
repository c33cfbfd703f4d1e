/**
 * The command line, run the way a user runs it: the built bin (dist/cli.js,
 * which `npm test` builds first) in a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { articles, datasetVersion, entities, filterByEntity, query, toNdjson, topics } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const BIN = `${ROOT}dist/cli.js`;

function run(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('ru-tj-news', () => {
  it.each(['list', 'show', 'entities', 'topics', 'stats', 'export'])('prints help for %s with --help, and exits 0', (command) => {
    const { stdout, stderr, status } = run(command, '--help');
    expect(stdout).toContain(`Usage: ru-tj-news ${command}`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('prints the package and dataset versions with --version', () => {
    expect(run('--version')).toEqual({ stdout: `ru-tj-news ${datasetVersion.version} (dataset ${datasetVersion.id}, ${datasetVersion.contentHash})\n`, stderr: '', status: 0 });
  });

  it('lists the commands without arguments, as a usage error', () => {
    const { stdout, status } = run();
    expect(stdout).toMatch(/Commands:\n  list +List articles/);
    expect(status).toBe(2);
  });

  it('lists the filtered articles as a table, with the Arabic title last under --lang ar', () => {
    const { stdout, status } = run('list', '--entity', 'رحمن', '--lang', 'ar');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date +outlet +entities +title$/);
    expect(lines.slice(2, -1)).toHaveLength(3);
    for (const [index, article] of filterByEntity(articles, 'رحمن').entries()) expect(lines[index + 2]?.endsWith(article.title)).toBe(true);
    expect(lines.at(-1)).toBe('3 of 5 articles');
    expect(status).toBe(0);
  });

  it.each([
    [['--from', '2022-01-01', '--to', '2022-12-31'], { from: '2022-01-01', to: '2022-12-31' }],
    [['--entity', 'Putin', '--entity', 'Lavrov', '--match', 'all'], { entities: ['Putin', 'Lavrov'], match: 'all' }],
    [['--topic', 'migration', '--topic', 'summits'], { topics: ['migration', 'summits'] }],
    [['--search', 'افغانستان'], { text: 'افغانستان' }],
  ] as const)('selects with %o what query selects', (flags, q) => {
    const { stdout, status } = run('list', ...flags, '--format', 'json');
    expect(JSON.parse(stdout)).toEqual(query(articles, q));
    expect(status).toBe(0);
  });

  it('writes NDJSON and CSV with the fields asked for', () => {
    expect(run('list', '--format', 'ndjson').stdout).toBe(toNdjson(articles));
    const rows = parse(run('list', '--format', 'csv', '--fields', 'id,publishedAt').stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(articles.map((article) => ({ id: article.id, publishedAt: article.publishedAt })));
  });

  it('shows one article: metadata, summary, Arabic text, entities and topics', () => {
    const article = articles[1]!;
    const { stdout, status } = run('show', article.id);
    for (const part of [article.en.title, article.title, article.en.summary, article.body, article.raw.sha256, ...article.topics, ...article.entities.map((e) => e.id)]) {
      expect(stdout).toContain(part);
    }
    expect(status).toBe(0);
    expect(JSON.parse(run('show', article.id, '--format', 'json').stdout)).toEqual(article);
  });

  it('lists entities with counts, filtered by type, and topics with IPTC codes', () => {
    const people = JSON.parse(run('entities', '--type', 'person', '--format', 'json').stdout) as { id: string; type: string; articles: number }[];
    expect(people.every((row) => row.type === 'person')).toBe(true);
    expect(people[0]).toMatchObject({ id: 'emomali-rahmon', articles: 3, mentions: 10 });
    const table = run('topics').stdout;
    for (const topic of topics) expect(table).toContain(`${topic.iptc}`);
    expect(run('entities').stdout.split('\n')).toHaveLength(new Set(articles.flatMap((a) => a.entities.map((e) => e.id))).size + 3);
  });

  it('gives the corpus overview with stats, as text and as JSON', () => {
    const text = run('stats').stdout;
    expect(text).toContain(`5 articles, 2021-07-22 to 2025-10-09; ${entities.length} entities`);
    expect(text).toMatch(/Topics by year\ntopic +2021 +2022 +2023 +2024 +2025 +total/);
    const json = JSON.parse(run('stats', '--format', 'json').stdout) as { articlesByYear: Record<string, number> };
    expect(json.articlesByYear).toEqual({ 2021: 1, 2022: 2, 2023: 0, 2024: 0, 2025: 2 });
  });

  it('exports every format to a file or to stdout, after the filters', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-'));
    const out = path.join(folder, 'two.parquet');
    const written = run('export', '--format', 'parquet', '--from', '2025-01-01', '--out', out);
    expect(written.stderr).toBe(`Wrote 2 articles to ${out}\n`);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    expect(run('export', '--format', 'ndjson', '--topic', 'migration').stdout).toBe(toNdjson(query(articles, { topics: 'migration' })));
    expect(run('export', '--format', 'csv', '--bom').stdout.startsWith('\uFEFFid,')).toBe(true);
    expect(JSON.parse(run('export', '--format', 'jsonld').stdout)['@graph']).toHaveLength(5);
  });

  it.each([
    [['list', '--from', 'garbage'], /^ru-tj-news: Invalid from date "garbage": expected /],
    [['list', '--entity', 'Zzyzx'], /^ru-tj-news: Unknown entity "Zzyzx".*\nRun 'ru-tj-news entities' to list them all\.\n$/],
    [['list', '--entity', 'Rahmun'], /Did you mean "Rahmon"\?/],
    [['list', '--topic', 'migrashun'], /^ru-tj-news: Unknown topic "migrashun"/],
    [['list', '--frm', '2020'], /^ru-tj-news: Unknown option "--frm" for list: .* Did you mean "--from"\?/],
    [['list', '--format', 'xml'], /^ru-tj-news: Invalid --format "xml": expected table, json, ndjson, csv/],
    [['list', '--match', 'some'], /^ru-tj-news: Invalid --match "some": expected any, all/],
    [['list', '--format', 'csv', '--fields', 'titel'], /Unknown field "titel".*Did you mean "title"\?/],
    [['entities', '--type', 'people'], /Invalid entity type "people"/],
    [['show', 'no-such-article'], /^ru-tj-news: Unknown article id "no-such-article"/],
    [['show'], /Expected exactly one article id/],
    [['export'], /Expected --format csv, ndjson, jsonld or parquet/],
    [['stats', 'extra'], /Unexpected argument "extra"/],
    [['lst'], /^ru-tj-news: Unknown command "lst": expected one of list, show/],
  ] as const)('rejects %o with one clear line and exit code 2, no stack trace', (args, message) => {
    const { stdout, stderr, status } = run(...args);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    expect(stdout).toBe('');
    expect(status).toBe(2);
  });

  it('exits 1 on a runtime error, such as a file it cannot write', () => {
    const { stderr, status } = run('export', '--format', 'csv', '--out', path.join(ROOT, 'no-such-folder', 'x.csv'));
    expect(stderr).toMatch(/^ru-tj-news: ENOENT/);
    expect(status).toBe(1);
  });

  it('runs stats on the shipped corpus as npm start', () => {
    const result = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe(run('stats').stdout);
    expect(result.status).toBe(0);
  });
});
