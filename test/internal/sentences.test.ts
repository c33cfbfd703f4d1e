import { describe, expect, it } from 'vitest';

import { articles } from '../../src/index.js';
import { splitSentences } from '../../src/internal/text/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['one sentence', 'One sentence.', ['One sentence.']],
    ['two sentences', 'First one. Second one.', ['First one.', 'Second one.']],
    ['a text without a final point, whose rest is a sentence', 'First. And the rest', ['First.', 'And the rest']],
    ['whitespace alone, which has no sentence', ' \n ', []],
    ['the empty text', '', []],
    ['sentences on lines of their own, trimmed', '  Line one.\n\nLine two.  ', ['Line one.', 'Line two.']],
    ['a question and an exclamation', 'Why? Because! Then.', ['Why?', 'Because!', 'Then.']],
    ['a run of terminators', 'Really?! Yes... Fine.', ['Really?!', 'Yes...', 'Fine.']],
    [
      'a closing quotation mark after the point',
      'He said: "We will." Then he left.',
      ['He said: "We will."', 'Then he left.'],
    ],
    ['a closing bracket after the point', '(It was late.) They met.', ['(It was late.)', 'They met.']],
    [
      'decimals and amounts, with no space after the point',
      'Trade grew 44.7 percent to $1.2 billion. It rose again.',
      ['Trade grew 44.7 percent to $1.2 billion.', 'It rose again.'],
    ],
    ['a point with no space after it', 'One.Two. Three.', ['One.Two.', 'Three.']],
    [
      'a lower-case word after the point',
      'It costs approx. five dollars. Fine.',
      ['It costs approx. five dollars.', 'Fine.'],
    ],
    ['a dotted abbreviation', 'The U.S. President spoke. He left.', ['The U.S. President spoke.', 'He left.']],
    ['initials', 'J. K. Rowling wrote it. It sold.', ['J. K. Rowling wrote it.', 'It sold.']],
    ['a title', 'Mr. Lavrov spoke. Dr. Rahmon listened.', ['Mr. Lavrov spoke.', 'Dr. Rahmon listened.']],
    ['a number sign', 'Base No. 201 trains. It is Russian.', ['Base No. 201 trains.', 'It is Russian.']],
    ['an abbreviation at the very end', 'They met in the U.S.', ['They met in the U.S.']],
    ['an ellipsis after a single letter, which ends', 'Plan B... Then C.', ['Plan B...', 'Then C.']],
    // The rule's known limit: a sentence that ends on one letter reads as an initial.
    [
      'a sentence that ends on a single letter, which is not split',
      'It was plan B. Then C.',
      ['It was plan B. Then C.'],
    ],
    ['a title compared with its case', 'He said no. No one came.', ['He said no.', 'No one came.']],
  ] as const)('splits %s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('gives back every character but the whitespace between sentences', () => {
    for (const article of articles) {
      const sentences = splitSentences(article.en.summary);
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.join(' ').replace(/\s+/gu, ' ')).toBe(article.en.summary.replace(/\s+/gu, ' ').trim());
    }
  });
});
