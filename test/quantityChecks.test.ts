import { describe, expect, it } from 'vitest';

import {
  type Article,
  buildArticle,
  type BuildArticleInput,
  createCorpus,
  type Entity,
  findQuantities,
  InvalidRecordError,
  type Quantity,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

// Invented test text in the style of wire copy; not real news.
const BODY = 'وقّع الجانبان في دوشنبه 16 اتفاقية، وبلغت التجارة أكثر من 1.2 مليار دولار، أي 21 بالمائة من تجارة موسكو.';

/** The span of `words` in the body, as a quantity's offsets. */
const at = (words: string): Pick<Quantity, 'field' | 'start' | 'end'> => ({
  field: 'body',
  start: BODY.indexOf(words),
  end: BODY.indexOf(words) + words.length,
});

const AGREEMENTS: Quantity = { ...at('16 اتفاقية'), value: 16, unit: 'count', measure: 'agreements' };
const TRADE: Quantity = {
  ...at('1.2 مليار دولار'),
  value: 1_200_000_000,
  unit: 'USD',
  comparator: 'more-than',
  measure: 'trade-volume',
  subject: 'moscow',
};
const SHARE: Quantity = { ...at('21 بالمائة'), value: 21, unit: 'percent', measure: 'trade-share', subject: 'moscow' };

/** A record with the body above and the quantities given (a JavaScript caller's list may hold anything). */
const withQuantities = (quantities: unknown): Article =>
  ({ ...makeArticle({ id: 'a', body: BODY }), quantities }) as unknown as Article;

describe("createCorpus and the quantities' subjects", () => {
  it.each([true, false] as const)(
    'accepts quantities whose subjects are registry entities (validate: %s)',
    (validate) => {
      const built = createCorpus([withQuantities([AGREEMENTS, TRADE, SHARE])], { validate });
      expect(built.articles[0]?.quantities?.map((quantity) => quantity.subject)).toEqual([
        undefined,
        'moscow',
        'moscow',
      ]);
    },
  );

  const shippedRegistry =
    'expected an id of the shipped entity registry, which is used when no options.entities is passed: pass the registry your records were built with, as { entities }';
  const own: Entity[] = [
    { id: 'own-x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
  ];
  const CASES = [
    [
      'an unknown subject, with no registry passed',
      [AGREEMENTS, { ...TRADE, subject: 'nobody' }],
      {},
      'quantities[1].subject',
      `Unknown entity id "nobody": ${shippedRegistry}`,
    ],
    [
      'an unknown subject, with a registry passed',
      [{ ...TRADE, subject: 'moscow' }],
      { entities: own },
      'quantities[0].subject',
      'Unknown entity id "moscow": expected an id of options.entities',
    ],
  ] as const;

  it.each(CASES.flatMap(([name, ...rest]) => [[name, true, ...rest] as const, [name, false, ...rest] as const]))(
    'refuses %s, naming the record, the path and the registry (validate: %s)',
    (_name, validate, quantities, options, path, problem) => {
      const error = catchError(() => createCorpus([withQuantities(quantities)], { ...options, validate }));
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message).toBe(`Invalid record at articles[0].${path}:\n✖ ${problem}`);
    },
  );

  it.each([
    ['quantities that are not an array', 5, ['quantities'], 'Expected quantities to be an array, got 5'],
    ['a quantity that is null', [AGREEMENTS, null], ['quantities', 1], 'Expected a quantity object, got null'],
    [
      'a subject that is not a string',
      [{ ...TRADE, subject: 42 }],
      ['quantities', 0, 'subject'],
      'Unknown entity id 42: expected an id of the shipped entity registry',
    ],
  ] as const)('refuses %s in a trusted record (validate: false)', (_name, quantities, path, problem) => {
    const error = catchError(() => createCorpus([withQuantities(quantities)], { validate: false }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(path);
    expect((error as Error).message).toContain(problem);
  });
});

describe('buildArticle and the quantities layer', () => {
  const REGISTRY = {
    entities: [
      { id: 'dushanbe', aliases: ['دوشنبه'] },
      { id: 'moscow', aliases: ['موسكو'] },
    ],
    topics: [{ id: 'economy-trade' }],
  } as const;
  const DATELINE = 'دوشنبه، 12 مارس 2024';
  const TITLE = 'اتفاقيات في دوشنبه';
  const RAW = [DATELINE, TITLE, BODY].join('\n');

  function input(quantities: unknown, overrides: Readonly<Record<string, unknown>> = {}): BuildArticleInput {
    const built: BuildArticleInput = {
      id: '2024-03-12-agreements-signed',
      title: TITLE,
      titleBasis: 'source',
      body: BODY,
      furniture: [{ kind: 'dateline', text: DATELINE }],
      chain: [{ role: 'publisher', name: 'مثال', en: 'Example', basis: 'stated', evidence: DATELINE }],
      en: { title: 'Agreements signed in Dushanbe', summary: 'Invented test text.' },
      topics: ['economy-trade'],
      topicEvidence: { 'economy-trade': ['التجارة'] },
      raw: { file: 'data/raw/agreements.txt', text: RAW },
    };
    // The list may hold anything a JavaScript caller can pass.
    return { ...built, quantities: quantities as readonly Quantity[], ...overrides };
  }

  it("keeps the quantities it is given, built from findQuantities' candidates, and createCorpus accepts the record", () => {
    const measures = ['agreements', 'trade-volume', 'trade-share'] as const;
    const quantities: Quantity[] = findQuantities(BODY).map((found, index) => ({
      field: 'body',
      ...found,
      measure: measures[index]!,
      ...(found.unit === 'count' ? {} : { subject: 'moscow' }),
    }));
    const article = buildArticle(input(quantities), REGISTRY);
    expect(article.quantities).toEqual([AGREEMENTS, TRADE, SHARE]);
    expect(Object.isFrozen(article.quantities?.[0])).toBe(true);
    expect(
      createCorpus([article], {
        entities: [...entities()],
        topics: [{ id: 'economy-trade', label: { en: 'Trade', ar: 'التجارة' }, description: 'Trade.' }],
      }).articles,
    ).toHaveLength(1);
  });

  it('leaves the layer out of a record built without it', () => {
    expect(Object.hasOwn(buildArticle(input(undefined), REGISTRY), 'quantities')).toBe(false);
  });

  it.each([
    ['a value the words do not give', [{ ...TRADE, value: 1.2 }], 'quantities.0.value', 'read as 1200000000, not 1.2'],
    ['a unit the words do not give', [{ ...TRADE, unit: 'RUB' }], 'quantities.0.unit', 'read as unit "USD", not "RUB"'],
    [
      'a comparator the words before the span do not give',
      [{ ...AGREEMENTS, comparator: 'about' }],
      'quantities.0.comparator',
      'give comparator none, not "about"',
    ],
    [
      'a span that is not one amount',
      [{ ...AGREEMENTS, end: AGREEMENTS.end + 1 }],
      'quantities.0',
      'do not read as one amount',
    ],
    [
      'a subject the registry lacks',
      [{ ...TRADE, subject: 'nobody' }],
      'quantities.0.subject',
      'Unknown entity id "nobody"',
    ],
    ['quantities out of order', [TRADE, AGREEMENTS], 'quantities.1', 'Expected the quantities sorted'],
    [
      'a span past the end of its field',
      [{ ...AGREEMENTS, end: BODY.length + 5 }],
      'quantities.0.end',
      'past the end of body',
    ],
  ] as const)('refuses %s, in the one error that lists every problem', (_name, quantities, path, message) => {
    const error = catchError(() => buildArticle(input(quantities), REGISTRY));
    expect(error).toBeInstanceOf(InvalidRecordError);
    const issue = (error as InvalidRecordError).issues.find((each) => each.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });

  it("refuses a quantity in an editorial title, which is not the source's words", () => {
    const title = 'وقعت 16 اتفاقية';
    const quantity = { field: 'title', start: 5, end: 15, value: 16, unit: 'count', measure: 'agreements' };
    const error = catchError(() => buildArticle(input([quantity], { title, titleBasis: 'editorial' }), REGISTRY));
    expect((error as InvalidRecordError).issues.map((issue) => issue.path.join('.'))).toContain('quantities.0.field');
  });
});

/** A registry with the entities of the build above, as createCorpus takes them. */
function entities(): Entity[] {
  return [
    {
      id: 'dushanbe',
      type: 'location',
      name: { ar: 'دوشنبه', en: 'Dushanbe' },
      aliases: ['دوشنبه'],
      description: 'A city.',
    },
    { id: 'moscow', type: 'location', name: { ar: 'موسكو', en: 'Moscow' }, aliases: ['موسكو'], description: 'A city.' },
  ];
}
