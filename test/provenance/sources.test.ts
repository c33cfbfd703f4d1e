import { describe, expect, it } from 'vitest';

import { articles } from '../../src/index.js';
import { rawFileOf, readBytes } from '../support/corpus.js';
import { listShared, readSharedBytes } from './shared.js';

const cases = articles.map((article) => [article.id, rawFileOf(article).file.replace('data/raw/', '')] as const);

describe('data/raw against ../shared/sources', () => {
  it('holds a copy of every shared source, and nothing else', () => {
    expect(cases.map(([, name]) => name).sort()).toEqual(listShared('sources'));
  });

  it.each(cases)('is byte for byte the shared source of %s', (_id, name) => {
    expect(readBytes(`data/raw/${name}`).equals(readSharedBytes(`sources/${name}`))).toBe(true);
  });
});
