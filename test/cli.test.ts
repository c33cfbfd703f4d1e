/**
 * The command line, run the way a user runs it: the built bin (dist/cli.js,
 * which `npm test` builds first) in a child process; and, for the terminal's
 * width, `main` itself with an Io that says it writes to a terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { displayWidth } from '../src/cli/table.js';
import {
  articles,
  datasetVersion,
  entities,
  filterByEntity,
  type Query,
  query,
  type SearchHit,
  searchHits,
  toNdjson,
  topics,
} from '../src/index.js';
import { runMain, type RunResult } from './support/cliIo.js';
import { rawFileOf, readText, ROOT } from './support/corpus.js';

const BIN = `${ROOT}dist/cli.js`;

function run(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Runs `main` in this process, writing to a terminal of `columns` or, without them, to a pipe. */
async function runIn(argv: readonly string[], columns?: number): Promise<RunResult> {
  return await runMain(argv, { columns });
}

/** The rows of a piped table: the lines under the header and its rule, split into cells at runs of two or more spaces. */
function tableRows(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const rule = lines.findIndex((line) => line.startsWith('─'));
  const end = lines.findIndex((line, index) => index > rule && line.trim() === '');
  return lines.slice(rule + 1, end === -1 ? undefined : end).map((line) => line.trim().split(/ {2,}/));
}

/** Queries of each kind: words, a phrase, a prefix, an exclusion, English, and an entity's other spelling. */
const SEARCHES = ['القاعدة العسكرية', '"القاعدة العسكرية"', 'طاجيك*', 'التعاون -افغانستان', 'military base', 'رحمن'];

