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
  const withoutRaw = { ...article };
  delete withoutRaw.raw;
  const raw = article.raw as Record<string, unknown>;

  // A record file holds the schema's input: what ArticleSchema accepts before it normalizes.
  it.each([
    ['a publication time with an offset', { ...article, publishedAt: '2021-07-22T13:51+03:00' }],
    ['a publication time with a zero fraction', { ...article, publishedAt: '2021-07-22T10:51:00.000Z' }],
    ['a publication time with milliseconds', { ...article, publishedAt: '2021-07-22T13:51:00.250+03:00' }],
    ['a URL and authors', { ...article, url: 'https://example.invalid/news/1', authors: ['فلان الفلاني'] }],
    ['no raw file', withoutRaw],
    ['a raw file of its own', { ...article, raw: { ...raw, file: 'my texts/2024/one.txt' } }],
  ] as const)('accept an article with %s', (_case, record) => {
    expect(validators.article(record)).toBe(true);
  });

  it.each([
    ['a date in another format', { ...article, publishedAt: '22/07/2021' }, '/publishedAt'],
    ['an impossible day', { ...article, publishedAt: '2021-02-30' }, '/publishedAt'],
    ['an unknown key', { ...article, homepage: 'https://example.invalid/' }, ''],
    ['a publication time without an offset', { ...article, publishedAt: '2021-07-22T10:51:00' }, '/publishedAt'],
    ['a fraction of a second without digits', { ...article, publishedAt: '2021-07-22T10:51:00.Z' }, '/publishedAt'],
    ['a URL that is not http or https', { ...article, url: 'ftp://example.invalid/news/1' }, '/url'],
    ['no authors in the list', { ...article, authors: [] }, '/authors'],
    ['a raw path that climbs out', { ...article, raw: { ...raw, file: '../one.txt' } }, '/raw/file'],
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

  const entityRecords = readInstalled('data/entities.json') as Record<string, unknown>[];
  const entity = (id: string): Record<string, unknown> => {
    const found = entityRecords.find((record) => record.id === id);
    if (found === undefined) {
      throw new Error(`No entity ${id} in the installed data/entities.json`);
    }
    return found;
  };
  const dushanbe = entity('dushanbe');
  const point = dushanbe.geo as Record<string, unknown>;
  const treaty = entity('collective-security-treaty');
  const treatyDate = treaty.date as Record<string, unknown>;

  it('accept every shipped document, with its date and parties', () => {
    const documents = entityRecords.filter((record) => record.type === 'document');
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.filter((record) => !validators.entity(record)).map((record) => record.id)).toEqual([]);
    expect(treaty.date).toBeDefined();
  });

  it.each([
    ['a point on a person', { ...entity('vladimir-putin'), geo: point }, '/geo'],
    ['a country code on an organization', { ...entity('csto'), countryCode: 'RU' }, '/countryCode'],
    ['a latitude out of range', { ...dushanbe, geo: { ...point, lat: 91 } }, '/geo/lat'],
    ['a longitude out of range', { ...dushanbe, geo: { ...point, lon: -180.5 } }, '/geo/lon'],
    ['a point without its source', { ...dushanbe, geo: { lat: point.lat, lon: point.lon } }, '/geo'],
    ['a country code that is not alpha-2', { ...entity('tajikistan'), countryCode: 'TJK' }, '/countryCode'],
    ['a date on a person', { ...entity('vladimir-putin'), date: treaty.date }, '/date'],
    ['parties on an event', { ...entity('sco-summit'), parties: treaty.parties }, '/parties'],
    [
      'a date that is not a TIMEX3 calendar value',
      { ...treaty, date: { ...treatyDate, value: '15.05.1992' } },
      '/date/value',
    ],
    ['a date without evidence', { ...treaty, date: { ...treatyDate, evidence: [] } }, '/date/evidence'],
  ] as const)('reject an entity with %s', (_case, record, instancePath) => {
    expect(validators.entity(record)).toBe(false);
    expect(validators.entity.errors?.map((error) => error.instancePath)).toContain(instancePath);
  });

  it('reject a topic with an IPTC code of the wrong form', () => {
    const topic = (readInstalled('data/topics.json') as Record<string, unknown>[])[0];
    expect(validators.topic({ ...topic, iptc: '20000639' })).toBe(false);
  });
});
