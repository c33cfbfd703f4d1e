/**
 * Reading an input line by line in chunks, and the byte-level helpers the
 * JSON reader shares with it: the byte order mark, UTF-8 checks, and where a
 * line starts. Lines are split on the byte `\n`, which never occurs inside a
 * multi-byte UTF-8 character, so a chunk may end anywhere.
 */
import { isUtf8 } from 'node:buffer';

import { InputError } from '../command.js';
import type { ByteSource } from './byteSource.js';

/** Bytes read at a time. */
export const CHUNK_BYTES = 1 << 20;

const NEWLINE = 0x0a;

/** The UTF-8 byte order mark that some editors write first. */
export const BOM = [0xef, 0xbb, 0xbf] as const;

/** 3 when `bytes` start with a UTF-8 byte order mark, which is skipped; 0 otherwise. */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
}

/** The {@link InputError} for a line that is not UTF-8. */
export function notUtf8(label: string, line: number): InputError {
  return new InputError(`${label}:${line}: Not valid UTF-8: expected text encoded as UTF-8`);
}

/** The line (from 1) of the first line of `bytes` that is not valid UTF-8, or `undefined` when all are. */
export function firstInvalidLine(bytes: Uint8Array): number | undefined {
  let line = 1;
  let start = 0;
  for (;;) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) {
      return line;
    }
    if (newline === -1) {
      return undefined;
    }
    start = newline + 1;
    line += 1;
  }
}

/** Every byte of `source`, in one buffer; for a JSON array, which is parsed whole. */
export function readAll(source: ByteSource): Buffer {
  const size = source.size();
  let buffer = Buffer.allocUnsafe(size === undefined ? CHUNK_BYTES : size + 1);
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const count = source.read(buffer.subarray(filled));
    if (count === 0) {
      return buffer.subarray(0, filled);
    }
    filled += count;
  }
}

/**
 * Calls `each` with the text of every line of `source` and its number (from
 * 1), reading chunks of {@link CHUNK_BYTES}: memory holds a chunk and the
 * longest line, never the whole input. A final line without `\n` is a line;
 * a leading byte order mark is skipped. `onRead` hears the count of bytes
 * read so far as each chunk comes, before its lines.
 *
 * @throws {InputError} When a line is not valid UTF-8, naming it as `label:line`.
 */
export function forEachLine(
  source: ByteSource,
  label: string,
  each: (text: string, line: number) => void,
  onRead: (bytes: number) => void = () => undefined,
): void {
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // Bytes at the start of buffer not yet handed out: the start of a line whose newline is still to come.
  let filled = 0;
  let line = 1;
  let read = 0;
  const emit = (bytes: Buffer, start: number, end: number): void => {
    const from = line === 1 ? start + bomLength(bytes.subarray(start, end)) : start;
    const slice = bytes.subarray(from, end);
    if (!isUtf8(slice)) {
      throw notUtf8(label, line);
    }
    each(slice.toString('utf8'), line);
    line += 1;
  };
  for (;;) {
    if (filled === buffer.length) {
      // A line longer than the buffer: make room for the rest of it.
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const count = source.read(buffer.subarray(filled));
    if (count === 0) {
      if (filled > 0) {
        emit(buffer, 0, filled);
      }
      return;
    }
    read += count;
    // Before the chunk's lines, so that the progress of each line counts the bytes that hold it.
    onRead(read);
    const view = buffer.subarray(0, filled + count);
    let start = 0;
    // The carried bytes hold no newline, so the search starts at the new ones.
    for (let newline = view.indexOf(NEWLINE, filled); newline !== -1; newline = view.indexOf(NEWLINE, start)) {
      emit(view, start, newline);
      start = newline + 1;
    }
    view.copy(buffer, 0, start);
    filled = view.length - start;
  }
}
