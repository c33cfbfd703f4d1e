import { describe, expect, it } from 'vitest';

import {
  candidatesOf,
  finderScores,
  type Place,
  type Reading,
  REVIEW_LOG,
  reviewDifference,
} from '../scripts/lib/timeExpressionReview.ts';
import {
  type Article,
  articles,
  buildArticle,
  createCorpus,
  entities,
  InvalidRecordError,
  normalizeArabic,
  type TimeExpression,
  topics,
} from '../src/index.js';
import { timexProblem } from '../src/internal/dates/timex.js';
import { isDeleted } from '../src/internal/text/normalize.js';
import { catchError } from './support/catchError.js';
import { readJsonFile, readText } from './support/corpus.js';

const layerOf = (article: Article): readonly TimeExpression[] => {
  if (article.timeExpressions === undefined) {
    throw new Error(`The shipped article ${article.id} has no timeExpressions`);
  }
  return article.timeExpressions;
};
const wordsOf = (article: Article, { field, start, end }: TimeExpression): string => article[field].slice(start, end);

const WORD = /[\p{L}\p{N}]/u;
/** Whether a letter or digit stands at `from` going `step` (±1), past the marks the normalizer deletes. */
function wordCharBeside(text: string, from: number, step: 1 | -1): boolean {
  let at = from;
  while (at >= 0 && at < text.length && isDeleted(text.charCodeAt(at))) {
    at += step;
  }
  return at >= 0 && at < text.length && WORD.test(text.charAt(at));
}

/** The words a part of the day is named by, normalized, for each TIMEX3 part. */
const PART_WORDS: Readonly<Record<string, RegExp>> = {
  MO: /صباح|فجر|النصف الاول/,
  AF: /ظهر|عصر|النصف الثاني/,
  EV: /مساء/,
  NI: /ليل/,
  DT: /نهار/,
};

const each = articles.flatMap((article) =>
  layerOf(article).map((expression, index) => [`${article.id} #${index}`, article, expression] as const),
);

describe('the shipped time-expression layers', () => {
  it.each(articles.map((article) => [article.id, article] as const))(
    'give %s a layer, sorted by field (title first), start and end, with no two spans overlapping',
    (_id, article) => {
      const layer = layerOf(article);
      expect(layer.length).toBeGreaterThan(0);
      const order = (expression: TimeExpression): readonly number[] => [
        expression.field === 'title' ? 0 : 1,
        expression.start,
        expression.end,
      ];
      layer.slice(1).forEach((expression, index) => {
        const before = layer[index]!; // index < layer.length - 1
        const [field, start] = order(expression);
        const [beforeField, , beforeEnd] = order(before);
        expect(field! > beforeField! || start! >= beforeEnd!).toBe(true);
      });
    },
  );

  it.each(each)(
    'keep %s in its field, as whole words, neither blank nor edged with whitespace',
    (_name, article, expression) => {
      const text = article[expression.field];
      expect(expression.end).toBeLessThanOrEqual(text.length);
      const words = wordsOf(article, expression);
      expect(words.trim()).toBe(words);
      expect(words).not.toBe('');
      expect(wordCharBeside(text, expression.start - 1, -1)).toBe(false);
      expect(wordCharBeside(text, expression.end, 1)).toBe(false);
    },
  );

  it.each(each)('give %s a TIMEX3 value, with no digit of a date left open', (_name, _article, expression) => {
    expect(timexProblem(expression.value)).toBeUndefined();
    // An X in a duration is an unstated number (لقرون, PXCE); in a date, a digit the day of writing would fix.
    if (!expression.value.startsWith('P')) {
      expect(expression.value).not.toContain('X');
    }
  });

  it.each(each)('give %s a value consistent with its words', (_name, article, expression) => {
    const words = normalizeArabic(wordsOf(article, expression));
    // Every four-digit year the words write is in the value.
    for (const [year] of words.matchAll(/(?<!\d)\d{4}(?!\d)/g)) {
      expect(expression.value).toContain(year);
    }
    // A stated value's years are written in the words.
    if (expression.basis === 'stated') {
      for (const [year] of expression.value.matchAll(/(?<![\d-])\d{4}(?!\d)/g)) {
        expect(words).toContain(year);
      }
    }
    // A part of the day in the value is named in the words.
    const part = /T(MO|AF|EV|NI|DT)$/.exec(expression.value)?.[1];
    if (part !== undefined) {
      expect(words).toMatch(PART_WORDS[part]!);
    }
  });

  it.each(each)(
    'give %s evidence exactly when inferred: the article’s date evidence or an expression before it',
    (_name, article, expression) => {
      if (expression.basis === 'stated') {
        expect(expression.evidence).toBeUndefined();
        return;
      }
      const { evidence } = expression;
      const earlier = article[expression.field].slice(0, expression.start);
      expect(evidence === article.date.evidence || (evidence !== undefined && earlier.includes(evidence))).toBe(true);
    },
  );

  it.each(each)(
    'resolve %s, where it rests on the day of writing, within a year of publication',
    (_name, article, expression) => {
      if (expression.evidence !== article.date.evidence || !/^\d{4}/.test(expression.value)) {
        return;
      }
      const year = Number(article.publishedAt.slice(0, 4));
      for (const [found] of expression.value.matchAll(/(?<![\d-])\d{4}(?!\d)/g)) {
        expect(Math.abs(Number(found) - year)).toBeLessThanOrEqual(1);
      }
    },
  );
});

