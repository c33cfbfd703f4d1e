/** An article's time expressions, checked and placed on the calendar, for `timeline` and the `time_expressions` export table. */
import type { TimeExpression } from '../../schema.js';
import { recordIssue } from '../args/recordIssue.js';
import { timexProblem } from '../dates/timex.js';
import { dayLabel, type DaySpan, timexDays } from '../dates/timexDays.js';
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

/**
 * What the `time_expressions` export table writes of a time expression: the columns that a
 * record read here and an entry of `timeline` both have.
 */
export interface TimeExpressionColumns {
  readonly article: string;
  readonly field: TimeExpression['field'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  readonly basis: TimeExpression['basis'];
  readonly evidence?: string | undefined;
  /** The first day the value refers to, `YYYY-MM-DD`, where it has a place on the calendar. */
  readonly firstDay: string | undefined;
  /** The last day the value refers to, `YYYY-MM-DD`, where it has a place on the calendar. */
  readonly lastDay: string | undefined;
}

/** One time expression of an article, read and checked. */
export interface TimeExpressionRecord extends TimeExpressionColumns {
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
  /** The days the value refers to, when it has a place on the calendar (timexDays.ts), as numbers for sorting and ranges. */
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
    const days = timexDays(value);
    return {
      article: source.id,
      ...span,
      text: spanText(source, span),
      value,
      basis: stringAt(source, expression, path, 'basis', ['stated', 'inferred']) as TimeExpression['basis'],
      evidence: optionalStringAt(source, expression, path, 'evidence'),
      firstDay: days === undefined ? undefined : dayLabel(days.first),
      lastDay: days === undefined ? undefined : dayLabel(days.last),
      days,
    };
  });
  return records.sort(compareSpans);
}
