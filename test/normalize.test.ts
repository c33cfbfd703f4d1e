import { describe, expect, it } from 'vitest';

import { normalizeText, normalizeWithOffsets } from '../src/internal/text/normalize.js';

describe('normalizeText', () => {
  const table = [
    ['folds hamza forms of alef', 'أإآٱ', 'اااا'],
    ['folds alef maqsura', 'على', 'علي'],
    ['folds ta marbuta', 'مدرسة', 'مدرسه'],
    ['folds Persian letters', 'پاکستان نیوز', 'پاكستان نيوز'],
    ['folds hamza on waw and ya', 'مؤتمر رئيس', 'موتمر رييس'],
    ['deletes short vowels and tanween', 'كَتَبَ روسياً', 'كتب روسيا'],
    ['deletes superscript alef', 'هٰذا', 'هذا'],
    ['deletes tatweel', 'بوتـــين', 'بوتين'],
    ['deletes zero-width marks', 'إمام\u200cعلي\u200f', 'امامعلي'],
    ['reads Arabic-Indic digits', '٢٩ يونيو ٢٠٢٢', '29 يونيو 2022'],
    ['reads Persian digits', '۱۴۰۱', '1401'],
    ['expands ligatures (NFKC)', 'ﻻ', 'لا'],
    ['decomposes high-hamza letters (NFKC)', 'ٵ', 'اٴ'],
    ['folds presentation forms (NFKC)', 'ﺃﻓﻐﺎﻧﺴﺘﺎﻥ', 'افغانستان'],
    ['lower-cases Latin', 'Emomali RAHMON', 'emomali rahmon'],
    ['collapses whitespace, no-break spaces included', 'a \u00a0\n b', 'a b'],
    ['keeps lone surrogates without throwing', '\ud800x', '\ud800x'],
  ] as const;

  it.each(table)('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every output unit back to the input character that produced it', () => {
    const input = 'كريملِن أفغانـستان';
    const { text, start, end } = normalizeWithOffsets(input);
    expect(text).toBe('كريملن افغانستان');
    expect(text.length).toBe(start.length);
    expect(input.slice(start[0], end[4])).toBe('كريمل'); // the deleted kasra maps to no output unit
    expect(input.slice(start[5], end[5])).toBe('ن');
    expect(input.slice(start[7], end[7])).toBe('أ');
  });
});
