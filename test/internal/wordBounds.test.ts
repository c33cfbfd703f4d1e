import { describe, expect, it } from 'vitest';

import { type Entity, findMentions } from '../../src/index.js';
import { hasTanween } from '../../src/internal/text/mentionRules.js';
import { isMark, normalizeText } from '../../src/internal/text/normalize.js';
import { MentionCheck } from '../../src/internal/text/spelling.js';
import {
  endProblem,
  isCliticPrefix,
  missingSpacesBefore,
  wordAround,
  wordStartBefore,
} from '../../src/internal/text/wordBounds.js';

/** The span of the first `name` in `text`. */
const spanOf = (text: string, name: string): readonly [number, number] => {
  const start = text.indexOf(name);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + name.length];
};

describe('wordStartBefore', () => {
  it.each([
    ['a span after a space', 'قال بوتين', 'بوتين', 'بوتين'],
    ['a span at the start of the text', 'بوتين قال', 'بوتين', 'بوتين'],
    ['a span after an Arabic comma', 'قال،بوتين', 'بوتين', 'بوتين'],
    ['a span after و', 'قال وبوتين', 'بوتين', 'وبوتين'],
    ['a span after a clitic with a diacritic', 'قال وَبوتين', 'بوتين', 'وَبوتين'],
    ['a span after a joiner', 'قال \u200cبوتين', 'بوتين', 'بوتين'],
    ['a span after Latin letters', 'antiPutin', 'Putin', 'antiPutin'],
    ['a span after Arabic-Indic digits', '٢٠بوتين', 'بوتين', '٢٠بوتين'],
  ] as const)('finds where the word of %s starts', (_name, text, name, word) => {
    const [start] = spanOf(text, name);
    expect(text.slice(wordStartBefore(text, start), start + name.length)).toBe(word);
  });

  it('stops after five letters, past the longest clitic chain', () => {
    const text = 'الوزيرلافروف';
    const start = text.indexOf('لافروف');
    expect(start - wordStartBefore(text, start)).toBe(5);
  });

  it('gives up on a run of more than 32 deleted characters, rather than read on', () => {
    expect(wordStartBefore(`ب${'ـ'.repeat(33)}بوتين`, 34)).toBe(-1);
    expect(wordStartBefore(`ب${'ـ'.repeat(32)}بوتين`, 33)).toBe(0);
  });
});

describe('isCliticPrefix', () => {
  it.each([
    ['', false, true],
    ['و', false, true],
    ['ف', false, true],
    ['وب', false, true],
    ['فك', false, true],
    ['ال', false, true],
    ['وبال', false, true],
    ['وَ', false, true],
    ['بأل', false, true],
    ['لل', false, false],
    ['لل', true, true],
    ['ولل', true, true],
    ['ال', true, false],
    ['زار', false, false],
    ['بو', false, false],
    ['الال', false, false],
  ] as const)('reads %j before a name (after لل: %s) as clitics: %s', (prefix, fused, expected) => {
    const text = `${prefix}بوتين`;
    expect(isCliticPrefix(text, 0, prefix.length, fused)).toBe(expected);
  });
});

describe('endProblem', () => {
  it.each([
    ['a span before a space', 'موسكو أمس', 'موسكو', undefined],
    ['a span at the end of the text', 'زار موسكو', 'موسكو', undefined],
    ['a span before a tatweel and a space', 'موسكوـ أمس', 'موسكو', undefined],
    ['a span before an invisible mark', 'موسكو\u200f أمس', 'موسكو', undefined],
    ['a span with the diacritic of its last letter', 'موسكوُ أمس', 'موسكوُ', undefined],
    ['a span before a letter', 'موسكوية', 'موسكو', 'inside-word'],
    ['a span before a letter behind a tatweel', 'موسكوـية', 'موسكو', 'inside-word'],
    ['a span before a Persian letter', 'موسكوی', 'موسكو', 'inside-word'],
    ['a span before an Arabic-Indic digit', 'موسكو٢', 'موسكو', 'inside-word'],
    ['a span before an astral letter', 'Putin\u{1d400}', 'Putin', 'inside-word'],
    ['a span before fathatan', 'روسياً', 'روسيا', 'tanween'],
    ['a span before dammatan', 'روسياٌ', 'روسيا', 'tanween'],
    ['a span before kasratan', 'روسياٍ', 'روسيا', 'tanween'],
    ['a span before a shadda and tanween', 'روسيّاً', 'روسيّا', 'tanween'],
    ['a span that takes in its tanween', 'روسياً', 'روسياً', 'tanween'],
    ['a span that takes in a shadda and tanween', 'روسياًّ', 'روسياًّ', 'tanween'],
    ['a span before the diacritic of its last letter', 'موسكوُ أمس', 'موسكو', 'mark'],
    ['a span before more than 32 diacritics', `موسكو${'ُ'.repeat(33)}`, 'موسكو', 'too-many-marks'],
    ['a span before more than 32 tatweels', `موسكو${'ـ'.repeat(33)}`, 'موسكو', 'too-many-marks'],
  ] as const)('judges %s: %s', (_name, text, name, expected) => {
    const [start, end] = spanOf(text, name);
    expect(endProblem(text, start, end)).toBe(expected);
  });
});

