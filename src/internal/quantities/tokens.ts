/**
 * The tokens the quantity reader works on: the text normalized once (as every
 * helper normalizes it, so Arabic-Indic digits are 0–9 and `مائة` is `مايه`),
 * cut into words, numbers and single marks, each with its place in the
 * normalized text, which maps back to the original by `starts`.
 */
import { isWordUnit } from '../text/mentionRules.js';
import { charLengthAt, isDeleted, normalizeToOffsetBuffer, unitsToString } from '../text/normalize.js';

/** A run of letters. */
export const WORD = 0;
/** A run of digits, with the separators between them (`1.2`, `1,200`, `٤٤٫٧`). */
export const NUMBER = 1;
/** One character that is neither a letter, a digit nor a space: `%`, `-`, `"`, `،`. */
export const MARK = 2;

/**
 * One token of the normalized text. Its `text` is made on first read: most words
 * of a text are only looked at by their first letters (see `mayStartNumber`).
 */
export class Token {
  /** What the token is: a word, a number or a mark. */
  readonly kind: typeof WORD | typeof NUMBER | typeof MARK;
  /** Where it starts in the normalized text. */
  readonly from: number;
  /** Where it ends in the normalized text, exclusive. */
  readonly to: number;
  /** Whether a space comes right before it. */
  readonly spaced: boolean;
  /** The normalized text's units, shared by every token of the text. */
  readonly units: Uint16Array;
  /** The token's text, once made. */
  cached: string | undefined;

  constructor(kind: Token['kind'], from: number, to: number, spaced: boolean, units: Uint16Array) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.spaced = spaced;
    this.units = units;
    this.cached = undefined;
  }

  /** The token's normalized text. */
  get text(): string {
    this.cached ??= unitsToString(this.units, this.from, this.to);
    return this.cached;
  }

  /** The normalized unit at `offset` from the token's start. */
  unit(offset: number): number {
    return this.units[this.from + offset]!; // callers stay inside the token
  }
}

/** A text's tokens, and what maps them back to the text. */
export interface TokenizedText {
  readonly input: string;
  readonly tokens: readonly Token[];
  /** `starts[i]` is the input offset of the character that gave normalized unit `i`. */
  readonly starts: Int32Array;
}

const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/** `.`, `,`, the Arabic decimal separator `٫` and the Arabic thousands separator `٬`, between digits. */
const isSeparator = (unit: number): boolean => unit === 0x2e || unit === 0x2c || unit === 0x066b || unit === 0x066c;

/**
 * Cuts `input` into tokens, in one pass over its normalized form. The normalizer's
 * buffers are shared with its next call: with `keep`, the tokens read a copy of them,
 * so that they stay valid after another text is tokenized; without it, they are valid
 * only until then, and cost no copy.
 */
export function tokenize(input: string, keep = true): TokenizedText {
  const { units: sharedUnits, starts: shared, length } = normalizeToOffsetBuffer(input);
  const units = keep ? sharedUnits.slice(0, length) : sharedUnits.subarray(0, length);
  const starts = keep ? shared.slice(0, length) : shared.subarray(0, length);
  const tokens: Token[] = [];
  let at = 0;
  let spaced = true;
  while (at < length) {
    const unit = units[at]!; // at < length
    if (unit === 0x20) {
      spaced = true;
      at += 1;
      continue;
    }
    const from = at;
    let kind: Token['kind'];
    if (isDigit(unit)) {
      kind = NUMBER;
      at += 1;
      while (at < length) {
        const next = units[at]!; // at < length
        if (isDigit(next)) {
          at += 1;
        } else if (isSeparator(next) && at + 1 < length && isDigit(units[at + 1]!)) {
          at += 2;
        } else {
          break;
        }
      }
    } else if (isWordUnit(unit)) {
      kind = WORD;
      at += 1;
      while (at < length && units[at] !== 0x20 && !isDigit(units[at]!) && isWordUnit(units[at]!)) {
        at += 1;
      }
    } else {
      kind = MARK;
      at += 1;
    }
    tokens.push(new Token(kind, from, at, spaced, units));
    spaced = false;
  }
  return { input, tokens, starts };
}

/** The input offset where normalized unit `index` starts. */
export function inputStart(text: TokenizedText, index: number): number {
  return text.starts[index]!; // callers pass an index of a token's unit
}

/**
 * The input offset just past normalized unit `index - 1`, and past the characters
 * the normalization deleted after it (diacritics, tatweel), which belong to its letter.
 */
export function inputEnd(text: TokenizedText, index: number): number {
  const last = text.starts[index - 1]!; // callers pass the end of a token, past its first unit
  let end = last + charLengthAt(text.input, last);
  while (end < text.input.length && isDeleted(text.input.charCodeAt(end))) {
    end += 1;
  }
  return end;
}
