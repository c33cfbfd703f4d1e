import { describe, expect, it } from 'vitest';

import { type Article, createCorpus } from '../src/index.js';
import { isCanonicalArticle } from '../src/internal/corpus/canonicalArticle.js';
import { makeArticle } from './support/makeArticle.js';

type Bag = Record<string, unknown>;

/** Makes `key` of `bag` a getter that returns its current value. */
function withGetter(bag: Bag, key: string): Bag {
  const value = bag[key];
  Object.defineProperty(bag, key, { get: () => value, enumerable: true, configurable: true });
  return bag;
}

/** Makes `key` of `bag` non-enumerable, with its current value. */
function hidden(bag: Bag, key: string): Bag {
  Object.defineProperty(bag, key, { value: bag[key], enumerable: false, writable: true, configurable: true });
  return bag;
}

class Topics extends Array<unknown> {}

/** A class whose instances carry a method besides their data. */
class Draft {
  describe(): string {
    return 'a draft';
  }
}

/**
 * Objects that are not plain data, each somewhere in an otherwise canonical record: Zod's copy
 * would not keep them as they are (a getter is read into a value, a symbol or hidden key is
 * dropped, a subclass becomes an Array), so the fast path must leave each to the schema.
 */
const EXOTIC = [
  ['a getter on the record', (record: Bag) => withGetter(record, 'title')],
  ['a getter on a nested object', (record: Bag) => (withGetter(record.en as Bag, 'title'), record)],
  ['a symbol key on the record', (record: Bag) => Object.assign(record, { [Symbol('extra')]: 1 })],
  ['a symbol key on a list', (record: Bag) => (Object.assign(record.topics as object, { [Symbol('x')]: 1 }), record)],
  ['a non-enumerable key on the record', (record: Bag) => hidden(record, 'body')],
  ['a non-enumerable key on a nested object', (record: Bag) => (hidden(record.date as Bag, 'basis'), record)],
  [
    'a list that is an Array subclass',
    (record: Bag) => Object.assign(record, { topics: Topics.from(record.topics as unknown[]) }),
  ],
  ['a record with a class prototype', (record: Bag) => Object.setPrototypeOf(record, Draft.prototype) as Bag],
  [
    'a list with an extra named property',
    (record: Bag) => (Object.assign(record.topics as object, { note: 1 }), record),
  ],
] as const;

describe('the fast path of ArticleSchema on objects that are not plain data', () => {
  it.each(EXOTIC)('leaves %s to the schema', (_name, make) => {
    const base = makeArticle({ id: 'a', topics: ['agreements'] });
    // The control: the same record, as plain data, takes the fast path.
    expect(isCanonicalArticle(structuredClone(base))).toBe(true);
    const record = make(structuredClone(base));
    expect(isCanonicalArticle(record)).toBe(false);
    // The schema makes a plain, frozen copy: the caller's object is neither kept nor frozen.
    const [kept] = createCorpus([record]).articles;
    expect(kept).not.toBe(record as unknown as Article);
    expect(kept).toEqual(JSON.parse(JSON.stringify(base)));
    expect(Object.isFrozen(record)).toBe(false);
  });
});
