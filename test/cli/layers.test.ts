/**
 * The commands of the annotation layers (`quotes`, `timeline`, `figures`) and
 * `export --table`, run in this process through `main` on records with layers
 * (--data), and on the shipped corpus, where they answer as the library does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';

import { displayWidth } from '../../src/cli/table.js';
import { articles, corpus, entities, quantities, quotations, timeline, toCsv, toNdjson } from '../../src/index.js';
import { toParquet } from '../../src/parquet.js';
import { runMain } from '../support/cliIo.js';
import { LAYERED, TRADE, VISIT } from '../support/layeredFixtures.js';

const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-layers-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const data = path.join(folder, 'layered.ndjson');
writeFileSync(data, toNdjson(LAYERED));

/** Runs a command on the records with layers. */
const onData = (...argv: string[]) => runMain([...argv, '--data', data]);

/** The rows of a piped table: the lines under the header and its rule, down to the first blank line or the count, split into cells. */
function tableRows(stdout: string): string[][] {
  const lines = stdout.trimEnd().split('\n');
  const rule = lines.findIndex((line) => line.startsWith('─'));
  return lines.slice(rule + 1, -1).map((line) => line.trim().split(/ {2,}/));
}

/** The text of a JSON output, read back. */
const parsed = (stdout: string): unknown => JSON.parse(stdout);

