/**
 * `ru-tj-news/parquet` as users load it, from the packed package: the subpath
 * works from ES modules and CommonJS with the writer bundled in, a corpus's
 * `toParquet()` loads it on demand from both, and the main entry carries none of it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

const consumer = inject('consumer');
const installed = path.join(consumer, 'node_modules/ru-tj-news');

function node(file: string, source: string): unknown {
  const script = path.join(consumer, file);
  writeFileSync(script, source);
  const result = spawnSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

/** What each consumer reports: both module systems must see the same bytes and the same error classes. */
const EXPECTED = {
  magic: ['PAR1', 'PAR1'],
  sameBytes: true,
  fromCorpus: true,
  typedError: true,
  recordError: 'Invalid record at articles[0]:',
};

// The body both consumers run, after loading `articles`, `corpus`, the error classes and `toParquet`.
const CHECKS = `
const decode = (bytes) => new TextDecoder().decode(bytes);
const bytes = toParquet(articles, { metadata: { source: 'consumer' } });
let typedError = false;
try { toParquet(articles, { createdBy: 42 }); } catch (error) { typedError = error instanceof InvalidQueryError; }
let recordError = '';
try { toParquet([null]); } catch (error) { recordError = error instanceof InvalidRecordError ? error.message.split('\\n')[0] : String(error); }
corpus.toParquet({ metadata: { source: 'consumer' } }).then((fromCorpus) => {
  console.log(JSON.stringify({
    magic: [decode(bytes.subarray(0, 4)), decode(bytes.subarray(-4))],
    sameBytes: Buffer.from(toParquet(articles, { metadata: { source: 'consumer' } })).equals(Buffer.from(bytes)),
    fromCorpus: Buffer.from(fromCorpus).equals(Buffer.from(bytes)),
    typedError,
    recordError,
  }));
});
`;

describe('ru-tj-news/parquet in the packed package', () => {
  it('imports from an ES module, and corpus.toParquet() loads it', () => {
    const report = node(
      'parquet.mjs',
      `import { articles, corpus, InvalidQueryError, InvalidRecordError } from 'ru-tj-news';
import { toParquet } from 'ru-tj-news/parquet';
${CHECKS}`,
    );
    expect(report).toEqual(EXPECTED);
  });

  it('requires from a CommonJS script, and corpus.toParquet() loads it', () => {
    const report = node(
      'parquet.cjs',
      `const { articles, corpus, InvalidQueryError, InvalidRecordError } = require('ru-tj-news');
const { toParquet } = require('ru-tj-news/parquet');
${CHECKS}`,
    );
    expect(report).toEqual(EXPECTED);
  });

  it('keeps a corpus.toParquet() working where the subpath was never imported', () => {
    const report = node(
      'lazy.cjs',
      `const { corpus } = require('ru-tj-news');
const before = Object.keys(require.cache).some((file) => file.endsWith('parquet.cjs'));
corpus.toParquet().then((bytes) => console.log(JSON.stringify({ before, size: bytes.length > 1000 })));`,
    );
    expect(report).toEqual({ before: false, size: true });
  });
});

describe('the main entry of the packed package', () => {
  const files = ['dist/index.js', 'dist/index.cjs'] as const;

  it.each(files)(
    '%s carries no Parquet writer, and loads the subpath only on demand, from corpus.toParquet',
    (file) => {
      const code = readFileSync(path.join(installed, file), 'utf8');
      expect(code).not.toMatch(/hyparquet|parquetWriteBuffer/);
      const loads = [...code.matchAll(/(?:import\(|require\()\s*"([^"]+)"\)/g)].map((match) => match[1]);
      // corpus.toParquet of the shipped corpus and of createCorpus's each load it (src/corpus.ts, src/createCorpus.ts).
      expect([...new Set(loads.filter((specifier) => specifier?.includes('parquet')))]).toEqual([
        file.endsWith('.cjs') ? './parquet.cjs' : './parquet.js',
      ]);
    },
  );

  it('would see the writer where it is: in the subpath, ESM and CommonJS', () => {
    for (const file of ['dist/parquet.js', 'dist/parquet.cjs']) {
      expect(readFileSync(path.join(installed, file), 'utf8')).toMatch(/parquetWriteBuffer/);
    }
  });

  it('depends on zod and date-fns only', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['date-fns', 'zod']);
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
  });
});
