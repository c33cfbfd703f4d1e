/**
 * Reading an article's annotation layers (`timeExpressions`, `quantities`,
 * `quotations`) for the helpers that list them and the export tables that write
 * them. A plain JavaScript caller's records may be malformed, and records that
 * skipped the schema may break its rules, so each value is checked where it is
 * read: a bad one throws {@link InvalidRecordError} with the article's index and
 * the path of the value, rather than come out as a wrong span or a blank cell.
 */
import type { Mention } from '../../schema.js';
import { assertArticle } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';

/** The names of the annotation layers. */
export type LayerName = 'timeExpressions' | 'quantities' | 'quotations';

/** One article as the layer readers see it: its id, its index in the list, and the record itself. */
export interface LayerSource {
  /** The article's id. */
  readonly id: string;
  /** The article's place in the list, for error messages. */
  readonly index: number;
  /** The record. */
  readonly record: object;
}

/** Checks that the item at `index` of a list is an article object with a string id, and returns it as a source. */
export function layerSource(article: unknown, index: number): LayerSource {
  assertArticle(article, index);
  const id: unknown = article.id;
  if (typeof id !== 'string') {
    throw recordIssue(index, ['id'], `Expected an article id string, got ${describeValue(id)}`);
  }
  return { id, index, record: article };
}

/** The items of an article's layer: none when the article lacks it (it is optional); an error when it is not an array. */
export function layerItems(source: LayerSource, layer: LayerName): readonly unknown[] {
  const list: unknown = (source.record as Readonly<Record<string, unknown>>)[layer];
  if (list === undefined) {
    return [];
  }
  if (!Array.isArray(list)) {
    throw recordIssue(source.index, [layer], `Expected ${layer} to be an array, got ${describeValue(list)}`);
  }
  return list;
}

/** The layer item at `path` as an object whose properties can be read; an error otherwise. */
export function itemObject(
  source: LayerSource,
  item: unknown,
  path: readonly PropertyKey[],
): Readonly<Record<string, unknown>> {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw recordIssue(source.index, path, `Expected an object, got ${describeValue(item)}`);
  }
  return item as Readonly<Record<string, unknown>>;
}

/** A string property of a layer item; an error when it is not a string, or not one of `allowed` when they are given. */
export function stringAt(
  source: LayerSource,
  item: Readonly<Record<string, unknown>>,
  path: readonly PropertyKey[],
  key: string,
  allowed?: readonly string[],
): string {
  const value = item[key];
  if (typeof value !== 'string' || (allowed !== undefined && !allowed.includes(value))) {
    const expected =
      allowed === undefined ? 'a string' : `one of ${allowed.map((name) => JSON.stringify(name)).join(', ')}`;
    throw recordIssue(source.index, [...path, key], `Expected ${key} to be ${expected}, got ${describeValue(value)}`);
  }
  return value;
}

/** An optional string property of a layer item: undefined when absent; an error when present and not a string. */
export function optionalStringAt(
  source: LayerSource,
  item: Readonly<Record<string, unknown>>,
  path: readonly PropertyKey[],
  key: string,
  allowed?: readonly string[],
): string | undefined {
  return item[key] === undefined ? undefined : stringAt(source, item, path, key, allowed);
}

/**
 * The span at `path` of the article: a `{ field, start, end }` object whose offsets are whole
 * numbers with `0 <= start < end <= ` the length of its field. Returned as a new plain span,
 * with its keys in the schema's order.
 */
export function spanAt(source: LayerSource, value: unknown, path: readonly PropertyKey[]): Mention {
  const span = itemObject(source, value, path);
  const field = stringAt(source, span, path, 'field', ['title', 'body']) as Mention['field'];
  const text: unknown = (source.record as Readonly<Record<string, unknown>>)[field];
  if (typeof text !== 'string') {
    throw recordIssue(source.index, [field], `Expected ${field} to be a string, got ${describeValue(text)}`);
  }
  const { start, end } = span;
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) < (end as number) &&
    (end as number) <= text.length
  )) {
    throw recordIssue(
      source.index,
      path,
      `Expected a span inside the ${field} (0 <= start < end <= ${text.length}), got start ${describeValue(start)} and end ${describeValue(end)}`,
    );
  }
  return { field, start: start as number, end: end as number };
}

/** The words a checked span covers. */
export function spanText(source: LayerSource, span: Mention): string {
  return ((source.record as Readonly<Record<string, unknown>>)[span.field] as string).slice(span.start, span.end);
}

/** Orders spans as the layers are sorted: the title before the body, then by start, then by end. */
export function compareSpans(left: Mention, right: Mention): number {
  return (
    (left.field === right.field ? 0 : left.field === 'title' ? -1 : 1) ||
    left.start - right.start ||
    left.end - right.end
  );
}
