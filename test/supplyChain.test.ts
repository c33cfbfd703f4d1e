import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readJsonFile, ROOT } from './support/corpus.js';

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly bundleDependencies?: unknown;
  readonly bundledDependencies?: unknown;
  readonly scripts?: Record<string, string>;
}

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
  readonly hasInstallScript?: boolean;
  readonly integrity?: string;
  readonly dependencies?: Record<string, string>;
}

const manifest = readJsonFile('package.json') as Manifest;
const lock = readJsonFile('package-lock.json') as { readonly packages: Record<string, LockEntry> };

/** Every file under a folder of the repository, recursively. */
const filesUnder = (folder: string): string[] =>
  readdirSync(ROOT + folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(ROOT.length)}/${entry.name}`.replace(/\/+/g, '/'));

describe('supply chain', () => {
  it('depends on zod and date-fns only, at run time', () => {
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['date-fns', 'zod']);
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.bundleDependencies ?? manifest.bundledDependencies).toBeUndefined();
  });

  it('installs exactly those two packages, with no dependencies or install scripts of their own', () => {
    const production = Object.entries(lock.packages).filter(
      ([path, entry]) => path !== '' && entry.dev !== true && entry.devOptional !== true,
    );
    expect(production.map(([path]) => path).sort()).toEqual(['node_modules/date-fns', 'node_modules/zod']);
    for (const [path, entry] of production) {
      expect(entry.dependencies ?? {}, path).toEqual({});
      expect(entry.hasInstallScript ?? false, path).toBe(false);
      expect(entry.integrity, path).toMatch(/^sha512-/);
    }
  });

  it('has no install scripts', () => {
    const scripts = Object.keys(manifest.scripts ?? {});
    expect(
      scripts.filter((name) =>
        ['preinstall', 'install', 'postinstall', 'preuninstall', 'uninstall', 'postuninstall'].includes(name),
      ),
    ).toEqual([]);
  });

  // The claims of SECURITY.md, read off the source and the build.
  const code = [
    ...filesUnder('src').filter((file) => file.endsWith('.ts')),
    ...filesUnder('dist').filter((file) => /\.(c?js)$/.test(file)),
  ];
  const forbidden: readonly (readonly [string, RegExp])[] = [
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]/],
    ['a RegExp built at run time', /\bRegExp\s*\(/],
    ['a network module', /['"](?:node:)?(?:http|https|http2|net|dgram|tls)['"]/],
    ['fetch, XMLHttpRequest or WebSocket', /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/],
    ['a child process', /['"](?:node:)?child_process['"]/],
  ];

  it('scans the source and the build', () => {
    expect(code.filter((file) => file.startsWith('src/')).length).toBeGreaterThan(30);
    expect(code).toContain('dist/index.js');
    expect(code).toContain('dist/cli.js');
  });

  it.each(forbidden)('never uses %s', (_what, pattern) => {
    const hits = code.filter((file) => pattern.test(readFileSync(ROOT + file, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('would notice a forbidden call', () => {
    const samples = [
      'eval("1")',
      'new Function("return 1")',
      'new RegExp(text)',
      "import 'node:https'",
      'fetch(url)',
      "require('child_process')",
    ];
    samples.forEach((sample, index) => {
      expect(forbidden[index]?.[1].test(sample), sample).toBe(true);
    });
  });
});
