/** `ru-tj-news figures`: the amounts the articles state, from their quantities layers. */
import { MEASURES } from '../../internal/args/vocabulary.js';
import { cellsOf, COMPANION_TABLES } from '../../internal/formats/companionTables.js';
import { csvText, ndjsonText } from '../../internal/formats/tableText.js';
import { quantities } from '../../quantities.js';
import type { Measure } from '../../schema.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;

/** The figures command. */
export const figuresCommand = defineCommand({
  summary: 'List the amounts the articles state: money, percentages and counts',
  usage: 'ru-tj-news figures [--measure <id>] [--unit <unit>] [--format table|json|csv|ndjson] [--data <file>]',
  options: { ...DATA_OPTIONS, measure: { type: 'string' }, unit: { type: 'string' }, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --measure <id>       ${wrapHelp(`Only the amounts of this measure: ${MEASURES.join(', ')}`)}
  --unit <unit>        ${wrapHelp('Only the amounts in this unit: percent, count, or an ISO 4217 currency code such as USD or RUB')}
  --format <format>    ${wrapHelp("table (default): the article id, the measure, the value in base units with its unit and comparator, the period, the subject and the words, in article order and then text order; on a terminal the words are cut with … to its width. json: the entries as the library's quantities() returns them. csv and ndjson: the rows, with the columns the export command writes for its quantities table")}

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, FORMATS, 'table');
    const options = { measure: values.measure as Measure | undefined, unit: values.unit };
    // quantities checks the measure and the unit, and names the ones it knows: on no articles, before any data is read.
    quantities([], options);
    const { corpus } = await loadData(values, io);
    const entries = corpus.quantities(options);
    if (format === 'json') {
      io.stdout(json(entries));
      return;
    }
    if (format === 'csv' || format === 'ndjson') {
      const cells = cellsOf(COMPANION_TABLES.quantities, entries);
      io.stdout(format === 'csv' ? csvText(cells, false) : ndjsonText(cells));
      return;
    }
    const table = renderTable(
      ['article', 'measure', 'value', 'unit', 'comparator', 'period', 'subject', 'text'],
      entries.map((entry) => [
        entry.article,
        entry.measure,
        String(entry.value),
        entry.unit,
        entry.comparator ?? '',
        entry.period ?? '',
        entry.subject ?? '',
        entry.text.replaceAll(/\s+/g, ' '),
      ]),
      { rightAligned: [2], shrinkable: [7], width: tableWidth(io) },
    );
    io.stdout(`${table}\n${entries.length} amounts in ${corpus.articles.length} articles\n`);
  },
});
