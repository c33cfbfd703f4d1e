/**
 * The review of the shipped time-expression layers: what `findTimeExpressions` proposes for an
 * article, how the curated `timeExpressions` differ from it (the difference that
 * data/review/time-expressions.json records, with a reason for each entry), and the finder's
 * recall and precision against the curated layers, which docs/data-model.md gives
 * (scripts/build-time-expression-figures.ts). test/timeExpressions.test.ts holds the log to
 * exactly this difference, so that it cannot go stale.
 */
import { type Article, findTimeExpressions, type TimeExpression } from '../../src/index.ts';

/** The review log, relative to the repository. */
export const REVIEW_LOG = 'data/review/time-expressions.json';

/**
 * The finder's candidates for an article's title and body, as the curated layer is derived:
 * `writtenOn` is the day of `publishedAt`, and `evidence` the words of `date.evidence`.
 */
export function candidatesOf(article: Article): readonly TimeExpression[] {
  const options = { writtenOn: article.publishedAt.slice(0, 10), evidence: article.date.evidence };
  return (['title', 'body'] as const).flatMap((field) =>
    findTimeExpressions(article[field], options).map((found) => ({ field, ...found })),
  );
}

/** What a value rests on: the fields of an expression besides its span. */
export interface Reading {
  readonly value: string;
  readonly basis: TimeExpression['basis'];
  readonly evidence?: string;
}

/** A span of the article and its words. */
export interface Place {
  readonly field: TimeExpression['field'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How the curated layer of one article differs from the finder's candidates. */
export interface ReviewDifference {
  /** Candidates whose span the curated layer does not have. */
  readonly rejected: readonly (Place & Reading)[];
  /** Candidates whose span the curated layer has, with another value, basis or evidence. */
  readonly changed: readonly (Place & { readonly finder: Reading; readonly curated: Reading })[];
  /** Curated expressions whose span no candidate has. */
  readonly added: readonly (Place & Reading)[];
}

const spanKey = ({ field, start, end }: TimeExpression): string => `${field}:${start}:${end}`;
const readingOf = ({ value, basis, evidence }: TimeExpression): Reading =>
  evidence === undefined ? { value, basis } : { value, basis, evidence };
const sameReading = (left: TimeExpression, right: TimeExpression): boolean =>
  left.value === right.value && left.basis === right.basis && left.evidence === right.evidence;

/** The difference between the curated layer of `article` and the finder's candidates, in text order. */
export function reviewDifference(article: Article): ReviewDifference {
  const candidates = candidatesOf(article);
  const curated = article.timeExpressions ?? [];
  const curatedBySpan = new Map(curated.map((expression) => [spanKey(expression), expression]));
  const candidateSpans = new Set(candidates.map(spanKey));
  const place = (expression: TimeExpression): Place => ({
    field: expression.field,
    start: expression.start,
    end: expression.end,
    text: article[expression.field].slice(expression.start, expression.end),
  });
  const rejected: (Place & Reading)[] = [];
  const changed: (Place & { readonly finder: Reading; readonly curated: Reading })[] = [];
  for (const candidate of candidates) {
    const kept = curatedBySpan.get(spanKey(candidate));
    if (kept === undefined) {
      rejected.push({ ...place(candidate), ...readingOf(candidate) });
    } else if (!sameReading(candidate, kept)) {
      changed.push({ ...place(candidate), finder: readingOf(candidate), curated: readingOf(kept) });
    }
  }
  const added = curated
    .filter((expression) => !candidateSpans.has(spanKey(expression)))
    .map((expression) => ({ ...place(expression), ...readingOf(expression) }));
  return { rejected, changed, added };
}

/** The finder's recall and precision against the curated layers. */
export interface FinderScores {
  /** The finder's candidates, over every title and body. */
  readonly candidates: number;
  /** The curated expressions. */
  readonly curated: number;
  /** Candidates with the span of a curated expression. */
  readonly sameSpan: number;
  /** Candidates with the span and the value of a curated expression. */
  readonly sameValue: number;
  /** The candidates of each article, by id. */
  readonly perArticle: ReadonlyMap<string, number>;
}

/** Counts the candidates and curated expressions of `list`, and how many agree. */
export function finderScores(list: readonly Article[]): FinderScores {
  let candidates = 0;
  let curated = 0;
  let sameSpan = 0;
  let sameValue = 0;
  const perArticle = new Map<string, number>();
  for (const article of list) {
    const layer = article.timeExpressions ?? [];
    const bySpan = new Map(layer.map((expression) => [spanKey(expression), expression]));
    const found = candidatesOf(article);
    candidates += found.length;
    perArticle.set(article.id, found.length);
    curated += layer.length;
    for (const candidate of found) {
      const kept = bySpan.get(spanKey(candidate));
      if (kept !== undefined) {
        sameSpan += 1;
        if (kept.value === candidate.value) {
          sameValue += 1;
        }
      }
    }
  }
  return { candidates, curated, sameSpan, sameValue, perArticle };
}