/** SGR bold and reverse video on, and off: how a table marks a search match on a terminal. */
const HIGHLIGHT = /\u001B\[1;7m(.*?)\u001B\[22;27m/gu; // eslint-disable-line no-control-regex -- ESC is what it finds

/** Complete ANSI control sequences (CSI), which a terminal does not show. */
const CONTROL_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]/g; // eslint-disable-line no-control-regex -- ESC is what it finds

/** `text` on one line, as a table cell shows it: each run of white space one space. */
const oneLine = (text: string): string => text.replaceAll(/\s+/g, ' ').trim();

/** The text of a field of a hit's article. */
const fieldText = (hit: SearchHit, field: SearchHit['matches'][number]['field']): string =>
  field === 'title' || field === 'body'
    ? hit.article[field]
    : hit.article.en[field === 'en.title' ? 'title' : 'summary'];

/** The text a match spans. */
const matchText = (hit: SearchHit, match: SearchHit['matches'][number]): string =>
  fieldText(hit, match.field).slice(match.start, match.end);

/** Linux's default pipe capacity: a writer must wait for the reader after this many unread bytes. */
const PIPE_CAPACITY = 65_536;

describe('ru-tj-news', () => {
  it.each(['list', 'show', 'entities', 'topics', 'stats', 'quotes', 'timeline', 'figures', 'export', 'build'])(
    'prints help for %s with --help, and exits 0',
    (command) => {
      const { stdout, stderr, status } = run(command, '--help');
      expect(stdout).toContain(`Usage: ru-tj-news ${command}`);
      expect(stderr).toBe('');
      expect(status).toBe(0);
    },
  );

  it('prints the package and dataset versions with --version', () => {
    expect(run('--version')).toEqual({
      stdout: `ru-tj-news ${datasetVersion.version} (dataset ${datasetVersion.id}, ${datasetVersion.contentHash})\n`,
      stderr: '',
      status: 0,
    });
  });

  it('lists the commands without arguments, as a usage error', () => {
    const { stdout, status } = run();
    expect(stdout).toMatch(/Commands:\n {2}list +List articles/);
    expect(status).toBe(2);
  });

  it('lists the filtered articles as a table, with the Arabic title last under --lang ar', () => {
    const { stdout, status } = run('list', '--entity', 'رحمن', '--lang', 'ar');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +date +outlet +entities +title$/);
    expect(lines.slice(2, -1)).toHaveLength(3);
    for (const [index, article] of filterByEntity(articles, 'رحمن').entries()) {
      expect(lines[index + 2]?.endsWith(article.title)).toBe(true);
    }
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
    const rows = parse<Record<string, string>>(run('list', '--format', 'csv', '--fields', 'id,publishedAt').stdout, {
      columns: true,
    });
    expect(rows).toEqual(articles.map((article) => ({ id: article.id, publishedAt: article.publishedAt })));
  });

  it('shows one article: metadata, summary, Arabic text, entities and topics', () => {
    const article = articles[1]!;
    const { stdout, status } = run('show', article.id);
    for (const part of [
      article.en.title,
      article.title,
      article.en.summary,
      article.body,
      rawFileOf(article).sha256,
      ...article.topics,
      ...article.entities.map((e) => e.id),
    ]) {
      expect(stdout).toContain(part);
    }
    expect(status).toBe(0);
    expect(JSON.parse(run('show', article.id, '--format', 'json').stdout)).toEqual(article);
  });

  it('lists entities with counts, filtered by type, and topics with IPTC codes', () => {
    const people = JSON.parse(run('entities', '--type', 'person', '--format', 'json').stdout) as {
      id: string;
      type: string;
      articles: number;
    }[];
    expect(people.every((row) => row.type === 'person')).toBe(true);
    expect(people[0]).toMatchObject({ id: 'emomali-rahmon', articles: 3, mentions: 10 });
    const table = run('topics').stdout;
    for (const topic of topics) {
      expect(table).toContain(`${topic.iptc}`);
    }
    expect(run('entities').stdout.split('\n')).toHaveLength(
      new Set(articles.flatMap((a) => a.entities.map((e) => e.id))).size + 3,
    );
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
    expect(run('export', '--format', 'ndjson', '--topic', 'migration').stdout).toBe(
      toNdjson(query(articles, { topics: 'migration' })),
    );
    expect(run('export', '--format', 'csv', '--bom').stdout.startsWith('\uFEFFid,')).toBe(true);
    const graph = JSON.parse(run('export', '--format', 'jsonld').stdout) as { '@graph': unknown[] };
    expect(graph['@graph']).toHaveLength(5);
  });

  it.each([
    [
      ['list', '--from', 'garbage'],
      /^ru-tj-news: Invalid --from "garbage": expected YYYY-MM-DD, an ISO date-time with an offset such as 2025-10-09T10:51:00Z, or epoch milliseconds \(12 or more digits, such as 1700000000000\)\.\n/,
    ],
    [['list', '--from', '2022'], /: expected YYYY-MM-DD, .* For the year 2022, write --from 2022-01-01\.\n/],
    [['list', '--to', '2022'], /For the year 2022, write --to 2022-12-31\./],
    [
      ['list', '--to', '1700000000'],
      /^ru-tj-news: Invalid --to "1700000000": expected .*epoch milliseconds \(12 or more digits/,
    ],
    [
      ['export', '--format', 'csv', '--to', '99999999999999999'],
      /^ru-tj-news: Invalid --to "99999999999999999": expected YYYY-MM-DD/,
    ],
    [['list', '--from', '2022-02-30'], /^ru-tj-news: Invalid --from "2022-02-30": expected YYYY-MM-DD/],
    [
      ['list', '--from', '2022-06-29T10:00:00'],
      /^ru-tj-news: Invalid --from "2022-06-29T10:00:00": expected YYYY-MM-DD/,
    ],
    [
      ['list', '--from', '1700000000000', '--to', '2022-01-01'],
      /^ru-tj-news: Invalid date range: from 1700000000000 is later than to "2022-01-01"/,
    ],
    [
      ['list', '--entity', 'Zzyzx'],
      /^ru-tj-news: Unknown entity "Zzyzx".*\nRun 'ru-tj-news entities' to list them all\.\n$/,
    ],
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

describe('ru-tj-news --data, run as a user runs it', () => {
  it.each([
    ['NDJSON', toNdjson(articles)],
    ['a JSON array', JSON.stringify(articles)],
  ] as const)('reads %s piped to stdin with --data -', (_name, input) => {
    const result = spawnSync(process.execPath, [BIN, 'list', '--format', 'ndjson', '--data', '-'], {
      cwd: ROOT,
      encoding: 'utf8',
      input,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(toNdjson(articles));
    expect(result.status).toBe(0);
  });

  it('reads a file redirected to stdin, and a file named by --data', () => {
    const shipped = run('stats', '--format', 'json').stdout;
    const redirected = spawnSync(
      'bash',
      ['-c', '"$@" < data/articles.ndjson', 'bash', process.execPath, BIN, 'stats', '--format', 'json', '--data', '-'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(redirected.stdout)).toEqual({ ...JSON.parse(shipped), dataset: '<stdin>' });
    expect(JSON.parse(run('stats', '--format', 'json', '--data', 'data/articles.json').stdout)).toEqual({
      ...JSON.parse(shipped),
      dataset: 'data/articles.json',
    });
  });

  it('reports a bad record by file and line with its issues, writes nothing, and exits 1', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-'));
    const file = path.join(folder, 'bad.ndjson');
    const records = toNdjson(articles).split('\n');
    records[3] = JSON.stringify({ ...articles[3], titleBasis: 'guessed' });
    writeFileSync(file, records.join('\n'));
    const { stdout, stderr, status } = run('list', '--data', file);
    expect(stderr).toMatch(new RegExp(`^ru-tj-news: ${file}:4: Invalid record at articles\\[3\\]\\.titleBasis:\n✖ `));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
    expect(status).toBe(1);
  });
});

describe('ru-tj-news in a pipe', () => {
  // The output must be more than the pipe holds, or the bin could write it all and never meet the closed end.
  it.each([
    ['export', '--format', 'jsonld'],
    ['list', '--format', 'json'],
  ])('exits 0, silently, when `%s %s %s | head -c 10` closes the pipe early', (...args) => {
    expect(Buffer.byteLength(run(...args).stdout)).toBeGreaterThan(PIPE_CAPACITY + 10);
    // bash's PIPESTATUS gives the bin's exit code, not head's.
    const result = spawnSync(
      'bash',
      ['-c', '"$@" | head -c 10; exit "${PIPESTATUS[0]}"', 'bash', process.execPath, BIN, ...args],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 0, silently, when the reader closes the pipe before reading anything', async () => {
    const args = ['export', '--format', 'jsonld'];
    expect(Buffer.byteLength(run(...args).stdout)).toBeGreaterThan(PIPE_CAPACITY);
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('ru-tj-news --from and --to', () => {
  it.each([
    [['--from', '1700000000000'], { from: 1_700_000_000_000 }],
    [['--to', '1656460800000'], { to: 1_656_460_800_000 }],
    [['--from', '1656460800000', '--to', '1663200000000'], { from: 1_656_460_800_000, to: 1_663_200_000_000 }],
    [
      ['--from', '2022-06-29T00:00:00Z', '--to', '1663200000000'],
      { from: '2022-06-29T00:00:00Z', to: 1_663_200_000_000 },
    ],
  ] as const)('reads all digits as epoch milliseconds: %o selects what query selects with %o', (flags, q) => {
    const { stdout, stderr, status } = run('list', ...flags, '--format', 'json');
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(query(articles, q));
    expect(status).toBe(0);
  });

  it('selects the same articles for an instant as epoch milliseconds and as an ISO date-time', () => {
    for (const instant of [1_656_460_800_000, 1_663_200_000_000, 1_760_007_060_000]) {
      const iso = new Date(instant).toISOString();
      expect(run('list', '--to', String(instant), '--format', 'ndjson').stdout).toBe(
        run('list', '--to', iso, '--format', 'ndjson').stdout,
      );
    }
  });

  it('names, in its help, the forms it accepts', () => {
    const help = run('list', '--help').stdout;
    for (const form of [
      'YYYY-MM-DD',
      'an ISO date-time with an offset',
      'epoch',
      'milliseconds, written as 12 or more digits',
    ]) {
      expect(help).toContain(form);
    }
  });
});

describe('ru-tj-news list', () => {
  it('gives each article its id, which show takes', () => {
    const { stdout } = run('list');
    const rows = tableRows(stdout);
    expect(rows.pop()).toEqual([`${articles.length} of ${articles.length} articles`]);
    expect(rows.map((cells) => cells[0])).toEqual(articles.map((article) => article.id));
    for (const [id] of rows) {
      const shown = run('show', id ?? '');
      expect(shown.status).toBe(0);
      expect(shown.stdout).toContain(`id         ${id}\n`);
    }
  });

  it.each([
    [{ text: 'التعاون' }, []],
    [{ text: 'افغانستان' }, []],
    [{ text: 'روسيا طاجيكستان' }, []],
    [{ text: 'القاعدة' }, []],
    [{ text: 'الهجرة' }, []],
    [{ text: 'التعاون', from: '2025-01-01' }, ['--from', '2025-01-01']],
    [{ text: 'روسيا', entities: 'Putin' }, ['--entity', 'Putin']],
  ] as const)('with --search, ranks as query(articles, %o) and shows each score, highest first', (q: Query, flags) => {
    const { stdout, stderr, status } = run('list', '--search', q.text ?? '', ...flags);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id +date +outlet +entities +score +title +snippet$/);
    const rows = tableRows(stdout).slice(0, -1);
    const expected = query(articles, q);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((cells) => cells[0])).toEqual(expected.map((article) => article.id));
    const scores = rows.map((cells) => Number(cells[4]));
    expect(scores.every((score) => score > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The score shown is the one the library ranked by: BM25 over the whole corpus, whatever the other filters.
    const byId = new Map(searchHits(articles, q.text ?? '').map(({ article, score }) => [article.id, score]));
    expect(rows.map((cells) => cells[4])).toEqual(expected.map((article) => byId.get(article.id)?.toFixed(2)));
  });

  it.each(SEARCHES)("with --search %s, shows the words around each hit's first match, plain through a pipe", (text) => {
    const { stdout } = run('list', '--search', text);
    expect(stdout).not.toContain('\u001B');
    const rows = tableRows(stdout).slice(0, -1);
    const hits = searchHits(articles, text);
    expect(rows.map((cells) => cells[0])).toEqual(hits.map((hit) => hit.article.id));
    rows.forEach((cells, index) => {
      const hit = hits[index]!;
      const [first] = hit.matches;
      expect(first).toBeDefined();
      // The snippet is the field's own text, on one line, and holds the first match whole.
      expect(oneLine(fieldText(hit, first!.field))).toContain(cells[6]);
      expect(cells[6]).toContain(oneLine(matchText(hit, first!)));
    });
  });

  it('with --search, writes json, ndjson and csv as the records, without a score, in rank order', () => {
    const ranked = query(articles, { text: 'التعاون' });
    expect(ranked.map((article) => article.id)).not.toEqual(
      articles.filter((article) => ranked.includes(article)).map((article) => article.id),
    );
    expect(JSON.parse(run('list', '--search', 'التعاون', '--format', 'json').stdout)).toEqual(ranked);
    expect(run('list', '--search', 'التعاون', '--format', 'ndjson').stdout).toBe(toNdjson(ranked));
    const rows = parse<Record<string, string>>(run('list', '--search', 'التعاون', '--format', 'csv').stdout, {
      columns: true,
    });
    expect(rows.map((row) => row.id)).toEqual(ranked.map((article) => article.id));
    // The search matches articles (checked above), so there is a first row.
    expect(Object.keys(rows[0]!)).not.toContain('score');
  });
});

describe('ru-tj-news tables and the terminal', () => {
  const COMMANDS = ['list', 'list --lang ar', 'list --search التعاون', 'entities', 'topics'] as const;
  // A search table has three columns more than the ids and dates: a score, a title and a snippet.
  const WIDTHS = [
    ['list', 120],
    ['list --lang ar', 120],
    ['list --search التعاون', 160],
    ['entities', 120],
    ['topics', 120],
  ] as const;

  it.each(WIDTHS)(
    'fits `%s` to a terminal of %i columns, cutting names and titles with …',
    async (command, columns) => {
      const argv = command.split(' ');
      const piped = (await runIn(argv)).stdout.split('\n');
      expect(Math.max(...piped.map(displayWidth))).toBeGreaterThan(columns);
      const { stdout, status } = await runIn(argv, columns);
      expect(status).toBe(0);
      const lines = stdout.split('\n');
      expect(Math.max(...lines.map(displayWidth))).toBe(columns);
      expect(stdout).toContain('…');
      // The same rows, in the same order, with the ids whole.
      expect(tableRows(stdout).map((cells) => cells[0])).toEqual(tableRows(piped.join('\n')).map((cells) => cells[0]));
    },
  );

  it.each([
    [`show ${articles[3]!.id}`, 'Entities', 80],
    [`show ${articles[3]!.id}`, 'Topics', 60],
    ['stats', 'Top entities', 60],
  ] as const)(
    'fits the %s table under "%s" to %i columns, and leaves the prose around it to the terminal',
    async (command, title, columns) => {
      const argv = command.split(' ');
      const section = (stdout: string) => stdout.split(`\n${title}\n`)[1]?.split('\n\n')[0]?.split('\n') ?? [];
      const piped = (await runIn(argv)).stdout;
      const { stdout } = await runIn(argv, columns);
      expect(Math.max(...section(piped).map(displayWidth))).toBeGreaterThan(columns);
      expect(section(stdout)).toHaveLength(section(piped).length);
      expect(Math.max(...section(stdout).map(displayWidth))).toBe(columns);
      // Prose is not a table: the summary and the body stay whole.
      if (command.startsWith('show')) {
        expect(stdout).toContain(articles[3]!.body);
      }
    },
  );

  it('cuts titles and outlets to 10 before it cuts an id, and keeps ids whole while they fit', async () => {
    const idWidth = Math.max(...articles.map((article) => article.id.length));
    // id, date (10), outlet (cut to 10), entities (8, a count: never cut), title (cut to 10), and four gaps of 2.
    const narrowest = idWidth + 10 + 10 + 8 + 10 + 4 * 2;
    const { stdout } = await runIn(['list'], narrowest);
    const rows = tableRows(stdout).slice(0, -1);
    expect(rows.map((cells) => cells[0])).toEqual(articles.map((article) => article.id));
    expect(stdout.split('\n')[1]?.split('  ').map(displayWidth)).toEqual([idWidth, 10, 10, 8, 10]);
    rows.forEach((cells, index) => {
      const article = articles[index]!;
      for (const [cell = '', whole] of [
        // The schema requires a source chain of at least one party.
        [cells[2], article.source.chain.at(-1)!.en],
        [cells[4], article.en.title],
      ] as const) {
        expect(displayWidth(cell)).toBeLessThanOrEqual(10);
        expect(cell === whole || (cell.endsWith('…') && whole.startsWith(cell.slice(0, -1)))).toBe(true);
      }
    });
  });

  it.each([80, 60, 40])(
    'fits `list` to a terminal of %i columns, cutting even ids as a last resort',
    async (columns) => {
      const { stdout } = await runIn(['list'], columns);
      const table = stdout.split('\n').slice(0, articles.length + 2);
      expect(Math.max(...table.map(displayWidth))).toBeLessThanOrEqual(columns);
      const ids = tableRows(stdout)
        .slice(0, -1)
        .map((cells) => cells[0] ?? '');
      ids.forEach((cell, index) => {
        const id = articles[index]!.id;
        expect(cell === id || (cell.endsWith('…') && id.startsWith(cell.slice(0, -1)))).toBe(true);
      });
      expect(ids.some((cell) => cell.endsWith('…'))).toBe(true);
    },
  );

  it.each(COMMANDS)('never cuts `%s` when stdout is not a terminal, whatever the columns say', async (command) => {
    const argv = command.split(' ');
    const { stdout } = await runMain(argv, { stdoutIsTerminal: false, columns: 40 });
    expect(stdout).toBe((await runIn(argv)).stdout);
    expect(stdout).not.toContain('…');
  });

  it.each(SEARCHES)('highlights each match of --search %s in bold reverse video on a terminal', async (text) => {
    const argv = ['list', '--search', text];
    // Wide enough that nothing is cut, so the table is the one a pipe gets, with styles.
    const { stdout } = await runIn(argv, 1000);
    expect(stdout.replaceAll(CONTROL_SEQUENCES, '')).toBe((await runIn(argv)).stdout);
    const hits = searchHits(articles, text);
    const lines = stdout.split('\n').slice(2, 2 + hits.length);
    lines.forEach((line, index) => {
      const hit = hits[index]!;
      const highlighted = Array.from(line.matchAll(HIGHLIGHT), (match) => match[1]);
      expect(highlighted.length).toBeGreaterThan(0);
      // Each highlight is one of the hit's match spans, whole.
      const spans = new Set(hit.matches.map((match) => oneLine(matchText(hit, match))));
      for (const span of highlighted) {
        expect(spans).toContain(span);
      }
    });
  });

  it.each(SEARCHES)('styles nothing for --search %s when NO_COLOR is set, even on a terminal', async (text) => {
    const argv = ['list', '--search', text];
    const { stdout } = await runMain(argv, { columns: 1000, noColor: true });
    expect(stdout).not.toContain('\u001B');
    expect(stdout).toBe((await runIn(argv)).stdout);
  });

  it.each([160, 120, 100, 80, 60])(
    'cuts a highlighted search table to %i columns as the plain one, never inside a style',
    async (columns) => {
      for (const text of SEARCHES) {
        const argv = ['list', '--search', text];
        const styled = (await runIn(argv, columns)).stdout.split('\n');
        const plain = (await runMain(argv, { columns, noColor: true })).stdout.split('\n');
        expect(styled.map((line) => line.replaceAll(CONTROL_SEQUENCES, ''))).toEqual(plain);
        expect(Math.max(...plain.map(displayWidth))).toBeLessThanOrEqual(columns);
        for (const line of styled) {
          // No part of an escape is left outside a whole sequence, and no style runs on past the line.
          expect(line.replaceAll(CONTROL_SEQUENCES, '')).not.toContain('\u001B');
          const on = line.lastIndexOf('\u001B[1;7m');
          expect(on === -1 || line.indexOf('\u001B[22;27m', on) !== -1 || line.indexOf('\u001B[0m', on) !== -1).toBe(
            true,
          );
        }
      }
    },
  );

  it('never cuts piped output of the bin: every name and title is whole', () => {
    const listed = run('list').stdout + run('list', '--lang', 'ar').stdout;
    for (const article of articles) {
      expect(listed).toContain(article.en.title);
      expect(listed).toContain(article.title);
    }
    const named = run('entities').stdout;
    for (const entity of entities.filter((candidate) =>
      articles.some((article) => article.entities.some((entry) => entry.id === candidate.id)),
    )) {
      expect(named).toContain(`${entity.name.en}  `);
      expect(named).toContain(entity.name.ar);
    }
    expect(named).not.toContain('…');
  });
});

describe('the README on the command line', () => {
  it('shows what each example prints on a terminal 160 columns wide, or through a pipe', async () => {
    const block =
      readText('README.md').split('\n## Command line\n')[1]?.split('```console\n')[1]?.split('\n```')[0] ?? '';
    const examples = block.split(/\n\n(?=\$ )/);
    let checked = 0;
    for (const example of examples) {
      const [command = '', ...shown] = example.split('\n');
      const words = (command.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"(.*)"$/, '$1'));
      expect(words.slice(0, 3)).toEqual(['$', 'npx', 'ru-tj-news']);
      const pipe = words.indexOf('|');
      const argv = words.slice(3, pipe === -1 ? undefined : pipe);
      // An example that writes a file is left out, so that the test writes none.
      if (argv.includes('--out')) {
        continue;
      }
      // Piped into head, the output is not on the terminal, and so not cut.
      // The README shows no styles: a reader with NO_COLOR set sees exactly this.
      const { stdout, stderr } = await runMain(argv, { columns: pipe === -1 ? 160 : undefined, noColor: true });
      const lines = `${stdout}${stderr}`.trimEnd().split('\n');
      // The one pipe the README shows is `| head -<n>`.
      expect(pipe === -1 || words[pipe + 1] === 'head').toBe(true);
      expect(pipe === -1 ? lines : lines.slice(0, Number(words[pipe + 2]?.slice(1)))).toEqual(shown);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
