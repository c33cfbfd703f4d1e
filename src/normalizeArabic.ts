import { InvalidQueryError } from './errors.js';
import { describeValue } from './internal/args/describeValue.js';
import { normalizeText } from './internal/text/normalize.js';

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
 * To place a match of the normalized text on the original words, use
 * {@link normalizeArabicWithOffsets}, which returns the same text with a map
 * back to the input.
 *
 * @param text - Any string.
 * @returns The normalized string. Normalizing twice gives the same string.
 * @throws {InvalidQueryError} When `text` is not a string.
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
 * ['روسيا', 'طاجيكستان'].map(normalizeArabic);
 * // => ['روسيا', 'طاجيكستان']
 * ```
 */
export function normalizeArabic(text: string): string {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  return normalizeText(text);
}
