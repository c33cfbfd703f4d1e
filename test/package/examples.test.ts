import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { transformSync } from 'esbuild';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { ROOT } from '../support/corpus.js';
import { collectExamples, instrument } from '../support/examples.js';

/** What the runner reports for one example. */
interface Outcome {
  readonly error?: string;
  readonly ran: readonly number[];
  readonly mismatches: readonly { readonly check: number; readonly actual: string; readonly expected: string }[];
}

// Runs in the scratch project, so `ru-tj-news` is the packed package.
// Each example is imported in turn; `__check` records the checks it reaches.
const RUNNER = `
import { writeFileSync } from 'node:fs';
import { inspect, isDeepStrictEqual } from 'node:util';

const [files, out] = process.argv.slice(2);
const outcomes = [];
for (const file of JSON.parse(files)) {
  const outcome = { ran: [], mismatches: [] };
  globalThis.__check = (check, actual, expected) => {
    outcome.ran.push(check);
    if (!isDeepStrictEqual(actual, expected)) {
      outcome.mismatches.push({ check, actual: inspect(actual, { depth: 4 }), expected: inspect(expected, { depth: 4 }) });
    }
  };
  try {
    await import(new URL(file, import.meta.url).href);
  } catch (error) {
    outcome.error = error instanceof Error ? \`\${error.name}: \${error.message}\` : String(error);
  }
  outcomes.push(outcome);
}
writeFileSync(out, JSON.stringify(outcomes));
`;

const examples = collectExamples(ROOT);
const instrumented = examples.map((example) => instrument(example.code));

describe('documented examples, run against the packed package', () => {
  const consumer = inject('consumer');
  const folder = path.join(consumer, 'examples');
  let outcomes: readonly Outcome[] = [];

  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    const files = examples.map((example, index) => {
      const extension = example.commonjs ? 'cjs' : 'mjs';
      const { code } = transformSync(instrumented[index]?.code ?? '', { loader: 'ts', target: 'es2022' });
      writeFileSync(path.join(folder, `example-${index}.${extension}`), code);
      // The example as a reader copies it, for the type check below.
      writeFileSync(path.join(folder, `example-${index}.${example.commonjs ? 'cts' : 'mts'}`), example.code);
      return `./example-${index}.${extension}`;
    });
    writeFileSync(path.join(folder, 'run.mjs'), RUNNER);
    const out = path.join(folder, 'outcomes.json');
    execFileSync(process.execPath, ['run.mjs', JSON.stringify(files), out], { cwd: folder, stdio: 'pipe' });
    outcomes = JSON.parse(readFileSync(out, 'utf8')) as Outcome[];
  });

  it('finds the examples of every documented export and every guide', () => {
    const files = new Set(examples.map((example) => example.id.split(':')[0]));
    for (const file of [
      'src/filterByDate.ts',
      'src/createCorpus.ts',
      'src/data/version.ts',
      'README.md',
      'docs/getting-started.md',
    ]) {
      expect(files).toContain(file);
    }
    expect(instrumented.reduce((sum, example) => sum + example.checks, 0)).toBeGreaterThan(100);
  });

  it.each(examples.map((example, index) => [example.id, index] as const))(
    '%s runs, and every // => in it holds',
    (_id, index) => {
      const outcome = outcomes[index];
      expect(outcome?.error).toBeUndefined();
      expect(outcome?.mismatches).toEqual([]);
      // A check inside a branch that never ran (a catch that nothing threw into) proves nothing.
      expect(outcome?.ran).toEqual(Array.from({ length: instrumented[index]?.checks ?? 0 }, (_, check) => check));
    },
  );

  // The command lines of the guide to your own articles run in the folder its examples wrote
  // data/ into, with the packed package's bin; a transcript (`$ command` and what it printed)
  // must match what the command prints now.
  const guide = readFileSync(path.join(ROOT, 'docs/your-own-articles.md'), 'utf8');
  const fenced = (language: string): string[] =>
    [...guide.matchAll(new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]!);
  const shell = (command: string) =>
    spawnSync('sh', ['-c', command.replaceAll(/(^|\| )npx /g, '$1')], {
      cwd: folder,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${path.join(consumer, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      },
    });

  // The transcript first: it writes the file that the commands after it read, as in the guide.
  const transcripts = fenced('console')
    .flatMap((block) => block.split(/^\$ /m).filter((part) => part !== ''))
    .map((transcript) => {
      const [command = '', ...printed] = transcript.trimEnd().split('\n');
      return [command, printed] as const;
    });
  // The test is named by its command alone, so that a slow run does not print the whole transcript.
  it.each(transcripts)(
    'docs/your-own-articles.md: `$ %s` prints the transcript the guide shows',
    (command, printed) => {
      const result = shell(command);
      expect(result.status, result.stderr).toBe(0);
      expect(`${result.stdout}${result.stderr}`).toBe(`${printed.join('\n')}\n`);
    },
  );

  it.each(fenced('sh').flatMap((block) => block.trimEnd().split('\n')))(
    'docs/your-own-articles.md: `%s` runs, and exits 0',
    (command) => {
      const result = shell(command);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toBe('');
    },
  );

  it('type-checks as written, under strict NodeNext', () => {
    writeFileSync(
      path.join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules/@types')],
        },
        include: ['*.mts', '*.cts'],
      }),
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', folder], { cwd: folder, encoding: 'utf8' });
    // tsc prints each error with its file (example-N.mts is examples[N]) and line.
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
