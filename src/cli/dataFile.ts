/**
 * The data of `--data`: the user's records, read and checked against their schemas, with the
 * registries of `--entities` and `--topics`, then indexed with `createCorpus`. Split from data.ts
 * because it loads the schemas, and so Zod: a command on the shipped corpus never loads this file.
 */
import { createCorpus } from '../createCorpus.js';
import { InvalidRecordError } from '../errors.js';
import { ArticleSchema, type Entity, EntitySchema, type Topic, TopicSchema } from '../schema.js';
import type { Values } from './command.js';
import { checkMissingSpaceFlags, type Data, type DATA_OPTIONS } from './data.js';
import { assertOneStdin, type InputFile, inputFile } from './input/inputFile.js';
import { formatCount, Progress } from './input/progress.js';
import { locate, readList } from './input/readList.js';
import type { Io } from './io.js';

/**
 * The records of the file `data` (--data), checked against the registries of --entities and
 * --topics (the shipped ones where not given), and indexed. A progress line is drawn on a
 * terminal while a long input is read.
 *
 * @throws {UsageError} When a value has an extension other than .json, .ndjson or .jsonl, or more than one reads stdin.
 * @throws {InputError} When an input cannot be read, is not JSON, or holds a bad record, named by `file:line`.
 */
export function loadDataFile(data: string, values: Values<typeof DATA_OPTIONS>, io: Io): Data {
  const dataFile = inputFile('data', data, 'records');
  const entitiesFile = values.entities === undefined ? undefined : inputFile('entities', values.entities, 'entities');
  const topicsFile = values.topics === undefined ? undefined : inputFile('topics', values.topics, 'topics');
  assertOneStdin([dataFile, entitiesFile, topicsFile]);
  checkMissingSpaceFlags(values['missing-space']);
  const entities =
    entitiesFile === undefined ? undefined : readList<Entity>(entitiesFile, io, EntitySchema, 'entities');
  const topics = topicsFile === undefined ? undefined : readList<Topic>(topicsFile, io, TopicSchema, 'topics');
  const progress = new Progress(io, dataFile.label);
  try {
    const records = readList(dataFile, io, ArticleSchema, 'articles', progress);
    progress.status(`Checking ${formatCount(records.items.length)} records: ids, references and mention spans…`);
    try {
      // Every record passed ArticleSchema as it was read; createCorpus checks the rest.
      const corpus = createCorpus(records.items, {
        entities: entities?.items,
        topics: topics?.items,
        missingSpaces: values['missing-space'],
        validate: false,
      });
      return { corpus, name: dataFile.label, shipped: false };
    } catch (error) {
      if (!(error instanceof InvalidRecordError)) {
        throw error;
      }
      if (error.collection === 'entities' && entities !== undefined) {
        throw locate(entities, error.index, error.message);
      }
      if (error.collection === 'topics' && topics !== undefined) {
        throw locate(topics, error.index, error.message);
      }
      throw locate(records, error.index, `${error.message}${missingRegistryHint(error, entitiesFile, topicsFile)}`);
    }
  } finally {
    progress.clear();
  }
}

/**
 * For a record that names an entity or topic the shipped registry lacks, when
 * no registry was given: the flag that gives one.
 */
function missingRegistryHint(
  error: InvalidRecordError,
  entitiesFile: InputFile | undefined,
  topicsFile: InputFile | undefined,
): string {
  const [field, , key] = error.path;
  if (field === 'entities' && key === 'id' && entitiesFile === undefined) {
    return '\nThe shipped registry has no entity with that id: pass --entities <file> with the registry your records use.';
  }
  if (field === 'topics' && error.path.length === 2 && topicsFile === undefined) {
    return '\nThe shipped vocabulary has no topic with that id: pass --topics <file> with the vocabulary your records use.';
  }
  return '';
}
