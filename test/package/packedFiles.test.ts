import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpus.js';

// Every file the package may publish. Anything else in the tarball (a test, a source map of a
// script, a stray .env) fails the test.
const ALLOWED: readonly (string | RegExp)[] = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  /^dist\/(?:index|data|schema)\.(?:js|cjs)(?:\.map)?$/,
  /^dist\/(?:index|data|schema)\.d\.c?ts$/,
  /^dist\/cli\.js(?:\.map)?$/,
  /^data\/(?:articles|entities|topics)\.json$/,
  /^data\/articles\.(?:csv|ndjson|jsonld|parquet)$/,
  'data/datapackage.json',
  /^data\/raw\/\d{3}_[0-9a-f]{16}\.txt$/,
  /^schema\/(?:article|entity|topic)\.json$/,
];

const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/data.js', 'dist/schema.js', 'dist/cli.js', 'data/articles.json', 'schema/article.json'];

const allowed = (file: string): boolean => ALLOWED.some((rule) => (typeof rule === 'string' ? rule === file : rule.test(file)));

describe('npm pack --dry-run', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: npm test has built dist/ already, and prepare would print the build's log into the JSON.
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = packed?.files.map((file) => file.path) ?? [];

  it('lists only allow-listed files', () => {
    expect(files.filter((file) => !allowed(file))).toEqual([]);
  });

  it('lists every file the package needs', () => {
    expect(REQUIRED.filter((file) => !files.includes(file))).toEqual([]);
    // Every verbatim source text, and nothing else from data/raw.
    expect(files.filter((file) => file.startsWith('data/raw/')).sort()).toEqual(readdirSync(`${ROOT}data/raw`).map((name) => `data/raw/${name}`).sort());
  });

  it('would reject a file outside the list', () => {
    for (const stray of ['test/freeze.test.ts', 'src/index.ts', '.env', 'dist/chunk-abc.js', 'data/raw/notes.txt', 'tmp/note.md']) expect(allowed(stray), stray).toBe(false);
  });
});
