// Quantizes docs/dashboard.png with pngquant (Debian: apt-get install -y pngquant) and checks its size.
//
//   npm run example:screenshot    retakes the screenshot in headless Chromium, then runs this script
//   tsx scripts/optimize-screenshot.ts
//
// pngquant reduces the picture to a palette of at most 256 colours (flat dashboard colours and
// anti-aliased text survive that well) and writes it in place. Without pngquant the picture is
// left as Chromium saved it, with a warning. Either way the script fails, naming the size and the
// limit, when the file is over SCREENSHOT_MAX_BYTES; test/dashboardScreenshot.test.ts checks the
// committed file against the same limit.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { SCREENSHOT, SCREENSHOT_MAX_BYTES } from './lib/screenshot.ts';

const file = fileURLToPath(new URL(`../${SCREENSHOT}`, import.meta.url));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const before = statSync(file).size;
const run = spawnSync(
  'pngquant',
  ['--force', '--skip-if-larger', '--strip', '--speed', '1', '--output', file, '--', file],
  {
    stdio: 'inherit',
  },
);
const missing = run.error !== undefined && (run.error as NodeJS.ErrnoException).code === 'ENOENT';
if (missing) {
  console.warn(`pngquant is not installed (apt-get install -y pngquant): ${SCREENSHOT} is left unquantized.`);
} else if (run.error !== undefined) {
  throw run.error;
} else if (run.status !== 0 && run.status !== 98) {
  // 98: --skip-if-larger found the quantized picture no smaller, and kept the original.
  console.error(`pngquant failed on ${SCREENSHOT} (exit code ${String(run.status)})`);
  process.exit(1);
}
const after = statSync(file).size;
console.log(`${SCREENSHOT}: ${kb(before)} -> ${kb(after)} (limit ${kb(SCREENSHOT_MAX_BYTES)})`);
if (after >= SCREENSHOT_MAX_BYTES) {
  console.error(
    `${SCREENSHOT} is ${kb(after)}, over the limit of ${kb(SCREENSHOT_MAX_BYTES)}: ${missing ? 'install pngquant, or ' : ''}make the picture simpler or smaller.`,
  );
  process.exit(1);
}
