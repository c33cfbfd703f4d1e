import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { articles, entities, topics } from '../src/index.js';
import { readJsonFile, ROOT } from './support/corpus.js';

describe('src/data modules', () => {
  it.each([
    ['articles', articles],
    ['entities', entities],
    ['topics', topics],
  ] as const)('serve exactly data/%s.json', (name, data) => {
    expect(data).toEqual(readJsonFile(`data/${name}.json`));
  });

  it('are what scripts/build-data-modules.ts generates', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data-modules.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });
});
