import { describe, expect, it } from 'vitest';
import { articles, entities, topics } from '../src/index.js';
import { readJsonFile } from './support/corpus.js';

describe('src/data modules', () => {
  it.each([
    ['articles', articles],
    ['entities', entities],
    ['topics', topics],
  ] as const)('serve exactly data/%s.json', (name, data) => {
    expect(data).toEqual(readJsonFile(`data/${name}.json`));
  });
});
