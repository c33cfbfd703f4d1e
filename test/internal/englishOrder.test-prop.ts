import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { entities, topics } from '../../src/index.js';
import { compareEnglish } from '../../src/internal/text/englishOrder.js';
import { runs } from '../support/propertyRuns.js';

/** Characters in compareEnglish's table, and a few outside it. */
const INSIDE = [
  ' ',
  '-',
  '–',
  '—',
  ',',
  ':',
  '.',
  "'",
  '"',
  '(',
  ')',
  '/',
  '&',
  '0',
  '1',
  '8',
  '9',
  'a',
  'A',
  'b',
  'B',
  'm',
  'M',
  'z',
  'Z',
];
const OUTSIDE = ['é', 'É', '_', 'ß', 'ä', 'ı', '!', '?', 'ط'];

const sign = (value: number): number => Math.sign(value);
const text = (alphabet: readonly string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((characters) => characters.join(''));

const agrees = 'compareEnglish agrees with localeCompare(…, "en"), or defers to it, on any two strings';

describe('compareEnglish', () => {
  it('orders every pair of names of the shipped registries as localeCompare does', () => {
    const names = [...entities.map((entity) => entity.name.en), ...topics.map((topic) => topic.label.en)];
    for (const a of names) {
      for (const b of names) {
        const fast = compareEnglish(a, b);
        if (fast !== undefined) {
          expect([a, b, fast]).toEqual([a, b, sign(a.localeCompare(b, 'en'))]);
        }
      }
    }
    // The names the command line sorts by are all in the table.
    expect(names.filter((name) => compareEnglish(name, name) === undefined)).toEqual([]);
  });

  it.each([
    ['a', 'A', -1],
    ['aB', 'Ab', -1],
    ['ab', 'a b', 1],
    ['a-b', 'a b', 1],
    ['Zeta', 'alpha', 1],
    ['9', 'a', -1],
    ['same', 'same', 0],
    ['café', 'cafe', undefined],
  ] as const)('compares %j with %j as %s', (a, b, expected) => {
    expect(compareEnglish(a, b)).toBe(expected);
  });

  it(agrees, () => {
    fc.assert(
      fc.property(fc.oneof(text(INSIDE), text([...INSIDE, ...OUTSIDE])), text(INSIDE), (a, b) => {
        for (const [left, right] of [
          [a, b],
          [b, a],
        ] as const) {
          const fast = compareEnglish(left, right);
          const outside = OUTSIDE.some((character) => left.includes(character) || right.includes(character));
          expect(fast).toBe(outside ? undefined : sign(left.localeCompare(right, 'en')));
        }
      }),
      runs(agrees),
    );
  });
});
