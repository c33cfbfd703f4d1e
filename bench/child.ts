/** Runs a bench script in a fresh Node process, for bench/load.ts and bench/duckdb.ts. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `bench/<script>` with `args` in a fresh process (its own heap, so that the caller's data
 * weighs neither on its time nor on its RSS) and returns what it printed, parsed as JSON.
 */
export function runScript(script: string, args: readonly string[]): unknown {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', `${root}bench/${script}`, ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} exited with ${String(run.status)}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}
