import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findTimeExpressions, type FoundTimeExpression } from '../src/index.js';
import { timexProblem } from '../src/internal/dates/timex.js';
import { isDeleted } from '../src/internal/text/normalize.js';
import { runs } from './support/propertyRuns.js';

// Time phrases of every form, relative and not, and words and marks around them.
const PHRASES = [
  '23 أيلول/سبتمبر 2013',
  '٢٩ يونيو ٢٠٢٢',
  '15أيار/ مايو 1992',
  'يوم أمس الثلاثاء 28 يونيو/حزيران 2022',
  'مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025',
  'الجمعة 22 يوليو 2021',
  '10:58 GMT 09.10.2025',
  'الأول من سبتمبر',
  '8 أكتوبر/تشرين الأول',
  '16 مايو/أيار الماضي',
  'مارس المقبل',
  'أوائل يونيو/حزيران الماضي',
  'في مايو',
  'عام 2024',
  'بعام 2020',
  'في 2019',
  '1-3 يناير 2025',
  'من 1 إلى 3 يناير',
  'بين 1 و3 يناير 2025',
  '30 ديسمبر - 2 يناير',
  'الفترة من يناير/كانون الثاني إلى ابريل/نيسان 2022',
  'بالفترة نفسها من عام 2021',
  'الفترة نفسها من العام الماضي',
  'للفترة 2025 - 2027',
  'بين عامي 2020 و2022',
  'الأشهر السبعة الأولى من هذا العام',
  'النصف الثاني من اليوم',
  'الربع الأول من العام المقبل',
  'أمس',
  'أول أمس',
  'غدا',
  'اليوم الخميس',
  'واليوم الجمعة',
  'صباح اليوم الأربعاء',
  'اليوم',
  'اليوم التالي',
  'الأسبوع الماضي',
  'هذا الشهر',
  'العام الماضي',
  'هذا العام',
  'نفس العام',
  'الشهر نفسه',
  'مساء',
  'مساء الأحد',
  'ثلاثين عاما',
  'الـ 30 عاما الماضية',
  'السنوات الـ 30الماضية',
  'خمس وعشرين يوما',
  'ساعتين',
  'لسنوات',
  'منذ أشهر',
  'في وقت سابق',
  'مؤخراً',
  'حالياً',
  'في المستقبل',
  'أسرع وقت ممكن',
] as const;
const WORDS = ['قال', 'الرئيس', 'في', 'من', 'إلى', 'و', 'دوشنبه', 'ستعقد', 'مارس', 'أب', 'الغد', '2019', '5'] as const;
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
});
