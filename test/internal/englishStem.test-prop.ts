import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { englishStem } from '../../src/internal/search/englishStem.js';
import { runs } from '../support/propertyRuns.js';

// Words of the letters the rules look at, with apostrophes, so that every rule and its exceptions are drawn often.
const wordish = fc
  .array(fc.constantFrom(...(['a', 'e', 'i', 'o', 'u', 's', 'y', 'k', "'", '\u2019', '\uff07'] as const)), {
    maxLength: 8,
  })
  .map((letters) => letters.join(''));
const anyWord = fc.oneof(wordish, fc.string(), fc.string({ unit: 'binary' }));

describe('englishStem (properties)', () => {
  it('is never longer than its word, never empty for a non-empty word, and idempotent', () => {
    fc.assert(
      fc.property(anyWord, (word) => {
        const stem = englishStem(word);
        expect(stem.length).toBeLessThanOrEqual(word.length);
        expect(stem === '').toBe(word === '');
        expect(englishStem(stem)).toBe(stem);
        // A stem is a prefix of its word, but for -ies, which becomes -y.
        expect(word.startsWith(stem) || (stem.endsWith('y') && word.startsWith(stem.slice(0, -1)))).toBe(true);
      }),
      runs('englishStem is never longer than its word, never empty for a non-empty word, and idempotent'),
    );
  });
});
