import { describe, expect, it } from 'vitest';

import { englishStem, isLatinWord } from '../../src/internal/search/englishStem.js';
import { words } from '../../src/internal/text/tokenize.js';

// Lucene's own cases: TestEnglishMinimalStemFilter.testExamples ("examples from various papers
// about this technique") and the possessive cases of TestEnglishAnalyzer.testBasics.
const LUCENE_CASES = [
  ['queries', 'query'],
  ['phrases', 'phrase'],
  ['corpus', 'corpus'],
  ['stress', 'stress'],
  ['kings', 'king'],
  ['panels', 'panel'],
  ['aerodynamics', 'aerodynamic'],
  ['congress', 'congress'],
  ['serious', 'serious'],
  ['books', 'book'],
  ['book', 'book'],
  ["steven's", 'steven'],
  ['steven\u2019s', 'steven'],
  ['steven\uff07s', 'steven'],
] as const;

// Harman's S-stemmer rules one by one, on words of the English titles and summaries.
const RULE_CASES = [
  ['countries', 'country', '-ies becomes -y'],
  ['plays', 'play', '-s goes after a vowel that is not e or u'],
  ['eies', 'eies', '-eies stays'],
  ['aies', 'aies', '-aies stays'],
  ['ties', 'ty', '-ies becomes -y in a four-letter word'],
  ['toes', 'toes', '-oes stays'],
  ['sees', 'sees', '-ees stays'],
  ['bases', 'base', '-es after a consonant loses only the s'],
  ['forces', 'force', '-ces loses only the s'],
  ['talks', 'talk', 'a plain -s goes'],
  ['news', 'new', 'a plain -s goes even where it is not a plural: the price of a rule without a dictionary'],
  ['cis', 'ci', 'a three-letter word loses its -s'],
  ['us', 'us', 'a word of fewer than three letters stays'],
  ['s', 's', 'a lone s stays'],
  ['status', 'status', '-us stays'],
  ['tass', 'tass', '-ss stays'],
  ["tajikistan's", 'tajikistan', "a possessive 's goes"],
  ["forces'", "forces'", 'a plural possessive apostrophe stays, as Lucene keeps it'],
  ["rahmon's", 'rahmon', 'the possessive goes before the plural rule'],
  ["'s", "'s", "a lone 's stays, so that no word stems to nothing"],
  ['united', 'united', '-ed stays: the stemmer is light'],
  ['meeting', 'meeting', '-ing stays: the stemmer is light'],
  ['رحمون', 'رحمون', 'an Arabic word is returned as it is'],
  ['2022', '2022', 'a number is returned as it is'],
] as const;

describe('englishStem', () => {
  it.each(LUCENE_CASES)("stems %j to %j as Lucene's tests expect", (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });

  it.each(RULE_CASES)('stems %j to %j: %s', (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });

  it('gives the same stem to the words of an English summary and of a query that inflects them differently', () => {
    const text = words("Putin's state visit: the 201st military bases and Rahmon's talks");
    const query = words('putin state visits military base rahmon talk');
    const stems = new Set(text.map(englishStem));
    expect(query.map(englishStem).filter((stem) => !stems.has(stem))).toEqual([]);
  });
});

const LATIN_WORDS = [
  ['rahmon', true],
  ['modernisation', true],
  ['café', true],
  ["rahmon's", true],
  ['رحمون', false],
  ['2022', false],
  ['путин', false],
  ["'s", false],
  ['', false],
] as const;

describe('isLatinWord', () => {
  it.each(LATIN_WORDS)('tells whether %j is a Latin-script word (%s)', (word, latin) => {
    expect(isLatinWord(word)).toBe(latin);
  });
});
