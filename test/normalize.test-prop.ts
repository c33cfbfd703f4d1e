import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets } from '../src/internal/normalize.js';
import { WORD, words } from '../src/internal/tokenize.js';

// Arabic letters and marks the normalizer folds, any code point, and lone surrogates.
const arabicish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'أإآاىيةهؤئـًٌٍَُِّْٰ٠١٢۳ ﻻ\u00a0\u200cبوتينABC'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    ),
  )
  .map((parts) => parts.join(''));

describe('normalizeText (properties)', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(arabicish, (text) => normalizeText(normalizeText(text)) === normalizeText(text)));
  });

  it('leaves no diacritics, tatweel or Arabic-Indic digits', () => {
    fc.assert(fc.property(arabicish, (text) => !/[\u064B-\u065F\u0670\u0640\u0660-\u0669\u06F0-\u06F9]/u.test(normalizeText(text))));
  });

  it('splits words exactly as the WORD pattern does on normalized text', () => {
    const withNumbers = fc.array(fc.oneof(arabicish, fc.constantFrom('44.7', '2022.', '1٫5', '.3', '𝟐𝟎', '𠀀ب', 'é', '\u0301')), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(withNumbers, (text) => {
        expect(words(text)).toEqual(normalizeText(text).match(WORD) ?? []);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text as the offset-keeping normalizer', () => {
    fc.assert(fc.property(arabicish, (text) => normalizeText(text) === normalizeWithOffsets(text).text));
  });

  it('maps each output unit to a valid input range', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const { text: out, start, end } = normalizeWithOffsets(text);
        expect(start).toHaveLength(out.length);
        return start.every((from, index) => from >= 0 && from < (end[index] ?? 0) && (end[index] ?? 0) <= text.length);
      }),
    );
  });
});
