import { describe, expect, it } from 'vitest';

import { isPlain, markPlain } from '../../src/internal/corpus/plainRecords.js';

describe('plainRecords', () => {
  it('knows only the lists marked as parsed by this package, not equal copies of them', () => {
    const parsed: unknown[] = [JSON.parse('{"id":"a"}')];
    const copy = [...parsed];
    expect([isPlain(parsed), isPlain(copy)]).toEqual([false, false]);
    markPlain(parsed);
    expect([isPlain(parsed), isPlain(copy)]).toEqual([true, false]);
  });
});
