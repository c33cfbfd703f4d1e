/** `ru-tj-news timeline`: the dates the articles mention, earliest first, from their time expressions. */
import { cellsOf, COMPANION_TABLES } from '../../internal/formats/companionTables.js';
import { csvText, ndjsonText } from '../../internal/formats/tableText.js';
import { timeline } from '../../timeline.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { dateFlag } from '../filters.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;

/** The timeline command. */
export const timelineCommand = defineCommand({
  summary: 'List the dates the articles mention, earliest first: the history the texts tell',
  usage: 'ru-tj-news timeline [--from <date>] [--to <date>] [--format table|json|csv|ndjson] [--data <file>]',
  options: { ...DATA_OPTIONS, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --from <date>        ${wrapHelp('Only the dates that reach <date> or later (the dates the texts refer to, not the days the articles were published), in the forms list takes: YYYY-MM-DD, an ISO date-time with an offset, or epoch milliseconds (12 or more digits)')}
  --to <date>          ${wrapHelp('Only the dates that start on <date> or earlier, in the same forms')}
  --format <format>    ${wrapHelp("table (default): each time expression that names a date (not a duration or a vague reference), with the first and last day it refers to, its TIMEX3 value, its basis, the article id and the words, earliest first; on a terminal the words are cut with … to its width. json: the entries as the library's timeline() returns them. csv and ndjson: the rows, in timeline order, with the columns the export command writes for its time_expressions table")}

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, FORMATS, 'table');
    const range = { from: dateFlag(values.from, 'from'), to: dateFlag(values.to, 'to') };
    // The range is checked (from after to) before any data is read.
    timeline([], range);
    const { corpus } = await loadData(values, io);
    const entries = corpus.timeline(range);
    if (format === 'json') {
      io.stdout(json(entries));
      return;
    }
    if (format === 'csv' || format === 'ndjson') {
      const cells = cellsOf(COMPANION_TABLES.time_expressions, entries);
      io.stdout(format === 'csv' ? csvText(cells, false) : ndjsonText(cells));
      return;
    }
    const table = renderTable(
      ['firstDay', 'lastDay', 'value', 'basis', 'article', 'text'],
      entries.map((entry) => [
        entry.firstDay,
        entry.lastDay,
        entry.value,
        entry.basis,
        entry.article,
        entry.text.replaceAll(/\s+/g, ' '),
      ]),
      { shrinkable: [5], width: tableWidth(io) },
    );
    io.stdout(`${table}\n${entries.length} dated time expressions in ${corpus.articles.length} articles\n`);
  },
});
