/**
 * Reads the JSON values of an input, in order: the items of a JSON array, or
 * one value per line of NDJSON. The layout is the extension's; for standard
 * input, the first character that is not white space decides: `[` is a JSON
 * array, anything else NDJSON. Blank lines of NDJSON are skipped (they still
 * count, so that line numbers match an editor's). Every fault is an
 * {@link InputError} that names the input and, where it has one, the line.
 */
import { isBlankLine } from '../../internal/corpus/ndjsonRecords.js';
import { InputError } from '../command.js';
import { type ByteSource, withPrefix } from './byteSource.js';
import type { InputFile, InputFormat } from './inputFile.js';
import { arrayItemLine, errorPosition, lineAndColumn } from './jsonPlace.js';
import { BOM, bomLength, CHUNK_BYTES, firstInvalidLine, forEachLine, notUtf8, readAll } from './lines.js';
import type { Progress } from './progress.js';

/** Where the values that were read came from. */
export interface ValuePlaces {
  /** The line (from 1) where value `index` (from 0) starts. */
  lineOf(index: number): number;
}

/** Whether `byte` is JSON white space. */
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Reads up to the first byte that is not white space (after a byte order
 * mark, even one that a pipe delivers a byte at a time), and says which
 * layout it starts; the bytes read are given back first by the source it
 * returns.
 */
export function detectFormat(source: ByteSource): { readonly format: InputFormat; readonly source: ByteSource } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(CHUNK_BYTES);
    const count = source.read(chunk);
    chunks.push(chunk.subarray(0, count));
    total += count;
    const read = Buffer.concat(chunks, total);
    if (count > 0 && read.length < BOM.length && read.every((byte, index) => byte === BOM[index])) {
      continue;
    }
    const first = read.subarray(bomLength(read)).find((byte) => !isSpace(byte));
    if (first !== undefined || count === 0) {
      return { format: first === 0x5b ? 'json' : 'ndjson', source: withPrefix(read, source) };
    }
  }
}

/** `label:line:column: Invalid JSON: …`, from a `JSON.parse` error on `text` (a whole file, or one line). */
function invalidJson(label: string, text: string, error: unknown, line?: number): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const position = errorPosition(message, text);
  let where = label;
  if (position !== undefined) {
    const place = lineAndColumn(text, position);
    where = `${label}:${(line ?? 1) + place.line - 1}:${place.column}`;
  } else if (line !== undefined) {
    where = `${label}:${line}`;
  }
  return new InputError(`${where}: Invalid JSON: ${message}`);
}

/** The NDJSON values: each line parsed on its own, as it is read. */
function readLines(
  input: InputFile,
  source: ByteSource,
  progress: Progress,
  each: (value: unknown, index: number, places: ValuePlaces) => void,
): ValuePlaces {
  const lines: number[] = [];
  // Every index given to lineOf is one of a value read, so its line is there.
  const places: ValuePlaces = { lineOf: (index) => lines[index]! };
  const size = source.size();
  let read = 0;
  forEachLine(
    source,
    input.label,
    (text, line) => {
      if (isBlankLine(text)) {
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw invalidJson(input.label, text, error, line);
      }
      lines.push(line);
      each(value, lines.length - 1, places);
      progress.update(lines.length, read, size);
    },
    (bytes) => {
      read = bytes;
    },
  );
  return places;
}

/**
 * The JSON array in `bytes`, parsed. Its text lives only here, so that it
 * can be collected while the items are checked.
 */
function parseArray(input: InputFile, bytes: Buffer, what: string): readonly unknown[] {
  const invalid = firstInvalidLine(bytes);
  if (invalid !== undefined) {
    throw notUtf8(input.label, invalid);
  }
  let text: string;
  try {
    text = bytes.toString('utf8', bomLength(bytes));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new InputError(
        `${input.label}: Too large to read as one JSON array: write it as NDJSON (one record per line, in a .ndjson file), which is read line by line`,
      );
    }
    throw error;
  }
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    // NDJSON in a .json file fails right after its first line.
    const hint =
      error instanceof Error && error.message.startsWith('Unexpected non-whitespace character after JSON')
        ? '. For one record per line, name the file .ndjson'
        : '';
    throw new InputError(`${invalidJson(input.label, text, error).message}${hint}`);
  }
  if (!Array.isArray(items)) {
    const got = items === null ? 'null' : typeof items === 'object' ? 'an object' : `a ${typeof items}`;
    throw new InputError(`${input.label}: Expected a JSON array of ${what}, got ${got}`);
  }
  return items;
}

/** The items of a JSON array, parsed whole; the places of the items are found from the bytes, when asked. */
function readArray(
  input: InputFile,
  source: ByteSource,
  what: string,
  progress: Progress,
  each: (value: unknown, index: number, places: ValuePlaces) => void,
): ValuePlaces {
  const bytes = readAll(source);
  const items = parseArray(input, bytes, what);
  const places: ValuePlaces = { lineOf: (index) => arrayItemLine(bytes, index) };
  items.forEach((item, index) => {
    each(item, index, places);
    progress.update(index + 1, index + 1, items.length);
  });
  return places;
}

/**
 * Reads every JSON value of `input` from `source`, in order, handing each to
 * `each` with its index and the places of the values (so that `each` can
 * name the line of a value it refuses). Returns the places, for messages
 * about the values after the read.
 *
 * @param what - What the values are, for messages: `'records'`, `'entities'`, `'topics'`.
 * @throws {InputError} When the input is not UTF-8, not JSON, or a `.json` file is not an array.
 */
export function readJsonValues(
  input: InputFile,
  source: ByteSource,
  what: string,
  progress: Progress,
  each: (value: unknown, index: number, places: ValuePlaces) => void,
): ValuePlaces {
  const detected = input.format === undefined ? detectFormat(source) : { format: input.format, source };
  return detected.format === 'json'
    ? readArray(input, detected.source, what, progress, each)
    : readLines(input, detected.source, progress, each);
}
