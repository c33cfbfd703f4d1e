import { describe, expect, it } from 'vitest';

import { InvalidQueryError, normalizeArabic } from '../src/index.js';

describe('normalizeArabic', () => {
  const table = [
    ['folds alef forms', 'أ إ آ ٱ', 'ا ا ا ا'],
    ['folds alef maqsura', 'مستشفى', 'مستشفي'],
    ['folds ta marbuta', 'القاعدة', 'القاعده'],
    ['folds hamza seats', 'مؤتمر رئيس', 'موتمر رييس'],
    ['deletes diacritics', 'السَّلَامُ', 'السلام'],
    ['deletes tatweel', 'بوتـــين', 'بوتين'],
    ['deletes the zero-width non-joiner', 'إمام\u200cعلي', 'امامعلي'],
    ['reads Arabic-Indic digits', '٢٠١', '201'],
    ['reads Persian digits', '۲۰۲۵', '2025'],
    ['expands the lam-alef ligature', 'ﻻ', 'لا'],
    ['lower-cases Latin', 'CSTO', 'csto'],
    ['collapses whitespace and keeps the ends', ' a\n\n b ', ' a b '],
    ['leaves clitic prefixes alone', 'وبوتين لطاجيكستان', 'وبوتين لطاجيكستان'],
  ] as const;

  it.each(table)('%s', (_name, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('throws InvalidQueryError for a non-string', () => {
    expect(() => normalizeArabic(undefined as unknown as string)).toThrow(InvalidQueryError);
  });
});
