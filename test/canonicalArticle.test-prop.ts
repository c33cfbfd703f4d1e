import { isDeepStrictEqual } from 'node:util';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { articles, ArticleSchema } from '../src/index.js';
import { isCanonicalArticle } from '../src/internal/corpus/canonicalArticle.js';
import { articleArbitrary } from './support/arbitraries.js';
import { runs } from './support/propertyRuns.js';

type Bag = Record<string, unknown>;

/** Every object and array of `value` with its path, the value itself first. */
function containers(
  value: unknown,
  path: readonly (string | number)[] = [],
): { path: (string | number)[]; at: object }[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const children = Array.isArray(value)
    ? value.flatMap((item, index) => containers(item, [...path, index]))
    : Object.entries(value).flatMap(([key, item]) => containers(item, [...path, key]));
  return [{ path: [...path], at: value }, ...children];
}

/** Values that each break some rule of the schema somewhere, or that it normalizes. */
const HOSTILE = [
  undefined,
  null,
  '',
  '   ',
  ' padded',
  'Not Kebab',
  'x',
  'a-1',
  'e-0',
  'minute',
  'day',
  'stated',
  'inferred',
  'body',
  'title',
  'header',
  'publisher',
  'ar',
  'ru',
  -1,
  0,
  1,
  1.5,
  2 ** 53,
  Number.NaN,
  [],
  [''],
  ['x'],
  {},
  '2024-02-30',
  '2024-03-12',
  '2024-03-12T10:00:00Z',
  '2024-03-12T13:00:00+03:00',
  '2024-03-12T10:00Z',
  'https://example.org/news/1',
  'https://exa mple.org',
  'ftp://example.org',
  'data/raw/x.txt',
  '../x.txt',
  'first\n\n second',
  'Two sentences. Here.',
  [['x']],
  '2024',
  '2022-01/2022-04',
  '2022-04/2022-01',
  '2025-10-08TEV',
  'P30Y',
  'PAST_REF',
  'USD',
  'usd',
  'percent',
  'count',
  'about',
  'trade-volume',
  'direct',
  'partial',
] as const;

const ACTIONS = [
  'set',
  'set near',
  'delete',
  'add a key',
  'reverse the keys',
  'add a hole',
  'freeze the top only',
  'drop the prototype',
] as const;

/** Values close to `current`, and its siblings' values: the edges of each rule that one field states. */
function near(current: unknown, siblings: readonly unknown[]): unknown[] {
  const other = [undefined, 'inferred', 'stated', 'minute', 'day', 'title', 'body', ...siblings];
  if (typeof current === 'string') {
    return [
      ` ${current}`,
      `${current} `,
      `${current}\n\n`,
      `${current}\n\n x`,
      current.toUpperCase(),
      current.slice(1),
      `${current}+03:00`,
      ...siblings,
    ];
  }
  if (typeof current === 'number') {
    return [current - 1, current + 1, -current, current + 0.5, ...other];
  }
  return other;
}

/** `record` with one change at one of its fields (or one of its objects or arrays), made on a deep copy. */
function mutate(record: unknown, pick: number, action: (typeof ACTIONS)[number], valuePick: number): unknown {
  const copy = structuredClone(record);
  // Every field of every object and array: a change lands on any of them with the same odds.
  const slots = containers(copy).flatMap(({ at }) => {
    const keys = Object.keys(at);
    return keys.length === 0 ? [{ at, key: 'extra' }] : keys.map((key) => ({ at, key }));
  });
  const { at, key } = slots[pick % slots.length]!;
  const bag = at as Bag;
  switch (action) {
    case 'set':
      bag[key] = HOSTILE[valuePick % HOSTILE.length];
      break;
    case 'set near': {
      const values = near(bag[key], Object.values(at));
      bag[key] = values[valuePick % values.length];
      break;
    }
    case 'delete':
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing a field is the mutation under test
      delete bag[key];
      break;
    case 'add a key':
      bag['extra'] = HOSTILE[valuePick % HOSTILE.length];
      break;
    case 'reverse the keys':
      if (!Array.isArray(at)) {
        const entries = Object.entries(at).reverse();
        for (const [name] of entries) {
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- re-adding the keys in another order
          delete bag[name];
        }
        for (const [name, item] of entries) {
          bag[name] = item;
        }
      }
      break;
    case 'add a hole':
      if (Array.isArray(at)) {
        at.length += 1;
      }
      break;
    case 'freeze the top only':
      Object.freeze(at);
      break;
    case 'drop the prototype':
      Object.setPrototypeOf(at, null);
      break;
  }
  return copy;
}

