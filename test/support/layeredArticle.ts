/**
 * Small, valid articles that carry the annotation layers, for the tests of the
 * layer helpers, the export tables and the commands. Every span is found with
 * indexOf on the exact words (never counted by hand), and a word that is not in
 * its field, or is there twice, stops the test: the sketch must say which.
 */
import type { Article, Quantity, Quotation, TimeExpression } from '../../src/index.js';
import { type ArticleSketch, makeArticle } from './makeArticle.js';

/** Where some words are: the field (the body by default) and, for words that occur more than once, which occurrence (from 0). */
export interface Words {
  readonly words: string;
  readonly field?: 'title' | 'body';
  readonly occurrence?: number;
}

/** A quotation, by its words. */
export interface QuotationSketch {
  readonly speaker: string;
  readonly kind: Quotation['kind'];
  readonly cue?: Words;
  readonly quote: Words;
}

/** A time expression, by its words. */
export type TimeSketch = Words & Omit<TimeExpression, 'field' | 'start' | 'end'>;

/** A quantity, by its words. */
export type QuantitySketch = Words & Omit<Quantity, 'field' | 'start' | 'end'>;

/** An article sketch with layers. `sortLayers: false` keeps them in the order given, for tests of ordering. */
export interface LayeredSketch extends ArticleSketch {
  readonly quotations?: readonly QuotationSketch[];
  readonly timeExpressions?: readonly TimeSketch[];
  readonly quantities?: readonly QuantitySketch[];
  readonly sortLayers?: boolean;
}

/** The span of `words` in `article`. */
export function spanOf(article: Pick<Article, 'title' | 'body'>, { words, field = 'body', occurrence = 0 }: Words) {
  const text = article[field];
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(words, start + 1);
    if (start === -1) {
      throw new Error(`"${words}" does not occur ${occurrence + 1} time(s) in the ${field}: ${text}`);
    }
  }
  if (occurrence === 0 && text.indexOf(words, start + 1) !== -1) {
    throw new Error(`"${words}" occurs more than once in the ${field}: give its occurrence`);
  }
  return { field, start, end: start + words.length };
}

const byField = (field: 'title' | 'body') => (field === 'title' ? 0 : 1);
const spanOrder = (
  left: { readonly field: 'title' | 'body'; readonly start: number; readonly end: number },
  right: { readonly field: 'title' | 'body'; readonly start: number; readonly end: number },
) => byField(left.field) - byField(right.field) || left.start - right.start || left.end - right.end;

/** Drops the keys of `Words` from a sketch, keeping the rest of the record's fields. */
function withoutWords<T extends Words>(sketch: T): Omit<T, keyof Words> {
  return Object.fromEntries(
    Object.entries(sketch).filter(([key]) => key !== 'words' && key !== 'field' && key !== 'occurrence'),
  ) as Omit<T, keyof Words>;
}

/** A record that passes ArticleSchema (see makeArticle), with the layers of the sketch, each sorted as the data rules sort them unless told. */
export function layeredArticle(sketch: LayeredSketch): Article {
  const base = makeArticle(sketch);
  const sort = sketch.sortLayers ?? true;
  const sorted = <T>(list: T[], key: (item: T) => Parameters<typeof spanOrder>[0]): T[] =>
    sort ? list.sort((left, right) => spanOrder(key(left), key(right))) : list;
  const timeExpressions = sketch.timeExpressions?.map((time) => ({ ...spanOf(base, time), ...withoutWords(time) }));
  const quantities = sketch.quantities?.map((quantity) => ({ ...spanOf(base, quantity), ...withoutWords(quantity) }));
  const quotations = sketch.quotations?.map((quotation) => ({
    speaker: quotation.speaker,
    kind: quotation.kind,
    ...(quotation.cue === undefined ? {} : { cue: spanOf(base, quotation.cue) }),
    quote: spanOf(base, quotation.quote),
  }));
  return {
    ...base,
    ...(timeExpressions === undefined ? {} : { timeExpressions: sorted(timeExpressions, (item) => item) }),
    ...(quantities === undefined ? {} : { quantities: sorted(quantities, (item) => item) }),
    ...(quotations === undefined ? {} : { quotations: sorted(quotations, (item) => item.quote) }),
  };
}
