/**
 * The `ru-tj-news` command line: list, show, entities, topics, stats, quotes,
 * timeline, figures and export over the shipped corpus or, with `--data`, the user's own records
 * (data.ts); build makes such records from raw text files. Arguments are read with Node's `util.parseArgs`. Output goes to
 * stdout, messages to stderr; the exit code is 0 on success, 1 on a runtime
 * error (a file that cannot be read or written, bad input data) and 2 on a
 * usage error. Tables fit a terminal's width, and are whole in a pipe or a
 * file; a reader that closes the pipe early is the bin's to handle
 * (src/cli.ts). This file only dispatches: each command, with its options
 * and help, is in commands/; to add one, write it with `defineCommand` and
 * list it in `commands` below.
 *
 * A command line is run by hand and in loops, so its start-up is its speed: a
 * run loads only its own command's module (and `--help`, all of them), and a
 * command loads what only some of its runs need when they need it (the
 * reader of --data with Zod, the Parquet writer). bench/startup.ts times it.
 */
import { datasetVersion } from '../data/version.js';
import { RuTjNewsError, UnknownEntityError, UnknownTopicError } from '../errors.js';
import { checkPositionals, type CommandArguments, parseCommandArgs } from './arguments.js';
import { type Command, InputError, UsageError } from './command.js';
import type { Io } from './io.js';

/** The commands, in the order the help lists them, each loaded on first use. */
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  list: async () => (await import('./commands/list.js')).listCommand,
  show: async () => (await import('./commands/show.js')).showCommand,
  entities: async () => (await import('./commands/entities.js')).entitiesCommand,
  topics: async () => (await import('./commands/topics.js')).topicsCommand,
  stats: async () => (await import('./commands/stats.js')).statsCommand,
  quotes: async () => (await import('./commands/quotes.js')).quotesCommand,
  timeline: async () => (await import('./commands/timeline.js')).timelineCommand,
  figures: async () => (await import('./commands/figures.js')).figuresCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
};

/** The help of `ru-tj-news --help`, which a call without a command also prints. */
async function mainHelp(): Promise<string> {
  const summaries = await Promise.all(
    Object.entries(commands).map(async ([name, load]) => [name, (await load()).summary] as const),
  );
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return `ru-tj-news: Arabic news on Russia–Tajikistan relations (2021–2025)

Usage: ru-tj-news <command> [options]

Commands:
${summaries.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n')}

Options:
  -h, --help           Show help; \`ru-tj-news <command> --help\` for a command's options
  -v, --version        Print the package and dataset versions
`;
}

/** A value as a shell reads it back: as it is when it is plain, else in double quotes. */
const shellWord = (value: string): string =>
  /^[\w./@%+:,=-]+$/.test(value) ? value : `"${value.replaceAll(/(["\\$`])/g, '\\$1')}"`;

/** The data options given (--data, --entities, --topics), as a command line repeats them after a command. */
function dataFlags(values: CommandArguments['values'] | undefined): string {
  return (['data', 'entities', 'topics', 'missing-space'] as const)
    .flatMap((flag) => {
      const value = values?.[flag];
      // --missing-space is repeatable: each of its values is given again.
      const given = Array.isArray(value) ? (value as unknown[]) : [value];
      return given.flatMap((each) => (typeof each === 'string' ? [` --${flag} ${shellWord(each)}`] : []));
    })
    .join('');
}

/**
 * Runs the command line on `argv` (without `node` and the script) and resolves to the exit code.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  let parsed: CommandArguments | undefined;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout(await mainHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout(`ru-tj-news ${datasetVersion.version} (dataset ${datasetVersion.id}, ${datasetVersion.contentHash})\n`);
      return 0;
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (load === undefined) {
      throw new UsageError(
        `Unknown command ${JSON.stringify(name)}: expected one of ${Object.keys(commands).join(', ')}`,
      );
    }
    const command = await load();
    parsed = parseCommandArgs(name, command, rest);
    if (parsed.values.help === true) {
      io.stdout(`${command.summary}.\n\nUsage: ${command.usage}\n\n${command.help}\n`);
      return 0;
    }
    checkPositionals(name, command, parsed.positionals);
    await command.run(parsed.values, parsed.positionals, io);
    return 0;
  } catch (error) {
    // A bad value given on the command line is a usage error, whichever layer catches it.
    const usage = error instanceof UsageError || error instanceof RuTjNewsError;
    // Bad input data is told in full: a record's issues take several lines.
    const message =
      error instanceof InputError
        ? error.message
        : error instanceof Error
          ? error.message.split('\n')[0]
          : String(error);
    io.stderr(`ru-tj-news: ${message}\n`);
    if (error instanceof UnknownEntityError || error instanceof UnknownTopicError) {
      const list = error instanceof UnknownEntityError ? 'entities' : 'topics';
      io.stderr(`Run 'ru-tj-news ${list}${dataFlags(parsed?.values)}' to list them all.\n`);
    } else if (usage) {
      io.stderr(
        `Run 'ru-tj-news ${name !== undefined && Object.hasOwn(commands, name) ? `${name} ` : ''}--help' for usage.\n`,
      );
    }
    return usage ? 2 : 1;
  }
}