/** Whether ArticleSchema accepts `value` and returns it unchanged: deep-equal, with the same key order. */
function schemaKeeps(value: unknown): boolean {
  const parsed = ArticleSchema.safeParse(value);
  return (
    parsed.success && isDeepStrictEqual(parsed.data, value) && JSON.stringify(parsed.data) === JSON.stringify(value)
  );
}

const plainShipped = JSON.parse(JSON.stringify(articles)) as unknown[];
/** A generated article with some of the optional fields the schema knows: so that each is drawn, and mutated, often. */
const richArticle = fc
  .tuple(
    articleArbitrary('a-0'),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([article, url, authors, inferred, modified, party, layers, evidence]) => {
    const [first] = article.source.chain;
    return {
      ...article,
      // One list of quotes for the one sentence of the generated summary.
      ...(evidence
        ? { en: { ...article.en, evidence: { title: [article.title], summary: [[article.body.slice(0, 3)]] } } }
        : {}),
      ...(modified ? { modifiedAt: '2025-01-02T03:04:05Z' } : {}),
      date: {
        ...article.date,
        ...(inferred ? { basis: 'inferred', corroboration: ['موقع'], inference: 'From the site.' } : {}),
        ...(modified ? { modifiedEvidence: 'موقع' } : {}),
      },
      source: {
        ...article.source,
        chain: party ? [{ ...first, basis: 'inferred', inference: 'From the site.', entity: 'e-1' }] : [first],
      },
      ...(url ? { url: 'https://example.org/news/1' } : {}),
      ...(authors ? { authors: ['كاتب'] } : {}),
      ...(layers
        ? {
            timeExpressions: [
              { field: 'title', start: 0, end: 1, value: '2024', basis: 'stated' },
              { field: 'body', start: 0, end: 1, value: '2022-01/2022-04', basis: 'inferred', evidence: 'موقع' },
            ],
            quantities: [
              {
                field: 'body',
                start: 0,
                end: 1,
                value: 1.5,
                unit: 'USD',
                comparator: 'about',
                measure: 'trade-volume',
                period: '2024',
                subject: 'e-1',
              },
            ],
            quotations: [
              {
                speaker: 'e-1',
                kind: 'direct',
                cue: { field: 'title', start: 0, end: 1 },
                quote: { field: 'body', start: 0, end: 1 },
              },
            ],
          }
        : {}),
    };
  })
  // The spread above adds keys in another order than the schema's: rebuild in the schema's order.
  .map((article) => JSON.parse(JSON.stringify(ArticleSchema.parse(article))) as unknown);
const valid = fc.oneof(fc.constantFrom(...plainShipped), articleArbitrary('a-0'), richArticle, richArticle);
const mutated = fc
  .tuple(valid, fc.noBias(fc.nat()), fc.constantFrom(...ACTIONS), fc.noBias(fc.nat()))
  .map(([record, pick, action, valuePick]) => mutate(record, pick, action, valuePick));