/** What the log holds for one entry, without its reason. */
type LoggedEntry = Place & (Reading | { readonly finder: Reading; readonly curated: Reading });
interface LoggedArticle {
  readonly id: string;
  readonly rejected: readonly (LoggedEntry & { readonly reason: string })[];
  readonly changed: readonly (LoggedEntry & { readonly reason: string })[];
  readonly added: readonly (LoggedEntry & { readonly reason: string })[];
}
const log = readJsonFile(REVIEW_LOG) as { readonly about: string; readonly articles: readonly LoggedArticle[] };
/** A logged entry as the difference gives it: its own fields but the reason. */
function withoutReason(entry: LoggedEntry & { readonly reason: string }): LoggedEntry {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'reason')) as LoggedEntry;
}

describe('the review log of the time expressions', () => {
  it('lists every shipped article once, in the corpus order', () => {
    expect(log.articles.map((entry) => entry.id)).toEqual(articles.map((article) => article.id));
  });

  it.each(articles.map((article, index) => [article.id, article, index] as const))(
    'is exactly the difference between the finder’s candidates and the curated layer of %s',
    (_id, article, index) => {
      const logged = log.articles[index]!; // the same ids, in order
      const difference = reviewDifference(article);
      expect(logged.rejected.map(withoutReason)).toEqual(difference.rejected);
      expect(logged.changed.map(withoutReason)).toEqual(difference.changed);
      expect(logged.added.map(withoutReason)).toEqual(difference.added);
    },
  );

  it('gives every entry a reason of one line', () => {
    const entries = log.articles.flatMap((entry) => [...entry.rejected, ...entry.changed, ...entry.added]);
    expect(entries.length).toBeGreaterThan(0);
    for (const { reason } of entries) {
      expect(reason.trim().length).toBeGreaterThan(10);
      expect(reason).not.toContain('\n');
    }
  });

  it('is pretty-printed JSON with a final newline', () => {
    const text = readText(REVIEW_LOG);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('findTimeExpressions against the curated layers', () => {
  it('accounts for every candidate and every curated expression with the log', () => {
    const scores = finderScores(articles);
    const total = (key: 'rejected' | 'changed' | 'added'): number =>
      log.articles.reduce((sum, entry) => sum + entry[key].length, 0);
    const valueChanged = log.articles.reduce(
      (sum, entry) =>
        sum +
        entry.changed.filter((change) => 'finder' in change && change.finder.value !== change.curated.value).length,
      0,
    );
    expect(scores.candidates).toBe(articles.reduce((sum, article) => sum + candidatesOf(article).length, 0));
    expect(scores.sameSpan).toBe(scores.candidates - total('rejected'));
    expect(scores.sameSpan).toBe(scores.curated - total('added'));
    expect(scores.sameValue).toBe(scores.sameSpan - valueChanged);
  });

  it('finds at least nine in ten curated expressions, and proposes at least nine good ones in ten', () => {
    const { candidates, curated, sameValue } = finderScores(articles);
    expect(sameValue / curated).toBeGreaterThanOrEqual(0.9);
    expect(sameValue / candidates).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the evidence of time expressions in createCorpus and buildArticle', () => {
  const first = articles[0]!;
  const inferred = layerOf(first).findIndex((expression) => expression.basis === 'inferred');
  const withEvidence = (evidence: string): Article => ({
    ...first,
    timeExpressions: layerOf(first).map((expression, index) =>
      index === inferred ? { ...expression, evidence } : expression,
    ),
  });

  it.each([true, false])(
    'refuses, with validate: %s, an inferred value whose evidence is not in the article, naming its path',
    (validate) => {
      const error = catchError(() => createCorpus([withEvidence('22 July 2021')], { validate }));
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message.split('\n')[0]).toBe(
        `Invalid record at articles[0].timeExpressions[${inferred}].evidence:`,
      );
      expect((error as Error).message).toContain('The quote "22 July 2021" does not occur in the article');
    },
  );

  it('refuses, trusting the record, an inferred value with no evidence', () => {
    const bare = Object.fromEntries(
      Object.entries(layerOf(first)[inferred]!).filter(([key]) => key !== 'evidence'),
    ) as TimeExpression;
    const record = {
      ...first,
      timeExpressions: layerOf(first).map((expression, index) => (index === inferred ? bare : expression)),
    };
    const error = catchError(() => createCorpus([record], { validate: false }));
    expect((error as Error).message.split('\n')[0]).toBe(
      `Invalid record at articles[0].timeExpressions[${inferred}].evidence:`,
    );
  });

  it('accepts evidence from the furniture, as the date’s', () => {
    expect(first.source.furniture.some((piece) => piece.text.includes(first.date.evidence))).toBe(true);
    expect(createCorpus([withEvidence(first.date.evidence)]).articles).toHaveLength(1);
  });

  const input = (article: Article, layer: readonly TimeExpression[]) => ({
    id: article.id,
    title: article.title,
    titleBasis: article.titleBasis,
    body: article.body,
    furniture: article.source.furniture,
    chain: article.source.chain,
    en: article.en,
    topics: article.topics,
    topicEvidence: article.topicEvidence,
    timeExpressions: layer,
  });

  it('builds a record with the layer, in its order, as the shipped one', () => {
    const built = buildArticle(input(first, [...layerOf(first)].reverse()), { entities, topics });
    expect(built.timeExpressions).toEqual(first.timeExpressions);
    expect(Object.isFrozen(built.timeExpressions?.[0])).toBe(true);
  });

  it('lists every problem of the layer: evidence not in the text, a span inside a word, a value that is not TIMEX3', () => {
    const layer = layerOf(first).map((expression, index) => {
      if (index === inferred) {
        return { ...expression, evidence: 'ليس في النص' };
      }
      return index === inferred + 1 ? { ...expression, start: expression.start + 1 } : expression;
    });
    const broken = [...layer, { field: 'body', start: 0, end: 4, value: '2021-13', basis: 'stated' } as const];
    const error = catchError(() => buildArticle(input(first, broken), { entities, topics })) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain(`timeExpressions.${inferred + 1}.evidence`);
    expect(paths).toContain(`timeExpressions.${inferred + 2}`);
    expect(paths).toContain('timeExpressions.0.value');
  });

  it('refuses a span in an editorial title', () => {
    const editorial = {
      ...input(first, [{ field: 'title', start: 0, end: 4, value: '2021', basis: 'stated' }]),
      titleBasis: 'editorial',
    } as const;
    const error = catchError(() => buildArticle(editorial, { entities, topics })) as InvalidRecordError;
    expect(error.issues.map((issue) => issue.path.join('.'))).toContain('timeExpressions.0.field');
  });
});
