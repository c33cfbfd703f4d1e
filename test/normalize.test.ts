import { describe, expect, it } from 'vitest';

import {
  charLengthAt,
  normalizeText,
  normalizeToOffsetBuffer,
  normalizeWithOffsets,
} from '../src/internal/text/normalize.js';

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

describe('normalizeToOffsetBuffer', () => {
  /** The buffers' content as normalizeWithOffsets returns it. */
  const read = (input: string) => {
    const { units, starts, length } = normalizeToOffsetBuffer(input);
    const start = [...starts.subarray(0, length)];
    return {
      text: Array.from(units.subarray(0, length), (unit) => String.fromCharCode(unit)).join(''),
      start,
      end: start.map((from) => from + charLengthAt(input, from)),
    };
  };

  it.each([
    // The buffers start at 16,384 units: these outgrow them, in the fast paths and in expansions.
    ['a long text of one-unit characters', 'في موسكو، '.repeat(5_000)],
    ['a text whose characters expand, ﷺ into 18 units', 'ﷺ'.repeat(1_000)],
    ['expansions after a long fast run', `${'ب'.repeat(16_380)}ﷺﷺ${'ب'.repeat(10)}`],
    ['letters outside the BMP, two units each', '𝐌𝐨𝐬𝐜𝐨𝐰 '.repeat(3_000)],
  ] as const)('reads %s exactly as normalizeWithOffsets does', (_name, input) => {
    expect(read(input)).toEqual(normalizeWithOffsets(input));
  });

  it('grows its buffers when characters expand past them, keeping what it wrote before', () => {
    // The buffers persist between calls: read their size now, and write more than they hold
    // from an input shorter than that, a few units first.
    const capacity = normalizeToOffsetBuffer('').units.length;
    const input = `${'ب'.repeat(5)}${'ﷺ'.repeat(10)}${'ب'.repeat(capacity - 30)}`;
    expect(input.length).toBeLessThan(capacity);
    expect(read(input)).toEqual(normalizeWithOffsets(input));
  });
});
