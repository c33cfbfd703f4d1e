import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { ROOT } from '../support/corpus.js';

const consumer = inject('consumer');

function node(file: string, source: string): unknown {
  const script = path.join(consumer, file);
  writeFileSync(script, source);
  const result = spawnSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

/** What each plain-JS consumer reports; both must see the same package. */
const EXPECTED = {
  filtered: 2,
  dataSubpath: 5,
  sameArticles: true,
  schemaTitles: ['Article', 'Entity', 'Topic'],
  versionMatches: true,
  rawHashMatches: true,
  typedError: true,
};

describe('the packed package, as plain Node consumers load it', () => {
  it('imports from an ES module, with the ./data, ./schema/*, ./data/raw/* and ./package.json subpaths', () => {
    const report = node(
      'esm.mjs',
      `
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InvalidDateError, articles, datasetVersion, filterByDate } from 'ru-tj-news';
import * as data from 'ru-tj-news/data';
import article from 'ru-tj-news/schema/article.json' with { type: 'json' };
import entity from 'ru-tj-news/schema/entity.json' with { type: 'json' };
import topic from 'ru-tj-news/schema/topic.json' with { type: 'json' };
import pkg from 'ru-tj-news/package.json' with { type: 'json' };

const first = articles[0];
const raw = readFileSync(fileURLToPath(import.meta.resolve('ru-tj-news/' + first.raw.file)));
let typedError = false;
try { filterByDate(articles, { from: 'garbage' }); } catch (error) { typedError = error instanceof InvalidDateError; }
console.log(JSON.stringify({
  filtered: filterByDate(articles, { from: '2025-01-01' }).length,
  dataSubpath: data.articles.length,
  sameArticles: data.articles === articles,
  schemaTitles: [article.title, entity.title, topic.title],
  versionMatches: datasetVersion.version === pkg.version,
  rawHashMatches: createHash('sha256').update(raw).digest('hex') === first.raw.sha256,
  typedError,
}));
`,
    );
    expect(report).toEqual(EXPECTED);
  });

  it('requires from a CommonJS script, with the same subpaths', () => {
    const report = node(
      'cjs.cjs',
      `
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { InvalidDateError, articles, datasetVersion, filterByDate } = require('ru-tj-news');
const data = require('ru-tj-news/data');
const pkg = require('ru-tj-news/package.json');

const first = articles[0];
const raw = readFileSync(require.resolve('ru-tj-news/' + first.raw.file));
let typedError = false;
try { filterByDate(articles, { from: 'garbage' }); } catch (error) { typedError = error instanceof InvalidDateError; }
console.log(JSON.stringify({
  filtered: filterByDate(articles, { from: '2025-01-01' }).length,
  dataSubpath: data.articles.length,
  sameArticles: data.articles === articles,
  schemaTitles: ['article', 'entity', 'topic'].map((name) => require('ru-tj-news/schema/' + name + '.json').title),
  versionMatches: datasetVersion.version === pkg.version,
  rawHashMatches: createHash('sha256').update(raw).digest('hex') === first.raw.sha256,
  typedError,
}));
`,
    );
    expect(report).toEqual(EXPECTED);
  });
});

// Compiles under the consumer's settings. Each @ts-expect-error is a promise
// of the types: tsc fails if the line it guards compiles.
const TYPED_CONSUMER = `
import { articles, corpus, filterByDate, filterByEntity, getTopic, searchArticles, type Article, type Entity, type EntityRef, type InvalidDateError, type UnknownTopicError } from 'ru-tj-news';
import { entities, type ShippedEntityId, type ShippedTopicId } from 'ru-tj-news/data';
import { toParquet, type ToParquetOptions } from 'ru-tj-news/parquet';

const recent: readonly Article[] = filterByDate(articles, { from: '2025-01-01' });
const people: readonly Entity[] = entities.filter((entity) => entity.type === 'person');
const hits: number = searchArticles(filterByEntity(recent, people.map((person) => person.id)), 'روسيا').length;
const refs: EntityRef[] = ['emomali-rahmon' satisfies ShippedEntityId, 'Putin'];
filterByEntity(articles, refs);
getTopic('migration' satisfies ShippedTopicId);
declare const failure: UnknownTopicError | InvalidDateError;
if (failure.name === 'UnknownTopicError') failure.suggestions.join();

// @ts-expect-error A name is a reference, not one of the shipped ids.
const notAnId: ShippedEntityId = 'Putin';

// @ts-expect-error The records are readonly.
articles[0]!.id = 'changed';
// @ts-expect-error The arrays are readonly.
articles.push(articles[0]!);
// @ts-expect-error A date bound is a Date, a string or a number.
filterByDate(articles, { from: true });

const parquetOptions: ToParquetOptions = { createdBy: 'a consumer', metadata: { source: 'test' } };
const bytes: Uint8Array = toParquet(recent, parquetOptions);
const later: Promise<Uint8Array> = corpus.toParquet(parquetOptions);
// @ts-expect-error Metadata values are strings.
toParquet(articles, { metadata: { rows: 5 } });
// @ts-expect-error A corpus answers with its own registries.
corpus.countByEntity({ entities });

export { bytes, hits, later };
`;

function typeCheck(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>): string {
  const folder = path.join(consumer, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, source] of Object.entries(files)) {
    writeFileSync(path.join(folder, file), source);
  }
  writeFileSync(
    path.join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        target: 'es2022',
        ...compilerOptions,
      },
    }),
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', folder], {
    cwd: folder,
    encoding: 'utf8',
  });
  return result.stdout + result.stderr;
}

