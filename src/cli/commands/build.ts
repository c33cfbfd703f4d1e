/**
 * `ru-tj-news build`: records built from raw text files with `buildArticle`,
 * written as NDJSON, with a report on stderr of what was found in each file
 * and what is still missing. Nothing is written unless every file builds.
 */
import { writeFileSync } from 'node:fs';

import {
  type Article,
  buildArticle,
  type BuildArticleInput,
  createCorpus,
  type Entity,
  EntitySchema,
  findMentions,
  InvalidRecordError,
  toNdjson,
  type Topic,
  TopicSchema,
} from '../../index.js';
import { type DateSource, readPublication } from '../../internal/build/articleDate.js';
import { splitRawText } from '../../internal/build/rawText.js';
import type { Furniture } from '../../schema.js';
import { matchMeta, type Meta, MetaSchema } from '../build/meta.js';
import { rawFiles, readRawFile } from '../build/rawFiles.js';
import { countIds, type FileReport, formatReport, mentionsOf, type ReportedDate } from '../build/report.js';
import { defineCommand, InputError, UsageError } from '../command.js';
import { checkMissingSpaceFlags } from '../data.js';
import { assertOneStdin, type InputFile, inputFile } from '../input/inputFile.js';
import { readList } from '../input/readList.js';
import type { Io } from '../io.js';
import { wrapHelp } from '../wrap.js';

/** The registries, required: a user's text is never tagged with the shipped registry by default. */
function requiredInput(flag: 'entities' | 'topics', value: string | undefined): InputFile {
  if (value === undefined) {
    throw new UsageError(
      `build needs --${flag} <file>: the ${flag === 'entities' ? 'entity registry whose names are looked for' : 'topic vocabulary the records use'} (to use the shipped one, pass node_modules/ru-tj-news/data/${flag}.json)`,
    );
  }
  return inputFile(flag, value, flag);
}

/**
 * What the text of a record that could not be built says: the mentions and
 * the date, read as `buildArticle` reads them (the title only where it is the source's).
 */
function readWithoutRecord(
  input: BuildArticleInput,
  entities: readonly Entity[],
  spaces: readonly string[] | undefined,
): Pick<FileReport, 'mentions' | 'date'> {
  const options = spaces === undefined ? {} : { missingSpaces: spaces };
  const title = input.titleBasis === 'source' ? input.title : undefined;
  const ids = [title, input.body].flatMap((text) =>
    typeof text === 'string' ? findMentions(text, entities, options).map(({ id }) => id) : [],
  );
  const furniture: readonly unknown[] = Array.isArray(input.furniture) ? input.furniture : [];
  const sources: DateSource[] = furniture.flatMap((piece) => {
    const { kind, text } = (piece ?? {}) as { readonly kind?: unknown; readonly text?: unknown };
    return typeof kind === 'string' && typeof text === 'string' ? [{ kind: kind as Furniture['kind'], text }] : [];
  });
  for (const text of [title, input.body]) {
    if (typeof text === 'string') {
      sources.push({ text });
    }
  }
  const read = readPublication(sources);
  const date: ReportedDate | undefined =
    read.published === undefined ? undefined : { ...read.published, modifiedAt: read.modifiedAt, given: false };
  return { mentions: countIds(ids), date };
}

/** The date of a built record, as the report shows it. */
const dateOf = (article: Article, meta: Meta | undefined): ReportedDate => ({
  publishedAt: article.publishedAt,
  date: article.date,
  modifiedAt: article.modifiedAt,
  given: meta !== undefined && meta['date'] !== undefined,
});

