/**
 * The command line on a user's files: `--data`, `--entities` and `--topics`
 * on every command, in every form (a .json array, NDJSON, stdin), and every
 * way the input can be bad. Run in this process through `main`, with files in
 * a temporary folder and stdin from the test.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parquetMetadata } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  buildArticle,
  datasetVersion,
  entities,
  type Entity,
  toNdjson,
  type Topic,
  topics,
} from '../../src/index.js';
import { runMain } from '../support/cliIo.js';

const folder = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-cli-data-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Writes `text` to a file of the temporary folder, and returns its path. */
function file(name: string, text: string | Uint8Array): string {
  const at = path.join(folder, name);
  writeFileSync(at, text);
  return at;
}

/** A deep copy of the shipped articles, for a test to change. */
const copy = (): Article[] => JSON.parse(JSON.stringify(articles)) as Article[];

/** The bytes of a file, as the ArrayBuffer that hyparquet reads. */
const toArrayBuffer = (bytes: Buffer): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** `records` as a pretty-printed JSON array, as an editor would keep it. */
const jsonArray = (records: readonly unknown[]): string => `${JSON.stringify(records, null, 2)}\n`;

const ndjson = file('articles.ndjson', toNdjson(articles));
const json = file('articles.json', jsonArray(articles));

describe('--data', () => {
  const COMMANDS = [
    ['list', '--format', 'json'],
    ['list', '--entity', 'Lavrov', '--search', 'روسيا'],
    ['show', articles[2]!.id],
    ['entities', '--type', 'person'],
    ['topics', '--format', 'json'],
    ['export', '--format', 'jsonld'],
    ['export', '--format', 'csv', '--from', '2025-01-01'],
  ] as const;
  const FORMS = [
    ['an NDJSON file', [ndjson], ''],
    ['a JSON array', [json], ''],
    ['NDJSON on stdin', ['-'], toNdjson(articles)],
    ['a JSON array on stdin', ['-'], jsonArray(articles)],
  ] as const;

  describe.each(FORMS)('from %s', (_form, value, stdin) => {
    it.each(COMMANDS.map((argv) => [argv.join(' '), argv] as const))(
      'gives `%s` the answer it gives on the shipped corpus',
      async (_command, argv) => {
        const shipped = await runMain(argv);
        const given = await runMain([...argv, '--data', ...value], { stdin });
        expect(shipped.status).toBe(0);
        expect(given).toEqual(shipped);
      },
    );

    it('gives stats the same overview, named after the input', async () => {
      const shipped = JSON.parse((await runMain(['stats', '--format', 'json'])).stdout) as Record<string, unknown>;
      const given = JSON.parse(
        (await runMain(['stats', '--format', 'json', '--data', ...value], { stdin })).stdout,
      ) as Record<string, unknown>;
      expect(given).toEqual({ ...shipped, dataset: value[0] === '-' ? '<stdin>' : value[0] });
      expect((await runMain(['stats', '--data', ...value], { stdin })).stdout.split('\n')[0]).toBe(
        value[0] === '-' ? '<stdin>' : value[0],
      );
    });
  });

  it.each([
    ['skips blank lines and reads CRLF line ends', `\n${toNdjson(articles).replaceAll('\n', '\r\n\r\n')}  \n`],
    ['skips a byte order mark', `\uFEFF${toNdjson(articles)}`],
    ['reads a last line without a newline', toNdjson(articles).trimEnd()],
  ] as const)('%s in NDJSON', async (_name, text) => {
    const expected = (await runMain(['list', '--format', 'ndjson'])).stdout;
    expect((await runMain(['list', '--format', 'ndjson', '--data', file('lines.ndjson', text)])).stdout).toBe(expected);
    expect((await runMain(['list', '--format', 'ndjson', '--data', '-'], { stdin: text })).stdout).toBe(expected);
  });

  it.each([
    ['an array after white space and a byte order mark', `\uFEFF \n\t${jsonArray(articles)}`],
    ['an array on one line', JSON.stringify(articles)],
  ] as const)('reads stdin that starts with [ as %s', async (_name, text) => {
    expect((await runMain(['list', '--format', 'ndjson', '--data', '-'], { stdin: text })).stdout).toBe(
      toNdjson(articles),
    );
  });

  it.each(['.JSON', '.jsonl', '.NDJSON'] as const)('takes the extension %s, whatever its case', async (extension) => {
    const text = extension === '.JSON' ? jsonArray(articles) : toNdjson(articles);
    const { stdout, status } = await runMain(['topics', '--data', file(`records${extension}`, text)]);
    expect(status).toBe(0);
    expect(stdout).toBe((await runMain(['topics'])).stdout);
  });

  it.each([
    ['an empty NDJSON file', 'empty.ndjson', ''],
    ['an empty JSON array', 'empty.json', '[]'],
  ] as const)('reads %s as no articles', async (_name, name, text) => {
    const { stdout, status } = await runMain(['stats', '--data', file(name, text)]);
    expect(status).toBe(0);
    expect(stdout.split('\n')[1]).toBe(`0 articles; ${entities.length} entities, 0 mentions; ${topics.length} topics`);
    expect((await runMain(['list', '--data', file(name, text)])).stdout).toMatch(/\n0 of 0 articles\n$/);
  });
});

