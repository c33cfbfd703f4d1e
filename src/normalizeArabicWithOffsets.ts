import { InvalidQueryError } from './errors.js';
import { describeValue } from './internal/args/describeValue.js';
import { normalizeWithOffsets } from './internal/text/normalize.js';

/**
 * Normalized text with a map back to the input, from {@link normalizeArabicWithOffsets}.
 *
 * `text[i]` came from `input.slice(start[i], end[i])`, so a match at
 * `[from, to)` of the normalized text is `input.slice(start[from], end[to - 1])`
 * of the original.
 *
 * @category Search
 * @example
 * ```ts
 * import { normalizeArabicWithOffsets, type NormalizedArabic } from 'ru-tj-news';
 *
 * const input = 'في موسكو،';
 * const normalized: NormalizedArabic = normalizeArabicWithOffsets(input);
 * const at = normalized.text.indexOf('موسكو');
 * input.slice(normalized.start[at], normalized.end[at + 'موسكو'.length - 1]);
 * // => 'موسكو'
 * ```
 */
export interface NormalizedArabic {
  /** The normalized text: what `normalizeArabic(input)` returns. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in the input of the character it came from. */
  readonly start: readonly number[];
  /** For each UTF-16 unit of `text`, the offset just past that input character. */
  readonly end: readonly number[];
}

/**
 * Normalizes Arabic text exactly as {@link normalizeArabic} does, and maps each
 * unit of the result back to the input.
 *
 * A match found in the normalized text at `[from, to)` is the original
 * `input.slice(start[from], end[to - 1])`: the way {@link findMentions} places
 * its spans. Characters that normalization deletes (short vowels, tatweel,
 * invisible marks) have no unit of their own; a character that expands (the
 * ligature ﻻ) gives several units with the same offsets.
 *
 * @param text - Any string.
 * @returns The normalized text, and for each of its UTF-16 units the offsets of the input character it came from.
 * @throws {InvalidQueryError} When `text` is not a string.
 * @category Search
 * @example
 * ```ts
 * import { normalizeArabicWithOffsets } from 'ru-tj-news';
 *
 * // The deleted kasra leaves no unit; each letter points back at its place in the input.
 * const { text, start } = normalizeArabicWithOffsets('أفغانِستان');
 * text;
 * // => 'افغانستان'
 * start;
 * // => [0, 1, 2, 3, 4, 6, 7, 8, 9]
 * ```
 */
export function normalizeArabicWithOffsets(text: string): NormalizedArabic {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  return normalizeWithOffsets(text);
}