describe('missingSpacesBefore', () => {
  it('finds a listed missing space at the span, and none elsewhere', () => {
    const text = 'قال الوزيرلافروف إن';
    const start = text.indexOf('لافروف');
    expect(missingSpacesBefore(text, start, ['الوزير|لافروف'])).toEqual([start]);
    expect(missingSpacesBefore(text, start, ['الرئيس|لافروف'])).toEqual([]);
    expect(missingSpacesBefore(text, start + 1, ['الوزير|لافروف'])).toEqual([start]);
  });
});

describe('wordAround', () => {
  it('shows the span with the letters and marks that touch it, and no more', () => {
    const text = 'قال الوزيرلافروف، إن';
    const start = text.indexOf('لافروف');
    expect(wordAround(text, start, start)).toBe('الوزيرلافروف');
  });

  it('keeps astral characters whole', () => {
    const text = 'a\u{1d400}\u{1d401}Putin b';
    const start = text.indexOf('Putin');
    expect(wordAround(text, start, start + 5)).toBe('a\u{1d400}\u{1d401}Putin');
  });
});

describe('hasTanween', () => {
  it.each([
    ['no mark', 'روسيا', 'روسيا', false],
    ['fathatan after the last letter', 'روسياً', 'روسيا', true],
    ['fathatan taken into the span', 'روسياً', 'روسياً', true],
    ['fathatan, then shadda, after the last letter', 'روسيا\u064B\u0651', 'روسيا', true],
    ['shadda, then fathatan, after the last letter', 'روسيا\u0651\u064B', 'روسيا', true],
    ['shadda, then fathatan, taken into the span', 'روسيا\u0651\u064B', 'روسيا\u0651\u064B', true],
    ['tatweel, then fathatan', 'روسياـً', 'روسيا', true],
    ['fathatan before a final alef', 'روسيًا', 'روسيًا', true],
    ['shadda, then fathatan, before a final alef', 'روسي\u0651\u064Bا', 'روسي\u0651\u064Bا', true],
    ['fathatan, then shadda, before a final alef', 'روسي\u064B\u0651ا', 'روسي\u064B\u0651ا', true],
    ['fathatan before a final alef maqsura', 'هدًى', 'هدًى', true],
    ['fathatan before a final letter other than alef', 'عليًم', 'عليًم', false],
    ['a shadda alone', 'روسيّا', 'روسيّا', false],
    ['fatha before a final alef', 'روسيَا', 'روسيَا', false],
    ['dammatan on the last letter of a longer word', 'عليٌّ', 'علي', true],
    ['a mark after a space', 'روسيا ً', 'روسيا', false],
  ] as const)('reads %s in %j: %s', (_name, text, span, expected) => {
    const [start, end] = spanOf(text, span);
    expect(hasTanween(text, start, end)).toBe(expected);
  });
});

describe('the finder and the span check', () => {
  /** Every BMP code point but the surrogates, as a string. */
  const bmp = Array.from({ length: 0x10000 }, (_, code) => code)
    .filter((code) => code < 0xd800 || code > 0xdfff)
    .map((code) => String.fromCharCode(code));
  const registry = [{ id: 'moscow', aliases: ['موسكو'] }];

  it('agree on every BMP character after a name: the finder finds it exactly where the check accepts its span', () => {
    const disagree = bmp.filter((char) => {
      const text = `موسكو${char}`;
      const found = findMentions(text, registry).length === 1;
      // The finder takes a diacritic of the last letter into the span.
      const end = isMark(char.charCodeAt(0)) ? 6 : 5;
      return found !== (endProblem(text, 0, end) === undefined);
    });
    expect(disagree).toEqual([]);
  });

  it('agree on every BMP character after a name that opens a quotation: the span takes it exactly when it is a quotation mark', () => {
    const quoted: Entity = {
      id: 'sco',
      type: 'organization',
      name: { ar: 'منظمة شنغهاي', en: 'SCO' },
      aliases: ['منظمة شنغهاي'],
      description: 'An entity of the test.',
    };
    const check = new MentionCheck([quoted]);
    // The quotation marks of the data model (rule 9), as normalization leaves them.
    const isQuotationMark = (char: string): boolean => /^["'«»‹›\u2018-\u201F]$/u.test(normalizeText(char));
    const disagree = bmp.filter((char) => {
      const text = `منظمة "شنغهاي${char}`;
      const name = text.length - 1;
      const spans = findMentions(text, [quoted]);
      const accepted = spans.every(
        ({ start, end }) => check.problem({ title: '', body: text }, 0, { field: 'body', start, end }) === undefined,
      );
      const [span] = spans;
      if (isQuotationMark(char)) {
        return !accepted || span?.end !== name + 1;
      }
      // A mark on the last letter joins the span; a letter or digit runs on past the name, so there is none.
      return !accepted || (span !== undefined && span.end !== (isMark(char.charCodeAt(0)) ? name + 1 : name));
    });
    expect(disagree).toEqual([]);
    expect(bmp.filter(isQuotationMark)).toHaveLength(16);
  });

  it('agree on every BMP character before a name: the finder finds it exactly where the check accepts its start', () => {
    const disagree = bmp.filter((char) => {
      const text = `${char}موسكو`;
      const found = findMentions(text, registry).length === 1;
      const start = text.length - 5;
      const wordStart = wordStartBefore(text, start);
      return found !== (wordStart !== -1 && isCliticPrefix(text, wordStart, start, false));
    });
    expect(disagree).toEqual([]);
  });
});
