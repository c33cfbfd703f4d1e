/**
 * The review of the shipped quantities: what `findQuantities` finds in each
 * article, against the curated `quantities` and the review log
 * (data/review/quantities.json), which lists every candidate rejected or changed
 * and every amount added, each with its reason. test/quantitiesLayer.test.ts checks
 * that the log is exactly the difference; scripts/build-quantity-figures.ts
 * writes the recall and precision into docs/data-model.md.
 */
import { type Article, findQuantities, type FoundQuantity, type Quantity } from '../../src/index.ts';

/** A span of an article, with its words. */
export interface LoggedSpan {
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
  /** The words of the span, `article[field].slice(start, end)`. */
  readonly text: string;
}

/** A candidate the review changed: the fields it changed, the span it moved to if it did, and why. */
export interface ChangedEntry extends LoggedSpan {
  /** The finder's fields the curated quantity differs in (`span`, `value`, `unit`, `comparator`, `measure`), sorted. */
  readonly fields: readonly string[];
  /** The curated span, where the review moved the span. */
  readonly to?: LoggedSpan;
  readonly reason: string;
}

/** The review of one article. */
export interface ArticleReview {
  /** Candidates that are not amounts, or not ones the layer keeps. */
  readonly rejected: readonly (LoggedSpan & { readonly reason: string })[];
  /** Candidates kept with a correction. */
  readonly changed: readonly ChangedEntry[];
  /** Amounts the finder missed. */
  readonly added: readonly (LoggedSpan & { readonly reason: string })[];
  /** Words that look like amounts and are left out of the layer (years, dates, ordinals, identifiers, durations), which the finder does not return either. */
  readonly notAmounts: readonly (LoggedSpan & { readonly reason: string })[];
}

/** data/review/quantities.json. */
export interface QuantityReviewLog {
  readonly description: string;
  /** Article id → its review; every shipped article has one. */
  readonly articles: Readonly<Record<string, ArticleReview>>;
}

/** A finder candidate, with the field it was found in. */
export type Candidate = FoundQuantity & { readonly field: 'title' | 'body' };

/** Every amount `findQuantities` finds in the article's title and body, title first. */
export function candidatesOf(article: Article): Candidate[] {
  return (['title', 'body'] as const).flatMap((field) =>
    findQuantities(article[field]).map((found) => ({ field, ...found })),
  );
}

const spanKey = (span: { readonly field: string; readonly start: number; readonly end: number }): string =>
  `${span.field}:${span.start}:${span.end}`;

const spanOf = (article: Article, span: Omit<LoggedSpan, 'text'>): LoggedSpan => ({
  field: span.field,
  start: span.start,
  end: span.end,
  text: article[span.field].slice(span.start, span.end),
});

/** The finder's fields a curated quantity differs in; `measure` only where the finder gives one. */
export function changedFields(found: Candidate, curated: Quantity, moved: boolean): string[] {
  const fields: string[] = moved ? ['span'] : [];
  if (found.value !== curated.value) {
    fields.push('value');
  }
  if (found.unit !== curated.unit) {
    fields.push('unit');
  }
  if (found.comparator !== curated.comparator) {
    fields.push('comparator');
  }
  if (found.measure !== undefined && found.measure !== curated.measure) {
    fields.push('measure');
  }
  return fields.sort();
}

/** The difference between the finder's candidates and the curated layer, without reasons: what the log must list. */
export interface Difference {
  readonly rejected: readonly LoggedSpan[];
  readonly changed: readonly (LoggedSpan & { readonly fields: readonly string[]; readonly to?: LoggedSpan })[];
  readonly added: readonly LoggedSpan[];
}

/**
 * The difference for one article. A candidate pairs with the curated quantity of
 * the same span, or with the one a `changed` entry of the log moves it to; a
 * candidate with no pair is rejected, a curated quantity with none is added.
 */
export function differenceOf(article: Article, review: ArticleReview | undefined): Difference {
  const curated = new Map((article.quantities ?? []).map((quantity) => [spanKey(quantity), quantity]));
  const moves = new Map(
    (review?.changed ?? []).flatMap((entry) => (entry.to === undefined ? [] : [[spanKey(entry), entry.to] as const])),
  );
  const paired = new Set<string>();
  const rejected: LoggedSpan[] = [];
  const changed: (LoggedSpan & { fields: readonly string[]; to?: LoggedSpan })[] = [];
  for (const candidate of candidatesOf(article)) {
    const move = moves.get(spanKey(candidate));
    const target = move === undefined ? spanKey(candidate) : spanKey(move);
    const quantity = curated.get(target);
    if (quantity === undefined || paired.has(target)) {
      rejected.push(spanOf(article, candidate));
      continue;
    }
    paired.add(target);
    const fields = changedFields(candidate, quantity, move !== undefined);
    if (fields.length > 0) {
      changed.push({
        ...spanOf(article, candidate),
        fields,
        ...(move === undefined ? {} : { to: spanOf(article, quantity) }),
      });
    }
  }
  const added = (article.quantities ?? [])
    .filter((quantity) => !paired.has(spanKey(quantity)))
    .map((quantity) => spanOf(article, quantity));
  return { rejected, changed, added };
}

/** The log's rejected, changed and added entries for one article, without their reasons, to compare with {@link differenceOf}. */
export function withoutReasons(review: ArticleReview | undefined): Difference {
  const strip = <T extends { readonly reason: string }>(entry: T): Omit<T, 'reason'> => {
    const rest: Record<string, unknown> = { ...entry };
    delete rest['reason'];
    return rest as Omit<T, 'reason'>;
  };
  return {
    rejected: (review?.rejected ?? []).map(strip),
    changed: (review?.changed ?? []).map(strip),
    added: (review?.added ?? []).map(strip),
  };
}

/** Precision and recall of the finder against the curated layer, at one level of agreement. */
export interface Agreement {
  /** What must agree for a candidate to count as found. */
  readonly level: string;
  readonly matched: number;
  readonly candidates: number;
  readonly curated: number;
  readonly precision: number;
  readonly recall: number;
}

/** The finder's precision and recall over `articles`: span-exact; span, value and unit; and every field the finder gives. */
export function agreementOf(articles: readonly Article[]): readonly Agreement[] {
  const levels: readonly (readonly [string, (found: Candidate, curated: Quantity) => boolean])[] = [
    ['span', () => true],
    ['span, value and unit', (found, curated) => found.value === curated.value && found.unit === curated.unit],
    [
      'span, value, unit, comparator and measure (where the finder gives one)',
      (found, curated) => changedFields(found, curated, false).length === 0,
    ],
  ];
  const candidates = articles.map((article) => candidatesOf(article));
  const curatedCount = articles.reduce((sum, article) => sum + (article.quantities?.length ?? 0), 0);
  const candidateCount = candidates.reduce((sum, list) => sum + list.length, 0);
  return levels.map(([level, agrees]) => {
    let matched = 0;
    articles.forEach((article, index) => {
      const curated = new Map((article.quantities ?? []).map((quantity) => [spanKey(quantity), quantity]));
      for (const candidate of candidates[index]!) {
        const quantity = curated.get(spanKey(candidate));
        if (quantity !== undefined && agrees(candidate, quantity)) {
          matched += 1;
        }
      }
    });
    return {
      level,
      matched,
      candidates: candidateCount,
      curated: curatedCount,
      precision: candidateCount === 0 ? 1 : matched / candidateCount,
      recall: curatedCount === 0 ? 1 : matched / curatedCount,
    };
  });
}
