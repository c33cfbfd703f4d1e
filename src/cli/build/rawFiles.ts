/**
 * The raw text files that `ru-tj-news build` is given: where each is, how its
 * record names it (`raw.file`), and its text. A file is read whole: it is one
 * article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { InputError, UsageError } from '../command.js';
import { readFailure } from '../input/inputFile.js';
import { firstInvalidLine, notUtf8 } from '../input/lines.js';

/** A raw file named on the command line. */
export interface RawFile {
  /** The path as given on the command line, which messages show. */
  readonly given: string;
  /** The path its record stores as `raw.file`: relative to the current folder, with `/` between folders. */
  readonly file: string;
  /** The file's last path segment, such as `fair.txt`. */
  readonly basename: string;
}

/**
 * The raw files of the command line, each with the path its record stores.
 *
 * @throws {UsageError} When a value is empty or `-`, names a file outside the current folder (a record's
 * `raw.file` is relative), or names a file given before.
 */
export function rawFiles(values: readonly string[], cwd: string): RawFile[] {
  const files: RawFile[] = [];
  const seen = new Map<string, string>();
  for (const given of values) {
    if (given === '' || given === '-') {
      throw new UsageError(
        `Invalid raw file ${JSON.stringify(given)}: expected the path of a text file (build reads files, not stdin)`,
      );
    }
    const relative = path.relative(cwd, path.resolve(cwd, given));
    const file = relative.split(path.sep).join('/');
    if (path.isAbsolute(relative) || file === '..' || file.startsWith('../')) {
      throw new UsageError(
        `Raw file ${JSON.stringify(given)} is outside the current folder: a record stores raw.file relative to it, so run build from a folder that holds the raw files`,
      );
    }
    const before = seen.get(file);
    if (before !== undefined) {
      throw new UsageError(`Raw file ${JSON.stringify(given)} is given twice (as ${JSON.stringify(before)} before)`);
    }
    seen.set(file, given);
    files.push({ given, file, basename: path.posix.basename(file) });
  }
  return files;
}

/** UTF-8, with a byte order mark skipped; a wrong byte is caught by {@link firstInvalidLine} first. */
const decoder = new TextDecoder('utf-8');

/**
 * The bytes of a raw file, and its text.
 *
 * @throws {InputError} When the file cannot be read (missing, a folder, not permitted), or is not UTF-8 (named by `file:line`).
 */
export function readRawFile(raw: RawFile): { readonly bytes: Uint8Array; readonly text: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(raw.given);
  } catch (error) {
    throw new InputError(`Cannot read raw file ${JSON.stringify(raw.given)}: ${readFailure(error)}`);
  }
  const invalid = firstInvalidLine(bytes);
  if (invalid !== undefined) {
    throw notUtf8(raw.given, invalid);
  }
  return { bytes, text: decoder.decode(bytes) };
}
