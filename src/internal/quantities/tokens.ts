/**
 * The tokens the quantity reader works on: the text normalized once (as every
 * helper normalizes it, so Arabic-Indic digits are 0–9 and `مائة` is `مايه`),
 * cut into words, numbers and single marks, each with its place in the
 * normalized text, which maps back to the original by `starts`.
 *
 * The tokens are parallel arrays, not an object each, and a token's text is made
 * only when it is read: most words of a text are looked at by their first letters
 * alone (numbers.ts), so that a long text costs few allocations.
 */
import { isWordUnit } from '../text/mentionRules.js';
import { charLengthAt, isDeleted, normalizeToOffsetBuffer, unitsToString } from '../text/normalize.js';

/** A run of letters. */
export const WORD = 0;
/** A run of digits, with the separators between them (`1.2`, `1,200`, `٤٤٫٧`). */
export const NUMBER = 1;
/** One character that is neither a letter, a digit nor a space: `%`, `-`, `"`, `،`. */
export const MARK = 2;
/** What {@link Tokens.kind} gives for an index outside the tokens. */
export const NONE = -1;

const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/** `.`, `,`, the Arabic decimal separator `٫` and the Arabic thousands separator `٬`, between digits. */
const isSeparator = (unit: number): boolean => unit === 0x2e || unit === 0x2c || unit === 0x066b || unit === 0x066c;

/** The arrays of a text's tokens: kind, start and end in the normalized text, and whether a space comes before. */
interface Columns {
  kinds: Uint8Array;
  froms: Int32Array;
  tos: Int32Array;
  spaces: Uint8Array;
}

const newColumns = (size: number): Columns => ({
  kinds: new Uint8Array(size),
  froms: new Int32Array(size),
  tos: new Int32Array(size),
  spaces: new Uint8Array(size),
});

/** Columns reused by every tokenization that is not kept: the finder tokenizes one text at a time. */
let shared: Columns | undefined;

/** A text's tokens, and what maps them back to the text. */
export class Tokens {
  /** The text that was tokenized. */
  readonly input: string;
  /** How many tokens there are. */
  readonly count: number;
  /** The normalized text's units. */
  readonly units: Uint16Array;
  /** `starts[i]` is the input offset of the character that gave normalized unit `i`. */
  readonly starts: Int32Array;
  readonly columns: Columns;
  /** The texts made so far, by token index. */
  readonly texts: (string | undefined)[] = [];

  constructor(input: string, count: number, units: Uint16Array, starts: Int32Array, columns: Columns) {
    this.input = input;
    this.count = count;
    this.units = units;
    this.starts = starts;
    this.columns = columns;
  }

  /** The kind of token `index`: {@link WORD}, {@link NUMBER}, {@link MARK}, or {@link NONE} outside the tokens. */
  kind(index: number): number {
    return index >= 0 && index < this.count ? this.columns.kinds[index]! : NONE; // index < count
  }

  /** Where token `index` starts in the normalized text. */
  from(index: number): number {
    return this.columns.froms[index]!; // callers pass a token's index
  }

  /** Where token `index` ends in the normalized text, exclusive. */
  to(index: number): number {
    return this.columns.tos[index]!; // callers pass a token's index
  }

  /** Whether a space comes right before token `index`. */
  spaced(index: number): boolean {
    return this.columns.spaces[index] === 1;
  }

  /** The normalized text of token `index`, made on first read. */
  text(index: number): string {
    let text = this.texts[index];
    if (text === undefined) {
      text = unitsToString(this.units, this.from(index), this.to(index));
      this.texts[index] = text;
    }
    return text;
  }

  /** The text of token `index` if it is a word, else undefined. */
  word(index: number): string | undefined {
    return this.kind(index) === WORD ? this.text(index) : undefined;
  }

  /** Whether token `index` is the mark `mark` (one unit). */
  isMark(index: number, mark: number): boolean {
    return this.kind(index) === MARK && this.units[this.from(index)] === mark;
  }

  /** The normalized unit at `offset` from the start of token `index`. */
  unit(index: number, offset: number): number {
    return this.units[this.from(index) + offset]!; // callers stay inside the token
  }

  /** The input offset where normalized unit `index` starts. */
  inputStart(index: number): number {
    return this.starts[index]!; // callers pass an index of a token's unit
  }

  /**
   * The input offset just past normalized unit `index - 1`, and past the characters
   * the normalization deleted after it (diacritics, tatweel), which belong to its letter.
   */
  inputEnd(index: number): number {
    const last = this.starts[index - 1]!; // callers pass the end of a token, past its first unit
    let end = last + charLengthAt(this.input, last);
    while (end < this.input.length && isDeleted(this.input.charCodeAt(end))) {
      end += 1;
    }
    return end;
  }
}

/**
 * Cuts `input` into tokens, in one pass over its normalized form. The normalizer's
 * buffers, and the token columns, are shared with the next call: with `keep`, the
 * tokens have their own copies, and stay valid after another text is tokenized;
 * without it, they are valid only until then, and cost no copy.
 */
export function tokenize(input: string, keep = true): Tokens {
  const { units: sharedUnits, starts: sharedStarts, length } = normalizeToOffsetBuffer(input);
  const units = keep ? sharedUnits.slice(0, length) : sharedUnits;
  const starts = keep ? sharedStarts.slice(0, length) : sharedStarts;
  // A text has at most one token per normalized unit.
  let columns: Columns;
  if (keep) {
    columns = newColumns(length);
  } else {
    if (shared === undefined || shared.kinds.length < length) {
      shared = newColumns(Math.max(length, 1 << 12));
    }
    columns = shared;
  }
  const { kinds, froms, tos, spaces } = columns;
  let count = 0;
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
    let kind: number;
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
    kinds[count] = kind;
    froms[count] = from;
    tos[count] = at;
    spaces[count] = spaced ? 1 : 0;
    count += 1;
    spaced = false;
  }
  return new Tokens(input, count, units, starts, columns);
}
