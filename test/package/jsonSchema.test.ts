import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';

// The schema files and the data as the packed package ships them.
const installed = path.join(inject('consumer'), 'node_modules/ru-tj-news');
const readInstalled = (file: string): unknown => JSON.parse(readFileSync(path.join(installed, file), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

const COLLECTIONS = [
  ['article', 'data/articles.json'],
  ['entity', 'data/entities.json'],
  ['topic', 'data/topics.json'],
] as const;

const validators = Object.fromEntries(
  COLLECTIONS.map(([name]) => [name, ajv.compile(readInstalled(`schema/${name}.json`) as object)]),
) as Record<(typeof COLLECTIONS)[number][0], ReturnType<typeof ajv.compile>>;

describe('the JSON Schema files, with a standard validator (Ajv, draft 2020-12)', () => {
  it.each(COLLECTIONS)('accept every shipped %s in %s', (name, file) => {
    const records = readInstalled(file) as unknown[];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const valid = validators[name](record);
      expect(validators[name].errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  const article = (readInstalled('data/articles.json') as Record<string, unknown>[])[0] ?? {};
  const withoutDate = { ...article };
  delete withoutDate.publishedAt;

  it.each([
    ['a date in another format', { ...article, publishedAt: '22/07/2021' }, '/publishedAt'],
    ['an impossible day', { ...article, publishedAt: '2021-02-30' }, '/publishedAt'],
    ['an unknown key', { ...article, url: 'https://example.invalid/' }, ''],
    ['a missing field', withoutDate, ''],
    ['a non-kebab-case id', { ...article, id: 'Not A Slug' }, '/id'],
    [
      'a mention without a field',
      { ...article, entities: [{ id: 'russia', mentions: [{ start: 0, end: 1 }] }] },
      '/entities/0/mentions/0',
    ],
  ] as const)('reject an article with %s', (_case, record, instancePath) => {
    expect(validators.article(record)).toBe(false);
    expect(validators.article.errors?.map((error) => error.instancePath)).toContain(instancePath);
  });

  it('reject a topic with an IPTC code of the wrong form', () => {
    const topic = (readInstalled('data/topics.json') as Record<string, unknown>[])[0];
    expect(validators.topic({ ...topic, iptc: '20000639' })).toBe(false);
  });
});
