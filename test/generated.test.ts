import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { articles, datasetVersion, entities, events, topics } from '../src/index.js';
import { readJsonFile, ROOT } from './support/corpus.js';

describe('generated files', () => {
  it.each([
    ['scripts/build-geo.ts', 'the points and country codes of data/entities.json'],
    ['scripts/build-data-modules.ts', 'src/data/generated/*.ts'],
    ['scripts/build-schemas.ts', 'schema/*.json'],
    ['scripts/build-tables.ts', 'the tables of README.md and docs/dataset-card.md'],
    [
      'scripts/build-exports.ts',
      'the export files of data/, data/datapackage.json and the export tables of docs/data-model.md',
    ],
    ['scripts/build-reliability.ts', 'the figures and tables of docs/reliability.md'],
    ['scripts/build-time-expression-figures.ts', 'the time-expression figures of docs/data-model.md'],
    ['scripts/build-quantity-figures.ts', "the finder's recall and precision in docs/data-model.md"],
  ] as const)('%s --check finds %s up to date', (script, files) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr, `${files} are out of date`).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('datasetVersion', () => {
  it('names the version in package.json', () => {
    expect(datasetVersion.version).toBe((readJsonFile('package.json') as { version: string }).version);
  });

  it('carries the SHA-256 of the shipped articles, entities, topics and events', () => {
    const hash = createHash('sha256')
      .update(JSON.stringify([articles, entities, topics, events]))
      .digest('hex');
    expect(datasetVersion.contentHash).toBe(`sha256:${hash}`);
  });

  it('is the version and the first 12 hex digits of the hash, as semver build metadata', () => {
    expect(datasetVersion.id).toBe(`${datasetVersion.version}+${datasetVersion.contentHash.slice(7, 19)}`);
    expect(datasetVersion.id).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?\+[0-9a-f]{12}$/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(datasetVersion)).toBe(true);
  });
});
