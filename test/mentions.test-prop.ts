import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createMentionFinder, type Entity, findMentions, type MentionTarget } from '../src/index.js';
import { deepFreeze } from '../src/internal/corpus/deepFreeze.js';
import { MentionCheck } from '../src/internal/text/spelling.js';
import { naiveFindMentions } from './support/naiveMentions.js';
import { runs } from './support/propertyRuns.js';

// Pieces of names: overlapping, prefixes of one another, with and without ال, folded spellings, digits and Latin.
const FRAGMENTS = [
  'روسيا',
  'روس',
  'رو',
  'موسكو',
  'بوتين',
  'فلاديمير',
  'أمم',
  'الأمم',
  'المتحدة',
  'آسيا',
  'الوسطى',
  'قمة',
  'دوشنبه',
  'رحمون',
  'رحمن',
  'إمام',
  'علي',
  'طاجيكستان',
  'لافروف',
  'الوزير',
  'كريملن',
  'الكرملين',
  'بيت',
  'ال',
  'لل',
  'با',
  'وا',
  'ب',
  'Moscow',
  'UN',
  '201',
  '٢٠١',
] as const;

// Clitic stacks the rules allow, and some they do not (س, two conjunctions, ال twice).
const CLITICS = [
  '',
  '',
  '',
  '',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'لل',
  'وال',
  'فب',
  'وبال',
  'ولل',
  'فلل',
  'كال',
  'س',
  'وو',
  'الال',
] as const;

// Between words: spaces, Arabic and Latin punctuation, a line break, a no-break space, nothing at all.
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ' ',
  '، ',
  '،',
  '؛ ',
  '؟ ',
  '. ',
  '.',
  '-',
  ' - ',
  '\n',
  '  ',
  '\u00a0',
  '',
  ' "',
  '" ',
  '"',
  ' « ',
  '»',
  '”',
  '＂',
] as const;

// Quotation marks of the data model (rule 9), in the forms the text may write them.
const QUOTES = ['"', '"', "'", '«', '»', '“', '”', '„', '‹', '’', '＂'] as const;
/** A quotation mark anywhere in a span but its first character, where a name never starts. */
const QUOTE_INSIDE = /["'«»‹›\u2018-\u201F\uFF02\uFF07]/u;

// What running text adds to a word: tanween, harakat, shadda, shadda with tanween in either order, tatweel.
const MARKS = [
  '\u064B',
  '\u064C',
  '\u064D',
  '\u064E',
  '\u064F',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u0670',
  'ـ',
  '\u064B\u0651',
  '\u0651\u064B',
] as const;
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['ا', 'أ'],
  ['ا', 'إ'],
  ['ه', 'ة'],
  ['ي', 'ى'],
  ['ل', 'ﻻ'],
  // Mathematical letters: one letter, two UTF-16 units, that NFKC reads as Latin.
  ['w', '𝐰'],
  ['M', '𝐌'],
];

/**
 * A word as running text may write it: a mark inside or after it, another spelling of one letter,
 * or a quotation mark inside it or at a space, with or without spaces around it (`منظمة "شنغهاي`).
 */
const decorated = (word: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(word) },
    fc
      .tuple(fc.nat(), fc.constantFrom(...QUOTES), fc.constantFrom('', ' ', '  '), fc.boolean())
      .map(([at, quote, space, atSpace]) => {
        const spaceAt = word.indexOf(' ');
        const cut = atSpace && spaceAt !== -1 ? spaceAt + 1 : (at % word.length) + 1;
        return word.slice(0, cut) + quote + space + word.slice(cut);
      }),
    fc.tuple(fc.nat(), fc.constantFrom(...MARKS)).map(([at, mark]) => {
      const cut = (at % word.length) + 1;
      return word.slice(0, cut) + mark + word.slice(cut);
    }),
    fc.constantFrom(...SPELLINGS).map(([plain, other]) =>
      // ﻻ is one letter for لا: NFKC gives the two back.
      plain === 'ل' ? word.replace('لا', other) : word.replace(plain, other),
    ),
  );

