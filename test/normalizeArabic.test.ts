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

  it.each(table)('%s, with offsets that lead back to the input', (_name, input, expected) => {
    const { text, start, end } = normalizeArabic(input, { offsets: true });
    expect(text).toBe(expected);
    expect(start).toHaveLength(text.length);
    expect(end).toHaveLength(text.length);
    for (let index = 0; index < text.length; index += 1) {
      const from = start[index]!; // one offset per unit, checked above
      const source = input.slice(from, end[index]);
      // Each unit comes from one input character, whose normalization holds it (or is a space it collapsed into).
      expect(normalizeArabic(source).includes(text.charAt(index)) || /\s/u.test(source), `unit ${index}`).toBe(true);
    }
  });

  it('places a match of the normalized text on the original words', () => {
    const input = 'وصل الرئيسُ إلى موسكو، أمس';
    const { text, start, end } = normalizeArabic(input, { offsets: true });
    const at = text.indexOf('الرييس');
    expect(input.slice(start[at], end[at + 'الرييس'.length - 1])).toBe('الرئيسُ'.slice(0, -1));
    const moscow = text.indexOf('موسكو');
    expect(input.slice(start[moscow], end[moscow + 4])).toBe('موسكو');
  });

  it('returns the plain string for { offsets: false }', () => {
    expect(normalizeArabic('أفغانستان', { offsets: false })).toBe('افغانستان');
  });

  it.each([
    ['a misspelt option', { offset: true }, /Unknown option "offset".*offsets/],
    ['a non-boolean offsets', { offsets: 'yes' }, /Expected options.offsets to be true or false, got "yes"/],
    ['options that are not an object', 'offsets', /Expected normalizeArabic options to be an object/],
  ] as const)('refuses %s with InvalidQueryError', (_name, options, message) => {
    expect(() => normalizeArabic('روسيا', options as never)).toThrow(InvalidQueryError);
    expect(() => normalizeArabic('روسيا', options as never)).toThrow(message);
  });

  it('throws InvalidQueryError for a non-string', () => {
    expect(() => normalizeArabic(undefined as unknown as string)).toThrow(InvalidQueryError);
  });
});
