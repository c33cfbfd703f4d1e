import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { nearestName } from './internal/args/nearestName.js';
import { MEASURES } from './internal/args/vocabulary.js';
import { layerSource } from './internal/layers/layerRecords.js';
import { isQuantityUnit, quantityEntriesOf } from './internal/layers/quantityEntries.js';
import type { Article, Measure, Quantity } from './schema.js';

/**
 * One amount of {@link quantities}: the record's quantity, with its article and the words it spans.
 *
 * @category Layers
 * @example
 * ```ts
 * import { articles, quantities, type QuantityEntry } from 'ru-tj-news';
 *
 * const article = {
 *   ...articles[3]!,
 *   quantities: [
 *     { field: 'body' as const, start: 2264, end: 2283, value: 35_000, unit: 'count', comparator: 'more-than' as const, measure: 'students' as const },
 *   ],
 * };
 * const [entry]: QuantityEntry[] = quantities([article]);
 * [entry?.text, entry?.value, entry?.comparator];
 * // => ['أكثر من 35 ألف طالب', 35000, 'more-than']
 * ```
 */
export interface QuantityEntry {
  /** The id of the article the amount is in. */
  readonly article: string;
  /** The field its span is in. */
  readonly field: Quantity['field'];
  /** Where its span starts: a UTF-16 offset into the field. */
  readonly start: number;
  /** Where its span ends, exclusive. */
  readonly end: number;
  /** The words of the amount, verbatim. */
  readonly text: string;
  /** The amount in base units: `1.2 مليار دولار` is `1200000000`, `40%` is `40`. */
  readonly value: number;
  /** An ISO 4217 currency code for money (`USD`, `RUB`), `percent`, or `count`. */
  readonly unit: string;
  /** How the words bound the value, where they do: `about`, `more-than`, `less-than` or `up-to`. */
  readonly comparator?: NonNullable<Quantity['comparator']>;
  /** What the amount measures. */
  readonly measure: Measure;
  /** The TIMEX3 value of the period the amount is for, where the text gives one. */
  readonly period?: string;
  /** Id of the entity the amount is about, where the text names one. */
  readonly subject?: string;
}

/**
 * Options of {@link quantities}.
 *
 * @category Layers
 * @example
 * ```ts
 * import type { QuantitiesOptions } from 'ru-tj-news';
 *
 * const money: QuantitiesOptions = { measure: 'trade-volume', unit: 'USD' };
 * money.unit;
 * // => 'USD'
 * ```
 */
export interface QuantitiesOptions {
  /** Keeps only the amounts of this measure: an id of the vocabulary of {@link MeasureSchema}. */
  readonly measure?: Measure | undefined;
  /** Keeps only the amounts in this unit: `'percent'`, `'count'`, or an ISO 4217 currency code such as `'USD'`. */
  readonly unit?: string | undefined;
}

/** Reads the `measure` option: undefined, or an id of the vocabulary. */
function parseMeasure(measure: unknown): Measure | undefined {
  if (measure === undefined || (MEASURES as readonly unknown[]).includes(measure)) {
    return measure as Measure | undefined;
  }
  const hint = typeof measure === 'string' ? nearestName(measure, MEASURES) : '';
  throw new InvalidQueryError(
    `Invalid measure ${describeValue(measure)}: expected one of ${MEASURES.join(', ')}.${hint}`,
    measure,
  );
}

/** Reads the `unit` option: undefined, `percent`, `count`, or an ISO 4217 code (upper case, as the records write it). */
function parseUnit(unit: unknown): string | undefined {
  if (unit === undefined || isQuantityUnit(unit)) {
    return unit;
  }
  const upper = typeof unit === 'string' ? unit.toUpperCase() : '';
  const hint = isQuantityUnit(upper) ? ` Did you mean ${JSON.stringify(upper)}?` : '';
  throw new InvalidQueryError(
    `Invalid unit ${describeValue(unit)}: expected "percent", "count" or an ISO 4217 currency code such as "USD".${hint}`,
    unit,
  );
}

/**
 * Lists the amounts the articles state: money, percentages and counts, in base units.
 *
 * The entries come in article order, and within an article in text order
 * (the title before the body). Each is the record's quantity (`value`,
 * `unit`, `comparator`, `measure`, `period`, `subject`) with the article's id,
 * the span and its words, verbatim. `measure` keeps the amounts of one
 * measure of the vocabulary (see {@link MeasureSchema}), and `unit` those in
 * one unit; both must be values the records can hold, so a misspelt one is an
 * error, not an empty list. An article without a `quantities` layer (it is
 * optional in the schema) has none. The input is not changed.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `measure` and/or `unit`.
 * @returns A new array of entries.
 * @throws {InvalidQueryError} When `measure` is not in the vocabulary, `unit` is not `percent`, `count` or an ISO 4217 code, an argument has the wrong type, or an option is unknown.
 * @throws {InvalidRecordError} When an article's `quantities` is malformed, or a span lies outside its field.
 * @category Layers
 * @example
 * ```ts
 * import { getArticle, quantities } from 'ru-tj-news';
 *
 * // The 2022-09-14 article, with two of the amounts Lavrov gives for 2021.
 * const article = {
 *   ...getArticle('2022-09-14-lavrov-model-partnership-alliance')!,
 *   quantities: [
 *     { field: 'body' as const, start: 1787, end: 1799, value: 44.7, unit: 'percent', measure: 'trade-growth' as const, period: '2021' },
 *     { field: 'body' as const, start: 1823, end: 1846, value: 1_200_000_000, unit: 'USD', comparator: 'more-than' as const, measure: 'trade-volume' as const, period: '2021' },
 *   ],
 * };
 * quantities([article]).map((entry) => `${entry.text}: ${entry.value} ${entry.unit}`);
 * // => ['44.7 بالمائة: 44.7 percent', 'أكثر من 1.2 مليار دولار: 1200000000 USD']
 * quantities([article], { measure: 'trade-volume' }).map((entry) => entry.period);
 * // => ['2021']
 * quantities([article], { unit: 'RUB' }).length;
 * // => 0
 * ```
 * @example
 * ```ts
 * import { articles, quantities } from 'ru-tj-news';
 *
 * // A measure outside the vocabulary, or a unit in the wrong case, is an error.
 * try {
 *   quantities(articles, { unit: 'usd' });
 * } catch (error) {
 *   (error as Error).message;
 *   // => 'Invalid unit "usd": expected "percent", "count" or an ISO 4217 currency code such as "USD". Did you mean "USD"?'
 * }
 * ```
 */
export function quantities(list: readonly Article[], options: QuantitiesOptions = {}): QuantityEntry[] {
  assertList(list);
  assertOptions(options, ['measure', 'unit'], 'the quantities options');
  const measure = parseMeasure(ownOption(options, 'measure'));
  const unit = parseUnit(ownOption(options, 'unit'));
  const entries: QuantityEntry[] = [];
  list.forEach((article, index) => {
    for (const entry of quantityEntriesOf(layerSource(article, index))) {
      if ((measure === undefined || entry.measure === measure) && (unit === undefined || entry.unit === unit)) {
        entries.push(entry);
      }
    }
  });
  return entries;
}
