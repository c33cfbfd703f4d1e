import { describe, expect, it } from 'vitest';

import { attempt, BAD_INPUTS, fault, TARGETS } from './support/badInputs.js';

// Every public function, at every argument position, with every bad value: each call must give
// its documented result, or throw one of its documented errors, naming the value.
const cases = TARGETS.map((target) => [target.call, target] as const);

describe('the bad-input matrix', () => {
  it.each(cases)(
    '%s gives its documented result or a documented error naming the value, for every bad value',
    async (_call, target) => {
      const faults: string[] = [];
      for (const input of BAD_INPUTS) {
        const problem = fault(target, input.value, await attempt(target, input.value));
        if (problem !== undefined) {
          faults.push(`${input.label}: ${problem}`);
        }
      }
      expect(faults).toEqual([]);
    },
  );

  it('covers every public function', async () => {
    const api = await import('../src/index.js');
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && !/Error$/.test(name) && !/Schema$/.test(name))
      .map(([name]) => name);
    const called = new Set(TARGETS.map((target) => /^[\w]+/.exec(target.call)?.[0]));
    expect(functions.filter((name) => !called.has(name))).toEqual([]);
    expect(called.has('corpus')).toBe(true);
  });

  it('would catch a wrong answer: the rules reject an undocumented result or error', () => {
    const target = TARGETS[0]!;
    expect(fault(target, null, { kind: 'returned', result: 'surprise' })).toMatch(/not its documented result/);
    expect(fault(target, null, { kind: 'threw', error: new TypeError('x') })).toMatch(/does not document/);
    expect(
      fault(target, null, {
        kind: 'threw',
        error: new (target.throws[0] as unknown as new (message: string, value: unknown) => Error)(
          'Expected something',
          null,
        ),
      }),
    ).toMatch(/does not name null/);
  });
});