describe('ru-tj-news quotes', () => {
  it('lists every quotation as quotations() does: article, speaker, kind and the quoted words', async () => {
    const { stdout, stderr, status } = await onData('quotes');
    expect([status, stderr]).toEqual([0, '']);
    expect(tableRows(stdout)).toEqual(
      quotations(LAYERED).map((entry) => [entry.article, entry.speaker, entry.kind, entry.text]),
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${quotations(LAYERED).length} quotations in 3 articles`);
  });

  it.each([
    ['an id', 'sergey-lavrov'],
    ['an English name', 'Sergey Lavrov'],
    ['an Arabic alias', 'لافروف'],
  ] as const)('keeps one speaker, given by %s', async (_name, speaker) => {
    const { stdout, status } = await onData('quotes', '--speaker', speaker, '--format', 'json');
    expect(status).toBe(0);
    expect(parsed(stdout)).toEqual(quotations(LAYERED, { speaker: 'sergey-lavrov' }));
  });

  it('writes json as quotations() returns it, and csv and ndjson as the quotations table of export', async () => {
    expect(parsed((await onData('quotes', '--format', 'json')).stdout)).toEqual(quotations(LAYERED));
    expect((await onData('quotes', '--format', 'csv')).stdout).toBe(toCsv(LAYERED, { table: 'quotations' }));
    expect((await onData('quotes', '--format', 'ndjson')).stdout).toBe(toNdjson(LAYERED, { table: 'quotations' }));
  });

  it('writes only the rows of the speaker asked for, with the columns of the table', async () => {
    const { stdout } = await onData('quotes', '--speaker', 'kremlin', '--format', 'ndjson');
    const all = toNdjson(LAYERED, { table: 'quotations' }).trimEnd().split('\n');
    expect(stdout.trimEnd().split('\n')).toEqual(all.filter((line) => line.includes('"speaker":"kremlin"')));
  });

  it('refuses an unknown speaker as a usage error, with the closest name and where to list them', async () => {
    const { stdout, stderr, status } = await onData('quotes', '--speaker', 'Lavrow');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Did you mean "Lavrov"?');
    expect(stderr).toContain(`Run 'ru-tj-news entities --data ${data}' to list them all.`);
  });

  it('answers on the shipped corpus as the shipped corpus does', async () => {
    const { stdout, status } = await runMain(['quotes', '--format', 'json']);
    expect(status).toBe(0);
    expect(parsed(stdout)).toEqual(corpus.quotations());
  });

  it('fits a terminal, cutting the quoted words with …, and keeps the ids whole', async () => {
    const piped = (await onData('quotes')).stdout;
    const { stdout } = await runMain(['quotes', '--data', data], { columns: 100 });
    expect(Math.max(...piped.split('\n').map(displayWidth))).toBeGreaterThan(100);
    expect(Math.max(...stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
    expect(stdout).toContain('…');
    expect(tableRows(stdout).map((cells) => cells.slice(0, 3))).toEqual(
      tableRows(piped).map((cells) => cells.slice(0, 3)),
    );
  });
});

describe('ru-tj-news timeline', () => {
  it('lists the dated time expressions earliest first, as timeline() does, with their kind', async () => {
    const { stdout, status } = await onData('timeline');
    expect(status).toBe(0);
    expect(tableRows(stdout)).toEqual(
      timeline(LAYERED, { events: [] }).map((entry) => [
        entry.firstDay,
        entry.lastDay,
        entry.kind,
        entry.value,
        entry.basis,
        ...(entry.kind === 'event' ? [] : [entry.article, entry.text]),
      ]),
    );
  });

  it('merges the shipped events with the dates on the shipped corpus, an event with its articles, id, type and status', async () => {
    const { stdout, status } = await runMain(['timeline', '--to', '1999-12-31']);
    expect(status).toBe(0);
    const expected = corpus.timeline({ to: '1999-12-31' });
    expect(expected.some((entry) => entry.kind === 'event')).toBe(true);
    expect(tableRows(stdout)).toEqual(
      expected.map((entry) => [
        entry.firstDay,
        entry.lastDay,
        entry.kind,
        entry.value,
        entry.basis,
        ...(entry.kind === 'event'
          ? [entry.articles.join(' '), `${entry.id} (${entry.type}, ${entry.status})`]
          : [entry.article, entry.text.replaceAll(/\s+/g, ' ')]),
      ]),
    );
    const events = expected.filter((entry) => entry.kind === 'event').length;
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `${events} events and ${expected.length - events} dated time expressions in ${articles.length} articles`,
    );
  });

  it.each([
    ['event', 'event'],
    ['time-expression', 'time-expression'],
  ] as const)('keeps one kind with --kind %s, as timeline() does with kinds', async (flag, kind) => {
    const { stdout, status } = await runMain(['timeline', '--kind', flag, '--format', 'json']);
    expect(status).toBe(0);
    expect(parsed(stdout)).toEqual(corpus.timeline({ kinds: [kind] }));
  });

  it('writes an event in csv and ndjson with its kind, days, value, basis, id, type, status and articles', async () => {
    const { stdout } = await runMain(['timeline', '--kind', 'event', '--format', 'ndjson']);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const entries = corpus.timeline({ kinds: ['event'] });
    expect(
      rows.map((row) => [
        row['kind'],
        row['firstDay'],
        row['lastDay'],
        row['value'],
        row['event'],
        row['articles'],
        row['text'],
      ]),
    ).toEqual(
      entries.map((entry) => [
        'event',
        entry.firstDay,
        entry.lastDay,
        entry.value,
        entry.kind === 'event' ? entry.id : undefined,
        entry.kind === 'event' ? entry.articles.join(' ') : undefined,
        null,
      ]),
    );
    const csv = (await runMain(['timeline', '--kind', 'event', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(csv).toHaveLength(entries.length + 1);
    expect(csv[0]!.startsWith('kind,article,')).toBe(true);
  });

  it.each([
    [['--from', '2022-01-01'], { from: '2022-01-01' }],
    [['--to', '2021-12-31'], { to: '2021-12-31' }],
    [
      ['--from', '2025-10-08T12:00:00Z', '--to', '2025-10-08T13:00:00Z'],
      { from: '2025-10-08T12:00:00Z', to: '2025-10-08T13:00:00Z' },
    ],
    [['--from', '1700000000000'], { from: 1_700_000_000_000 }],
  ] as const)('keeps the dates that overlap %j', async (flags, range) => {
    const { stdout, status } = await onData('timeline', ...flags, '--format', 'json');
    expect(status).toBe(0);
    expect(parsed(stdout)).toEqual(timeline(LAYERED, range));
  });

  it('writes csv and ndjson as rows of the time_expressions table, in timeline order', async () => {
    const csv = (await onData('timeline', '--format', 'csv')).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      `kind,${toCsv(LAYERED, { table: 'time_expressions' }).split('\r\n')[0]},event,type,status,articles`,
    );
    const rows = (await onData('timeline', '--format', 'ndjson')).stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { value: string; firstDay: string });
    expect(rows.map((row) => row.value)).toEqual(timeline(LAYERED).map((entry) => entry.value));
    expect(csv).toHaveLength(rows.length + 1);
  });

  it.each([
    [['--from', '2022'], /^ru-tj-news: Invalid --from "2022": .* For the year 2022, write --from 2022-01-01\.\n/],
    [['--from', '2023-01-01', '--to', '2022-01-01'], /^ru-tj-news: Invalid date range/],
    [['--format', 'text'], /^ru-tj-news: Invalid --format "text": expected table, json, csv, ndjson\n/],
    [['--kind', 'events'], /^ru-tj-news: Invalid --kind "events": expected event, time-expression\n/],
  ] as const)('refuses %j as a usage error, before reading any data', async (flags, message) => {
    const { stdout, stderr, status } = await runMain([
      'timeline',
      ...flags,
      '--data',
      path.join(folder, 'missing.ndjson'),
    ]);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });
});

describe('ru-tj-news figures', () => {
  it('lists the amounts as quantities() does, the value right-aligned in base units', async () => {
    const { stdout, status } = await onData('figures');
    expect(status).toBe(0);
    expect(tableRows(stdout)).toEqual(
      quantities(LAYERED).map((entry) =>
        [
          entry.article,
          entry.measure,
          String(entry.value),
          entry.unit,
          entry.comparator ?? '',
          entry.period ?? '',
          entry.subject ?? '',
          entry.text,
        ].filter((cell) => cell !== ''),
      ),
    );
  });

  it.each([
    [['--measure', 'trade-volume'], { measure: 'trade-volume' }],
    [['--unit', 'RUB'], { unit: 'RUB' }],
    [['--measure', 'trade-growth', '--unit', 'percent'], { measure: 'trade-growth', unit: 'percent' }],
  ] as const)('keeps the amounts of %j', async (flags, options) => {
    const { stdout, status } = await onData('figures', ...flags, '--format', 'json');
    expect(status).toBe(0);
    const expected = quantities(LAYERED, options);
    expect(parsed(stdout)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('writes csv and ndjson as the quantities table of export', async () => {
    expect((await onData('figures', '--format', 'csv')).stdout).toBe(toCsv(LAYERED, { table: 'quantities' }));
    expect((await onData('figures', '--format', 'ndjson')).stdout).toBe(toNdjson(LAYERED, { table: 'quantities' }));
  });

  it.each([
    [['--unit', 'usd'], 'Did you mean "USD"?'],
    [['--measure', 'trade-volum'], 'Did you mean "trade-volume"?'],
  ] as const)(
    'refuses %j as a usage error that suggests the right value, before reading any data',
    async (flags, hint) => {
      const { stdout, stderr, status } = await runMain([
        'figures',
        ...flags,
        '--data',
        path.join(folder, 'missing.ndjson'),
      ]);
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr).toContain(hint);
    },
  );
});

describe('ru-tj-news export --table', () => {
  it.each(['quotations', 'time_expressions', 'quantities', 'entities'] as const)(
    'writes the %s table of the selected articles as toCsv and toNdjson write it',
    async (table) => {
      expect((await onData('export', '--format', 'csv', '--table', table)).stdout).toBe(
        toCsv(LAYERED, { table, entities }),
      );
      expect((await onData('export', '--format', 'ndjson', '--table', table, '--from', '2025-01-01')).stdout).toBe(
        toNdjson([VISIT], { table, entities }),
      );
    },
  );

  it('writes a Parquet table to a file, and says which table it wrote', async () => {
    const out = path.join(folder, 'quotations.parquet');
    const { stderr, status } = await onData(
      'export',
      '--format',
      'parquet',
      '--table',
      'quotations',
      '--out',
      out,
      '--to',
      '2022-12-31',
    );
    expect(status).toBe(0);
    expect(stderr).toBe(`Wrote the quotations table of 2 articles to ${out}\n`);
    const bytes = readFileSync(out);
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    const expected = await parquetReadObjects({
      file: toParquet([TRADE], { table: 'quotations', entities }).buffer as ArrayBuffer,
    });
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('writes the entities table of the shipped corpus with its registry', async () => {
    const { stdout, status } = await runMain(['export', '--format', 'csv', '--table', 'entities']);
    expect(status).toBe(0);
    expect(stdout).toBe(toCsv(articles, { table: 'entities', entities }));
  });

  it.each([
    [['--format', 'jsonld', '--table', 'quotations'], '--table applies to --format csv, ndjson and parquet'],
    [
      ['--format', 'parquet', '--table', 'quantities', '--normalized', '--out', 'x.parquet'],
      '--normalized applies to the articles table only',
    ],
    [
      ['--format', 'csv', '--table', 'quotes'],
      'Invalid --table "quotes": expected articles, quotations, time_expressions, quantities, entities',
    ],
  ] as const)('refuses %j as a usage error', async (flags, message) => {
    const { stdout, stderr, status } = await runMain(['export', ...flags]);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});
