import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findQuantities } from '../src/index.js';
import { readSpan } from '../src/internal/quantities/amounts.js';
import { runs } from './support/propertyRuns.js';

const DIGIT_SETS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'] as const;
const SCALES = [
  ['', 0],
  ['ألف', 3],
  ['مليون', 6],
  ['مليار', 9],
] as const;
/** Units as a writer spells them, with the unit and measure they give. */
const UNITS = [
  ['دولار', 'USD', undefined],
  ['دولار أمريكي', 'USD', undefined],
  ['روبل', 'RUB', undefined],
  ['يورو', 'EUR', undefined],
  ['%', 'percent', undefined],
  ['بالمائة', 'percent', undefined],
  ['في المئة', 'percent', undefined],
  ['اتفاقية', 'count', 'agreements'],
  ['شركة', 'count', 'companies'],
  ['طالب', 'count', 'students'],
  ['وثيقة', 'count', 'documents'],
] as const;
const COMPARATORS = [
  ['', undefined],
  ['حوالي', 'about'],
  ['نحو', 'about'],
  ['أكثر من', 'more-than'],
  ['تزيد عن', 'more-than'],
  ['أقل من', 'less-than'],
  ['يصل إلى', 'up-to'],
] as const;
/** Words around an amount that say nothing about it. */
const FILLER = ['قال', 'الوزير', 'إن', 'التجارة', 'بلغت', 'في', 'البلاد', 'دوشنبه', 'الماضي', 'و'] as const;

const words = (count: number) =>
  fc.array(fc.constantFrom(...FILLER), { maxLength: count }).map((list) => list.join(' '));

const amount = fc.record({
  whole: fc.integer({ min: 0, max: 999 }),
  decimals: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
  digits: fc.constantFrom(...DIGIT_SETS),
  point: fc.constantFrom('.', '٫', ','),
  scale: fc.constantFrom(...SCALES),
  unit: fc.constantFrom(...UNITS),
  comparator: fc.constantFrom(...COMPARATORS),
  before: words(4),
  after: words(4),
});

describe('findQuantities, on generated text', () => {
  it('reads back any generated amount in either digit set, with its scale word, unit and comparator', () => {
    fc.assert(
      fc.property(amount, ({ whole, decimals, digits, point, scale, unit, comparator, before, after }) => {
        // A percentage has no scale word.
        const scaleWord: string = unit[1] === 'percent' ? '' : scale[0];
        const power: number = unit[1] === 'percent' ? 0 : scale[1];
        const latin = decimals === undefined ? String(whole) : `${whole}.${decimals}`;
        // eslint-disable-next-line @typescript-eslint/no-misused-spread -- ASCII digits and a point: one code unit each
        const number = [...latin].map((char) => (char === '.' ? point : digits[Number(char)])).join('');
        const written = unit[0] === '%' ? `${number}%` : `${number} ${[scaleWord, unit[0]].filter(Boolean).join(' ')}`;
        const text = [before, comparator[0], written, after].filter(Boolean).join(' ');
        const found = findQuantities(text);
        expect(found).toHaveLength(1);
        const [reading] = found;
        expect(text.slice(reading?.start, reading?.end)).toBe(written);
        // The value as the decimal the text writes, shifted by the scale: exact, not a product of floats.
        expect(reading?.value).toBe(Number(`${latin}e${power}`));
        expect(reading?.unit).toBe(unit[1]);
        expect(reading?.comparator).toBe(comparator[1]);
        expect(reading?.measure).toBe(unit[2]);
      }),
      runs(
        'findQuantities reads back any generated amount in either digit set, with its scale word, unit and comparator',
      ),
    );
  });

  // Strings of the pieces amounts are made of, and of anything else.
  const PIECES = [
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- digits of the BMP: one code unit each
    ...DIGIT_SETS.flatMap((set) => [...set]),
    ...SCALES.map(([word]) => word),
    ...UNITS.map(([word]) => word),
    ...COMPARATORS.map(([word]) => word),
    ...FILLER,
    'خمس',
    'عشرة',
    'وعشرون',
    'مائة',
    'نصف',
    'الحكومة',
    'ونصف',
    'رقم',
    'عام',
    'أكتوبر',
    'سنوات',
    '.',
    ',',
    '٫',
    '٬',
    ':',
    '/',
    '-',
    '"',
    'ً',
    'ـ',
    ' ',
    ' ',
  ];
  const mixed = fc
    .array(
      fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })),
      {
        maxLength: 40,
      },
    )
    .map((list) => list.join(''));

  it('gives amounts in order, without overlap, each of whose spans reads by its words alone as the same amount, on any string', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const found = findQuantities(text);
        let end = 0;
        for (const reading of found) {
          expect(reading.start).toBeGreaterThanOrEqual(end);
          expect(reading.end).toBeGreaterThan(reading.start);
          expect(reading.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(reading.value) && reading.value >= 0).toBe(true);
          end = reading.end;
          // The check buildArticle makes of a span: its words alone give the same value, unit and comparator.
          const again = readSpan(text, reading.start, reading.end);
          expect([again?.value, again?.unit, again?.comparator]).toEqual([
            reading.value,
            reading.unit,
            reading.comparator,
          ]);
        }
      }),
      runs('findQuantities gives ordered spans that read by their words alone as the same amount, on any string'),
    );
  });
});