const alias = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')),
  },
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 2 }).map((parts) => `ال${parts.join(' ')}`),
  fc.constantFrom(...FRAGMENTS).chain(decorated),
  // Aliases that trim or normalize to little or nothing, or start or end with punctuation.
  fc.constantFrom(' روسيا ', 'ـبوتين', 'روسيا،', '، روسيا', '-موسكو', 'ال', '', ' ', 'ـ', 'َ'),
  // Aliases that quote their last words, or hold quotation marks only or at their ends.
  fc
    .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 3 }), fc.constantFrom(...QUOTES))
    .map(([parts, quote]) => `${parts[0]!} ${quote}${parts.slice(1).join(' ')}${quote}`),
  fc.constantFrom('"روسيا"', '" روسيا', 'روسيا "', '«', '" "', 'قمة «الأمم المتحدة»', "بيت 'موسكو"),
);

// Ids that sort in every way: 'é' and 'e\u0301' compare equal under localeCompare, 'B' and 'b' do not.
const ID = fc.constantFrom('a', 'b', 'B', 'é', 'e\u0301', 'russia', 'z');

// Types that make a container (rule 5), and some that do not; absent, an entity is not a container.
const TYPE = fc.option(fc.constantFrom('document', 'event', 'person', 'organization', 'Document'), { nil: undefined });

const entity: fc.Arbitrary<MentionTarget> = fc
  .tuple(ID, fc.array(alias, { maxLength: 3 }), fc.option(fc.tuple(alias, fc.option(alias, { nil: undefined }))), TYPE)
  .map(([id, aliases, name, type]) => ({
    id,
    aliases,
    ...(name === null ? {} : { name: name[1] === undefined ? { ar: name[0] } : { ar: name[0], en: name[1] } }),
    ...(type === undefined ? {} : { type }),
  }));

const registry = fc.array(entity, { maxLength: 6 });

/** The names of a registry, so that texts hold whole names, not only their pieces. */
const namesOf = (entities: readonly MentionTarget[]): string[] =>
  entities
    .flatMap((target) => [target.name?.ar, target.name?.en, ...target.aliases])
    .filter((name): name is string => name !== undefined && name.trim() !== '');

/** A text of words with clitics, marks, digits and punctuation, and the missing spaces listed for it. */
function textFor(entities: readonly MentionTarget[]): fc.Arbitrary<{ text: string; missingSpaces: string[] }> {
  const names = namesOf(entities);
  const word =
    names.length === 0
      ? fc.constantFrom(...FRAGMENTS)
      : fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...names));
  const token = fc
    .tuple(fc.constantFrom(...CLITICS), word.chain(decorated), fc.constantFrom(...SEPARATORS))
    .map(([clitic, text, separator]) => `${clitic}${text}${separator}`);
  // Words that end the text as often as not: a mark on the last letter, a letter outside the BMP, a ligature.
  const other = fc.constantFrom(
    'في ',
    '٢٠٢٢ ',
    'عام 2025، ',
    'x',
    'الروسية ',
    'روسياً ',
    'ـً',
    'بوتينُ',
    'Mosco𝐰',
    '𝐌oscow',
    'ﻻفروف',
    // Tanween on the letter before a final alef, and lam-alef ligatures after clitics.
    'روسيًا ',
    'روسي\u0651\u064Bا',
    'ﻟﻸمم المتحدة',
    'ﻻلكرم ',
    // Names split by quotation marks, one left open, doubled, or with marks on either side of them.
    'قمة "روسيا" ',
    'قمة "الأمم المتحدة ',
    'آسيا ""الوسطى"" ',
    'روسيا "ً ',
    'بوتينُ" ',
  );
  const text = fc
    .array(fc.oneof({ weight: 4, arbitrary: token }, other), { maxLength: 14 })
    .map((parts) => parts.join(''));
  // A missing space between a word and a name: the pair, with a '|' where the space would be.
  const missingSpace = fc
    .tuple(
      fc.constantFrom('الوزير', 'قمة', 'و', 'بيت'),
      names.length === 0 ? fc.constantFrom(...FRAGMENTS) : fc.constantFrom(...names),
    )
    // The name's first word: a missing space is two words with a '|' between them, and no whitespace.
    .map(([before, after]) => `${before}|${after.trim().split(/\s/u)[0]!}`)
    .filter((entry) => /^[^|\s]+\|[^|\s]+$/u.test(entry));
  return fc
    .tuple(text, fc.array(missingSpace, { maxLength: 2 }), fc.boolean())
    .map(([body, missingSpaces, runTogether]) => ({
      // Half the time the text runs each listed pair together, so that the missing spaces are met.
      text: runTogether ? `${body}${missingSpaces.map((entry) => entry.replace('|', '')).join(' ')}` : body,
      missingSpaces,
    }));
}

