import { describe, expect, it } from 'vitest';

import {
  agreementOf,
  type ArticleReview,
  candidatesOf,
  differenceOf,
  type QuantityReviewLog,
  withoutReasons,
} from '../scripts/lib/quantityReview.js';
import { articles, entities, MeasureSchema, type Quantity } from '../src/index.js';
import { readSpan } from '../src/internal/quantities/amounts.js';
import { readJsonFile, readText } from './support/corpus.js';

const LOG_PATH = 'data/review/quantities.json';
const log = readJsonFile(LOG_PATH) as QuantityReviewLog;
const entityIds = new Set(entities.map((entity) => entity.id));

/** Every shipped quantity, with its article and words, for the tables below. */
const shipped = articles.flatMap((article) =>
  (article.quantities ?? []).map(
    (quantity, index) =>
      [
        `${article.id} #${index}: ${article[quantity.field].slice(quantity.start, quantity.end)}`,
        article[quantity.field],
        quantity,
      ] as const,
  ),
);

const order = (quantity: Pick<Quantity, 'field' | 'start' | 'end'>): readonly number[] => [
  quantity.field === 'title' ? 0 : 1,
  quantity.start,
  quantity.end,
];
const compare = (a: readonly number[], b: readonly number[]): number =>
  a.map((value, index) => value - b[index]!).find((difference) => difference !== 0) ?? 0;

// An independent reading of the words, written apart from the finder: the digits (either digit set,
// a decimal point) times the scale word, or the number words of the shipped spans; the unit from its word.
const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)?/u;
const SCALES = [
  [/مليار/u, 1e9],
  [/مليون/u, 1e6],
  [/ألف/u, 1e3],
] as const;
const NUMBER_WORDS: Readonly<Record<string, number>> = { 'خمس عشرة': 15, أربع: 4, نصف: 50 };
const UNIT_WORDS = [
  [/دولار/u, 'USD'],
  [/روبل/u, 'RUB'],
  [/%|٪|بالمئة|بالمائة|في المائة|في المئة|^نصف$/u, 'percent'],
] as const;
const COMPARATORS = {
  about: ['حوالي', 'نحو', 'تُقارب', 'ما يقرب من'],
  'more-than': ['أكثر من', 'تزيد عن', 'متجاوزةً'],
  'less-than': ['أقل من'],
  'up-to': ['يصل إلى'],
} as const;

function independentValue(words: string): number | undefined {
  const digits = DIGITS.exec(words)?.[0];
  if (digits === undefined) {
    return Object.entries(NUMBER_WORDS).find(([number]) => words.startsWith(number))?.[1];
  }
  const number = Number(
    digits
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) => String(digit.charCodeAt(0) % 16))
      .replace('\u066b', '.'),
  );
  const scale = SCALES.find(([pattern]) => pattern.test(words))?.[1] ?? 1;
  // Rounded to the digits the text states, so that 408.8 × 10⁶ is compared as 408800000.
  return Number((number * scale).toPrecision(12));
}

