/** `ru-tj-news export`: the articles the filters select, or a companion table of them, written as CSV, NDJSON, JSON-LD or Parquet. */
import { writeFileSync } from 'node:fs';

import { datasetVersion } from '../../data/version.js';
import { EXPORT_TABLES } from '../../internal/formats/companionTables.js';
import { jsonLdGraph } from '../../internal/formats/jsonLdGraph.js';
import type { Article } from '../../schema.js';
import { toCsv } from '../../toCsv.js';
import { toNdjson } from '../../toNdjson.js';
import type { ExportTable } from '../../types.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { type Data, DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { FILTER_HELP, filterQuery, FILTERS } from '../filters.js';
import { json } from '../io.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['csv', 'ndjson', 'jsonld', 'parquet'] as const;

/** The flags that one format only reads (`--bom`, CSV; `--normalized`, Parquet), and the table to write. */
interface WriteFlags {
  readonly bom: boolean;
  readonly normalized: boolean;
  readonly table: ExportTable;
}

/**
 * How each format writes the articles, with the data's registries; `bom` is
 * for CSV only, `normalized` for Parquet only. A Parquet file of the shipped
 * corpus names the dataset version in its metadata; one of the user's records
 * does not. The Parquet writer is loaded only by `--format parquet`: it is
 * most of the code the command line could load.
 */
const WRITERS: Readonly<
  Record<
    (typeof FORMATS)[number],
    (selected: readonly Article[], data: Data, flags: WriteFlags) => string | Uint8Array | Promise<Uint8Array>
  >
> = {
  csv: (selected, { corpus }, { bom, table }) => toCsv(selected, { bom, table, entities: corpus.entities }),
  ndjson: (selected, { corpus }, { table }) => toNdjson(selected, { table, entities: corpus.entities }),
  jsonld: (selected, { corpus }) => json(jsonLdGraph(selected, { entities: corpus.entities, topics: corpus.topics })),
  parquet: async (selected, data, { normalized, table }) =>
    (await import('../../parquet.js')).toParquet(selected, {
      createdBy: `ru-tj-news ${datasetVersion.version}`,
      metadata: data.shipped ? { 'ru-tj-news.datasetVersion': datasetVersion.id } : {},
      normalized,
      table,
      entities: data.corpus.entities,
    }),
};

/** The export command. */
export const exportCommand = defineCommand({
  summary: 'Write the articles, or a companion table of them, as CSV, NDJSON, JSON-LD or Parquet',
  usage:
    'ru-tj-news export --format csv|ndjson|jsonld|parquet [--table <table>] [--out <file>] [--normalized] [filters] [--data <file>]',
  options: {
    ...FILTERS,
    ...DATA_OPTIONS,
    format: { type: 'string' },
    table: { type: 'string' },
    out: { type: 'string' },
    bom: { type: 'boolean' },
    normalized: { type: 'boolean' },
  },
  positionals: [],
  help: `${FILTER_HELP}

Output:
  --format <format>    csv, ndjson, jsonld (a schema.org graph) or parquet; required
  --table <table>      ${wrapHelp(`For csv, ndjson and parquet, the table to write: ${EXPORT_TABLES.join(', ')}. articles (the default) has a row per article; quotations, time_expressions and quantities a row per annotation of the selected articles, keyed by article id; entities a row per entity they refer to`)}
  --out <file>         ${wrapHelp('Write to this file instead of stdout (parquet needs it when stdout is a terminal)')}
  --bom                Start CSV with a byte order mark, for spreadsheet programs
  --normalized         Add Parquet columns titleNormalized and bodyNormalized: the text as
                       normalizeArabic gives it, for matching in DuckDB or Spark (about 2× the file)

${DATA_HELP}`,
  async run(values, _positionals, io) {
    if (values.format === undefined) {
      throw new UsageError('Expected --format csv, ndjson, jsonld or parquet');
    }
    const format = oneOf('format', values.format, FORMATS, 'csv');
    const q = filterQuery(values);
    const bom = values.bom === true;
    if (bom && format !== 'csv') {
      throw new UsageError('--bom applies to --format csv only');
    }
    const table = oneOf('table', values.table, EXPORT_TABLES, 'articles');
    if (table !== 'articles' && format === 'jsonld') {
      throw new UsageError('--table applies to --format csv, ndjson and parquet: jsonld describes the articles');
    }
    const normalized = values.normalized === true;
    if (normalized && format !== 'parquet') {
      throw new UsageError('--normalized applies to --format parquet only');
    }
    if (normalized && table !== 'articles') {
      throw new UsageError('--normalized applies to the articles table only');
    }
    if (format === 'parquet' && values.out === undefined && io.stdoutIsTerminal) {
      throw new UsageError('Parquet is binary: pass --out <file>, or redirect stdout to a file');
    }
    const data = await loadData(values, io);
    const selected = data.corpus.query(q);
    const output = await WRITERS[format](selected, data, { bom, normalized, table });
    if (values.out !== undefined) {
      writeFileSync(values.out, output);
      io.stderr(
        table === 'articles'
          ? `Wrote ${selected.length} articles to ${values.out}\n`
          : `Wrote the ${table} table of ${selected.length} articles to ${values.out}\n`,
      );
    } else {
      io.stdout(output);
    }
  },
});
