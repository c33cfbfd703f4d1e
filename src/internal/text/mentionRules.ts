/**
 * The rules of docs/data-model.md ("Mentions") that decide where a mention may
 * start and end, each written once: the mention finder (mentions.ts) places spans
 * by them, and `createCorpus` checks spans by them (wordBounds.ts), so that every
 * span the finder returns is a span `createCorpus` accepts.
 */
import { isDeleted } from './normalize.js';

/**
 * The clitics a name may carry before it, in the order Arabic stacks them, as
 * normalized text: و or ف, then ب, ل or ك, then the article ال. The span leaves them out.
 * mentions.ts reads the same rule as an automaton; test/internal/mentions.test.ts
 * holds the automaton to this pattern on every string of up to five clitic letters.
 */
export const CLITICS = /^[وف]?[بلك]?(?:ال)?$/u;

/** The clitics before a name that starts with ال but is written without it, after the fused لل (للأمم). */
export const CLITICS_BEFORE_FUSED_ARTICLE = /^[وف]?لل$/u;

/**
 * Whether an entity of this type contains mentions (rule 5): inside the span of a
 * `document` or an `event`, the names of entities of any other type are mentions too.
 */
export function isContainerType(type: unknown): boolean {
  return type === 'document' || type === 'event';
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 not looked at yet, 1 not a word character, 2 a letter or digit. Filled as units are met. */
// Pure, so that a bundle without the mention finder drops the table.
const WORD_UNITS = /* @__PURE__ */ new Uint8Array(0x10000);

/**
 * Whether a code point below 0x10000 (not a surrogate) of normalized text is a letter
 * or digit, so part of a word: punctuation, the Arabic comma included, and spaces end
 * a word. A table lookup, for the finder's loop over every unit.
 */
export function isWordUnit(unit: number): boolean {
  let kind = WORD_UNITS[unit]!; // a UTF-16 unit is below 0x10000, the table's size
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 2 : 1;
    WORD_UNITS[unit] = kind;
  }
  return kind === 2;
}

/** {@link isWordUnit} for any code point of normalized text. */
export function isWordCodePoint(codePoint: number): boolean {
  return codePoint > 0xffff ? LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint)) : isWordUnit(codePoint);
}

/** Whether a code unit is tanween: fathatan, dammatan or kasratan (U+064B–U+064D). */
export function isTanween(code: number): boolean {
  return code >= 0x064b && code <= 0x064d;
}

const ALEF = 0x0627;
const ALEF_MAQSURA = 0x0649;

/**
 * Whether the name that `text` spells from `start` to `end` carries tanween, and so is
 * an indefinite adjective or common noun, never a name (`روسياً`, "Russian"). Tanween
 * counts wherever a writer puts it on the name's last letter:
 * - anywhere in the cluster of deleted characters (diacritics, tatweel, invisible marks)
 *   after the span's last letter, inside the span or after it, in any order with a
 *   shadda (`روسياً`, `روسياًّ`, `روسيا` + U+0651 U+064B, `روسياـً`);
 * - or, when that letter is a final ا or ى, in the cluster on the letter before it,
 *   where modern spelling writes the accusative tanween (`روسيًا`, `روسيًّا` in
 *   either order of shadda and tanween, `هدًى`).
 * The cost is linear in the deleted characters it steps over.
 */
export function hasTanween(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && isDeleted(text.charCodeAt(last - 1))) {
    last -= 1;
  }
  for (let at = last; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (!isDeleted(code)) {
      break;
    }
    if (isTanween(code)) {
      return true;
    }
  }
  const final = last > start ? text.charCodeAt(last - 1) : -1;
  if (final !== ALEF && final !== ALEF_MAQSURA) {
    return false;
  }
  for (let at = last - 1; at > start; at -= 1) {
    const code = text.charCodeAt(at - 1);
    if (!isDeleted(code)) {
      break;
    }
    if (isTanween(code)) {
      return true;
    }
  }
  return false;
}

const SPACE = 0x20;

/**
 * Whether a unit of normalized text is a quotation mark: `"` `'` `«` `»` `‹` `›` or one of
 * `‘ ’ ‚ ‛ “ ” „ ‟` (U+2018–U+201F). The fullwidth `＂` and `＇` normalize to the first two.
 * A quotation mark inside a name is skipped when the name is compared (see {@link nameKey}).
 */
export function isQuoteUnit(unit: number): boolean {
  // Arabic letters, the bulk of any text, take the first branch and fail at once.
  return unit < 0x0600
    ? unit === 0x22 || unit === 0x27 || unit === 0xab || unit === 0xbb
    : unit >= 0x2018 && (unit <= 0x201f || unit === 0x2039 || unit === 0x203a);
}

/** Whether a character of the text as written (a UTF-16 unit) is one that normalizes to a quotation mark. */
export function isQuoteChar(code: number): boolean {
  return isQuoteUnit(code) || code === 0xff02 || code === 0xff07;
}

/**
 * The form in which a name and a span are compared, from their normalized text:
 * quotation marks ({@link isQuoteUnit}) taken out, then each run of spaces made one,
 * so that `منظمة "شنغهاي للتعاون` and `منظمة شنغهاي للتعاون` compare equal, and
 * `القاعدة " 201` equals `القاعدة 201`. With `trim`, as for an alias, spaces at either
 * end are dropped too; a span is compared untrimmed, so that it never starts or ends
 * on a space. The mention finder reads the text the same way as it walks a name
 * (mentions.ts), without building this string.
 */
export function nameKey(normalized: string, trim: boolean): string {
  let key = '';
  let lastWasSpace = trim;
  for (let index = 0; index < normalized.length; index += 1) {
    const unit = normalized.charCodeAt(index);
    if (isQuoteUnit(unit) || (unit === SPACE && lastWasSpace)) {
      continue;
    }
    lastWasSpace = unit === SPACE;
    key += normalized.charAt(index);
  }
  return trim && lastWasSpace && key.length > 0 ? key.slice(0, -1) : key;
}

/** How many quotation marks ({@link isQuoteUnit}) a normalized text holds. */
export function countQuotes(normalized: string): number {
  let count = 0;
  for (let index = 0; index < normalized.length; index += 1) {
    if (isQuoteUnit(normalized.charCodeAt(index))) {
      count += 1;
    }
  }
  return count;
}

/**
 * Where a mention ends, given where its name ends (`end`, past the marks on its last
 * letter) and how many quotation marks stand inside the name: when they leave a
 * quotation open (an odd number), the span takes the quotation mark that directly
 * follows, so that `منظمة "شنغهاي للتعاون"` is spanned whole; otherwise it ends at `end`.
 */
export function closeQuote(text: string, end: number, quotesInside: number): number {
  return quotesInside % 2 === 1 && end < text.length && isQuoteChar(text.charCodeAt(end)) ? end + 1 : end;
}
