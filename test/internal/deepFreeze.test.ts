import { describe, expect, it } from 'vitest';

import { articles } from '../../src/index.js';
import { deepFreeze } from '../../src/internal/corpus/deepFreeze.js';

/** The paths of the objects and arrays of `value`, by own enumerable keys, that are not frozen. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const inner = Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`));
  return Object.isFrozen(value) ? inner : [path, ...inner];
}

describe('deepFreeze', () => {
  it.each([
    { mode: 'exact', plain: false },
    { mode: 'plain', plain: true },
  ] as const)('freezes, in the $mode mode, every object and array of JSON records', ({ plain }) => {
    const records = JSON.parse(JSON.stringify(articles)) as unknown[];
    expect(unfrozen(records).length).toBeGreaterThan(100);
    expect(deepFreeze(records, plain)).toBe(records);
    expect(unfrozen(records)).toEqual([]);
  });

  it('freezes, in the exact mode, what a hidden key or a symbol key holds', () => {
    const hidden = { note: 'x' };
    const symbolic = { note: 'y' };
    const record = { id: 'a' };
    Object.defineProperty(record, 'hidden', { value: hidden, enumerable: false });
    Object.defineProperty(record, Symbol('symbolic'), { value: symbolic, enumerable: true });
    deepFreeze(record);
    expect([Object.isFrozen(hidden), Object.isFrozen(symbolic)]).toEqual([true, true]);
  });

  it('leaves, in the plain mode, an object that a polluted Object.prototype lends unfrozen', () => {
    const lent = { note: 'lent' };
    Object.defineProperty(Object.prototype, 'lent', {
      value: lent,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      const record = JSON.parse('{"id":"a","nested":{"list":[{"x":1}]}}') as unknown;
      deepFreeze(record, true);
      expect(unfrozen(record)).toEqual([]);
      expect(Object.isFrozen(lent)).toBe(false);
    } finally {
      // @ts-expect-error [ts2339] -- removing the key this test lent to every object
      delete Object.prototype.lent;
    }
  });
});