/** The build command. */
export const buildCommand = defineCommand({
  summary: 'Build records from your raw Arabic text files, with your registries, as NDJSON',
  usage:
    "ru-tj-news build <raw.txt>… --entities e.json --topics t.json [--meta meta.ndjson] [--missing-space 'a|b']… [--out <file>]",
  options: {
    entities: { type: 'string' },
    topics: { type: 'string' },
    meta: { type: 'string' },
    'missing-space': { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  positionals: ['raw text file'],
  repeatsLast: true,
  help: `Arguments:
  <raw.txt>…           ${wrapHelp("One or more raw text files, UTF-8, one article each, verbatim. Lines that are the text of a furniture piece of the file's --meta entry are taken out; the first line left is the title and the others are the body's paragraphs (lines are trimmed, blank ones dropped). raw.file is the path as given, relative to the current folder, with / between folders, so the files must be inside it")}

Registries (required):
  --entities <file>    ${wrapHelp('Your entity registry, as a JSON array (or NDJSON) of entities: their names and aliases are looked for in each text. Required, so that your text is never tagged with the shipped registry by mistake')}
  --topics <file>      ${wrapHelp('Your topic vocabulary, in the same forms: the topics of --meta must be its ids')}

What you know of each file:
  --meta <file>        ${wrapHelp("A JSON array, or NDJSON, of objects: each has file, naming a raw file by the path given, or by its file name when only one raw file has it, and any fields of buildArticle's input but title, body and raw (id, titleBasis, furniture, chain, en, topics, topicEvidence, publishedAt, modifiedAt, date, url, authors). A file no entry names is still read, and reported with every field it lacks; an entry that names no raw file is an error, at file:line")}
  --missing-space <a|b>
                       ${wrapHelp("Repeatable. A place where the text runs two words together, written as the two words joined by |, such as 'الوزير|لافروف', so that the name after it is found")}

Output:
  --out <file>         ${wrapHelp('Write the records to this file instead of stdout')}

For each file, stderr tells the mentions found per entity, the date read with its evidence (and
modifiedAt) and, where the record cannot be built, every field to supply or fix. The records are
written as NDJSON only when every file builds and the records together form a valid corpus; otherwise
nothing is written and the exit code is 1. Every other command reads the records, from a file or from
a pipe: see the Data options of its help.`,
  run(values, positionals, io) {
    const entitiesFile = requiredInput('entities', values.entities);
    const topicsFile = requiredInput('topics', values.topics);
    const metaFile = values.meta === undefined ? undefined : inputFile('meta', values.meta, 'metadata objects');
    assertOneStdin([entitiesFile, topicsFile, metaFile]);
    checkMissingSpaceFlags(values['missing-space']);
    const spaces = values['missing-space'];
    const files = rawFiles(positionals, process.cwd());

    const entities = readList<Entity>(entitiesFile, io, EntitySchema, 'entities').items;
    const topics = readList<Topic>(topicsFile, io, TopicSchema, 'topics').items;
    const meta = metaFile === undefined ? undefined : readList<Meta>(metaFile, io, MetaSchema, 'meta');
    const metaOf = meta === undefined ? files.map(() => undefined) : matchMeta(files, meta);
    const texts = files.map(readRawFile);

    const options = { entities, topics, ...(spaces === undefined ? {} : { missingSpaces: spaces }) };
    const records: Article[] = [];
    let failed = 0;
    files.forEach((raw, index) => {
      // files, metaOf and texts are parallel arrays.
      const entry = metaOf[index];
      const { bytes, text } = texts[index]!;
      // What the entry knows of the file: every field but `file`, which names it.
      const known = Object.fromEntries(Object.entries(entry ?? {}).filter(([key]) => key !== 'file'));
      const input = {
        ...known,
        ...splitRawText(text, known['furniture']),
        raw: { file: raw.file, text: bytes },
      } as BuildArticleInput;
      let report: FileReport;
      try {
        const article = buildArticle(input, options);
        records.push(article);
        report = {
          file: raw.given,
          hasMeta: entry !== undefined,
          title: input.title,
          mentions: mentionsOf(article),
          date: dateOf(article, entry),
          outcome: { built: article },
        };
      } catch (error) {
        if (!(error instanceof InvalidRecordError)) {
          throw error;
        }
        failed += 1;
        report = {
          file: raw.given,
          hasMeta: entry !== undefined,
          title: input.title,
          ...readWithoutRecord(input, entities, spaces),
          outcome: { issues: error.issues },
        };
      }
      io.stderr(formatReport(report));
    });
    if (failed > 0) {
      throw new InputError(`${records.length} built, ${failed} failed: no records written`);
    }
    checkTogether(records, files, { entities, topics });
    writeRecords(records, values.out, io);
  },
});

/**
 * Checks the records as one corpus, as `--data` will read them: ids are
 * unique, and each record fits the registries.
 *
 * @throws {InputError} Naming the raw file of the record that does not fit.
 */
function checkTogether(
  records: readonly Article[],
  files: readonly { readonly given: string }[],
  registries: { readonly entities: readonly Entity[]; readonly topics: readonly Topic[] },
): void {
  try {
    createCorpus(records, registries);
  } catch (error) {
    if (!(error instanceof InvalidRecordError) || error.collection !== 'articles') {
      throw error;
    }
    // Every record was built, so records and files are parallel.
    throw new InputError(
      `${files[error.index]!.given}: ${error.message}\n${records.length} built, but they do not form one corpus: no records written`,
    );
  }
}

/** Writes the records as NDJSON to `out` or stdout, and the summary line to stderr. */
function writeRecords(records: readonly Article[], out: string | undefined, io: Io): void {
  const ndjson = toNdjson(records);
  const summary = `${records.length} built, 0 failed`;
  if (out === undefined) {
    io.stdout(ndjson);
    io.stderr(`${summary}\n`);
  } else {
    writeFileSync(out, ndjson);
    io.stderr(`${summary}; wrote ${records.length} records to ${out}\n`);
  }
}
