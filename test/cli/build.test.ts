/**
 * `ru-tj-news build`: the unseen fixture (test/fixtures/unseen/, invented test
 * text) built through the command, which must give exactly the records that
 * test/support/unseen.ts builds with `buildArticle`; the report on stderr; and
 * every way its input can be bad. Run in this process through `main`, from the
 * repository's root, with files of its own in a temporary folder under tmp/
 * (a record's raw.file is relative to the current folder).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { type Article, buildArticle, findMentions, InvalidRecordError, toNdjson } from '../../src/index.js';
import { splitRawText } from '../../src/internal/build/rawText.js';
import { catchError } from '../support/catchError.js';
import { runMain } from '../support/cliIo.js';
import { ROOT } from '../support/corpus.js';
import { buildUnseen, UNSEEN, unseenMeta, unseenRegistry } from '../support/unseen.js';

mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
const folder = mkdtempSync(path.join(ROOT, 'tmp', 'build-test-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Writes `text` to a file of the temporary folder, and returns its path relative to the current folder. */
function file(name: string, text: string | Uint8Array): string {
  const at = path.join(folder, name);
  writeFileSync(at, text);
  return path.relative(process.cwd(), at);
}

const REGISTRY = ['--entities', `${UNSEEN}entities.json`, '--topics', `${UNSEEN}topics.json`] as const;
const META = ['--meta', `${UNSEEN}meta.json`] as const;
/** The fixture's raw files, in the order of meta.json, which is the order buildUnseen builds them in. */
const RAW = unseenMeta().map((meta) => `${UNSEEN}${meta.file}`);
const expected = buildUnseen();

/** The NDJSON of a run as plain objects. */
const records = (stdout: string): unknown[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);

/** The records as they read back from JSON. */
const plain = (articles: readonly Article[]): unknown[] => JSON.parse(JSON.stringify(articles)) as unknown[];