/** The comparator of the words right before `start`: a listed phrase that ends there, at a word's start (or after و or ب). */
function comparatorBefore(text: string, start: number): string | undefined {
  const before = text.slice(0, start).trimEnd();
  for (const [comparator, phrases] of Object.entries(COMPARATORS)) {
    for (const phrase of phrases) {
      if (before.endsWith(phrase) && /(?:^|[\s"،,:(])[وب]{0,2}$/u.test(before.slice(0, -phrase.length))) {
        return comparator;
      }
    }
  }
  return undefined;
}

describe('the shipped quantities layer', () => {
  it('is on every shipped article, never empty', () => {
    expect(articles.filter((article) => (article.quantities ?? []).length === 0).map((article) => article.id)).toEqual(
      [],
    );
  });

  it('is sorted by field (title first), start and end, and no two spans overlap', () => {
    for (const article of articles) {
      const list = article.quantities ?? [];
      list.forEach((quantity, index) => {
        const previous = list[index - 1];
        if (previous !== undefined) {
          expect(compare(order(previous), order(quantity))).toBeLessThan(0);
          expect(previous.field !== quantity.field || previous.end <= quantity.start).toBe(true);
        }
      });
    }
  });

  it.each(shipped)('%s lies in its field', (_name, text, quantity) => {
    expect(quantity.start).toBeGreaterThanOrEqual(0);
    expect(quantity.end).toBeGreaterThan(quantity.start);
    expect(quantity.end).toBeLessThanOrEqual(text.length);
  });

  it.each(shipped)(
    '%s has the value of its number times its scale word, and the unit of its words',
    (_name, text, quantity) => {
      const words = text.slice(quantity.start, quantity.end);
      expect(independentValue(words)).toBe(quantity.value);
      expect(UNIT_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'count').toBe(quantity.unit);
    },
  );

  it.each(shipped)('%s reads, by its words alone, as its value, unit and comparator', (_name, text, quantity) => {
    const reading = readSpan(text, quantity.start, quantity.end);
    expect(reading?.value).toBe(quantity.value);
    expect(reading?.unit).toBe(quantity.unit);
    expect(reading?.comparator).toBe(quantity.comparator);
    expect(comparatorBefore(text, quantity.start)).toBe(quantity.comparator);
    // A count's noun gives its measure, where the keyword table knows the noun.
    if (reading?.measure !== undefined) {
      expect(reading.measure).toBe(quantity.measure);
    }
  });

  it('names a registry entity in every subject', () => {
    const subjects = articles.flatMap((article) =>
      (article.quantities ?? []).flatMap((quantity) => quantity.subject ?? []),
    );
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.filter((subject) => !entityIds.has(subject))).toEqual([]);
  });

  it('uses every measure of the vocabulary, and only those', () => {
    const used = new Set(articles.flatMap((article) => (article.quantities ?? []).map((quantity) => quantity.measure)));
    expect([...used].sort()).toEqual([...MeasureSchema.options].sort());
  });

  it("gives Lavrov's trade figures for 2021 and for January to April 2022 their periods", () => {
    const lavrov = articles.find((article) => article.id === '2022-09-14-lavrov-model-partnership-alliance');
    const trade = (lavrov?.quantities ?? []).filter((quantity) => quantity.measure.startsWith('trade-'));
    expect(trade.map(({ value, unit, period }) => [value, unit, period])).toEqual([
      [21, 'percent', undefined],
      [44.7, 'percent', '2021'],
      [1_200_000_000, 'USD', '2021'],
      [15.7, 'percent', '2022-01/2022-04'],
      [408_800_000, 'USD', '2022-01/2022-04'],
    ]);
  });
});

describe('the comparator check of these tests', () => {
  it.each([
    ['أكثر من 70', 'more-than'],
    ['وأكثر من 80', 'more-than'],
    ['بأكثر من 80', 'more-than'],
    ['ليصل إلى 1.5', undefined],
    ['يصل إلى 200', 'up-to'],
    ['بنسبة 7.1', undefined],
  ] as const)('reads %j as %s', (text, comparator) => {
    expect(comparatorBefore(text, text.lastIndexOf(' ') + 1)).toBe(comparator);
  });
});

describe('the review log (data/review/quantities.json)', () => {
  it('is pretty-printed and stable', () => {
    expect(readText(LOG_PATH)).toBe(`${JSON.stringify(log, null, 2)}\n`);
  });

  it('has a review for every shipped article, and for no other', () => {
    expect(Object.keys(log.articles).sort()).toEqual(articles.map((article) => article.id).sort());
  });

  it.each(articles.map((article) => [article.id, article] as const))(
    'lists, for %s, exactly the candidates rejected or changed and the amounts added',
    (id, article) => {
      const review: ArticleReview | undefined = log.articles[id];
      expect(withoutReasons(review)).toEqual(differenceOf(article, review));
    },
  );

  const entries = articles.flatMap((article) => {
    const review = log.articles[article.id];
    return (['rejected', 'changed', 'added', 'notAmounts'] as const).flatMap((kind) =>
      (review?.[kind] ?? []).map((entry) => [`${article.id} ${kind}: ${entry.text}`, article, entry] as const),
    );
  });

  it('documents the words it leaves out', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s quotes the article at its span, with a one-line reason', (_name, article, entry) => {
    expect(article[entry.field].slice(entry.start, entry.end)).toBe(entry.text);
    expect(entry.reason).toMatch(/^\S[^\n]*\.$/u);
  });

  it.each(articles.map((article) => [article.id, article] as const))(
    'leaves out of %s, and out of its candidates, every span it lists as no amount',
    (id, article) => {
      const spans = [...(article.quantities ?? []), ...candidatesOf(article)];
      for (const entry of log.articles[id]?.notAmounts ?? []) {
        const overlapping = spans.filter(
          (span) => span.field === entry.field && span.start < entry.end && entry.start < span.end,
        );
        expect(overlapping).toEqual([]);
      }
    },
  );
});

