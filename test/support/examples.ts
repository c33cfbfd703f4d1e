/**
 * Finds every code example the package documents, and turns each `// =>`
 * line into a check of the value before it.
 *
 * Examples come from the `@example` blocks of the TSDoc in src/ and from the
 * `ts` and `js` blocks of README.md and docs/*.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One documented example. */
export interface Example {
  /** Where it is written, as `file:line`. */
  readonly id: string;
  /** The example's code, as a reader copies it. */
  readonly code: string;
  /** Whether it is CommonJS (it uses `require` and no `import`). */
  readonly commonjs: boolean;
}

const TSDOC_FENCE_OPEN = /^\s*\* ```(?:ts|typescript|js|javascript)\s*$/;
const TSDOC_FENCE_CLOSE = /^\s*\* ```\s*$/;
const MARKDOWN_FENCE_OPEN = /^```(?:ts|typescript|js|javascript)\s*$/;
const MARKDOWN_FENCE_CLOSE = /^```\s*$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function blocks(file: string, text: string, open: RegExp, close: RegExp, strip: (line: string) => string): Example[] {
  const lines = text.split('\n');
  const found: Example[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!open.test(lines[index] ?? '')) {
      continue;
    }
    const start = index + 1;
    let end = start;
    while (end < lines.length && !close.test(lines[end] ?? '')) {
      end += 1;
    }
    if (end === lines.length) {
      throw new Error(`${file}:${index + 1}: an example's code fence is never closed`);
    }
    const code = lines.slice(start, end).map(strip).join('\n');
    found.push({ id: `${file}:${index + 1}`, code, commonjs: /\brequire\(/.test(code) && !/^import\b/m.test(code) });
    index = end;
  }
  return found;
}

/** Every example in the TSDoc of `src/` and in `README.md` and `docs/*.md`, under `root`. */
export function collectExamples(root: string): Example[] {
  const fromSource = sourceFiles(path.join(root, 'src')).flatMap((file) =>
    blocks(path.relative(root, file), readFileSync(file, 'utf8'), TSDOC_FENCE_OPEN, TSDOC_FENCE_CLOSE, (line) =>
      line.replace(/^\s*\* ?/, ''),
    ),
  );
  const documents = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ];
  const fromDocuments = documents.flatMap((file) =>
    blocks(
      file,
      readFileSync(path.join(root, file), 'utf8'),
      MARKDOWN_FENCE_OPEN,
      MARKDOWN_FENCE_CLOSE,
      (line) => line,
    ),
  );
  return [...fromSource, ...fromDocuments];
}

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

/**
 * Rewrites `code` so that each `// => value` checks the statement above it:
 * `expression;` followed by `// => value` becomes
 * `__check(n, (expression), (value));`. A multi-line statement starts at the
 * nearest line above with the comment's indentation that does not open with
 * a closing bracket. A comment after the statement's semicolon is dropped.
 *
 * @returns the rewritten code and the number of checks in it.
 */
export function instrument(code: string): { code: string; checks: number } {
  const output: string[] = [];
  let checks = 0;
  for (const line of code.split('\n')) {
    const expectation = /^(\s*)\/\/ => (.+)$/.exec(line);
    if (expectation === null) {
      output.push(line);
      continue;
    }
    const indent = expectation[1]?.length ?? 0;
    let start = output.length - 1;
    while (start > 0 && !(indentOf(output[start] ?? '') === indent && !/^\s*[)}\]]/.test(output[start] ?? ''))) {
      start -= 1;
    }
    const statement = output
      .splice(start)
      .join('\n')
      .trim()
      .replace(/;\s*(?:\/\/.*)?$/, '');
    if (statement === '' || /^(const|let|var|import|export)\b/.test(statement)) {
      throw new Error(`"// => ${expectation[2]}" follows no expression statement`);
    }
    output.push(`${' '.repeat(indent)}__check(${checks}, (${statement}), (${expectation[2]}));`);
    checks += 1;
  }
  return { code: output.join('\n'), checks };
}
