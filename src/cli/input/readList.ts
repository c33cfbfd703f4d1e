/**
 * Reads a list of records from an input flag's file or stdin, and parses each
 * with its schema as it comes, so that the first bad one stops the read and
 * is named by `file:line`. `--data`, `--entities` and `--topics` read with
 * it; so can any command that takes records (such as a `--meta` file).
 */
import { z } from 'zod';

import { InputError } from '../command.js';
import type { Io } from '../io.js';
import type { ByteSource } from './byteSource.js';
import { type InputFile, openInput, unreadable } from './inputFile.js';
import { readJsonValues, type ValuePlaces } from './jsonValues.js';
import { Progress } from './progress.js';

/** A list read from an input: its items, parsed, and where each came from. */
export interface ReadList<T> {
  /** The input it was read from. */
  readonly input: InputFile;
  /** The items, as the schema gave them, in the input's order. */
  readonly items: readonly T[];
  /** The line where each item starts, for messages about an item after the read. */
  readonly places: ValuePlaces;
}

/** `label:line: message`: a message about item `index` of `list`, at the line where the item starts. */
export function locate(list: Pick<ReadList<unknown>, 'input' | 'places'>, index: number, message: string): InputError {
  return new InputError(`${list.input.label}:${list.places.lineOf(index)}: ${message}`);
}

/** `name[index].path`, the way an `InvalidRecordError` names where a record is bad. */
function recordPath(name: string, index: number, path: readonly PropertyKey[]): string {
  return `${name}[${index}]${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
}

/** Whether `error` is the system's answer to a read, such as EIO or EISDIR. */
export const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';

/**
 * Reads the records of `input` and parses each with `schema` as it is read.
 *
 * @param name - The list's name in messages, as `createCorpus` names it: `'articles'`, `'entities'`, `'topics'`.
 * @param progress - The progress line to draw on; by default one of this input's own.
 * @throws {InputError} When the input cannot be read, is not JSON, or an item fails `schema`: `file:line: Invalid record at name[index].path:` and Zod's prettified issues.
 */
export function readList<T>(
  input: InputFile,
  io: Io,
  schema: z.ZodType<T>,
  name: string,
  progress: Progress = new Progress(io, input.label),
): ReadList<T> {
  const source = openInput(input, io);
  try {
    return readListFrom(input, source, io, schema, name, progress);
  } catch (error) {
    throw isSystemError(error) ? unreadable(input, error) : error;
  } finally {
    source.close();
  }
}

/** {@link readList} of a source already open, which the caller closes; system errors are the caller's to word. */
export function readListFrom<T>(
  input: InputFile,
  source: ByteSource,
  io: Io,
  schema: z.ZodType<T>,
  name: string,
  progress: Progress = new Progress(io, input.label),
): ReadList<T> {
  const items: T[] = [];
  const places = readJsonValues(
    input,
    source,
    name === 'articles' ? 'records' : name,
    progress,
    (value, index, where) => {
      const result = schema.safeParse(value);
      if (!result.success) {
        // A failed parse has at least one issue.
        const path = result.error.issues[0]!.path;
        throw locate(
          { input, places: where },
          index,
          `Invalid record at ${recordPath(name, index, path)}:\n${z.prettifyError(result.error)}`,
        );
      }
      items.push(result.data);
    },
  );
  return { input, items, places };
}
