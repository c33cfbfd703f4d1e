/**
 * The Arabic matching normalizer that Lucene's ArabicNormalizer, CAMeL Tools, PyArabic
 * and the Snowball Arabic stemmer share (see docs/data-model.md, "Mentions"),
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
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ی: 'ي',
  ک: 'ك',
  // The reference's optional step, taken so that hamza seats never decide a match.
  ؤ: 'و',
  ئ: 'ي',
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
  const code = char.codePointAt(0)!; // callers pass one code point, never ''
  // Fast path: ASCII needs only lower-casing, and in the Arabic block only the
  // high-hamza letters U+0675–U+0678 have an NFKC decomposition.
  if (code < 0x80) {
    return char.toLowerCase();
  }
  if (isDeleted(code)) {
    return '';
  }
  if (code >= 0x0660 && code <= 0x0669) {
    return String(code - 0x0660);
  }
  if (code >= 0x06f0 && code <= 0x06f9) {
    return String(code - 0x06f0);
  }
  if (code >= 0x0600 && code <= 0x06ff && (code < 0x0675 || code > 0x0678)) {
    return FOLD[char] ?? char;
  }
  let out = '';
  for (const part of char.normalize('NFKC')) {
    const partCode = part.codePointAt(0)!; // a string's iterator yields whole code points
    // A decomposed part never decomposes again (NFKC is idempotent), so this recursion is one level deep.
    if ((partCode >= 0x0600 && partCode <= 0x06ff && part !== char) || isDeleted(partCode)) {
      out += foldChar(part);
    } else {
      out += part.toLowerCase();
    }
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
      if (isSpace && lastWasSpace) {
        continue;
      }
      lastWasSpace = isSpace;
      text += isSpace ? ' ' : unit;
      start.push(index);
      end.push(next);
    }
    index = next;
  }
  return { text, start, end };
}

// FOLD as a table over the Arabic letter block, for the fast path below.
const FOLD_CODE = new Uint16Array(0x0700);
for (let code = 0; code < FOLD_CODE.length; code += 1) {
  const char = String.fromCharCode(code);
  FOLD_CODE[code] = (FOLD[char] ?? char).charCodeAt(0);
}

const foldedChars = new Map<number, string>();

/** {@link foldChar} of a code point outside the fast paths, cached: such characters are few in any text. */
function foldRare(codePoint: number): string {
  let folded = foldedChars.get(codePoint);
  if (folded === undefined) {
    const char = String.fromCodePoint(codePoint);
    folded = WHITESPACE.test(char) ? ' ' : foldChar(char);
    if (foldedChars.size < 10_000) {
      foldedChars.set(codePoint, folded);
    }
  }
  return folded;
}

/** A reusable buffer of UTF-16 units: normalizing a million articles allocates no per-character strings. */
let buffer = new Uint16Array(1 << 14);

/** The units of the last {@link normalizeToBuffer} call. */
export interface NormalizedBuffer {
  readonly units: Uint16Array;
  readonly length: number;
}

function push(length: number, unit: number): number {
  if (length === buffer.length) {
    const grown = new Uint16Array(buffer.length * 2);
    grown.set(buffer);
    buffer = grown;
  }
  buffer[length] = unit;
  return length + 1;
}

/**
 * Normalizes text into a shared buffer of UTF-16 units, exactly as
 * {@link normalizeWithOffsets} normalizes it (whitespace runs become one space).
 * The buffer is overwritten by the next call.
 */
export function normalizeToBuffer(input: string): NormalizedBuffer {
  let length = 0;
  let lastWasSpace = false;
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    // Fast paths: Arabic letters, ASCII letters and digits, and plain spaces are most of any text.
    if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a)) {
      length = push(length, FOLD_CODE[code]!); // FOLD_CODE has a cell for every code up to 0x06ff
      lastWasSpace = false;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      length = push(length, code);
      lastWasSpace = false;
    } else if (code >= 0x41 && code <= 0x5a) {
      length = push(length, code + 0x20);
      lastWasSpace = false;
    } else if (code === 0x20 || code === 0x0a) {
      if (!lastWasSpace) {
        length = push(length, 0x20);
      }
      lastWasSpace = true;
    } else if (isDeleted(code)) {
      // Deleted marks leave no trace, not even a word break.
    } else {
      // A surrogate pair is one code point; a lone surrogate stays itself.
      const codePoint = input.codePointAt(index)!; // index < input.length
      if (codePoint > 0xffff) {
        index += 1;
      }
      const folded = foldRare(codePoint);
      for (let unit = 0; unit < folded.length; unit += 1) {
        const folding = folded.charCodeAt(unit);
        const isSpace = WHITESPACE.test(folded.charAt(unit));
        if (isSpace && lastWasSpace) {
          continue;
        }
        lastWasSpace = isSpace;
        length = push(length, isSpace ? 0x20 : folding);
      }
    }
  }
  return { units: buffer, length };
}

