import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { ROOT } from '../support/corpus.js';

// Every file the package may publish. Anything else in the tarball (a test, a source map of a
// script, a stray .env) fails the test.
const ALLOWED: readonly (string | RegExp)[] = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  /^dist\/(?:index|data|schema|parquet|errors)\.(?:js|cjs)(?:\.map)?$/,
  /^dist\/(?:index|data|schema|parquet)\.d\.c?ts$/,
  /^dist\/cli\.js(?:\.map)?$/,
  // The bin's chunks: each command, and the reader of --data, is loaded on demand (tsup.config.ts).
  /^dist\/cli-[A-Za-z]+-[A-Z0-9]{8}\.js(?:\.map)?$/,
  /^data\/(?:articles|entities|topics)\.json$/,
  /^data\/articles\.(?:csv|ndjson|jsonld|parquet)$/,
  // The companion tables of the annotation layers and of the entities (scripts/build-exports.ts).
  /^data\/(?:quotations|time_expressions|quantities|entities)\.(?:csv|ndjson|parquet)$/,
  'data/datapackage.json',
  /^data\/raw\/\d{3}_[0-9a-f]{16}\.txt$/,
  /^schema\/(?:article|entity|topic)\.json$/,
];

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/data.js',
  'dist/schema.js',
  'dist/parquet.js',
  'dist/parquet.cjs',
  'dist/parquet.d.ts',
  'dist/parquet.d.cts',
  'dist/errors.js',
  'dist/errors.cjs',
  'dist/cli.js',
  'data/articles.json',
  'schema/article.json',
];

const allowed = (file: string): boolean =>
  ALLOWED.some((rule) => (typeof rule === 'string' ? rule === file : rule.test(file)));

describe('npm pack --dry-run', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: the package has no lifecycle scripts (tested below); this keeps a stray one from printing into the JSON.
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  ) as { files: { path: string }[] }[];
  const files = packed?.files.map((file) => file.path) ?? [];

  it('lists only allow-listed files', () => {
    expect(files.filter((file) => !allowed(file))).toEqual([]);
  });

  it('lists every file the package needs', () => {
    expect(REQUIRED.filter((file) => !files.includes(file))).toEqual([]);
    // Every verbatim source text, and nothing else from data/raw.
    expect(files.filter((file) => file.startsWith('data/raw/')).sort()).toEqual(
      readdirSync(`${ROOT}data/raw`)
        .map((name) => `data/raw/${name}`)
        .sort(),
    );
  });

  it('would reject a file outside the list', () => {
    for (const stray of [
      'test/freeze.test.ts',
      'src/index.ts',
      '.env',
      'dist/chunk-abc.js',
      'data/raw/notes.txt',
      'tmp/note.md',
    ]) {
      expect(allowed(stray), stray).toBe(false);
    }
  });
});

/** npm's lifecycle scripts: none of them may ship, since a user's install must run nothing of ours and print nothing about it. */
const LIFECYCLE = [
  'preinstall',
  'install',
  'postinstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
  'prepack',
  'postpack',
  'prepublishOnly',
  'publish',
  'postpublish',
];

describe('the published package.json', () => {
  const manifest = JSON.parse(
    readFileSync(path.join(inject('consumer'), 'node_modules/ru-tj-news/package.json'), 'utf8'),
  ) as { scripts?: Record<string, string> };

  it('has no lifecycle script', () => {
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => LIFECYCLE.includes(name))).toEqual([]);
  });

  it('installs into a fresh project without a warning that names the package or install scripts', () => {
    const warnings = inject('installLog')
      .split('\n')
      .filter((line) => /\bwarn\b/i.test(line) && /ru-tj-news|install-scripts|allowScripts|lifecycle/i.test(line));
    expect(warnings).toEqual([]);
  });
});
