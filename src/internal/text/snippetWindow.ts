/** The window of text around a span that a snippet shows, shared by mentionSnippets and searchSnippets. */
import { InvalidQueryError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';

/** A snippet's text and where it lies in the text it was cut from. */
export interface SnippetWindow {
  /** The text, verbatim, cut at whole words and trimmed of surrounding whitespace. */
  readonly text: string;
  /** Where `text` starts in the whole text. */
  readonly start: number;
  /** Where `text` ends in the whole text, exclusive. */
  readonly end: number;
  /** Whether text was cut before the window. */
  readonly truncatedStart: boolean;
  /** Whether text was cut after the window. */
  readonly truncatedEnd: boolean;
}

const WHITESPACE = /\s/;

/**
 * The text around the span `[start, end)` of `text`: at most `context`
 * characters on each side, dropping a word that the cut would split, then
 * trimmed of whitespace (but never into the span). The caller checks that
 * `0 <= start < end <= text.length`.
 */
export function snippetWindow(text: string, start: number, end: number, context: number): SnippetWindow {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Drop a word the cut would split: move in to the next whitespace, never into the span.
  // Every index read below lies inside the text: from > 0, from < start, to < text.length, to > end.
  if (from > 0 && !WHITESPACE.test(text[from - 1]!)) {
    while (from < start && !WHITESPACE.test(text[from]!)) {
      from += 1;
    }
  }
  if (to < text.length && !WHITESPACE.test(text[to]!)) {
    while (to > end && !WHITESPACE.test(text[to - 1]!)) {
      to -= 1;
    }
  }
  let first = from;
  while (first < start && WHITESPACE.test(text[first]!)) {
    first += 1; // first < start <= text.length
  }
  let last = to;
  while (last > end && WHITESPACE.test(text[last - 1]!)) {
    last -= 1; // last - 1 >= end >= 0
  }
  return {
    text: text.slice(first, last),
    start: first,
    end: last,
    truncatedStart: from > 0,
    truncatedEnd: to < text.length,
  };
}

/** Reads a snippet's `context` option: a whole number of characters from 0 to 10,000, 40 when undefined. */
export function snippetContext(value: unknown): number {
  const context = value === undefined ? 40 : value;
  if (typeof context !== 'number' || !Number.isInteger(context) || context < 0 || context > 10_000) {
    throw new InvalidQueryError(
      `Invalid context ${describeValue(context)}: expected a whole number of characters from 0 to 10000`,
      context,
    );
  }
  return context;
}
