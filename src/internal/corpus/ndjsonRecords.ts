/**
 * The records of an NDJSON text that arrives in chunks (loadCorpus): bytes or text,
 * cut anywhere, inside a line or inside a UTF-8 character. The bytes up to a chunk's
 * last newline are decoded at once and split into lines, each parsed with `JSON.parse`;
 * the rest waits for the next chunk. So memory holds one chunk and its records, never the
 * whole text. The rules are those of the command line's NDJSON reader: lines end at `\n`
 * (a `\r` before it is JSON white space), a line of white space only is skipped but
 * counted, a byte order mark is skipped at the very start only, and a final line needs
 * no newline. It imports nothing from Node, so that it runs in a browser too.
 */
import type { InvalidRecordError } from '../../errors.js';
import { recordErrorAt } from './recordLine.js';

const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;

/**
 * Whether a line holds only JSON white space (space, tab, carriage return): a blank
 * line, which NDJSON readers skip. Other white space, such as a no-break space, is
 * not JSON's, so a line of it is a bad line, as `JSON.parse` would say.
 */
export function isBlankLine(line: string): boolean {
  return /^[ \t\r\n]*$/.test(line);
}

/** The parsed values of an NDJSON text, and the line each one was on. */
export class NdjsonRecords {
  /** The values, in order. */
  readonly records: unknown[] = [];
  readonly #lines: number[] = [];
  /** The bytes after the last newline seen, waiting for the rest of their line. */
  #pending: Uint8Array[] = [];
  /** The text after the last newline seen, for text chunks. */
  #pendingText = '';
  /** The number of the next line to read, from 1. */
  #line = 1;
  /** Whether nothing has been decoded yet: a byte order mark is skipped there only. */
  #atStart = true;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /** The line (from 1) that record `index` was on. */
  lineOf(index: number): number {
    // Every index asked for is that of a record read, so its line is there.
    return this.#lines[index]!;
  }

  /** Reads a chunk of UTF-8 bytes. */
  pushBytes(chunk: Uint8Array): void {
    const last = chunk.lastIndexOf(NEWLINE);
    if (last === -1) {
      if (chunk.length > 0) {
        // A copy: a stream may reuse the memory of a chunk it has handed out.
        this.#pending.push(chunk.slice());
      }
      return;
    }
    const head = chunk.subarray(0, last + 1);
    const bytes = this.#pending.length === 0 ? head : concat([...this.#pending, head]);
    this.#pending = last + 1 === chunk.length ? [] : [chunk.slice(last + 1)];
    this.#readBytes(bytes, true);
  }

  /** Reads a chunk of text. */
  pushText(chunk: string): void {
    const last = chunk.lastIndexOf('\n');
    if (last === -1) {
      this.#pendingText += chunk;
      return;
    }
    const text = this.#pendingText + chunk.slice(0, last + 1);
    this.#pendingText = chunk.slice(last + 1);
    this.#readText(text, true);
  }

  /** Reads what is left after the last newline: the last line, when the text does not end with a newline. */
  end(): void {
    if (this.#pending.length > 0) {
      const bytes = concat(this.#pending);
      this.#pending = [];
      this.#readBytes(bytes, false);
    }
    if (this.#pendingText !== '') {
      const text = this.#pendingText;
      this.#pendingText = '';
      this.#readText(text, false);
    }
  }

  /**
   * Reads the lines of `bytes`, as the text chunks. A line that is not UTF-8 is an
   * error naming it, once the lines before it have been read (one of which may fail first).
   */
  #readBytes(bytes: Uint8Array, complete: boolean): void {
    let text: string;
    try {
      text = this.#decoder.decode(bytes);
    } catch (error) {
      const valid = validLinesEnd(this.#decoder, bytes);
      this.#readText(this.#decoder.decode(bytes.subarray(0, valid)), true);
      throw this.#fault(this.#line, ['Not valid UTF-8: expected text encoded as UTF-8', error]);
    }
    this.#readText(text, complete);
  }

  /** Parses the lines of `text`: each ends with a newline when `complete`, else the last runs to its end. */
  #readText(text: string, complete: boolean): void {
    let start = 0;
    if (this.#atStart) {
      this.#atStart = false;
      if (text.charCodeAt(0) === 0xfeff) {
        start = 1;
      }
    }
    const { records } = this;
    const lines = this.#lines;
    let line = this.#line;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) {
        if (complete) {
          break;
        }
        end = text.length;
      }
      const source = text.slice(start, end);
      // A record line starts with '{': only other lines pay for the blank-line test.
      if (source.charCodeAt(0) === OPEN_BRACE || !isBlankLine(source)) {
        let value: unknown;
        try {
          value = JSON.parse(source);
        } catch (error) {
          this.#line = line;
          throw this.#jsonFault(source, error);
        }
        records.push(value);
        lines.push(line);
      }
      line += 1;
      start = end + 1;
    }
    this.#line = line;
  }

  /** The error for a line that is not JSON: its line and column, and the parser's words. */
  #jsonFault(source: string, error: unknown): InvalidRecordError {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const column =
      position !== undefined
        ? Number(position) + 1
        : message.startsWith('Unexpected end of JSON input')
          ? source.length + 1
          : undefined;
    return this.#fault(this.#line, [`Invalid JSON: ${message}: expected one JSON object per line`, error], column);
  }

  #fault(line: number, [problem, cause]: readonly [string, unknown], column?: number): InvalidRecordError {
    return recordErrorAt(
      { collection: 'articles', index: this.records.length, path: [], problem: `✖ ${problem}` },
      line,
      column,
      cause,
    );
  }
}

/** The pieces, joined into one array. */
function concat(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) {
    length += piece.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Where the lines of `bytes` before the first one that is not UTF-8 end (one is): just after their last newline. */
function validLinesEnd(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): number {
  let start = 0;
  for (;;) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
}
