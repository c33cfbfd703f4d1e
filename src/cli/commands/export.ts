/** `ru-tj-news export`: the articles the filters select, written as CSV, NDJSON, JSON-LD or Parquet. */
import { writeFileSync } from 'node:fs';

import { type Article, datasetVersion, entities, toCsv, toNdjson, topics } from '../../index.js';
import { jsonLdGraph } from '../../internal/formats/jsonLdGraph.js';
import { toParquet } from '../../parquet.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { FILTER_HELP, FILTERS, select } from '../filters.js';
import { json } from '../io.js';

const FORMATS = ['csv', 'ndjson', 'jsonld', 'parquet'] as const;

/** How each format writes the articles, from the shipped registries; `bom` is for CSV only. */
const WRITERS: Readonly<
  Record<(typeof FORMATS)[number], (selected: readonly Article[], bom: boolean) => string | Uint8Array>
> = {
  csv: (selected, bom) => toCsv(selected, { bom }),
  ndjson: (selected) => toNdjson(selected),
  jsonld: (selected) => json(jsonLdGraph(selected, { entities, topics })),
  parquet: (selected) =>
    toParquet(selected, {
      createdBy: `ru-tj-news ${datasetVersion.version}`,
      metadata: { 'ru-tj-news.datasetVersion': datasetVersion.id },
    }),
};

/** The export command. */
export const exportCommand = defineCommand({
  summary: 'Write the articles as CSV, NDJSON, JSON-LD or Parquet',
  usage: 'ru-tj-news export --format csv|ndjson|jsonld|parquet [--out <file>] [filters]',
  options: { ...FILTERS, format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' } },
  positionals: [],
  help: `${FILTER_HELP}

Output:
  --format <format>    csv, ndjson, jsonld (a schema.org graph) or parquet; required
  --out <file>         Write to this file instead of stdout (parquet needs it when stdout is a terminal)
  --bom                Start CSV with a byte order mark, for spreadsheet programs`,
  run(values, _positionals, io) {
    if (values.format === undefined) {
      throw new UsageError('Expected --format csv, ndjson, jsonld or parquet');
    }
    const format = oneOf('format', values.format, FORMATS, 'csv');
    const selected = select(values);
    const bom = values.bom === true;
    if (bom && format !== 'csv') {
      throw new UsageError('--bom applies to --format csv only');
    }
    const output = WRITERS[format](selected, bom);
    if (values.out !== undefined) {
      writeFileSync(values.out, output);
      io.stderr(`Wrote ${selected.length} articles to ${values.out}\n`);
    } else if (typeof output !== 'string' && io.stdoutIsTerminal) {
      throw new UsageError('Parquet is binary: pass --out <file>, or redirect stdout to a file');
    } else {
      io.stdout(output);
    }
  },
});
