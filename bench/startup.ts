/**
 * `npm run bench -- --startup [--write]`: what `import('ru-tj-news')` costs a cold Node
 * process, as a ratio to a bare `node -e ''` timed in the same run, with `import('zod')`
 * for scale. Run `npm run build` first: it imports the built package through its own
 * `exports`. Fails over the budget; `--write` records the table in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { replaceBlock } from '../scripts/lib/markers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const performanceDoc = new URL('../docs/performance.md', import.meta.url);

/** The most `import('ru-tj-news')` may cost, as a multiple of a bare `node -e ''`. */
export const COLD_START_BUDGET = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeNode(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${child.status}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Times the commands in turn, `runs` times each, so that all of them see the same machine. */
function coldStart(runs: number): { bare: number; zod: number; package: number } {
  const commands = { bare: '', zod: "import('zod')", package: "import('ru-tj-news')" } as const;
  const times: Record<keyof typeof commands, number[]> = { bare: [], zod: [], package: [] };
  timeNode(['-e', commands.package]); // warm the file cache
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of Object.entries(commands) as [keyof typeof commands, string][]) {
      times[name].push(timeNode(['-e', command]));
    }
  }
  return { bare: median(times.bare), zod: median(times.zod), package: median(times.package) };
}

/** Measures, prints and (with `write`) records the cold start; returns whether it is within budget. */
export function runStartup({ write }: { readonly write: boolean }): boolean {
  if (!existsSync(`${root}dist/index.js`)) {
    throw new Error('No dist/: run `npm run build` first.');
  }
  const start = coldStart(15);
  const ratio = start.package / start.bare;
  const table = [
    '| measure | figure | budget | |',
    '|---|---:|---:|---|',
    `| for scale: \`import('zod')\` ÷ bare \`node -e ''\` | ${(start.zod / start.bare).toFixed(2)}× (${start.zod.toFixed(0)} ms ÷ ${start.bare.toFixed(0)} ms) | | |`,
    `| cold start, \`import('ru-tj-news')\` ÷ bare \`node -e ''\` | ${ratio.toFixed(2)}× (${start.package.toFixed(0)} ms ÷ ${start.bare.toFixed(0)} ms) | < ${COLD_START_BUDGET}× | ${ratio < COLD_START_BUDGET ? '✅' : '❌'} |`,
  ].join('\n');
  console.log(table);
  if (write) {
    writeFileSync(performanceDoc, replaceBlock(readFileSync(performanceDoc, 'utf8'), 'startup', table));
    console.log('\nwrote docs/performance.md');
  }
  if (ratio >= COLD_START_BUDGET) {
    console.error(
      `startup: import('ru-tj-news') takes ${ratio.toFixed(2)}× a bare node start, not under ${COLD_START_BUDGET}×`,
    );
  }
  return ratio < COLD_START_BUDGET;
}
