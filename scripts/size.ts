// Checks what the package costs its users: the bundle budget and the cold start.
//
//   npm run size              check the budget and the cold-start ratio
//   npm run size -- --write   also record the figures in docs/performance.md
//
// The bundle is what a dashboard pays for three helpers: a minified esbuild
// bundle of `import { filterByDate, filterByEntity, searchArticles } from
// 'ru-tj-news'`, resolved through the built package's own `exports`, with the
// shipped data (dist/data.js) left out. The cold start is `node -e
// "import('ru-tj-news')"` against a bare `node -e ''`, timed in the same run
// and reported as a ratio. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { replaceBlock } from './lib/markers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const performanceDoc = new URL('../docs/performance.md', import.meta.url);

/** The budget for the three-helper bundle, gzipped. */
const BUNDLE_BUDGET_BYTES = 10 * 1024;
/** The most `import('ru-tj-news')` may cost, as a multiple of a bare `node -e ''`. */
const COLD_START_BUDGET = 3;
/** How far the recorded figure may drift from the measured one before the doc counts as stale. */
const DOC_TOLERANCE = 0.05;

const HELPERS = "export { filterByDate, filterByEntity, searchArticles } from 'ru-tj-news';";

/**
 * Swaps the shipped data (dist/data.js) for a module with the same exports,
 * all empty, so the bundle measures the code alone. Marking the file external
 * instead would keep its `export *` live and defeat tree-shaking.
 */
async function leaveOutData(): Promise<esbuild.Plugin> {
  const names = Object.keys(await import(pathToFileURL(`${root}dist/data.js`).href));
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeNode(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Times the commands in turn, `runs` times each, so that all of them see the same machine. */
function coldStart(runs: number): { bare: number; zod: number; package: number; ratio: number } {
  const commands = { bare: '', zod: "import('zod')", package: "import('ru-tj-news')" } as const;
  const times: Record<keyof typeof commands, number[]> = { bare: [], zod: [], package: [] };
  timeNode(['-e', commands.package]); // warm the file cache
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of Object.entries(commands) as [keyof typeof commands, string][]) times[name].push(timeNode(['-e', command]));
  }
  const result = { bare: median(times.bare), zod: median(times.zod), package: median(times.package) };
  return { ...result, ratio: result.package / result.bare };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(helpers: Bundle, zod: Bundle, start: ReturnType<typeof coldStart>): string {
  return [
    '| measure | figure | budget | |',
    '|---|---:|---:|---|',
    `| \`filterByDate\`, \`filterByEntity\`, \`searchArticles\`, minified + gzip | ${kb(helpers.gzipped)} (${helpers.gzipped} B) | ${kb(BUNDLE_BUDGET_BYTES)} | ${helpers.gzipped <= BUNDLE_BUDGET_BYTES ? '✅' : '❌'} |`,
    `| the same, minified | ${kb(helpers.minified)} | | |`,
    `| for scale: \`import { z } from 'zod'\`, minified + gzip | ${kb(zod.gzipped)} | | |`,
    `| for scale: \`import('zod')\` ÷ bare \`node -e ''\` | ${(start.zod / start.bare).toFixed(2)}× (${start.zod.toFixed(0)} ms ÷ ${start.bare.toFixed(0)} ms) | | |`,
    `| cold start, \`import('ru-tj-news')\` ÷ bare \`node -e ''\` | ${start.ratio.toFixed(2)}× (${start.package.toFixed(0)} ms ÷ ${start.bare.toFixed(0)} ms) | < ${COLD_START_BUDGET}× | ${start.ratio < COLD_START_BUDGET ? '✅' : '❌'} |`,
  ].join('\n');
}

/** Reads the gzipped figure that docs/performance.md records, in bytes. */
function recordedBytes(doc: string): number | undefined {
  const match = /minified \+ gzip \| [\d.]+ KB \((\d+) B\)/.exec(doc);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const write = process.argv.includes('--write');
const helpers = await bundle(HELPERS, [await leaveOutData()]);
const zod = await bundle("export { z } from 'zod';");
const start = coldStart(15);
const table = report(helpers, zod, start);
console.log(table);
console.log(`\nbundled: ${helpers.inputs.map((input) => input.replace(/^node_modules\//, '')).join(', ')}`);

const problems: string[] = [];
if (helpers.inputs.some((input) => input.includes('node_modules/zod/'))) {
  problems.push('the three-helper bundle pulls in Zod');
}
if (helpers.gzipped > BUNDLE_BUDGET_BYTES) {
  problems.push(`the three-helper bundle is ${helpers.gzipped} B gzipped, over the ${BUNDLE_BUDGET_BYTES} B budget`);
}
if (start.ratio >= COLD_START_BUDGET) {
  problems.push(`import('ru-tj-news') takes ${start.ratio.toFixed(2)}× a bare node start, not under ${COLD_START_BUDGET}×`);
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

for (const problem of problems) console.error(`size: ${problem}`);
process.exitCode = problems.length === 0 ? 0 : 1;
