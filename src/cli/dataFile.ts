/**
 * The data of `--data`: the user's records, read and checked against their schemas, with the
 * registries of `--entities` and `--topics`, then indexed with `createCorpus`. Split from data.ts
 * because it loads the schemas, and so Zod: a command on the shipped corpus never loads this file.
 */
import { createCorpus } from '../createCorpus.js';
import { InvalidRecordError } from '../errors.js';
import { loadCorpus } from '../loadCorpus.js';
import {
  ArticleSchema,
  type Entity,
  EntitySchema,
  EventSchema,
  type NewsEvent,
  type Topic,
  TopicSchema,
} from '../schema.js';
import { InputError, type Values } from './command.js';
import { checkMissingSpaceFlags, type Data, type DATA_OPTIONS } from './data.js';
import type { ByteSource } from './input/byteSource.js';
import { assertOneStdin, type InputFile, inputFile, openInput, unreadable } from './input/inputFile.js';
import { detectFormat } from './input/jsonValues.js';
import { CHUNK_BYTES } from './input/lines.js';
import { formatCount, Progress } from './input/progress.js';
import { ProgressBar } from './input/progressBar.js';
import { isSystemError, locate, type ReadList, readList, readListFrom } from './input/readList.js';
import type { Io } from './io.js';

/**
 * The records of the file `data` (--data), checked against the registries of --entities and
 * --topics (the shipped ones where not given), and indexed. NDJSON (an .ndjson or .jsonl file,
 * or stdin that does not start with `[`) is read by `loadCorpus`, chunk by chunk, with a
 * progress bar on a terminal; a JSON array is read whole, each record checked as it is parsed,
 * with the progress line of a long read.
 *
 * @throws {UsageError} When a value has an extension other than .json, .ndjson or .jsonl, or more than one reads stdin.
 * @throws {InputError} When an input cannot be read, is not JSON, or holds a bad record, named by `file:line`.
 */
export async function loadDataFile(
  data: string,
  values: Values<typeof DATA_OPTIONS> & { readonly events?: string | undefined },
  io: Io,
): Promise<Data> {
  const dataFile = inputFile('data', data, 'records');
  const entitiesFile = values.entities === undefined ? undefined : inputFile('entities', values.entities, 'entities');
  const topicsFile = values.topics === undefined ? undefined : inputFile('topics', values.topics, 'topics');
  const eventsFile = values.events === undefined ? undefined : inputFile('events', values.events, 'events');
  assertOneStdin([dataFile, entitiesFile, topicsFile, eventsFile]);
  checkMissingSpaceFlags(values['missing-space']);
  const entities =
    entitiesFile === undefined ? undefined : readList<Entity>(entitiesFile, io, EntitySchema, 'entities');
  const topics = topicsFile === undefined ? undefined : readList<Topic>(topicsFile, io, TopicSchema, 'topics');
  const events = eventsFile === undefined ? undefined : readList<NewsEvent>(eventsFile, io, EventSchema, 'events');
  const registries = { entities, topics, events, entitiesFile, topicsFile };
  const opened = openInput(dataFile, io);
  try {
    const { format, source } =
      dataFile.format === undefined ? detectFormat(opened) : { format: dataFile.format, source: opened };
    if (format === 'ndjson') {
      return await loadNdjson(dataFile, source, values, io, registries);
    }
    return loadArray(dataFile, source, values, io, registries);
  } catch (error) {
    throw isSystemError(error) ? unreadable(dataFile, error) : error;
  } finally {
    opened.close();
  }
}

/** The registries of --entities, --topics and --events, as read, and the files of the first two. */
interface Registries {
  readonly entities: ReadList<Entity> | undefined;
  readonly topics: ReadList<Topic> | undefined;
  readonly events: ReadList<NewsEvent> | undefined;
  readonly entitiesFile: InputFile | undefined;
  readonly topicsFile: InputFile | undefined;
}

/** The bytes of `source`, in chunks, for `loadCorpus`: read synchronously, as everything the command line reads. */
async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = new Uint8Array(CHUNK_BYTES);
    const count = source.read(chunk);
    if (count === 0) {
      return;
    }
    // A turn of the event loop between chunks, as a stream would give.
    yield await Promise.resolve(chunk.subarray(0, count));
  }
}

