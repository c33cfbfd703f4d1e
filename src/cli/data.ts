/**
 * The data a command runs on: the shipped corpus, or the user's own records
 * (`--data`) with, optionally, their own registries (`--entities`,
 * `--topics`) and the places their texts run two words together
 * (`--missing-space`, createCorpus's `missingSpaces`). Every command declares these options and calls
 * {@link loadData} before it writes anything, so that bad input leaves stdout
 * empty: the records are checked with their schema (as they are read, for a JSON array;
 * by `loadCorpus` once all are read, for NDJSON), and the whole (ids, references, mention spans)
 * once all are read.
 */
import { corpus as shippedCorpus } from '../corpus.js';
import type { Corpus } from '../createCorpus.js';
import { datasetVersion } from '../data/version.js';
import { assertMissingSpaces } from '../internal/text/missingSpaces.js';
import { type Options, UsageError, type Values } from './command.js';
import type { Io } from './io.js';
import { wrapHelp } from './wrap.js';

/** The data options, for a command's `options`. */
export const DATA_OPTIONS = {
  data: { type: 'string' },
  entities: { type: 'string' },
  topics: { type: 'string' },
  'missing-space': { type: 'string', multiple: true },
} as const satisfies Options;

/** The data options' help, for a command's `help`. */
export const DATA_HELP = `Data (default: the shipped corpus):
  --data <file>        ${wrapHelp('Your own records: a .json file holding an array of them, an .ndjson or .jsonl file with one per line (blank lines are skipped), or - for stdin (a JSON array if its first character other than white space is [, else NDJSON). Each record is checked against the schema; a bad one is reported as file:line and nothing is written')}
  --entities <file>    ${wrapHelp('The entity registry the records of --data use, as a JSON array (or NDJSON) of entities. Default: the shipped registry, so records that name other entities need it')}
  --topics <file>      ${wrapHelp('The topic vocabulary the records of --data use, in the same forms. Default: the shipped topics')}
  --missing-space <a|b>
                       ${wrapHelp("A place where the texts of --data run two words together, as buildArticle was given it (its missingSpaces), such as 'الوزير|لافروف': a mention may start there. Repeatable")}`;

/** The --events option, which only the commands that read events declare, for a command's `options`. */
export const EVENTS_OPTION = { events: { type: 'string' } } as const satisfies Options;

/** The --events option's help, for a command's `help`. */
export const EVENTS_HELP = `  --events <file>      ${wrapHelp('The event registry of the records of --data, as a JSON array (or NDJSON) of events: each is checked against the schema, and its references and spans against the records and the entity registry. Default: the shipped events for the shipped corpus, none for --data')}`;

/** The data a command runs on. */
export interface Data {
  /** The records, checked, frozen and indexed, with the registries they use. */
  readonly corpus: Corpus;
  /** How output names the data: the shipped dataset's version id, or the path given to --data (`<stdin>` for -). */
  readonly name: string;
  /** Whether it is the shipped corpus (no --data). */
  readonly shipped: boolean;
}

/** Why --entities, --topics or --missing-space needs --data, with the filter a user may have meant. */
function registryWithoutData(flag: 'entities' | 'topics' | 'missing-space'): UsageError {
  if (flag === 'missing-space') {
    return new UsageError(
      '--missing-space tells where the texts of --data run two words together: pass --data <file> too',
    );
  }
  const filter = flag === 'entities' ? 'entity' : 'topic';
  return new UsageError(
    `--${flag} gives the registry of the records of --data: pass --data <file> too (to select articles by ${filter}, list and export take --${filter})`,
  );
}

/**
 * Checks each value of --missing-space as `findMentions` and `createCorpus`
 * take it (the one rule in internal/text/missingSpaces.ts), before any input
 * is read, naming the flag and the value.
 *
 * @throws {UsageError} When a value is not two words joined by one `|`.
 */
export function checkMissingSpaceFlags(values: readonly string[] | undefined): void {
  for (const value of values ?? []) {
    try {
      assertMissingSpaces([value], '--missing-space');
    } catch {
      throw new UsageError(
        `Invalid --missing-space ${JSON.stringify(value)}: expected two words joined by one "|" where the text runs them together, such as 'الوزير|لافروف'`,
      );
    }
  }
}

/**
 * The data the options name: the shipped corpus without --data; otherwise the
 * records of --data, checked against the registries of --entities and
 * --topics (the shipped ones where not given), with the events of --events
 * (for a command that declares it; none where not given), and indexed. A progress line
 * is drawn on a terminal while a long input is read.
 *
 * @throws {UsageError} When --entities, --topics, --missing-space or --events is given without --data, a value has an extension other than .json, .ndjson or .jsonl, or more than one reads stdin.
 * @throws {InputError} When an input cannot be read, is not JSON, or holds a bad record, named by `file:line`.
 */
export async function loadData(
  values: Values<typeof DATA_OPTIONS> & { readonly events?: string | undefined },
  io: Io,
): Promise<Data> {
  if (values.data === undefined) {
    for (const flag of ['entities', 'topics', 'missing-space'] as const) {
      if (values[flag] !== undefined) {
        throw registryWithoutData(flag);
      }
    }
    if (values.events !== undefined) {
      throw new UsageError(
        '--events gives the event registry of the records of --data: pass --data <file> too (the shipped corpus comes with the shipped events)',
      );
    }
    return { corpus: shippedCorpus, name: datasetVersion.id, shipped: true };
  }
  // The reader of --data, with the schemas and so Zod, is loaded only when --data is given.
  const { loadDataFile } = await import('./dataFile.js');
  return loadDataFile(values.data, values, io);
}
