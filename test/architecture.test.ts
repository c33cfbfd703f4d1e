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

/** The imports of an internal file that break the rule. */
const outsideImports = (file: string, text?: string): string[] =>
  relativeImports(file, text).filter((target) => !target.startsWith('src/internal/') && !ALLOWED_ABOVE.has(target));

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
      "import { words } from '../text/tokenize.js';",
    ].join('\n');
    expect(outsideImports('src/internal/formats/x.ts', text)).toEqual([
      'src/toJsonLd.js',
      'src/data/entities.js',
      'src/filterByDate.js',
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