/** NDJSON records, read, validated and indexed by loadCorpus, with a progress bar on a terminal. */
async function loadNdjson(
  dataFile: InputFile,
  source: ByteSource,
  values: Values<typeof DATA_OPTIONS>,
  io: Io,
  registries: Registries,
): Promise<Data> {
  const bar = new ProgressBar(io, dataFile.label, source.size());
  try {
    const corpus = await loadCorpus(chunksOf(source), {
      entities: registries.entities?.items,
      topics: registries.topics?.items,
      events: registries.events?.items,
      missingSpaces: values['missing-space'],
      onProgress: bar.update,
    });
    return { corpus, name: dataFile.label, shipped: false };
  } catch (error) {
    if (!(error instanceof InvalidRecordError) || error.line === undefined) {
      throw locateRegistryError(error, registries);
    }
    const where = `${dataFile.label}:${error.line}`;
    if (error.cause instanceof SyntaxError) {
      throw new InputError(
        `${where}${error.column === undefined ? '' : `:${error.column}`}: Invalid JSON: ${error.cause.message}`,
      );
    }
    if (error.cause instanceof TypeError) {
      // The UTF-8 decoder's refusal.
      throw new InputError(`${where}: Not valid UTF-8: expected text encoded as UTF-8`);
    }
    // loadCorpus's message names the line, which file:line gives here.
    const message = error.message.replace(` (line ${error.line}):`, ':');
    throw new InputError(`${where}: ${message}${missingRegistryHint(error, registries)}`);
  } finally {
    bar.clear();
  }
}

/** The records of a JSON array, each checked with the schema as it is parsed, then indexed. */
function loadArray(
  dataFile: InputFile,
  source: ByteSource,
  values: Values<typeof DATA_OPTIONS>,
  io: Io,
  registries: Registries,
): Data {
  const progress = new Progress(io, dataFile.label);
  try {
    const records = readListFrom(dataFile, source, io, ArticleSchema, 'articles', progress);
    progress.status(`Checking ${formatCount(records.items.length)} records: ids, references and mention spans…`);
    try {
      // Every record passed ArticleSchema as it was read; createCorpus checks the rest.
      const corpus = createCorpus(records.items, {
        entities: registries.entities?.items,
        topics: registries.topics?.items,
        events: registries.events?.items,
        missingSpaces: values['missing-space'],
        validate: false,
      });
      return { corpus, name: dataFile.label, shipped: false };
    } catch (error) {
      if (error instanceof InvalidRecordError && error.collection === 'articles') {
        throw locate(records, error.index, `${error.message}${missingRegistryHint(error, registries)}`);
      }
      throw locateRegistryError(error, registries);
    }
  } finally {
    progress.clear();
  }
}

/** An error about an item of --entities, --topics or --events, named by `file:line`; any other error as it is. */
function locateRegistryError(error: unknown, { entities, topics, events }: Registries): unknown {
  if (error instanceof InvalidRecordError) {
    if (error.collection === 'events' && events !== undefined) {
      return locate(events, error.index, error.message);
    }
    if (error.collection === 'entities' && entities !== undefined) {
      return locate(entities, error.index, error.message);
    }
    if (error.collection === 'topics' && topics !== undefined) {
      return locate(topics, error.index, error.message);
    }
  }
  return error;
}

/**
 * For a record that names an entity or topic the shipped registry lacks, when
 * no registry was given: the flag that gives one.
 */
function missingRegistryHint(error: InvalidRecordError, { entitiesFile, topicsFile }: Registries): string {
  const [field, , key] = error.path;
  if (field === 'entities' && key === 'id' && entitiesFile === undefined) {
    return '\nThe shipped registry has no entity with that id: pass --entities <file> with the registry your records use.';
  }
  if (field === 'topics' && error.path.length === 2 && topicsFile === undefined) {
    return '\nThe shipped vocabulary has no topic with that id: pass --topics <file> with the vocabulary your records use.';
  }
  return '';
}
