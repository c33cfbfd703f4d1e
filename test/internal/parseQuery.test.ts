import { describe, expect, it } from 'vitest';

import { InvalidQueryError } from '../../src/index.js';
import { parseQuery } from '../../src/internal/search/parseQuery.js';
import { catchError } from '../support/catchError.js';

describe('parseQuery', () => {
  const valid = [
    [
      'reads words',
      'روسيا طاجيكستان',
      [
        ['word', 'روسيا'],
        ['word', 'طاجيكستان'],
      ],
      [],
    ],
    [
      'normalizes the words',
      'أفغانستان CSTO',
      [
        ['word', 'افغانستان'],
        ['word', 'csto'],
      ],
      [],
    ],
    ['reads a quoted phrase', '"القاعدة العسكرية"', [['phrase', 'القاعده', 'العسكريه']], []],
    ['reads a one-word phrase as a word', '"روسيا"', [['word', 'روسيا']], []],
    [
      'reads a phrase next to words',
      'موسكو"القاعدة العسكرية"201',
      [
        ['word', 'موسكو'],
        ['phrase', 'القاعده', 'العسكريه'],
        ['word', '201'],
      ],
      [],
    ],
    ['reads an excluded word', 'القاعدة -أفغانستان', [['word', 'القاعده']], [['word', 'افغانستان']]],
    ['reads an excluded phrase', 'روسيا -"القاعدة العسكرية"', [['word', 'روسيا']], [['phrase', 'القاعده', 'العسكريه']]],
    [
      'reads an excluded hyphenated word as a phrase',
      'base -al-Qaeda',
      [['word', 'base']],
      [['phrase', 'al', 'qaeda']],
    ],
    ['reads a hyphenated word as a phrase', 'al-Qaeda', [['phrase', 'al', 'qaeda']], []],
    ['reads an Arabic hyphenated word as a phrase', 'لياكين-فرولوف', [['phrase', 'لياكين', 'فرولوف']], []],
    [
      'reads an abbreviation with dots as a phrase',
      'U.S. base',
      [
        ['phrase', 'u', 's'],
        ['word', 'base'],
      ],
      [],
    ],
    ['reads a number with letters as a phrase', '201st', [['phrase', '201', 'st']], []],
    [
      'drops the s of a possessive',
      "Rahmon's base’s",
      [
        ['word', 'rahmon'],
        ['word', 'base'],
      ],
      [],
    ],
    ['drops the s of a possessive in a phrase', '"Rahmon＇s base"', [['phrase', 'rahmon', 'base']], []],
    [
      'keeps an s after an apostrophe that follows no Latin word',
      "'s 1990's",
      [
        ['word', 's'],
        ['phrase', '1990', 's'],
      ],
      [],
    ],
    ['reads a prefix', 'طاجيك*', [['prefix', 'طاجيك']], []],
    ['reads a two-letter prefix', 'mi*', [['prefix', 'mi']], []],
    ['reads an excluded prefix', 'روسيا -طاج*', [['word', 'روسيا']], [['prefix', 'طاج']]],
    ['skips punctuation-only tokens', 'روسيا ، .', [['word', 'روسيا']], []],
  ] as const;

  it.each(valid)('%s', (_name, text, include, exclude) => {
    const shown = (clauses: ReturnType<typeof parseQuery>['include']) =>
      clauses.map((clause) => [clause.kind, ...clause.words]);
    const parsed = parseQuery(text);
    expect(shown(parsed.include)).toEqual(include);
    expect(shown(parsed.exclude)).toEqual(exclude);
  });

  const invalid = [
    ['a lone -', 'روسيا -', '-', 'a word or a quoted phrase right after the -'],
    ['a - before a space', 'روسيا - طاجيكستان', '-', 'a word or a quoted phrase right after the -'],
    ['a - before punctuation only', 'روسيا -،', '-،', 'a word or a quoted phrase right after the -'],
    ['an unclosed quote', 'روسيا "القاعدة العسكرية', '"القاعدة العسكرية', 'a closing " after the phrase'],
    ['an empty phrase', 'روسيا ""', '""', 'at least one word between the quotes'],
    ['a phrase of punctuation', 'روسيا "، ."', '"، ."', 'at least one word between the quotes'],
    [
      'a * inside a one-word phrase',
      'روسيا "طاج*"',
      '"طاج*"',
      'no * inside quotes: a prefix is not allowed in a phrase',
    ],
    [
      'a * inside a phrase',
      '"روس* طاجيكستان"',
      '"روس* طاجيكستان"',
      'no * inside quotes: a prefix is not allowed in a phrase',
    ],
    ['a * inside an excluded phrase', 'روسيا -"طاج* ا"', '-"طاج* ا"', 'no * inside quotes'],
    ['a lone *', 'روسيا *', '*', 'a word of two letters or more before the *'],
    ['a * after a phrase', '"القاعدة العسكرية"*', '"القاعدة العسكرية"*', 'no * after a phrase: a prefix is one word'],
    ['a * after an excluded phrase', 'روسيا -"طاجيكستان"*', '-"طاجيكستان"*', 'no * after a phrase'],
    ['a closing quote with no opening one', 'روسيا بوتين"', 'بوتين"', 'quotes come in pairs'],
    ['an unclosed quote inside a word', 'روسيا بو"تين موسكو', 'بو"تين موسكو', 'quotes come in pairs'],
    ['a * on a one-letter word', 'ط*', 'ط*', 'a word of two letters or more before the *'],
    ['a * inside a word', 'طا*جيك', 'طا*جيك', '* only at the end of a word'],
    ['a * on two words', 'al-qa*', 'al-qa*', 'one word before the *'],
  ] as const;

  it.each(invalid)('rejects %s, naming the token and what was expected', (_name, text, token, expected) => {
    const error = catchError(() => parseQuery(text));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as InvalidQueryError).value).toBe(token);
    expect((error as Error).message).toContain(JSON.stringify(token));
    expect((error as Error).message).toContain(expected);
  });

  const empty = [
    ['a blank text', '  ', 'at least one word'],
    ['a text without letters or digits', '، . !', 'at least one letter or digit'],
    ['a text of exclusions only', '-روسيا -"القاعدة العسكرية"', 'something to find besides its exclusions'],
  ] as const;

  it.each(empty)('rejects %s', (_name, text, expected) => {
    const error = catchError(() => parseQuery(text));
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toContain(expected);
  });
});
