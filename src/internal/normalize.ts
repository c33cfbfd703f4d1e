/**
 * The Arabic matching normalizer of ../shared/reference/arabic-normalization.md,
 * with a map from each output index back to the input, so that a match found
 * in normalized text can be reported as a span of the original string.
 */

/** A normalized string and, for each of its UTF-16 units, where it came from. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** `start[i]` is the index in the input of the character that produced `text[i]`. */
  readonly start: readonly number[];
  /** `end[i]` is the index just past that input character. */
  readonly end: readonly number[];
}

// Folds that apply after NFKC, one character to one character.
const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك',
  // The reference's optional step, taken so that hamza seats never decide a match.
  'ؤ': 'و', 'ئ': 'ي',
};

/** Whether a code point is deleted: short vowels and marks, tatweel, invisible marks. */
export function isDeleted(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 ||
    (code >= 0x200c && code <= 0x200f) ||
    code === 0x061c
  );
}

/** Whether a code point is a diacritic that belongs to the letter before it. */
export function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}

const WHITESPACE = /^\s$/u;

/** Normalizes one code point (already NFKC-folded or not) to its matching form. */
function foldChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  // Fast path: ASCII needs only lower-casing, and in the Arabic block only the
  // high-hamza letters U+0675–U+0678 have an NFKC decomposition.
  if (code < 0x80) return char.toLowerCase();
  if (isDeleted(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0600 && code <= 0x06ff && (code < 0x0675 || code > 0x0678)) return FOLD[char] ?? char;
  let out = '';
  for (const part of char.normalize('NFKC')) {
    const partCode = part.codePointAt(0) ?? 0;
    // A decomposed part never decomposes again (NFKC is idempotent), so this recursion is one level deep.
    if ((partCode >= 0x0600 && partCode <= 0x06ff && part !== char) || isDeleted(partCode)) out += foldChar(part);
    else out += part.toLowerCase();
  }
  return out;
}

/**
 * Normalizes text for matching and keeps the offsets back to the input.
 * Whitespace runs collapse to one space, so that line breaks and no-break
 * spaces never decide a match.
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  let lastWasSpace = false;
  for (const char of input) {
    const next = index + char.length;
    const folded = WHITESPACE.test(char) ? ' ' : foldChar(char);
    // Index by UTF-16 unit, not code point: offsets are String.prototype.slice offsets.
    for (let unitIndex = 0; unitIndex < folded.length; unitIndex += 1) {
      const unit = folded.charAt(unitIndex);
      const isSpace = WHITESPACE.test(unit);
      if (isSpace && lastWasSpace) continue;
      lastWasSpace = isSpace;
      text += isSpace ? ' ' : unit;
      start.push(index);
      end.push(next);
    }
    index = next;
  }
  return { text, start, end };
}

/**
 * Normalizes text for matching: the same output as {@link normalizeWithOffsets},
 * without the offsets, and fast enough to index a million articles.
 */
export function normalizeText(input: string): string {
  let text = '';
  let lastWasSpace = false;
  for (const char of input) {
    const code = char.charCodeAt(0);
    // Fast path: Arabic letters and ASCII letters and digits, which are most of any text.
    if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a)) {
      text += FOLD[char] ?? char;
      lastWasSpace = false;
      continue;
    }
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      text += char;
      lastWasSpace = false;
      continue;
    }
    const folded = WHITESPACE.test(char) ? ' ' : foldChar(char);
    for (let unitIndex = 0; unitIndex < folded.length; unitIndex += 1) {
      const unit = folded.charAt(unitIndex);
      const isSpace = WHITESPACE.test(unit);
      if (isSpace && lastWasSpace) continue;
      lastWasSpace = isSpace;
      text += isSpace ? ' ' : unit;
    }
  }
  return text;
}
