/**
 * Packs the built package with `npm pack` and installs the tarball into a
 * scratch project, the way a user meets it. The tests of this folder import
 * it from there; nothing in them reaches into src/ or dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { ROOT } from '../support/corpus.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The scratch project with the packed package installed. */
    consumer: string;
    /** The path of the tarball `npm pack` wrote. */
    tarball: string;
    /** The files the tarball holds, as `npm pack --json` lists them. */
    packedFiles: string[];
    /** What `npm install <tarball>` printed to stderr: its warnings. */
    installLog: string;
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export default function setup(project: TestProject): () => void {
  if (!existsSync(`${ROOT}dist/index.js`)) {
    throw new Error('dist/ is missing: run `npm run build` before the package tests');
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'ru-tj-news-package-'));
  const [packed] = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], ROOT),
  ) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (packed === undefined) {
    throw new Error('npm pack printed no package');
  }
  const tarball = path.join(scratch, packed.filename);

  const consumer = path.join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // zod and date-fns come from npm's cache, which `npm ci` has just filled. Scripts are not
  // ignored: the install is the one a user runs, and its warnings are tested.
  const install = spawnSync(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: consumer,
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    throw new Error(`npm install ${tarball} failed:\n${install.stderr}`);
  }

  project.provide('consumer', consumer);
  project.provide('tarball', tarball);
  project.provide(
    'packedFiles',
    packed.files.map((file) => file.path),
  );
  project.provide('installLog', install.stderr);
  return () => {
    rmSync(scratch, { recursive: true, force: true });
  };
}