describe('--data with ids and files of its own', () => {
  const renamed = copy().map((article, index) => ({ ...article, id: ['one', 'two', 'three', 'four', 'five'][index]! }));
  const data = file('short-ids.ndjson', toNdjson(renamed));

  it.each([
    ['tw', /Unknown article id "tw": .* Did you mean "two"\?/],
    ['zzz', /^ru-tj-news: Unknown article id "zzz": expected one of the ids that `ru-tj-news list` prints\n/],
  ] as const)('suggests, for the unknown id %s, only an id that holds it', async (id, message) => {
    const { stderr, status } = await runMain(['show', id, '--data', data]);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });

  it('shows an article of the data by its own id', async () => {
    const { stdout, status } = await runMain(['show', 'three', '--format', 'json', '--data', data]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(renamed[2]);
  });

  it.each([
    ['the shipped corpus', [], { 'ru-tj-news.datasetVersion': datasetVersion.id }],
    ['records of --data', ['--data', data], {}],
  ] as const)('names the dataset version in the Parquet metadata only for %s', async (_name, flags, keyValues) => {
    const out = path.join(folder, `export-${flags.length}.parquet`);
    expect((await runMain(['export', '--format', 'parquet', '--out', out, ...flags])).status).toBe(0);
    const metadata = parquetMetadata(toArrayBuffer(readFileSync(out)));
    expect(Number(metadata.num_rows)).toBe(articles.length);
    expect(metadata.key_value_metadata ?? []).toEqual(
      Object.entries(keyValues).map(([key, value]) => ({ key, value })),
    );
  });

  it.each([
    ['without --normalized', [], []],
    ['with --normalized', ['--normalized'], ['titleNormalized', 'bodyNormalized']],
  ] as const)('writes the normalized-text columns last, and only %s', async (_name, flags, added) => {
    const plain = path.join(folder, 'export-plain.parquet');
    const out = path.join(folder, `export-normalized-${flags.length}.parquet`);
    expect((await runMain(['export', '--format', 'parquet', '--out', plain, '--data', data])).status).toBe(0);
    expect((await runMain(['export', '--format', 'parquet', '--out', out, ...flags, '--data', data])).status).toBe(0);
    const columns = (bytes: Buffer): string[] =>
      parquetMetadata(toArrayBuffer(bytes))
        .schema.slice(1)
        .filter((element) => element.repetition_type !== 'REPEATED' && element.name !== 'element')
        .map((element) => element.name);
    expect(columns(readFileSync(out))).toEqual([...columns(readFileSync(plain)), ...added]);
  });
});

describe('--entities and --topics', () => {
  // Lavrov and the migration topic under ids that the shipped registries lack.
  const renamedEntities: Entity[] = entities.map((entity) =>
    entity.id === 'sergey-lavrov' ? { ...entity, id: 'lavrov-s', name: { ...entity.name, en: 'S. Lavrov' } } : entity,
  );
  const renamedTopics: Topic[] = topics.map((topic) =>
    topic.id === 'migration' ? { ...topic, id: 'labour-migration' } : topic,
  );
  const records = copy().map((article) => ({
    ...article,
    entities: article.entities.map((entry) => (entry.id === 'sergey-lavrov' ? { ...entry, id: 'lavrov-s' } : entry)),
    quotations: (article.quotations ?? []).map((said) =>
      said.speaker === 'sergey-lavrov' ? { ...said, speaker: 'lavrov-s' } : said,
    ),
    topics: article.topics.map((id) => (id === 'migration' ? 'labour-migration' : id)),
    topicEvidence: Object.fromEntries(
      Object.entries(article.topicEvidence).map(([id, quotes]) => [
        id === 'migration' ? 'labour-migration' : id,
        quotes,
      ]),
    ),
  }));
  const data = file('renamed.ndjson', toNdjson(records));
  const registries = [
    '--entities',
    file('entities.json', jsonArray(renamedEntities)),
    '--topics',
    file('topics.ndjson', toNdjson(renamedTopics)),
  ];

  it('answers with the registries given: their ids, names and labels', async () => {
    const people = JSON.parse(
      (await runMain(['entities', '--format', 'json', '--data', data, ...registries])).stdout,
    ) as {
      id: string;
      name: { en: string };
    }[];
    expect(people.find((row) => row.id === 'lavrov-s')?.name.en).toBe('S. Lavrov');
    expect(people.some((row) => row.id === 'sergey-lavrov')).toBe(false);
    const listed = (await runMain(['topics', '--format', 'json', '--data', data, ...registries])).stdout;
    expect(listed).toContain('"id": "labour-migration"');
    const graph = (await runMain(['export', '--format', 'jsonld', '--data', data, ...registries])).stdout;
    expect(graph).toContain('"S. Lavrov"');
    expect(graph).not.toContain('"Sergey Lavrov"');
  });

  it('resolves --entity and --topic against them', async () => {
    const selected = async (argv: readonly string[]) =>
      (
        JSON.parse(
          (await runMain(['list', '--format', 'json', '--data', data, ...registries, ...argv])).stdout,
        ) as Article[]
      ).map((article) => article.id);
    expect(await selected(['--entity', 'lavrov-s'])).toEqual(['2022-09-14-lavrov-model-partnership-alliance']);
    expect(await selected(['--topic', 'labour-migration'])).toEqual([
      '2025-10-09-russia-tajikistan-joint-statement-military-cooperation',
    ]);
  });

  it('names the data flags in the hint for an unknown --entity', async () => {
    const { stderr, status } = await runMain(['list', '--data', data, ...registries, '--entity', 'Zzyzx']);
    expect(stderr).toMatch(/^ru-tj-news: Unknown entity "Zzyzx"/);
    expect(stderr).toContain(`Run 'ru-tj-news entities --data ${data} ${registries.join(' ')}' to list them all.\n`);
    expect(status).toBe(2);
  });

  it.each([
    ['entities', 'lavrov-s', 'entities[0].id', '--entities <file>', 'registry'],
    ['topics', 'labour-migration', 'topics[', '--topics <file>', 'vocabulary'],
  ] as const)(
    'without --%s, refuses a record that names %s, and says to pass the registry',
    async (flag, id, path, pass, what) => {
      const others = flag === 'entities' ? registries.slice(2) : registries.slice(0, 2);
      const { stdout, stderr, status } = await runMain(['stats', '--data', data, ...others]);
      const index = records.findIndex((record) => JSON.stringify(record).includes(`"${id}"`));
      expect(stderr).toContain(`ru-tj-news: ${data}:${index + 1}: Invalid record at articles[${index}].${path}`);
      expect(stderr).toContain(`"${id}"`);
      expect(stderr).toContain(`The shipped ${what} has no`);
      expect(stderr).toContain(`pass ${pass} with the ${what} your records use.`);
      expect(stdout).toBe('');
      expect(status).toBe(1);
    },
  );
});

describe('--missing-space', () => {
  // Invented test text: "the president" and "Moscow" run together, as a source may print them.
  const text = 'وصل الرئيسموسكو أمس.';
  const credit = 'المصدر: وكالة المثال';
  const record = buildArticle(
    {
      id: '2024-03-12-missing-space',
      title: 'عنوان',
      titleBasis: 'editorial',
      body: text,
      publishedAt: '2024-03-12',
      date: { precision: 'day', basis: 'stated', evidence: credit },
      furniture: [{ kind: 'source-credit', text: credit }],
      chain: [{ role: 'agency', name: 'وكالة المثال', en: 'Example Agency', basis: 'stated', evidence: credit }],
      en: { title: 'Title', summary: 'Invented test text.' },
      topics: [],
      topicEvidence: {},
    },
    { entities, topics, missingSpaces: ['الرئيس|موسكو'] },
  );
  const joined = file('missing-space.ndjson', toNdjson([record]));

  it('gives createCorpus the places where the texts run two words together, as buildArticle was given them', async () => {
    expect(record.entities.map((entity) => entity.id)).toEqual(['moscow']);
    const without = await runMain(['list', '--format', 'json', '--data', joined]);
    expect(without.stderr).toMatch(/starts inside the word/);
    expect(without.status).toBe(1);
    const given = await runMain(['list', '--format', 'json', '--data', joined, '--missing-space', 'الرئيس|موسكو']);
    expect(given.stderr).toBe('');
    expect((JSON.parse(given.stdout) as Article[]).map((article) => article.id)).toEqual([record.id]);
    const repeated = await runMain([
      'list',
      '--format',
      'json',
      '--data',
      joined,
      '--missing-space',
      'الوفد|بوتين',
      '--missing-space',
      'الرئيس|موسكو',
    ]);
    expect(repeated.stdout).toBe(given.stdout);
  });

  it.each([
    [
      'without --data',
      ['list', '--missing-space', 'الرئيس|موسكو'],
      /^ru-tj-news: --missing-space tells where the texts of --data run two words together: pass --data <file> too\n/,
    ],
    [
      'with no bar',
      ['list', '--data', joined, '--missing-space', 'الرئيسموسكو'],
      /^ru-tj-news: Invalid --missing-space "الرئيسموسكو": expected two words joined by one "\|"/,
    ],
  ] as const)('refuses --missing-space %s, as a usage error', async (_name, argv, message) => {
    const { stdout, stderr, status } = await runMain(argv);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(status).toBe(2);
  });
});

describe('bad input', () => {
  const lines = toNdjson(articles).trimEnd().split('\n');
  const badDate = copy();
  badDate[2] = { ...badDate[2]!, publishedAt: '29/06/2022' };
  // Two blank lines before the bad record: its line is 5, its index 2.
  const badNdjson = file('bad-date.ndjson', `${lines[0]}\n\n${lines[1]}\n\n${JSON.stringify(badDate[2])}\n`);
  const badJson = file('bad-date.json', jsonArray(badDate));
  /** The line (from 1) where each item of a pretty-printed array starts. */
  const itemLines = (text: string): number[] =>
    text.split('\n').flatMap((line, index) => (line === '  {' ? [index + 1] : []));
  const badJsonLine = itemLines(jsonArray(badDate))[2]!;
  const badEntities = entities.map((entity, index) => (index === 3 ? { ...entity, type: 'planet' } : entity));
  const entitiesLine = itemLines(jsonArray(badEntities))[3]!;
  const unreadable = file('unreadable.ndjson', lines[0]!);
  chmodSync(unreadable, 0o000);
  mkdirSync(path.join(folder, 'folder.json'));
  // Root reads any file, whatever its mode.
  const root = process.getuid?.() === 0;

  const CASES = [
    ['no value for --data', ['--data'], '', 2, /^ru-tj-news: Option '--data <value>' argument missing\n/],
    ['an empty --data', ['--data', ''], '', 2, /^ru-tj-news: Invalid --data "": expected a \.json file/],
    [
      'an extension it does not read',
      ['--data', 'records.csv'],
      '',
      2,
      /^ru-tj-news: Invalid --data "records\.csv": expected a \.json file \(an array of records\), an \.ndjson or \.jsonl file \(one per line\), or - for stdin\n/,
    ],
    [
      'a file that is not there',
      ['--data', path.join(folder, 'missing.ndjson')],
      '',
      1,
      /^ru-tj-news: Cannot read --data ".*missing\.ndjson": no such file\n$/,
    ],
    ['a folder', ['--data', path.join(folder, 'folder.json')], '', 1, /: it is a folder, not a file\n$/],
    ...(root ? [] : ([['a file it may not read', ['--data', unreadable], '', 1, /: permission denied\n$/]] as const)),
    [
      'bad JSON on a line of NDJSON',
      ['--data', file('bad-json.ndjson', `${lines[0]}\n${lines[1]!.slice(0, -1)}\n`)],
      '',
      1,
      new RegExp(`bad-json\\.ndjson:2:${lines[1]!.length}: Invalid JSON: Expected ',' or '}' after property value`),
    ],
    [
      'a JSON array that is cut short',
      ['--data', file('cut.json', jsonArray(articles).slice(0, -4))],
      '',
      1,
      /cut\.json:\d+:\d+: Invalid JSON: /,
    ],
    [
      'NDJSON in a .json file',
      ['--data', file('lines.json', toNdjson(articles))],
      '',
      1,
      /lines\.json:2:1: Invalid JSON: Unexpected non-whitespace character after JSON.*\. For one record per line, name the file \.ndjson\n$/,
    ],
    [
      'a JSON object in a .json file',
      ['--data', file('object.json', JSON.stringify(articles[0]))],
      '',
      1,
      /object\.json: Expected a JSON array of records, got an object\n$/,
    ],
    [
      'a record that fails the schema, in NDJSON',
      ['--data', badNdjson],
      '',
      1,
      /bad-date\.ndjson:5: Invalid record at articles\[2\]\.publishedAt:\n✖ [\s\S]*→ at publishedAt\n$/,
    ],
    [
      'a record that fails the schema, in a JSON array',
      ['--data', badJson],
      '',
      1,
      new RegExp(`bad-date\\.json:${badJsonLine}: Invalid record at articles\\[2\\]\\.publishedAt:\\n✖ `),
    ],
    [
      'a line that is not UTF-8',
      ['--data', file('latin1.ndjson', Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from([0x7b, 0xe9, 0x7d])]))],
      '',
      1,
      /latin1\.ndjson:2: Not valid UTF-8: expected text encoded as UTF-8\n$/,
    ],
    [
      'a record that repeats an id',
      ['--data', file('twice.ndjson', `${lines[0]}\n${lines[1]}\n${lines[0]}\n`)],
      '',
      1,
      /twice\.ndjson:3: Invalid record at articles\[2\]\.id:\n✖ Duplicate article id/,
    ],
    [
      'an entity that fails its schema',
      ['--data', ndjson, '--entities', file('bad-entities.json', jsonArray(badEntities))],
      '',
      1,
      new RegExp(`bad-entities\\.json:${entitiesLine}: Invalid record at entities\\[3\\]\\.type:\\n✖ `),
    ],
    [
      'a topic vocabulary that repeats an id',
      ['--data', ndjson, '--topics', file('twice-topics.ndjson', toNdjson([...topics, topics[1]!]))],
      '',
      1,
      new RegExp(
        `twice-topics\\.ndjson:${topics.length + 1}: Invalid record at topics\\[${topics.length}\\]\\.id:\\n✖ Duplicate id`,
      ),
    ],
    [
      'no value for --entities',
      ['--data', ndjson, '--entities'],
      '',
      2,
      /Option '--entities <value>' argument missing/,
    ],
    ['no value for --topics', ['--data', ndjson, '--topics'], '', 2, /Option '--topics <value>' argument missing/],
    [
      'an --entities file that is not there',
      ['--data', ndjson, '--entities', path.join(folder, 'missing.json')],
      '',
      1,
      /^ru-tj-news: Cannot read --entities ".*missing\.json": no such file\n$/,
    ],
    [
      'bad JSON in --topics',
      ['--data', ndjson, '--topics', file('bad-topics.json', '[{"id": "x",]')],
      '',
      1,
      /bad-topics\.json:1:13: Invalid JSON: /,
    ],
    [
      'a bad entity on stdin',
      ['--data', ndjson, '--entities', '-'],
      jsonArray(badEntities),
      1,
      new RegExp(`^ru-tj-news: <stdin>:${entitiesLine}: Invalid record at entities\\[3\\]\\.type:`),
    ],
    [
      '--entities without --data',
      ['--entities', file('e.json', jsonArray(entities))],
      '',
      2,
      /^ru-tj-news: --entities gives the registry of the records of --data: pass --data <file> too/,
    ],
    ['--topics without --data', ['--topics', 'topics.json'], '', 2, /^ru-tj-news: --topics gives the registry/],
    [
      'stdin for two inputs',
      ['--data', '-', '--topics', '-'],
      toNdjson(articles),
      2,
      /^ru-tj-news: Only one input can read stdin: --data - and --topics -\n/,
    ],
    [
      'a bad record on stdin',
      ['--data', '-'],
      `${lines[0]}\n${JSON.stringify(badDate[2])}\n`,
      1,
      /^ru-tj-news: <stdin>:2: Invalid record at articles\[1\]\.publishedAt:/,
    ],
    [
      'a JSON array on stdin that is cut short',
      ['--data', '-'],
      '[{"id": 1}',
      1,
      /^ru-tj-news: <stdin>:1:11: Invalid JSON: /,
    ],
  ] as const;

  it.each(CASES)(
    'reports %s, writes nothing to stdout, and exits with its code',
    async (_name, flags, stdin, code, message) => {
      for (const command of [['stats'], ['list', '--format', 'ndjson'], ['export', '--format', 'csv']]) {
        const { stdout, stderr, status } = await runMain([...command, ...flags], { stdin });
        expect(stderr).toMatch(message);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(stdout).toBe('');
        expect(status).toBe(code);
      }
    },
  );

  it('writes no --out file when the input is bad', async () => {
    const out = path.join(folder, 'never.csv');
    const { status } = await runMain(['export', '--format', 'csv', '--out', out, '--data', badNdjson]);
    expect(status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('checks the other flags before it reads any data', async () => {
    // stdin holds a bad record, which would be reported if it were read first.
    const stdin = `${JSON.stringify(badDate[2])}\n`;
    for (const argv of [
      ['list', '--format', 'xml'],
      ['list', '--from', '2022'],
      ['entities', '--type', 'people'],
      ['export', '--format', 'jsonld', '--bom'],
      ['export', '--format', 'csv', '--normalized'],
      ['show', 'x', '--format', 'yaml'],
    ]) {
      const { stderr, status } = await runMain([...argv, '--data', '-'], { stdin });
      expect(stderr).not.toContain('<stdin>');
      expect(status).toBe(2);
    }
  });
});
