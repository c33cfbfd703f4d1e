/**
 * An input flag's value (`--data`, `--entities`, `--topics`): which layout its
 * extension gives, and opening it with a message that says why it cannot be
 * read. A value the command line cannot take (no extension it knows) is a
 * usage error, exit code 2; a file the system cannot give (missing, a
 * directory, not readable) is an input error, exit code 1, as for `--out`.
 */
import { fstatSync, openSync } from 'node:fs';

import { InputError, UsageError } from '../command.js';
import type { Io } from '../io.js';
import { type ClosableSource, fdSource } from './byteSource.js';

/** How an input's records are laid out: one JSON array, or one JSON value per line. */
export type InputFormat = 'json' | 'ndjson';

/** The value `-`, which reads standard input. */
export const STDIN = '-';

/** What an input flag names: where the records are, and how they are laid out. */
export interface InputFile {
  /** The flag it was given to, without its dashes, such as `'data'`. */
  readonly flag: string;
  /** The file's path; `undefined` for standard input. */
  readonly path: string | undefined;
  /** How messages name the input: its path as given, or `<stdin>`. */
  readonly label: string;
  /** The layout its extension gives; `undefined` for standard input, where its first character decides. */
  readonly format: InputFormat | undefined;
}

/** The layout each extension stands for; matched without regard to case. */
const EXTENSIONS: Readonly<Record<string, InputFormat>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };

/**
 * Reads the value of `--<flag>`: `-` for standard input, or a path ending in
 * `.json` (an array), `.ndjson` or `.jsonl` (one value per line). `what`
 * names the values, for the message: `'records'`, `'entities'`, `'topics'`.
 *
 * @throws {UsageError} When the value is empty or has another extension.
 */
export function inputFile(flag: string, value: string, what: string): InputFile {
  if (value === STDIN) {
    return { flag, path: undefined, label: '<stdin>', format: undefined };
  }
  const extension = /\.[^./\\]+$/.exec(value)?.[0].toLowerCase();
  const format = extension !== undefined && Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
  if (format === undefined) {
    throw new UsageError(
      `Invalid --${flag} ${JSON.stringify(value)}: expected a .json file (an array of ${what}), an .ndjson or .jsonl file (one per line), or - for stdin`,
    );
  }
  return { flag, path: value, label: value, format };
}

/** What a failed open or read means, in words, by its error code. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'a folder in its path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** Why the system could not open or read a file, in words: `no such file`, `it is a folder, not a file`. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && Object.hasOwn(REASONS, code)
    ? REASONS[code]!
    : error instanceof Error
      ? error.message
      : String(error);
}

/** The {@link InputError} for an input the system could not open or read. */
export function unreadable(input: InputFile, error: unknown): InputError {
  return new InputError(`Cannot read --${input.flag} ${JSON.stringify(input.label)}: ${readFailure(error)}`);
}

/**
 * Opens the input: standard input from `io`, or the file, which must not be a
 * folder (Linux opens one, and fails only on the first read).
 *
 * @throws {InputError} When the file cannot be opened, or is a folder.
 */
export function openInput(input: InputFile, io: Io): ClosableSource {
  if (input.path === undefined) {
    // Standard input belongs to the process: it is not closed here.
    return { read: (into) => io.stdin.read(into), size: () => io.stdin.size(), close: () => undefined };
  }
  let fd: number;
  try {
    fd = openSync(input.path, 'r');
  } catch (error) {
    throw unreadable(input, error);
  }
  const source = fdSource(fd);
  try {
    if (fstatSync(fd).isDirectory()) {
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
  } catch (error) {
    source.close();
    throw unreadable(input, error);
  }
  return source;
}

/** Throws a {@link UsageError} when more than one of `inputs` reads stdin: a stream can be read once. */
export function assertOneStdin(inputs: readonly (InputFile | undefined)[]): void {
  const fromStdin = inputs.filter((file): file is InputFile => file !== undefined && file.path === undefined);
  if (fromStdin.length > 1) {
    throw new UsageError(
      `Only one input can read stdin: ${fromStdin.map((file) => `--${file.flag} ${STDIN}`).join(' and ')}`,
    );
  }
}