describe('the packed package, as TypeScript consumers type-check it', () => {
  it('type-checks ESM and CommonJS files under moduleResolution nodenext', () => {
    const output = typeCheck(
      'nodenext',
      { module: 'nodenext', moduleResolution: 'nodenext', resolveJsonModule: true },
      {
        'consumer.mts': `${TYPED_CONSUMER}
import article from 'ru-tj-news/schema/article.json' with { type: 'json' };
export const title: string = article.title;
`,
        'consumer.cts': TYPED_CONSUMER,
      },
    );
    expect(output).toBe('');
  });

  it('type-checks under moduleResolution bundler', () => {
    const output = typeCheck(
      'bundler',
      { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true },
      {
        'consumer.ts': `${TYPED_CONSUMER}
import article from 'ru-tj-news/schema/article.json';
export const title: string = article.title;
`,
      },
    );
    expect(output).toBe('');
  });

  it('reports a type error when a consumer misuses the API, so the checks above can fail', () => {
    const output = typeCheck(
      'misuse',
      { module: 'nodenext', moduleResolution: 'nodenext' },
      {
        'misuse.mts': `import { filterByDate, articles } from 'ru-tj-news';\nfilterByDate(articles, { since: '2025-01-01' });\n`,
      },
    );
    expect(output).toMatch(/misuse\.mts.*error TS2353/);
  });
});

describe('package lint', () => {
  const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

  it('passes publint --strict', () => {
    const result = spawnSync(bin('publint'), ['--strict'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toContain('All good!');
    expect(result.status).toBe(0);
  });

  it('passes @arethetypeswrong/cli on the packed tarball, for node10, node16 (ESM and CJS) and bundler', () => {
    const result = spawnSync(bin('attw'), [inject('tarball'), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(result.status).toBe(0);
  });
});

describe('the packed package, as a command-line user runs it', () => {
  it('installs the ru-tj-news bin, which prints the stats of the shipped corpus', () => {
    const result = spawnSync(path.join(consumer, 'node_modules/.bin/ru-tj-news'), ['stats'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/^ru-tj-news \d+\.\d+\.\d+\+[0-9a-f]{12}\n5 articles, 2021-07-22 to 2025-10-09/);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("reads records from stdin with --data -, such as the package's own NDJSON", () => {
    const records = readFileSync(path.join(consumer, 'node_modules/ru-tj-news/data/articles.ndjson'), 'utf8');
    const result = spawnSync(path.join(consumer, 'node_modules/.bin/ru-tj-news'), ['stats', '--data', '-'], {
      cwd: consumer,
      encoding: 'utf8',
      input: records,
    });
    expect(result.stdout).toMatch(/^<stdin>\n5 articles, 2021-07-22 to 2025-10-09/);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
