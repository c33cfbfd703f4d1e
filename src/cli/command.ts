/**
 * What a subcommand of `ru-tj-news` declares (its options, positional
 * arguments and help) and the checks its values share. main.ts reads the
 * arguments with the declared options and checks the positionals (with
 * arguments.ts) before it runs the command, so a command reads only what it
 * declared.
 */
import type { parseArgs, ParseArgsConfig } from 'node:util';

import type { Io } from './io.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Input the command cannot use: a file it cannot read, bad JSON, a record
 * that fails its schema. Exit code 1, and the whole message is shown, since
 * a record's Zod issues take several lines.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** A command's options, in the form `util.parseArgs` takes them. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The values `util.parseArgs` reads for `options` in strict mode: a string or
 * a boolean for each option given, an array for a repeatable one.
 */
export type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ readonly options: O; readonly strict: true; readonly allowPositionals: true }>
>['values'];

/** A subcommand: what it takes, its help, and what it does. */
export interface Command<O extends Options = Options> {
  /** One line, for the list of commands in `ru-tj-news --help`, and the first line of the command's help. */
  readonly summary: string;
  /** The synopsis after `Usage:` in the command's help. */
  readonly usage: string;
  /** The options it takes; every command also takes `-h, --help`. */
  readonly options: O;
  /** What each positional argument is, such as `'article id'`: it must be given exactly these. */
  readonly positionals: readonly string[];
  /** Whether the last positional may be given more than once, such as build's raw files; it must still be given once. */
  readonly repeatsLast?: boolean;
  /** Its help after the usage line: arguments and options. */
  readonly help: string;
  /** Does the work; `positionals` holds exactly one value for each declared one (one or more for the last, where it `repeatsLast`). */
  readonly run: (values: Values<O>, positionals: readonly string[], io: Io) => void | Promise<void>;
}

/**
 * Declares a command, so that `run` reads values typed by the command's own
 * options; returned as a plain {@link Command} for main.ts's table. Sound
 * because parseCommandArgs reads a command's arguments with exactly its
 * `options` (and --help, which `run` does not read).
 */
export function defineCommand<const O extends Options>(command: Command<O>): Command {
  return command;
}

/** `value` if it is one of `allowed`; `fallback` if it was not given; a usage error naming --`name` otherwise. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) {
    return fallback;
  }
  if ((allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new UsageError(`Invalid --${name} ${JSON.stringify(value)}: expected ${allowed.join(', ')}`);
}
