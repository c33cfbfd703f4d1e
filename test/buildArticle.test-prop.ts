import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildArticle, createCorpus, entities, InvalidRecordError, topics } from '../src/index.js';
import { runs } from './support/propertyRuns.js';

// Names of the shipped registry, and the words around them that test where a span may start and end:
// clitics, لل, tanween (on the last letter and before a final alef), shadda, the Arabic comma, a
// lam-alef ligature, and words run together where the source lost a space.
const NAMES = ['روسيا', 'موسكو', 'بوتين', 'دوشنبه', 'طاجيكستان', 'الأمم المتحدة', 'لافروف', 'الكرملين'] as const;
const BEFORE = ['', '', '', 'و', 'ب', 'ل', 'وب', 'ال', 'لل', 'س', 'الرئيس', 'الوزير', 'ﻟﻸ'] as const;
const AFTER = ['', '', '', '،', '.', 'ً', 'ًّ', 'ّ', 'ّ\u064B', 'ية', 'ي', ' '] as const;
const WORDS = ['قال', 'في', 'مع', 'اليوم', 'الرئيس', 'الوزير', 'تعاون', 'وفد', 'أمس', 'معرض'] as const;
const SEPARATORS = [' ', ' ', ' ', '، ', ''] as const;
const CREDIT = 'المصدر: وكالة المثال';
const DATELINE = 'دوشنبه، 12 مارس 2024';
const TOPIC = topics[0]!.id; // the shipped vocabulary is not empty

const word = fc.oneof(
  fc.constantFrom(...WORDS),
  fc
    .tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...NAMES), fc.constantFrom(...AFTER))
    .map((parts) => parts.join('')),
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
  .map((pairs) => pairs.map(([piece, separator]) => `${piece}${separator}`).join('') + 'النهاية');

/** A slice of `source`, from two numbers: a quote that may or may not be the text's own words. */
const slice = (source: string, [at, length]: readonly [number, number]): string =>
  source.slice(at % source.length, (at % source.length) + 1 + (length % 24));

describe('buildArticle', () => {
  const name =
    'every record buildArticle returns is accepted by createCorpus with the same registries and missingSpaces';
  it(name, () => {
    let built = 0;
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          titleBasis: fc.constantFrom('source', 'editorial'),
          paragraphs: fc.array(text, { minLength: 1, maxLength: 2 }),
          dated: fc.boolean(),
          // Where each quote is taken from: the text it is checked against, or anywhere in title, body and furniture.
          topicQuote: fc.tuple(fc.constantFrom('body', 'title-and-body'), fc.tuple(fc.nat(), fc.nat())),
          chainQuote: fc.tuple(fc.constantFrom('credit', 'body', 'title-and-body'), fc.tuple(fc.nat(), fc.nat())),
          dateQuote: fc.tuple(fc.nat(), fc.nat()),
          missingSpaces: fc.subarray(['الرئيس|بوتين', 'الوزير|لافروف', 'الرئيس|موسكو']),
        }),
        (drawn) => {
          const body = drawn.paragraphs.join('\n\n');
          const everything = [drawn.title, body, DATELINE, CREDIT].join('\n');
          const furniture = [
            ...(drawn.dated ? [{ kind: 'dateline', text: DATELINE } as const] : []),
            { kind: 'source-credit', text: CREDIT } as const,
          ];
          const [topicFrom, topicAt] = drawn.topicQuote;
          const [chainFrom, chainAt] = drawn.chainQuote;
          const chainSource = chainFrom === 'credit' ? CREDIT : chainFrom === 'body' ? body : everything;
          const options = { entities, topics, missingSpaces: drawn.missingSpaces };
          let record;
          try {
            record = buildArticle(
              {
                id: '2024-03-12-generated',
                title: drawn.title,
                titleBasis: drawn.titleBasis,
                body,
                furniture,
                // Without a dateline, the date and its evidence come from the input, and may not be the text's.
                ...(drawn.dated
                  ? {}
                  : {
                      publishedAt: '2024-03-12',
                      date: { precision: 'day', basis: 'stated', evidence: slice(everything, drawn.dateQuote) },
                    }),
                chain: [
                  {
                    role: 'agency',
                    name: 'وكالة المثال',
                    en: 'Example Agency',
                    basis: 'stated',
                    evidence: slice(chainSource, chainAt),
                  },
                ],
                en: { title: 'Generated', summary: 'Generated test text.' },
                topics: [TOPIC],
                topicEvidence: { [TOPIC]: [slice(topicFrom === 'body' ? body : everything, topicAt)] },
              },
              options,
            );
          } catch (error) {
            // A record it cannot build is refused with every problem; that is not what this property is about.
            expect(error).toBeInstanceOf(InvalidRecordError);
            return;
          }
          built += 1;
          expect(() => createCorpus([record], options)).not.toThrow();
        },
      ),
      runs(name),
    );
    // The property is about the records built: enough of the cases must build for it to say something.
    expect(built).toBeGreaterThan(runs(name).numRuns / 10);
  });
});
