import { readFileSync, writeFileSync } from 'node:fs';

import { ROOT } from './json.ts';

/**
 * Writes generated files, or with `--check` on the command line, only
 * compares them and sets exit code 1 when any is stale. `command` is what
 * the user runs to bring them up to date.
 */
export function writeOrCheck(
  files: Iterable<readonly [path: string, content: string | Uint8Array]>,
  command: string,
): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, content] of files) {
    if (!check) {
      writeFileSync(ROOT + path, content);
      continue;
    }
    let current = Buffer.alloc(0);
    try {
      current = readFileSync(ROOT + path);
    } catch {
      // A missing file is as stale as an old one.
    }
    if (!current.equals(typeof content === 'string' ? Buffer.from(content) : content)) {
      stale += 1;
      process.stderr.write(`${path} is out of date: run ${command}\n`);
    }
  }
  if (stale > 0) {
    process.exitCode = 1;
  }
}
