/** An article's quantities as the `quantities` helper lists them and the `quantities` export table writes them. */
import type { QuantityEntry } from '../../quantities.js';
import type { Quantity } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { CURRENCY_CODE } from '../args/patterns.js';
import { recordIssue } from '../args/recordIssue.js';
import { COMPARATORS, MEASURES } from '../args/vocabulary.js';
import { timexProblem } from '../dates/timex.js';
import {
  compareSpans,
  itemObject,
  layerItems,
  type LayerSource,
  optionalStringAt,
  spanAt,
  spanText,
  stringAt,
} from './layerRecords.js';

/** Whether `unit` is a unit a quantity may have: `percent`, `count`, or an ISO 4217 currency code. */
export function isQuantityUnit(unit: unknown): unit is string {
  return unit === 'percent' || unit === 'count' || (typeof unit === 'string' && CURRENCY_CODE.test(unit));
}

/**
 * Every quantity of one article, each checked and with the words it spans, in text order
 * (the title before the body, then by start and end); quantities with the same span keep their order.
 */
export function quantityEntriesOf(source: LayerSource): QuantityEntry[] {
  const entries = layerItems(source, 'quantities').map((item, position): QuantityEntry => {
    const path = ['quantities', position] as const;
    const quantity = itemObject(source, item, path);
    const span = spanAt(source, quantity, path);
    const { value, unit } = quantity;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw recordIssue(
        source.index,
        [...path, 'value'],
        `Expected value to be a finite number, 0 or more, got ${describeValue(value)}`,
      );
    }
    if (!isQuantityUnit(unit)) {
      throw recordIssue(
        source.index,
        [...path, 'unit'],
        `Expected unit to be "percent", "count" or an ISO 4217 currency code such as "USD", got ${describeValue(unit)}`,
      );
    }
    const comparator = optionalStringAt(source, quantity, path, 'comparator', COMPARATORS);
    const measure = stringAt(source, quantity, path, 'measure', MEASURES) as Quantity['measure'];
    const period = optionalStringAt(source, quantity, path, 'period');
    const problem = period === undefined ? undefined : timexProblem(period);
    if (problem !== undefined) {
      throw recordIssue(source.index, [...path, 'period'], problem);
    }
    const subject = optionalStringAt(source, quantity, path, 'subject');
    return {
      article: source.id,
      ...span,
      text: spanText(source, span),
      value,
      unit,
      ...(comparator === undefined ? {} : { comparator: comparator as NonNullable<Quantity['comparator']> }),
      measure,
      ...(period === undefined ? {} : { period }),
      ...(subject === undefined ? {} : { subject }),
    };
  });
  return entries.sort(compareSpans);
}
