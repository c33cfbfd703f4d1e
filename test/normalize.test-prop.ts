import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normalizeArabic } from '../src/index.js';
import {
  charLengthAt,
  normalizeText,
  normalizeToOffsetBuffer,
  normalizeWithOffsets,
} from '../src/internal/text/normalize.js';
import { WORD, words } from '../src/internal/text/tokenize.js';
import { runs } from './support/propertyRuns.js';

// Arabic letters and marks the normalizer folds, any code point, and lone surrogates.
const arabicish = fc
  .array(
    fc.oneof(
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points on purpose: each letter and each combining mark is its own constant
      fc.constantFrom(...'أإآاىيةهؤئـًٌٍَُِّْٰ٠١٢۳ ﻻ\u00a0\u200cبوتينABC'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    ),
  )
  .map((parts) => parts.join(''));

// Any string at all: any UTF-16 units, so lone and reversed surrogates too.
const anyString = fc.oneof(
  arabicish,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
);

// What the normalizer deletes or rewrites: harakat and other marks, superscript alef, tatweel, Arabic-Indic and Persian digits.
const FOLDED = /[\u064B-\u065F\u0670\u0640\u0660-\u0669\u06F0-\u06F9]/u;

describe('normalizeArabic (properties)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const once = normalizeArabic(text);
        expect(normalizeArabic(once)).toBe(once);
      }),
      runs('normalizeArabic is idempotent'),
    );
  });

  it('never throws on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(typeof normalizeArabic(text)).toBe('string');
      }),
      runs('normalizeArabic never throws on any string, lone surrogates included'),
    );
  });

  it('leaves no diacritics, tatweel or Arabic-Indic digits', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(normalizeArabic(text)).not.toMatch(FOLDED);
      }),
      runs('normalizeArabic leaves no diacritics, tatweel or Arabic-Indic digits'),
    );
  });

  it('leaves Latin text equal to its lower-case form', () => {
    const latin = fc
      .array(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(latin, (text) => {
        expect(normalizeArabic(text)).toBe(text.toLowerCase());
      }),
      runs('normalizeArabic leaves Latin text equal to its lower-case form'),
    );
  });
});

describe('normalizeText (properties)', () => {
  it('splits words exactly as the WORD pattern does on normalized text', () => {
    const withNumbers = fc
      .array(fc.oneof(arabicish, fc.constantFrom('44.7', '2022.', '1٫5', '.3', '𝟐𝟎', '𠀀ب', 'é', '\u0301')), {
        maxLength: 6,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withNumbers, (text) => {
        expect(words(text)).toEqual(normalizeText(text).match(WORD) ?? []);
      }),
      runs('normalizeText splits words exactly as the WORD pattern does'),
    );
  });

  it('gives the same text as the offset-keeping normalizer', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        expect(normalizeWithOffsets(text).text).toBe(normalizeText(text));
      }),
      runs('normalizeText equals the offset-keeping normalizer'),
    );
  });

  it("gives the offset-keeping normalizer's text and offsets from its buffers", () => {
    // ASCII punctuation and the Arabic block's digits and signs take their own fast paths.
    const mixed = fc
      .array(fc.oneof(arabicish, anyString, fc.constantFrom('،؛؟٪٫', '\t\r\v\f', '.,-()"', '۰۹٠٩', 'ٵٶٷٸ', '𝐌𝐰')), {
        maxLength: 4,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, (text) => {
        const { units, starts, length } = normalizeToOffsetBuffer(text);
        const ends = Array.from(starts.subarray(0, length), (start) => start + charLengthAt(text, start));
        expect({
          text: String.fromCharCode(...units.subarray(0, length)),
          start: [...starts.subarray(0, length)],
          end: ends,
        }).toEqual(normalizeWithOffsets(text));
      }),
      runs('normalizeToOffsetBuffer equals normalizeWithOffsets, offsets included'),
    );
  });

  it('maps each output unit to a valid input range', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const { text: out, start, end } = normalizeWithOffsets(text);
        expect(start).toHaveLength(out.length);
        expect(
          start.every((from, index) => from >= 0 && from < (end[index] ?? 0) && (end[index] ?? 0) <= text.length),
        ).toBe(true);
      }),
      runs('normalizeWithOffsets maps each output unit to a valid input range'),
    );
  });
});
