/** Reading a command's arguments as it declares them, with a usage error that says what it takes. */
import { parseArgs } from 'node:util';

import { nearestName } from '../internal/args/nearestName.js';
import { type Command, type Options, UsageError, type Values } from './command.js';

/** The arguments of one command, as `util.parseArgs` reads them. */
export interface CommandArguments {
  readonly values: Values<Options>;
  readonly positionals: readonly string[];
}

/** parseArgs's message, in one line, with the options the command does take. */
function describeParseError(error: unknown, name: string, known: readonly string[]): string {
  // split gives at least one piece, even of an empty message.
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown === undefined) {
    return message;
  }
  const flags = known.map((option) => `--${option}`);
  return `Unknown option ${JSON.stringify(unknown)} for ${name}: expected ${flags.length > 0 ? `one of ${flags.join(', ')}` : 'none'}.${nearestName(unknown, flags)}`;
}

/** Reads `args` with the options `command` declares, and `-h, --help`; an unknown or malformed option is a usage error. */
export function parseCommandArgs(name: string, command: Command, args: readonly string[]): CommandArguments {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error, name, Object.keys(command.options)));
  }
}

/** Refuses positional arguments other than the ones `command` declares (the last one or more times, where it `repeatsLast`). */
export function checkPositionals(name: string, command: Command, given: readonly string[]): void {
  if (command.positionals.length === 0 && given.length > 0) {
    throw new UsageError(`Unexpected argument ${JSON.stringify(given[0])}: ${name} takes options only`);
  }
  if (command.repeatsLast === true) {
    if (given.length < command.positionals.length) {
      throw new UsageError(`Expected ${command.positionals.map((what) => `one ${what}`).join(' and ')} or more`);
    }
    return;
  }
  if (given.length !== command.positionals.length) {
    throw new UsageError(`Expected exactly ${command.positionals.map((what) => `one ${what}`).join(' and ')}`);
  }
}