describe('isCanonicalArticle', () => {
  const implies = 'every record isCanonicalArticle accepts, ArticleSchema accepts and returns unchanged';
  it(implies, () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 1, arbitrary: valid }, { weight: 4, arbitrary: mutated }, fc.anything()),
        (value) => {
          if (isCanonicalArticle(value)) {
            accepted += 1;
            expect(schemaKeeps(value)).toBe(true);
          }
        },
      ),
      runs(implies),
    );
    // The property holds of accepted records: make sure there were some.
    expect(accepted).toBeGreaterThan(0);
  });

  const same = 'on JSON records, isCanonicalArticle accepts exactly what ArticleSchema accepts and returns unchanged';
  it(same, () => {
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (value) => {
        // What JSON.parse gives: no undefined, no holes, no frozen objects (a mutation leaves an object at the top).
        const record = JSON.parse(JSON.stringify(value)) as unknown;
        const canonical = isCanonicalArticle(record);
        outcomes.add(canonical);
        expect(canonical).toBe(schemaKeeps(record));
      }),
      runs(same),
    );
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it('agrees with ArticleSchema on every single-field change of four generated records', () => {
    const bases = fc.sample(richArticle, { numRuns: 4, seed: 17 });
    let tried = 0;
    for (const base of bases) {
      const slotCount = containers(base).reduce((sum, { at }) => sum + Math.max(1, Object.keys(at).length), 0);
      for (let pick = 0; pick < slotCount; pick += 1) {
        for (const action of ACTIONS) {
          const valueCount =
            action === 'set' || action === 'add a key' ? HOSTILE.length : action === 'set near' ? 20 : 1;
          for (let valuePick = 0; valuePick < valueCount; valuePick += 1) {
            const value = mutate(base, pick, action, valuePick);
            tried += 1;
            if (isCanonicalArticle(value)) {
              expect(schemaKeeps(value)).toBe(true);
            }
            const record = JSON.parse(JSON.stringify(value)) as unknown;
            const keeps = schemaKeeps(record);
            expect(isCanonicalArticle(record)).toBe(keeps);
            expect(isCanonicalArticle(record, true)).toBe(keeps);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(1_000);
  });

  const plainMode = 'on JSON records, the plain mode accepts exactly what the exact mode accepts';
  it(plainMode, () => {
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (value) => {
        const record = JSON.parse(JSON.stringify(value)) as unknown;
        const canonical = isCanonicalArticle(record);
        outcomes.add(canonical);
        expect(isCanonicalArticle(record, true)).toBe(canonical);
      }),
      runs(plainMode),
    );
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  // What only code can build, and JSON.parse never returns: the plain mode does not look for it.
  const exotic = [
    ['a getter', (record: Bag) => Object.defineProperty(record, 'body', { get: () => 'نص', enumerable: true })],
    ['a symbol key', (record: Bag) => Object.defineProperty(record, Symbol('extra'), { value: 1, enumerable: true })],
    ['a hidden key', (record: Bag) => Object.defineProperty(record, 'extra', { value: 1, enumerable: false })],
    [
      'a hole in a list',
      (record: Bag) => {
        (record['topics'] as unknown[]).length += 1;
      },
    ],
    [
      'a getter in a list',
      (record: Bag) => Object.defineProperty(record['entities'] as unknown[], 0, { get: () => ({}), enumerable: true }),
    ],
  ] as const;
  it.each(exotic)('refuses, in the exact (default) mode, a record with %s', (_name, change) => {
    const record = structuredClone(plainShipped[0]) as Bag;
    expect(isCanonicalArticle(record)).toBe(true);
    change(record);
    expect(isCanonicalArticle(record)).toBe(false);
  });

  it('accepts every shipped article and refuses a date that the schema would normalize', () => {
    expect(plainShipped.every((record) => isCanonicalArticle(record))).toBe(true);
    expect(plainShipped.every((record) => isCanonicalArticle(record, true))).toBe(true);
    const shifted = { ...(plainShipped[0] as Bag), publishedAt: '2021-07-22T13:00:00+03:00' };
    expect(isCanonicalArticle(shifted)).toBe(false);
  });
});
