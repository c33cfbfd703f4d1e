import { InvalidQueryError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { normalizeText, normalizeWithOffsets } from './internal/text/normalize.js';

/**
 * Normalized text with a map back to the input, from `normalizeArabic(text, { offsets: true })`.
 *
 * `text[i]` came from `input.slice(start[i], end[i])`, so a match at
 * `[from, to)` of the normalized text is `input.slice(start[from], end[to - 1])`
 * of the original.
 *
 * @category Search
 * @example
 * ```ts
 * import { normalizeArabic, type NormalizedArabic } from 'ru-tj-news';
 *
 * const input = 'في موسكو،';
 * const normalized: NormalizedArabic = normalizeArabic(input, { offsets: true });
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
 * Options of {@link normalizeArabic}.
 *
 * @category Search
 * @example
 * ```ts
 * import type { NormalizeArabicOptions } from 'ru-tj-news';
 *
 * const options: NormalizeArabicOptions = { offsets: true };
 * options.offsets;
 * // => true
 * ```
 */
export interface NormalizeArabicOptions {
  /** `true` to get a {@link NormalizedArabic} with the map back to the input, instead of a string. */
  readonly offsets?: boolean | undefined;
}

/**
 * Normalizes Arabic text the way every helper of this package compares it.
 *
 * Follows the project's Arabic normalization rules: NFKC first (which expands
 * ligatures such as ﻻ); then short vowels, Quranic marks, superscript alef,
 * tatweel and invisible marks are deleted; أ إ آ ٱ become ا, ى becomes ي, ة
 * becomes ه, ی becomes ي, ک becomes ك, ؤ becomes و and ئ becomes ي;
 * Arabic-Indic and Persian digits become 0–9; Latin letters are lower-cased;
 * and every run of whitespace becomes one space. It does not trim, stem or
 * strip clitic prefixes: {@link searchArticles} does that on top.
 *
 * With `{ offsets: true }` it returns the normalized text together with the
 * offsets of each of its units in the input (see {@link NormalizedArabic}), so
 * that a match found in normalized text can be reported as a span of the
 * original: the way {@link findMentions} places its spans.
 *
 * @param text - Any string.
 * @param options - `{ offsets: true }` for the map back to the input.
 * @returns The normalized string (normalizing twice gives the same string), or with `offsets`, a {@link NormalizedArabic}.
 * @throws {InvalidQueryError} When `text` is not a string, or `options` is not `{ offsets?: boolean }`.
 * @category Search
 * @example
 * ```ts
 * import { normalizeArabic } from 'ru-tj-news';
 *
 * normalizeArabic('أفغانستان');
 * // => 'افغانستان'
 * normalizeArabic('القاعدة العسكرية ٢٠١');
 * // => 'القاعده العسكريه 201'
 * normalizeArabic('بوتـــين يُرَحِّبُ');
 * // => 'بوتين يرحب'
 * normalizeArabic('Emomali RAHMON');
 * // => 'emomali rahmon'
 * ```
 * @example
 * ```ts
 * import { normalizeArabic } from 'ru-tj-news';
 *
 * // The deleted kasra leaves no unit; each letter points back at its place in the input.
 * normalizeArabic('أفغانِستان', { offsets: true }).text;
 * // => 'افغانستان'
 * normalizeArabic('أفغانِستان', { offsets: true }).start;
 * // => [0, 1, 2, 3, 4, 6, 7, 8, 9]
 * ```
 */
export function normalizeArabic(
  text: string,
  options: NormalizeArabicOptions & { readonly offsets: true },
): NormalizedArabic;
export function normalizeArabic(
  text: string,
  options?: NormalizeArabicOptions & { readonly offsets?: false | undefined },
): string;
export function normalizeArabic(text: string, options?: NormalizeArabicOptions): string | NormalizedArabic;
export function normalizeArabic(text: string, options?: NormalizeArabicOptions): string | NormalizedArabic {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  if (options === undefined) {
    return normalizeText(text);
  }
  assertOptions(options, ['offsets'], 'normalizeArabic options');
  const { offsets } = options;
  if (offsets !== undefined && typeof offsets !== 'boolean') {
    throw new InvalidQueryError(`Expected options.offsets to be true or false, got ${describeValue(offsets)}`, offsets);
  }
  return offsets === true ? normalizeWithOffsets(text) : normalizeText(text);
}
