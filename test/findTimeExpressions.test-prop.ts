import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findTimeExpressions, type FoundTimeExpression } from '../src/index.js';
import { type TimePattern, timePatterns } from '../src/internal/dates/timePatterns.js';
import { timexProblem } from '../src/internal/dates/timex.js';
import { isDeleted, normalizeText } from '../src/internal/text/normalize.js';
import { runs } from './support/propertyRuns.js';
import { missedByCore } from './support/timeCores.js';
import { PHRASES, WORDS } from './support/timePhrases.js';

const NOISE = fc.string({
  unit: fc.constantFrom('ا', 'ل', 'م', 'و', 'ي', 'ـ', '\u064e', '\u0651', '1', '٢', '-', '/', '،', ' ', '\n', 'a'),
  maxLength: 6,
});
const text = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...WORDS), NOISE), { maxLength: 12 }).chain(
  (pieces) =>
    fc
      .array(fc.constantFrom(' ', '، ', '. ', '\n\n', ''), { minLength: pieces.length, maxLength: pieces.length })
      .map((separators) => pieces.map((piece, index) => `${piece}${separators[index]!}`).join('')), // as many separators as pieces
);
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const WORD = /[\p{L}\p{N}]/u;
/** Whether a letter or digit stands at `from` going `step` (±1), past the marks the normalizer deletes. */
function wordCharBeside(text: string, from: number, step: 1 | -1): boolean {
  let at = from;
  while (at >= 0 && at < text.length && isDeleted(text.charCodeAt(at))) {
    at += step;
  }
  return at >= 0 && at < text.length && WORD.test(text.charAt(at));
}

describe('findTimeExpressions (properties)', () => {
  it('gives whole-word spans of the text, in order and apart, with valid TIMEX3 values and quoted evidence', () => {
    fc.assert(
      fc.property(text, fc.option(day, { nil: undefined }), fc.boolean(), (input, writtenOn, quote) => {
        const evidence = 'مساء أمس';
        const options = writtenOn === undefined ? undefined : quote ? { writtenOn, evidence } : { writtenOn };
        let previousEnd = 0;
        for (const { start, end, value, basis, evidence: words } of findTimeExpressions(input, options)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(input.length);
          previousEnd = end;
          const span = input.slice(start, end);
          expect(span.trim()).toBe(span);
          expect(wordCharBeside(input, start - 1, -1)).toBe(false);
          expect(wordCharBeside(input, end, 1)).toBe(false);
          expect(timexProblem(value)).toBeUndefined();
          if (basis === 'stated') {
            expect(words).toBeUndefined();
          } else if (words !== undefined && words !== options?.evidence) {
            // An earlier expression of the text that the value was taken from.
            expect(input.slice(0, start)).toContain(words);
          }
        }
      }),
      runs(
        'findTimeExpressions gives whole-word spans of the text, in order and apart, with valid TIMEX3 values and quoted evidence',
      ),
    );
  });

  it('finds the same spans with and without writtenOn, and resolves only the digits the words leave open', () => {
    fc.assert(
      fc.property(text, day, (input, writtenOn) => {
        const evidence = 'مساء أمس';
        const open = findTimeExpressions(input);
        const resolved = findTimeExpressions(input, { writtenOn, evidence });
        const span = ({ start, end }: FoundTimeExpression): readonly number[] => [start, end];
        expect(resolved.map(span)).toEqual(open.map(span));
        open.forEach((left, index) => {
          const right = resolved[index]!; // the same number of spans
          if (!left.value.includes('X')) {
            expect(right).toEqual(left);
            return;
          }
          expect(right.value).toHaveLength(left.value.length);
          // TIMEX3 values are ASCII: one character per UTF-16 unit.
          for (let at = 0; at < left.value.length; at += 1) {
            if (left.value[at] !== 'X') {
              expect(right.value[at]).toBe(left.value[at]);
            }
          }
          expect(right.basis).toBe(right.value.includes('X') ? 'stated' : 'inferred');
          if (right.basis === 'inferred') {
            expect(right.evidence === evidence || input.slice(0, right.start).includes(right.evidence!)).toBe(true);
          }
        });
      }),
      runs(
        'findTimeExpressions finds the same spans with and without writtenOn, and resolves only the digits the words leave open',
      ),
    );
  });

  it('finds with the cores every match a whole-text scan of a pattern finds', () => {
    const patterns = Object.values(timePatterns()).filter(
      (entry): entry is TimePattern => typeof entry === 'object' && 'pattern' in entry,
    );
    fc.assert(
      fc.property(text, (input) => {
        const folded = normalizeText(input);
        for (const pattern of patterns) {
          expect(missedByCore(folded, pattern)).toEqual([]);
        }
      }),
      runs('every match of a time pattern in a whole-text scan holds its core within its word window'),
    );
  });
});
