import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT } from './support/corpus.js';

/** Every .ts file under `folder` (relative to the repository), recursively. */
function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

/** The modules a file imports or re-exports by relative specifier, statically or dynamically, as repository paths. */
function relativeImports(file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map(
    (match) => match[1]!,
  );
  return found.map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
}

/** What a file of src/internal/ may import from outside src/internal/. */
const ALLOWED_ABOVE = new Set(['src/schema.js', 'src/errors.js', 'src/types.js']);

/** A file's text without its type-only import statements, which leave no import in the build. */
const withoutTypeImports = (text: string): string => text.replaceAll(/^import type [^;]*;/gm, '');

/**
 * The imports of an internal file that break the rule. A type-only import may name a public
 * module (internal/corpus/indexedCorpus.ts implements the `Corpus` interface of createCorpus.ts):
 * it is erased, so it adds no module to what the file loads.
 */
const outsideImports = (file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): string[] =>
  relativeImports(file, withoutTypeImports(text)).filter(
    (target) => !target.startsWith('src/internal/') && !ALLOWED_ABOVE.has(target),
  );

describe('the layers of src/', () => {
  const internal = sources('src/internal');

  it('finds the internal modules and their imports', () => {
    expect(internal.length).toBeGreaterThan(20);
    expect(internal.flatMap((file) => relativeImports(file)).length).toBeGreaterThan(20);
  });

  it.each(internal)('%s imports only internal modules, schema.ts, errors.ts and types.ts', (file) => {
    expect(outsideImports(file)).toEqual([]);
  });

  it('would catch an internal module that imports a public helper or the shipped data', () => {
    const text = [
      "import { toJsonLd } from '../../toJsonLd.js';",
      "export { entities } from '../../data/entities.js';",
      "const lazy = await import('../../filterByDate.js');",
      "import type { Article } from '../../schema.js';",
      "import type { Corpus } from '../../createCorpus.js';",
      "import { type Query, query } from '../../query.js';",
      "import { words } from '../text/tokenize.js';",
    ].join('\n');
    expect(outsideImports('src/internal/formats/x.ts', text)).toEqual([
      'src/toJsonLd.js',
      'src/data/entities.js',
      'src/filterByDate.js',
      'src/query.js',
    ]);
  });

  it('keeps src/index.ts to export * lines', () => {
    const code = readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8')
      .replace(/\/\*\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(code.filter((line) => !/^export (type )?\* from '\.\/[\w/]+\.js';$/.test(line))).toEqual([]);
  });
});

describe('what loads Zod', () => {
  /** The modules that `file` loads, itself included, following runtime imports (type-only ones are erased). */
  function loads(file: string): Set<string> {
    const seen = new Set<string>();
    const visit = (at: string) => {
      if (seen.has(at)) {
        return;
      }
      seen.add(at);
      const text = withoutTypeImports(readFileSync(path.join(ROOT, at), 'utf8'));
      if (/^import [^;]*? from 'zod';/m.test(text)) {
        seen.add('zod');
      }
      // Static imports only: a dynamic import (the Parquet writer) is loaded on demand.
      const statics = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s*'(\.{1,2}\/[^']+)';/gm)].map(
        (match) => match[1]!,
      );
      for (const specifier of statics) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(at), specifier)).replace(/\.js$/, '.ts'));
      }
    };
    visit(file);
    return seen;
  }

  // The shipped data is validated by the tests, so these need no schema: importing them must not load Zod.
  const zodFree = [
    'src/corpus.ts',
    'src/data/index.ts',
    'src/filterByDate.ts',
    'src/filterByEntity.ts',
    'src/filterByTopic.ts',
    'src/query.ts',
    'src/searchArticles.ts',
    'src/countByEntity.ts',
    'src/countByPeriod.ts',
    'src/countByTopic.ts',
    'src/cooccurrence.ts',
    'src/eventsOf.ts',
  ] as const;

  it('sees Zod behind the modules that validate', () => {
    expect(loads('src/createCorpus.ts').has('zod')).toBe(true);
    expect(loads('src/buildArticle.ts').has('zod')).toBe(true);
  });

  it.each(zodFree)('%s loads neither Zod nor schema.ts', (file) => {
    const loaded = loads(file);
    expect([loaded.has('zod'), loaded.has('src/schema.ts')]).toEqual([false, false]);
  });
});