describe('the finder against the curated layer', () => {
  const [span, valueAndUnit, every] = agreementOf(articles);
  const differences = articles.map((article) => differenceOf(article, log.articles[article.id]));
  const total = (pick: (difference: (typeof differences)[number]) => number): number =>
    differences.reduce((sum, difference) => sum + pick(difference), 0);
  const moved = total((difference) => difference.changed.filter((entry) => entry.to !== undefined).length);

  it('counts as found, span for span, every candidate the log neither rejects nor moves', () => {
    expect(span?.matched).toBe(span!.candidates - total((difference) => difference.rejected.length) - moved);
    expect(span?.matched).toBe(span!.curated - total((difference) => difference.added.length) - moved);
  });

  it('reports precision and recall as shares of the candidates and of the curated quantities', () => {
    for (const agreement of [span, valueAndUnit, every]) {
      expect(agreement?.precision).toBe(agreement!.matched / agreement!.candidates);
      expect(agreement?.recall).toBe(agreement!.matched / agreement!.curated);
    }
    // Each level asks for more than the one before.
    expect(valueAndUnit!.matched).toBeLessThanOrEqual(span!.matched);
    expect(every!.matched).toBeLessThanOrEqual(valueAndUnit!.matched);
  });
});

describe('differenceOf, the difference the log must list', () => {
  const article = articles.find((each) => each.id === '2025-10-09-putin-state-visit-dushanbe')!;
  const list = article.quantities!;
  const words = (quantity: Quantity): string => article[quantity.field].slice(quantity.start, quantity.end);
  const empty: ArticleReview = { rejected: [], changed: [], added: [], notAmounts: [] };

  it('notices a candidate the layer drops, a field the layer changes and an amount the finder misses', () => {
    const [first, second, third] = list;
    const edited = {
      ...article,
      quantities: [
        // The first is dropped; the second gains a comparator; the third's span is cut short.
        { ...second!, comparator: 'about' },
        { ...third!, end: third!.end - 1 },
        ...list.slice(3),
      ] as Quantity[],
    };
    const difference = differenceOf(edited, empty);
    expect(difference.rejected.map((span) => span.text)).toEqual([words(first!), words(third!)]);
    expect(difference.changed.map((entry) => [entry.text, entry.fields])).toEqual([[words(second!), ['comparator']]]);
    expect(difference.added.map((span) => span.text)).toEqual([words(third!).slice(0, -1)]);
  });

  it('pairs a candidate with the span a changed entry of the log moves it to', () => {
    const [first] = list;
    const moved = { ...first!, start: first!.start + 1 };
    const edited = { ...article, quantities: [moved, ...list.slice(1)] };
    const review: ArticleReview = {
      ...empty,
      changed: [
        {
          field: first!.field,
          start: first!.start,
          end: first!.end,
          text: words(first!),
          fields: ['span'],
          to: { field: moved.field, start: moved.start, end: moved.end, text: words(moved) },
          reason: 'A test.',
        },
      ],
    };
    const difference = differenceOf(edited, review);
    expect(difference.rejected).toEqual([]);
    expect(difference.added).toEqual([]);
    expect(withoutReasons(review).changed).toEqual(difference.changed);
  });
});
