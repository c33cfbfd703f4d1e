/** An article's time expressions, checked and placed on the calendar, for `timeline` and the `time_expressions` export table. */
import type { TimeExpression } from '../../schema.js';
import { recordIssue } from '../args/recordIssue.js';
import { timexProblem } from '../dates/timex.js';
import { type DaySpan, timexDays } from '../dates/timexDays.js';
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

/** One time expression of an article, read and checked. */
export interface TimeExpressionRecord {
  /** The id of the article it is in. */
  readonly article: string;
  /** The field its span is in. */
  readonly field: TimeExpression['field'];
  /** Where its span starts. */
  readonly start: number;
  /** Where its span ends, exclusive. */
  readonly end: number;
  /** The words it spans. */
  readonly text: string;
  /** Its TIMEX3 value. */
  readonly value: string;
  /** Whether the words alone give the value. */
  readonly basis: TimeExpression['basis'];
  /** The words an inferred value rests on. */
  readonly evidence: string | undefined;
  /** The days the value refers to, when it has a place on the calendar (timexDays.ts). */
  readonly days: DaySpan | undefined;
}

/**
 * Every time expression of one article, each checked, in text order (the title before the
 * body, then by start and end); expressions with the same span keep their order.
 */
export function timeExpressionRecordsOf(source: LayerSource): TimeExpressionRecord[] {
  const records = layerItems(source, 'timeExpressions').map((item, position): TimeExpressionRecord => {
    const path = ['timeExpressions', position] as const;
    const expression = itemObject(source, item, path);
    const span = spanAt(source, expression, path);
    const value = stringAt(source, expression, path, 'value');
    const problem = timexProblem(value);
    if (problem !== undefined) {
      throw recordIssue(source.index, [...path, 'value'], problem);
    }
    return {
      article: source.id,
      ...span,
      text: spanText(source, span),
      value,
      basis: stringAt(source, expression, path, 'basis', ['stated', 'inferred']) as TimeExpression['basis'],
      evidence: optionalStringAt(source, expression, path, 'evidence'),
      days: timexDays(value),
    };
  });
  return records.sort(compareSpans);
}
