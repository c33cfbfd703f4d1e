/** `ru-tj-news events`: its filters, its formats, and --events with --data. Run in this process through `main`. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

import { eventsCommand } from '../../src/cli/commands/events.js';
import { HELP_INDENT } from '../../src/cli/wrap.js';
import { articles, events, eventsOf, type NewsEvent, toNdjson } from '../../src/index.js';
import { EVENT_TYPE_CAMEO } from '../../src/internal/args/vocabulary.js';
import { runMain } from '../support/cliIo.js';
import { fixtureArticles, fixtureEvents } from '../support/eventFixture.js';

const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-events-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Writes `text` to a file of the temporary folder, and returns its path. */
function file(name: string, text: string): string {
  const at = path.join(folder, name);
  writeFileSync(at, text);
  return at;
}

const ids = (list: readonly NewsEvent[]): string[] => list.map((event) => event.id);
/** The ids of the rows of a table that the command printed, less its header, rule and count line. */
const tableIds = (stdout: string): string[] =>
  stdout
    .split('\n')
    .slice(2, -2)
    .map((line) => line.split(/\s+/)[0] ?? '');

describe('ru-tj-news events', () => {
  it.each([
    [[], {}],
    [['--type', 'talks'], { type: 'talks' }],
    [['--participant', 'رحمون', '--to', '2022-12-31'], { participant: 'رحمون', to: '2022-12-31' }],
    [['--place', 'Dushanbe', '--status', 'announced'], { place: 'Dushanbe', status: 'announced' }],
    [['--from', '2025-10-09', '--to', '2025-10-09'], { from: '2025-10-09', to: '2025-10-09' }],
    [['--from', '1759968000000'], { from: 1_759_968_000_000 }],
  ] as const)('lists, for %j, the events eventsOf selects with the same filters', async (argv, options) => {
    const expected = eventsOf(articles, options);
    expect(expected.length).toBeGreaterThan(0);
    const json = await runMain(['events', ...argv, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(ids(JSON.parse(json.stdout) as NewsEvent[])).toEqual(ids(expected));
    const table = await runMain(['events', ...argv]);
    expect(tableIds(table.stdout)).toEqual(ids(expected));
    expect(table.stdout.endsWith(`${expected.length} of ${events.length} events\n`)).toBe(true);
  });

  it('writes one event record per line as ndjson', async () => {
    const { stdout, status } = await runMain(['events', '--format', 'ndjson', '--type', 'signing']);
    expect(status).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(eventsOf(articles, { type: 'signing' }));
  });

  it('writes csv that a CSV reader parses back into the events, with the CAMEO code of each type', async () => {
    const { stdout, status } = await runMain(['events', '--format', 'csv']);
    expect(status).toBe(0);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows = parse<Record<string, string>>(stdout, { columns: true });
    expect(rows.map((row) => row['id'])).toEqual(ids(events));
    for (const [index, event] of events.entries()) {
      const row = rows[index]!;
      expect(row['cameo']).toBe(EVENT_TYPE_CAMEO[event.type]?.code ?? '');
      expect(row['date']).toBe(event.date.value);
      expect(row['description']).toBe(event.description);
      expect(row['participants']?.split(';').filter(Boolean)).toEqual(event.participants.map((p) => p.entity));
      expect(row['articles']?.split(';')).toEqual([...new Set(event.mentions.map((mention) => mention.article))]);
    }
  });

  it('names every CSV column in its help, in the order the csv writes them', async () => {
    const header = (await runMain(['events', '--format', 'csv'])).stdout.split('\r\n')[0]!; // a CSV always has its header row
    const help = eventsCommand.help.replaceAll(`\n${' '.repeat(HELP_INDENT)}`, ' ');
    expect(help).toContain(`one row per event: ${header.split(',').join(', ')};`);
  });

  it.each([
    [['--type', 'visits'], /Invalid event type "visits".*Did you mean "visit"\?/],
    [['--status', 'planned'], /Invalid event status "planned"/],
    [['--from', '2024'], /Invalid --from "2024".*write --from 2024-01-01/],
    [['--format', 'xml'], /Invalid --format "xml": expected table, json, ndjson, csv/],
    [['--participant', 'Rahmun'], /Unknown entity "Rahmun".*Did you mean "Rahmon"\?/],
    [['--events', 'events.json'], /--events gives the event registry of the records of --data: pass --data <file> too/],
  ] as const)('refuses %j as a usage error, before writing anything', async (argv, message) => {
    const { stdout, stderr, status } = await runMain(['events', ...argv]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('ru-tj-news events --data', () => {
  const data = file('fixture.json', JSON.stringify(fixtureArticles));
  const ownEvents = fixtureEvents.filter((event) => event.id !== 'event-of-another-article');

  it.each([
    ['a JSON array', 'events.json', JSON.stringify(ownEvents)],
    ['NDJSON', 'events.ndjson', ownEvents.map((event) => JSON.stringify(event)).join('\n')],
  ] as const)(
    'reads the events of --events, as %s, checked against the records of --data',
    async (_what, name, text) => {
      const { stdout, status } = await runMain([
        'events',
        '--format',
        'json',
        '--type',
        'talks',
        '--data',
        data,
        '--events',
        file(name, text),
      ]);
      expect(status).toBe(0);
      expect(ids(JSON.parse(stdout) as NewsEvent[])).toEqual(['talks-dushanbe-2022-06-28-in-a-and-b']);
    },
  );

  it('reads --events with NDJSON records of --data too', async () => {
    const { stdout, status } = await runMain([
      'events',
      '--format',
      'json',
      '--data',
      file('fixture.ndjson', toNdjson(fixtureArticles)),
      '--events',
      file('own.json', JSON.stringify(ownEvents)),
    ]);
    expect(status).toBe(0);
    expect(ids(JSON.parse(stdout) as NewsEvent[])).toEqual(ids(ownEvents));
  });

  it('says, for records without an event registry, how to give one', async () => {
    const { stdout, status } = await runMain(['events', '--data', data]);
    expect(status).toBe(0);
    expect(stdout).toContain('0 of 0 events (the records of --data come with no event registry: pass --events <file>)');
  });

  it('names the file and line of an event whose mention points outside the records', async () => {
    const text = `${JSON.stringify(fixtureEvents, null, 2)}\n`;
    const { stdout, stderr, status } = await runMain(['events', '--data', data, '--events', file('bad.json', text)]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const line = text.split('\n').findIndex((row) => row.includes('"event-of-another-article"'));
    // The message names the line where the event's object starts, just before its id.
    expect(stderr).toContain(`bad.json:${line}: Invalid record at events[5].mentions[0].article:`);
  });

  it('names the file and line of an event that fails its schema', async () => {
    const bad = ownEvents.map((event, index) => (index === 1 ? { ...event, status: 'planned' } : event));
    const { stderr, status } = await runMain([
      'events',
      '--data',
      data,
      '--events',
      file('schema.ndjson', bad.map((event) => JSON.stringify(event)).join('\n')),
    ]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/schema\.ndjson:2: Invalid record at events\[1\]\.status:/);
  });
});