/** The report's block for `raw`: its lines, from its own first line to the next file's. */
function blockOf(stderr: string, raw: string): string[] {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${raw}: `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith(' '));
  return lines.slice(start, end);
}

/** The mentions line the report gives for counts by entity. */
const mentionsLine = (counts: readonly (readonly [string, number])[]): string =>
  `  mentions: ${counts.length === 0 ? 'none' : counts.map(([id, count]) => `${id} ×${count}`).join(', ')}`;

describe('ru-tj-news build', () => {
  it('builds the unseen fixture into exactly the records buildArticle builds from it', async () => {
    const { stdout, stderr, status } = await runMain(['build', ...RAW, ...REGISTRY, ...META]);
    expect(stderr).toMatch(/\n4 built, 0 failed\n$/);
    expect(status).toBe(0);
    expect(records(stdout)).toEqual(plain(expected.articles));
    expect(stdout).toBe(toNdjson(expected.articles));
  });

  it('reports for each file its title, mentions per entity, and the date read with its evidence', async () => {
    const { stderr } = await runMain(['build', ...RAW, ...REGISTRY, ...META]);
    expected.articles.forEach((article, index) => {
      const block = blockOf(stderr, RAW[index]!);
      const meta = unseenMeta()[index]!;
      expect(block[0]).toBe(`${RAW[index]}: built ${article.id}`);
      expect(block[1]).toBe(`  title: ${JSON.stringify(article.title)}`);
      expect(block[2]).toBe(mentionsLine(article.entities.map(({ id, mentions }) => [id, mentions.length])));
      const given = meta.date === undefined ? '' : ', as --meta gives it';
      expect(block[3]).toBe(
        `  date: ${article.publishedAt} (${article.date.precision}, ${article.date.basis}${given}): ${JSON.stringify(article.date.evidence)}`,
      );
      const rest = block.slice(4);
      expect(rest).toEqual([
        ...(article.date.corroboration === undefined
          ? []
          : [`    agreeing: ${article.date.corroboration.map((words) => JSON.stringify(words)).join(', ')}`]),
        ...(article.date.inference === undefined ? [] : [`    inference: ${article.date.inference}`]),
        ...(article.modifiedAt === undefined
          ? []
          : [`  modifiedAt: ${article.modifiedAt}: ${JSON.stringify(article.date.modifiedEvidence)}`]),
      ]);
    });
    // The fixture has a file of each kind: corroborated, given by --meta, and updated.
    expect(stderr).toContain('    agreeing: ');
    expect(stderr).toContain(', as --meta gives it): ');
    expect(stderr).toContain('  modifiedAt: ');
  });

  it('matches a --meta entry by the path given as well as by the file name, in NDJSON', async () => {
    const meta = unseenMeta().map((entry, index) => (index % 2 === 0 ? { ...entry, file: RAW[index]! } : entry));
    const { stdout, status } = await runMain([
      'build',
      ...RAW,
      ...REGISTRY,
      '--meta',
      file('paths.ndjson', toNdjson(meta)),
    ]);
    expect(status).toBe(0);
    expect(records(stdout)).toEqual(plain(expected.articles));
  });

  it('writes the records in the order of the files given', async () => {
    const { stdout, status } = await runMain(['build', ...[...RAW].reverse(), ...REGISTRY, ...META]);
    expect(status).toBe(0);
    expect(records(stdout)).toEqual(plain([...expected.articles].reverse()));
  });

  it('reports every field a file with no --meta entry lacks, writes no record, and exits 1', async () => {
    const text = readFileSync(`${UNSEEN}flood-agreement.txt`, 'utf8');
    const bare = file('bare.txt', text);
    const { stdout, stderr, status } = await runMain([
      'build',
      bare,
      RAW[0]!,
      ...REGISTRY,
      '--meta',
      `${UNSEEN}meta.json`,
    ]);
    // meta.json names three files that are not given: the entry of flood-agreement.txt is an error first.
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/meta\.json:\d+: file "flood-agreement\.txt" names no raw file given to build/);

    const run = await runMain(['build', bare, ...REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    // What buildArticle says of the same input, issue for issue.
    const input = { ...splitRawText(text, undefined), raw: { file: bare, text: readFileSync(bare) } };
    const error = catchError(() => buildArticle(input as never, unseenRegistry()));
    expect(error).toBeInstanceOf(InvalidRecordError);
    const { issues } = error as InvalidRecordError;
    const block = blockOf(run.stderr, bare);
    expect(block[0]).toBe(`${bare}: not built, ${issues.length} problems (no --meta entry names it)`);
    expect(block[1]).toBe(`  title: ${JSON.stringify(input.title)}`);
    // With no titleBasis, the title is not the source's: only the body is searched.
    const ids = findMentions(input.body, unseenRegistry().entities).map(({ id }) => id);
    expect(block[2]).toBe(mentionsLine([...new Set(ids)].map((id) => [id, ids.filter((one) => one === id).length])));
    expect(block.slice(4)).toEqual([
      '  to supply or fix:',
      ...issues.map((issue) => `    ${issue.path.join('.')}: ${issue.message}`),
    ]);
    for (const field of ['id', 'titleBasis', 'source.chain', 'en', 'topics', 'topicEvidence']) {
      expect(block).toContainEqual(
        expect.stringMatching(new RegExp(`^ {4}${field.replace('.', '\\.')}: Missing: supply`)),
      );
    }
    expect(run.stderr).toMatch(/\nru-tj-news: 0 built, 1 failed: no records written\n$/);
  });

  it('writes no record when one file of several fails, and says how many built', async () => {
    const bare = file('one-bare.txt', readFileSync(`${UNSEEN}trade-fair.txt`));
    const { stdout, stderr, status } = await runMain(['build', ...RAW, bare, ...REGISTRY, ...META]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/\nru-tj-news: 4 built, 1 failed: no records written\n$/);
  });

  it('finds a name after a place the text runs two words together only with --missing-space', async () => {
    const raw = file('joined.txt', 'عنوان\n\nوصل الوفدموسكو أمس.\n');
    const without = await runMain(['build', raw, ...REGISTRY]);
    const joined = await runMain(['build', raw, ...REGISTRY, '--missing-space', 'الوفد|موسكو']);
    expect(blockOf(without.stderr, raw)[2]).toBe(mentionsLine([]));
    expect(blockOf(joined.stderr, raw)[2]).toBe(mentionsLine([['moscow', 1]]));
  });

  it('writes --out only when every file builds', async () => {
    const out = path.join(folder, 'records.ndjson');
    const { stdout, stderr, status } = await runMain(['build', ...RAW, ...REGISTRY, ...META, '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/\n4 built, 0 failed; wrote 4 records to .*records\.ndjson\n$/);
    expect(readFileSync(out, 'utf8')).toBe(toNdjson(expected.articles));

    const never = path.join(folder, 'never.ndjson');
    const bare = file('out-bare.txt', readFileSync(`${UNSEEN}trade-fair.txt`));
    expect((await runMain(['build', bare, ...REGISTRY, '--out', never])).status).toBe(1);
    expect(existsSync(never)).toBe(false);
  });

  it('pipes into stats --data -, which reads the records as buildArticle built them', async () => {
    const built = await runMain(['build', ...RAW, ...REGISTRY, ...META]);
    const stats = (stdin: string) => runMain(['stats', '--format', 'json', '--data', '-', ...REGISTRY], { stdin });
    const piped = await stats(built.stdout);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe((await stats(toNdjson(expected.articles))).stdout);
    expect((JSON.parse(piped.stdout) as { articles: number }).articles).toBe(expected.articles.length);
  });
});

describe('ru-tj-news build on bad input', () => {
  const trade = RAW[0]!;
  const metaOf = (entries: readonly object[]) => toNdjson(entries);
  const tradeMeta = unseenMeta()[0]!;
  mkdirSync(path.join(folder, 'folder.txt'));
  const outside = path.join(mkdtempSync(path.join(tmpdir(), 'ru-tj-news-build-')), 'outside.txt');
  writeFileSync(outside, 'عنوان\n');

  const CASES = [
    ['no raw file', ['build', ...REGISTRY], '', 2, /^ru-tj-news: Expected one raw text file or more\n/],
    [
      'no --entities',
      ['build', trade, '--topics', `${UNSEEN}topics.json`],
      '',
      2,
      /^ru-tj-news: build needs --entities <file>: the entity registry/,
    ],
    [
      'no --topics',
      ['build', trade, '--entities', `${UNSEEN}entities.json`],
      '',
      2,
      /^ru-tj-news: build needs --topics <file>: the topic vocabulary/,
    ],
    [
      'an option build does not take',
      ['build', trade, ...REGISTRY, '--data', 'x.ndjson'],
      '',
      2,
      /^ru-tj-news: Unknown option "--data" for build: expected one of --entities, --topics, --meta, --missing-space, --out\./,
    ],
    [
      'a --meta file with an extension it does not read',
      ['build', trade, ...REGISTRY, '--meta', 'meta.yaml'],
      '',
      2,
      /^ru-tj-news: Invalid --meta "meta\.yaml": expected a \.json file/,
    ],
    [
      'a --missing-space that is not two words joined by |',
      ['build', trade, ...REGISTRY, '--missing-space', 'الوفد موسكو'],
      '',
      2,
      /^ru-tj-news: Invalid --missing-space "الوفد موسكو": expected two words joined by one "\|"/,
    ],
    [
      'stdin for two inputs',
      ['build', trade, '--entities', '-', '--topics', '-'],
      '[]',
      2,
      /^ru-tj-news: Only one input can read stdin: --entities - and --topics -\n/,
    ],
    [
      '- as a raw file',
      ['build', '-', ...REGISTRY],
      'عنوان',
      2,
      /^ru-tj-news: Invalid raw file "-": expected the path/,
    ],
    [
      'a raw file given twice',
      ['build', trade, `./${trade}`, ...REGISTRY],
      '',
      2,
      /^ru-tj-news: Raw file "\.\/test\/fixtures\/unseen\/trade-fair\.txt" is given twice/,
    ],
    [
      'a raw file outside the current folder',
      ['build', outside, ...REGISTRY],
      '',
      2,
      /^ru-tj-news: Raw file ".*outside\.txt" is outside the current folder: a record stores raw\.file relative to it/,
    ],
    [
      'a raw file that is not there',
      ['build', `${UNSEEN}missing.txt`, ...REGISTRY],
      '',
      1,
      /^ru-tj-news: Cannot read raw file "test\/fixtures\/unseen\/missing\.txt": no such file\n$/,
    ],
    [
      'a folder',
      ['build', path.relative(process.cwd(), path.join(folder, 'folder.txt')), ...REGISTRY],
      '',
      1,
      /^ru-tj-news: Cannot read raw file ".*folder\.txt": it is a folder, not a file\n$/,
    ],
    [
      'a raw file that is not UTF-8',
      [
        'build',
        file('latin1.txt', Buffer.concat([Buffer.from('عنوان\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9])])),
        ...REGISTRY,
      ],
      '',
      1,
      /^ru-tj-news: .*latin1\.txt:2: Not valid UTF-8: expected text encoded as UTF-8\n$/,
    ],
    [
      'a bad --entities file',
      ['build', trade, '--entities', file('bad-entities.ndjson', '{"id": "x"}\n'), '--topics', `${UNSEEN}topics.json`],
      '',
      1,
      /bad-entities\.ndjson:1: Invalid record at entities\[0\]/,
    ],
    [
      'a --meta line that is not JSON',
      ['build', trade, ...REGISTRY, '--meta', file('bad-json.ndjson', `${metaOf([tradeMeta])}{"file": \n`)],
      '',
      1,
      /bad-json\.ndjson:2:\d+: Invalid JSON/,
    ],
    [
      'a --meta line without file',
      ['build', trade, ...REGISTRY, '--meta', file('no-file.ndjson', metaOf([tradeMeta, { id: 'x' }]))],
      '',
      1,
      /no-file\.ndjson:2: Invalid record at meta\[1\]\.file:\n✖ Expected file, the raw file this entry is about, as a string/,
    ],
    [
      'a --meta entry that gives the title',
      ['build', trade, ...REGISTRY, '--meta', file('title.ndjson', metaOf([{ ...tradeMeta, title: 'x' }]))],
      '',
      1,
      /title\.ndjson:1: Invalid record at meta\[0\]\.title:\n✖ Unexpected title: the title is the first line of the raw file/,
    ],
    [
      'a --meta entry that names a file not given',
      ['build', trade, ...REGISTRY, ...META],
      '',
      1,
      /^ru-tj-news: test\/fixtures\/unseen\/meta\.json:\d+: file "flood-agreement\.txt" names no raw file given to build: expected one of "test\/fixtures\/unseen\/trade-fair\.txt", or its file name\n$/,
    ],
    [
      'two --meta entries for one file',
      ['build', trade, ...REGISTRY, '--meta', file('twice.ndjson', metaOf([tradeMeta, { ...tradeMeta, file: trade }]))],
      '',
      1,
      /twice\.ndjson:2: file ".*trade-fair\.txt" names "test\/fixtures\/unseen\/trade-fair\.txt", which the entry at line 1 names already/,
    ],
    [
      'a --meta file name that two raw files have',
      [
        'build',
        trade,
        file('trade-fair.txt', readFileSync(trade)),
        ...REGISTRY,
        '--meta',
        file('ambiguous.ndjson', metaOf([tradeMeta])),
      ],
      '',
      1,
      /ambiguous\.ndjson:1: file "trade-fair\.txt" is the name of more than one raw file given .*: write the path of the one it is about/,
    ],
    [
      'two files that build the same id',
      [
        'build',
        trade,
        file('copy.txt', readFileSync(trade)),
        ...REGISTRY,
        '--meta',
        file('same-id.ndjson', metaOf([tradeMeta, { ...tradeMeta, file: 'copy.txt' }])),
      ],
      '',
      1,
      /\nru-tj-news: .*copy\.txt: Invalid record at articles\[1\]\.id:\n✖ Duplicate article id[\s\S]*\n2 built, but they do not form one corpus: no records written\n$/,
    ],
  ] as const;

  it.each(CASES)(
    'reports %s, writes nothing to stdout, and exits with its code',
    async (_name, argv, stdin, code, message) => {
      const { stdout, stderr, status } = await runMain(argv, { stdin });
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
      expect(status).toBe(code);
    },
  );
});