/** The units of the last {@link normalizeToOffsetBuffer} call, with where each came from. */
export interface NormalizedOffsetBuffer {
  readonly units: Uint16Array;
  /** `starts[i]` is the index in the input of the character that produced `units[i]`, as in {@link NormalizedText}. */
  readonly starts: Int32Array;
  readonly length: number;
}

/**
 * Buffers of their own, so that a normalization without offsets in between never overwrites them.
 * A constant object with pure initializers, so that a bundle without the offset normalizer drops it.
 */
const offsetBuffers = {
  units: /* @__PURE__ */ new Uint16Array(1 << 14),
  starts: /* @__PURE__ */ new Int32Array(1 << 14),
};

/** Grows the offset buffers to hold at least `size` units, keeping the first `length`. */
function reserve(size: number, length: number): void {
  if (size <= offsetBuffers.units.length) {
    return;
  }
  let capacity = offsetBuffers.units.length;
  while (capacity < size) {
    capacity *= 2;
  }
  const units = new Uint16Array(capacity);
  units.set(offsetBuffers.units.subarray(0, length));
  const starts = new Int32Array(capacity);
  starts.set(offsetBuffers.starts.subarray(0, length));
  offsetBuffers.units = units;
  offsetBuffers.starts = starts;
}

/**
 * Normalizes text into shared buffers exactly as {@link normalizeWithOffsets} does, units and
 * start offsets alike, without building a string or arrays of numbers: the mention finder reads
 * every article through it. The end offset of unit `i` is `starts[i]` plus the length of the
 * input character there ({@link charLengthAt}). The buffers are overwritten by the next call.
 */
export function normalizeToOffsetBuffer(input: string): NormalizedOffsetBuffer {
  // The fast paths write at most one unit per input unit; only the rare path below can write more.
  reserve(input.length, 0);
  let { units, starts } = offsetBuffers;
  let length = 0;
  let lastWasSpace = false;
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a)) {
      units[length] = FOLD_CODE[code]!; // FOLD_CODE has a cell for every code up to 0x06ff
      starts[length] = index;
      length += 1;
      lastWasSpace = false;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      units[length] = code;
      starts[length] = index;
      length += 1;
      lastWasSpace = false;
    } else if (code >= 0x41 && code <= 0x5a) {
      units[length] = code + 0x20;
      starts[length] = index;
      length += 1;
      lastWasSpace = false;
    } else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      // The ASCII whitespace of \s: tab, line feed, vertical tab, form feed, carriage return, space.
      if (!lastWasSpace) {
        units[length] = 0x20;
        starts[length] = index;
        length += 1;
      }
      lastWasSpace = true;
    } else if (isDeleted(code)) {
      // Deleted marks leave no trace, not even a word break.
    } else if (code < 0x80 || (code >= 0x0600 && code <= 0x06ff && (code < 0x0675 || code > 0x0678))) {
      // ASCII punctuation stays as it is; the rest of the Arabic block folds one unit to one unit.
      units[length] =
        code >= 0x0660 && code <= 0x0669
          ? code - 0x0630
          : code >= 0x06f0 && code <= 0x06f9
            ? code - 0x06c0
            : FOLD_CODE[code]!;
      starts[length] = index;
      length += 1;
      lastWasSpace = false;
    } else {
      const start = index;
      // A surrogate pair is one code point; a lone surrogate stays itself.
      const codePoint = input.codePointAt(index)!; // index < input.length
      if (codePoint > 0xffff) {
        index += 1;
      }
      const folded = foldRare(codePoint);
      // Room for this character's units and one unit for each input unit still to come.
      reserve(length + folded.length + input.length - index, length);
      ({ units, starts } = offsetBuffers);
      for (let unit = 0; unit < folded.length; unit += 1) {
        const isSpace = WHITESPACE.test(folded.charAt(unit));
        if (isSpace && lastWasSpace) {
          continue;
        }
        lastWasSpace = isSpace;
        units[length] = isSpace ? 0x20 : folded.charCodeAt(unit);
        starts[length] = start;
        length += 1;
      }
    }
  }
  return { units, starts, length };
}

/** The length in UTF-16 units of the input character at `index`: 2 for a surrogate pair, else 1. */
export function charLengthAt(input: string, index: number): number {
  const code = input.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = input.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return 1;
}

/** The string of `units[from]` … `units[to - 1]`, built in chunks so that any length works. */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  if (to - from <= 4096) {
    return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  }
  let out = '';
  for (let start = from; start < to; start += 4096) {
    out += unitsToString(units, start, Math.min(to, start + 4096));
  }
  return out;
}

/**
 * Normalizes text for matching: the same output as {@link normalizeWithOffsets},
 * without the offsets, and fast enough to index a million articles.
 */
export function normalizeText(input: string): string {
  const { units, length } = normalizeToBuffer(input);
  return unitsToString(units, 0, length);
}
