// Checks what the package costs its users: the bundle budget, in bytes, and the start-up budget, in time.
//
//   npm run size                  check both budgets
//   npm run size -- --bytes       the bundle budget only: what `npm test` runs
//   npm run size -- --startup     the start-up budget only (bench/startup.ts)
//   add --write to record the figures measured in docs/performance.md
//
// The bundle is what a dashboard pays for three helpers: a minified esbuild
// bundle of `import { filterByDate, filterByEntity, searchArticles } from
// 'ru-tj-news'`, resolved through the built package's own `exports`, with the
// shipped data (dist/data.js) left out. Byte counts are deterministic, so they
// are checked in `npm test`. The start-up (`ru-tj-news stats`, `import('ru-tj-news')`
// and `import('ru-tj-news/data')` against a bare node) is a time: a ratio of two
// ~70 ms process starts, which a busy 2-core machine can tip, so `npm test` runs
// this script with `--bytes`, and the start-up is checked by a plain `npm run size`.
// Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import * as esbuild from 'esbuild';

import { replaceBlock } from './lib/markers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const performanceDoc = new URL('../docs/performance.md', import.meta.url);

/** The budget for the three-helper bundle, gzipped. */
const BUNDLE_BUDGET_BYTES = 10 * 1024;
/** How far the recorded figure may drift from the measured one before the doc counts as stale. */
const DOC_TOLERANCE = 0.05;

const HELPERS = "export { filterByDate, filterByEntity, searchArticles } from 'ru-tj-news';";

/**
 * Swaps the shipped data (dist/data.js) for a module with the same exports,
 * all empty, so the bundle measures the code alone. Marking the file external
 * instead would keep its `export *` live and defeat tree-shaking.
 */
async function leaveOutData(): Promise<esbuild.Plugin> {
  const data = (await import(pathToFileURL(`${root}dist/data.js`).href)) as Readonly<Record<string, unknown>>;
  const names = Object.keys(data);
  return {
    name: 'leave-out-data',
    setup(build) {
      build.onResolve({ filter: /^\.\/data\.js$/ }, (args) =>
        args.importer.startsWith(`${root}dist`) ? { path: 'data', namespace: 'shipped-data' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'shipped-data' }, () => ({
        contents: names.map((name) => `export const ${name} = [];`).join('\n'),
        loader: 'js',
      }));
    },
  };
}

interface Bundle {
  readonly minified: number;
  readonly gzipped: number;
  readonly inputs: readonly string[];
}

/** Bundles `contents` the way a user's bundler would, minified, and measures it. */
async function bundle(contents: string, plugins: esbuild.Plugin[] = []): Promise<Bundle> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code).byteLength,
    // The files that left code in the bundle; the metafile lists tree-shaken ones too.
    inputs: Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && input !== '<stdin>')
        .map(([input]) => input),
    ),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(helpers: Bundle, zod: Bundle): string {
  return [
    '| measure | figure | budget | |',
    '|---|---:|---:|---|',
    `| \`filterByDate\`, \`filterByEntity\`, \`searchArticles\`, minified + gzip | ${kb(helpers.gzipped)} (${helpers.gzipped} B) | ${kb(BUNDLE_BUDGET_BYTES)} | ${helpers.gzipped <= BUNDLE_BUDGET_BYTES ? '✅' : '❌'} |`,
    `| the same, minified | ${kb(helpers.minified)} | | |`,
    `| for scale: \`import { z } from 'zod'\`, minified + gzip | ${kb(zod.gzipped)} | | |`,
  ].join('\n');
}

/** Reads the gzipped figure that docs/performance.md records, in bytes. */
function recordedBytes(doc: string): number | undefined {
  const match = /minified \+ gzip \| [\d.]+ KB \((\d+) B\)/.exec(doc);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const FLAGS = ['--bytes', '--startup', '--write'] as const;
const unknown = process.argv.slice(2).filter((flag) => !(FLAGS as readonly string[]).includes(flag));
if (unknown.length > 0 || (process.argv.includes('--bytes') && process.argv.includes('--startup'))) {
  console.error(
    `size: expected any of ${FLAGS.join(', ')} (not --bytes with --startup), got ${process.argv.slice(2).join(' ')}`,
  );
  process.exit(2);
}
const write = process.argv.includes('--write');
const bytes = !process.argv.includes('--startup');
const startup = !process.argv.includes('--bytes');
const problems: string[] = [];
if (bytes) {
  await checkBytes();
}
if (startup) {
  console.log('');
  const { runStartup } = await import('../bench/startup.ts');
  if (!runStartup({ write })) {
    problems.push('the start-up is over its budget');
  }
}
for (const problem of problems) {
  console.error(`size: ${problem}`);
}
process.exitCode = problems.length === 0 ? 0 : 1;

/** Bundles the three helpers, checks the bundle budget and the recorded figure, and (with --write) records it. */
async function checkBytes(): Promise<void> {
  const helpers = await bundle(HELPERS, [await leaveOutData()]);
  const zod = await bundle("export { z } from 'zod';");
  const table = report(helpers, zod);
  console.log(table);
  console.log(`\nbundled: ${helpers.inputs.map((input) => input.replace(/^node_modules\//, '')).join(', ')}`);

  if (helpers.inputs.some((input) => input.includes('node_modules/zod/'))) {
    problems.push('the three-helper bundle pulls in Zod');
  }
  if (helpers.gzipped > BUNDLE_BUDGET_BYTES) {
    problems.push(`the three-helper bundle is ${helpers.gzipped} B gzipped, over the ${BUNDLE_BUDGET_BYTES} B budget`);
  }

  const doc = readFileSync(performanceDoc, 'utf8');
  if (write) {
    writeFileSync(performanceDoc, replaceBlock(doc, 'size', table));
    console.log('\nwrote docs/performance.md');
  } else {
    const recorded = recordedBytes(doc);
    if (recorded === undefined || Math.abs(recorded - helpers.gzipped) > helpers.gzipped * DOC_TOLERANCE) {
      problems.push(
        `docs/performance.md records ${recorded ?? 'no'} gzipped bytes, but the bundle is ${helpers.gzipped} B: run \`npm run size -- --write\``,
      );
    }
  }
}
