import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type ArticleField, toCsv, toNdjson } from '../src/index.js';
import { corpusArbitrary } from './support/arbitraries.js';
import { makeArticle } from './support/makeArticle.js';
import { runs } from './support/propertyRuns.js';

// Text that CSV must quote: commas, quotes, both line endings, a BOM, leading spaces, and Arabic.
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '"', '""', '\n', '\r', '\r\n', '\uFEFF', ' ', ';', 'روسيا', 'a'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);

const FIELDS: readonly ArticleField[] = [
  'id',
  'publishedAt',
  'title',
  'body',
  'topics',
  'entities',
  'mentionCount',
  'modifiedAt',
  'publisher',
];

describe('round trips (properties)', () => {
  it('toNdjson parsed back equals the records', () => {
    const records = fc.oneof(
      corpusArbitrary,
      // JSON has no -0 (JSON.stringify writes it as 0), so the records are JSON values with -0 read as 0.
      fc
        .array(fc.dictionary(fc.string(), fc.jsonValue({ stringUnit: 'binary' }), { noNullPrototype: true }), {
          maxLength: 10,
        })
        .map((list) => list.map((record) => JSON.parse(JSON.stringify(record)) as Record<string, unknown>)),
    );
    fc.assert(
      fc.property(records, (list) => {
        const text = toNdjson(list);
        const lines = text.split('\n');
        // Every record ends with a newline, so the text ends with one (or is empty).
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(list.length);
        expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(list);
      }),
      runs('toNdjson parsed back equals the records'),
    );
  });

  it('toCsv parsed back by csv-parse gives the same field values', () => {
    const list = fc.array(
      fc
        .record({ title: awkward, body: awkward, modifiedAt: fc.option(fc.constant('2022-01-02'), { nil: undefined }) })
        .map(({ title, body, modifiedAt }) => ({
          ...makeArticle({ id: 'a', title, body, entities: ['russia'], topics: ['diplomacy', 'migration'] }),
          ...(modifiedAt === undefined ? {} : { modifiedAt }),
        })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(list, fc.boolean(), (records, bom) => {
        const rows = parse(toCsv(records, { fields: FIELDS, bom }), { bom: true, relax_quotes: false });
        expect(rows[0]).toEqual(FIELDS);
        expect(rows.slice(1)).toEqual(
          records.map((article) => [
            article.id,
            article.publishedAt,
            article.title,
            article.body,
            article.topics.join(';'),
            article.entities.map((entity) => entity.id).join(';'),
            String(article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0)),
            article.modifiedAt ?? '',
            article.source.chain.at(-1)?.en ?? '',
          ]),
        );
      }),
      runs('toCsv parsed back by csv-parse gives the same field values'),
    );
  });
});