describe('findMentions (properties)', () => {
  it('finds exactly what the naive indexOf-per-alias reference finds, on random texts and registries', () => {
    let found = 0;
    let cases = 0;
    let quoted = 0;
    let nested = 0;
    fc.assert(
      fc.property(
        registry.chain((entities) => fc.tuple(fc.constant(entities), textFor(entities))),
        ([entities, { text, missingSpaces }]) => {
          const expected = naiveFindMentions(text, entities, missingSpaces);
          const options = { missingSpaces };
          // A registry compiled on this call, a finder, and a frozen registry compiled once and then reused.
          expect(findMentions(text, entities, options)).toEqual(expected);
          expect(findMentions(text, createMentionFinder(entities), options)).toEqual(expected);
          const frozen = deepFreeze(structuredClone(entities));
          expect(findMentions(text, frozen, options)).toEqual(expected);
          expect(findMentions(text, frozen, options)).toEqual(expected);
          found += expected.length;
          cases += 1;
          quoted += expected.filter(({ start, end }) => QUOTE_INSIDE.test(text.slice(start + 1, end))).length;
          nested += expected.filter((mention, index) => index > 0 && mention.start < expected[index - 1]!.end).length;
        },
      ),
      runs('findMentions equals the naive indexOf-per-alias reference'),
    );
    // The property says little unless the texts name the registries' entities often, quotation marks and all.
    expect(found / cases).toBeGreaterThan(1);
    expect(quoted / cases).toBeGreaterThan(0.1);
    // And unless names are met inside the names of documents and events.
    expect(nested / cases).toBeGreaterThan(0.02);
  });

  it("returns only spans that createCorpus's mention check accepts, on random texts and registries", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        registry.chain((entities) => fc.tuple(fc.constant(entities), textFor(entities))),
        ([targets, { text, missingSpaces }]) => {
          // One Entity per id, with every name of the targets that carry it, trimmed as the finder trims them.
          const ids = [...new Set(targets.map(({ id }) => id))];
          const registry: Entity[] = ids.map((id) => ({
            id,
            type: 'person',
            name: { ar: id, en: id },
            aliases: namesOf(targets.filter((target) => target.id === id)).map((name) => name.trim()),
            description: 'A random entity of the property test.',
          }));
          const check = new MentionCheck(registry, missingSpaces);
          const record = { title: '', body: text };
          for (const { id, start, end } of findMentions(text, targets, { missingSpaces })) {
            const problem = check.problem(record, ids.indexOf(id), { field: 'body', start, end });
            expect(problem, `[${start}, ${end}) of ${JSON.stringify(text)}`).toBeUndefined();
            checked += 1;
          }
        },
      ),
      runs("findMentions' spans pass createCorpus's mention check"),
    );
    expect(checked).toBeGreaterThan(0);
  });
});
