import { describe, expect, it } from 'vitest';

import { articles, entities, topics } from '../src/index.js';
import { readJsonFile, readText } from './support/corpus.js';

describe('src/data modules', () => {
  it.each([
    ['articles', articles],
    ['entities', entities],
    ['topics', topics],
  ] as const)('serve exactly data/%s.json', (name, data) => {
    expect(data).toEqual(readJsonFile(`data/${name}.json`));
  });

  it.each([
    ['articles', 'ShippedArticleId'],
    ['entities', 'ShippedEntityId'],
    ['topics', 'ShippedTopicId'],
  ] as const)('declare the union of exactly the ids of data/%s.json as %s', (name, type) => {
    const declaration = new RegExp(`^export type ${type} =((?:\\n  \\| '[^'\\n]+')+);$`, 'm').exec(
      readText(`src/data/${name}.ts`),
    );
    const members = [...(declaration?.[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
    expect(members).toEqual(
      (readJsonFile(`data/${name}.json`) as { readonly id: string }[]).map((record) => record.id),
    );
  });
});
