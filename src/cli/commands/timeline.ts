/** `ru-tj-news timeline`: the events the articles report and the dates they mention, earliest first. */
import {
  cellsOf,
  type ColumnHeader,
  COMPANION_TABLES,
  type TableCells,
} from '../../internal/formats/companionTables.js';
import { csvText, ndjsonText } from '../../internal/formats/tableText.js';
import type { TimeExpressionColumns } from '../../internal/layers/timeExpressionRecords.js';
import { type EventEntry, timeline, type TimelineEntry } from '../../timeline.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { dateFlag } from '../filters.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
const KINDS = ['event', 'time-expression'] as const;

/** A column of the csv and ndjson rows that the time_expressions table lacks: an event's. */
function eventColumn(name: string, description: string): ColumnHeader {
  return { name, type: 'string', description, optional: true };
}

/**
 * The rows of csv and ndjson: the columns of the export's time_expressions table, after a
 * `kind` column and before an event's `event`, `type`, `status` and `articles`. An event's
 * row has its days, value and basis, and no span.
 */
function timelineCells(entries: readonly TimelineEntry[]): TableCells {
  const spec = COMPANION_TABLES.time_expressions;
  const asColumns = (entry: TimelineEntry): TimeExpressionColumns =>
    entry.kind === 'time-expression'
      ? entry
      : ({
          value: entry.value,
          basis: entry.basis,
          firstDay: entry.firstDay,
          lastDay: entry.lastDay,
        } as unknown as TimeExpressionColumns);
  const base = cellsOf(spec, entries.map(asColumns));
  const eventCells = (entry: TimelineEntry): readonly (string | undefined)[] =>
    entry.kind === 'event'
      ? [entry.id, entry.type, entry.status, entry.articles.join(' ')]
      : [undefined, undefined, undefined, undefined];
  return {
    columns: [
      { name: 'kind', type: 'string', description: '"event" or "time-expression".', optional: false },
      ...base.columns,
      eventColumn('event', "An event's id in the event registry."),
      eventColumn('type', "An event's type."),
      eventColumn('status', 'An event\'s status: "reported" or "announced".'),
      eventColumn('articles', 'The ids of the articles that report an event, separated by spaces.'),
    ],
    rows: base.rows.map((row, at) => [entries[at]!.kind, ...row, ...eventCells(entries[at]!)]),
  };
}

/** What the table shows in its article and words columns for an event: its articles, and its id, type and status. */
function eventCellsForTable(entry: EventEntry): readonly [string, string] {
  return [entry.articles.join(' '), `${entry.id} (${entry.type}, ${entry.status})`];
}

/** The timeline command. */
export const timelineCommand = defineCommand({
  summary: 'List the events the articles report and the dates they mention, earliest first: the history the texts tell',
  usage:
    'ru-tj-news timeline [--from <date>] [--to <date>] [--kind event|time-expression] [--format table|json|csv|ndjson] [--data <file>]',
  options: {
    ...DATA_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string' },
    format: { type: 'string' },
  },
  positionals: [],
  help: `Options:
  --from <date>        ${wrapHelp('Only the dates that reach <date> or later (the dates the texts refer to, not the days the articles were published), in the forms list takes: YYYY-MM-DD, an ISO date-time with an offset, or epoch milliseconds (12 or more digits)')}
  --to <date>          ${wrapHelp('Only the dates that start on <date> or earlier, in the same forms')}
  --kind <kind>        ${wrapHelp('Only the events (event) or only the time expressions (time-expression); both by default')}
  --format <format>    ${wrapHelp("table (default): each event the articles report and each time expression that names a date (not a duration or a vague reference), earliest first, with the first and last day it refers to, its kind, its TIMEX3 value, its basis, the article ids and, for a time expression, the words, for an event its id, type and status; on a terminal the last column is cut with … to its width. json: the entries as the library's timeline() returns them. csv and ndjson: the rows, in timeline order, with a kind column, the columns the export command writes for its time_expressions table, and an event's event, type, status and articles (space-separated)")}

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, FORMATS, 'table');
    const kind = values.kind === undefined ? undefined : oneOf('kind', values.kind, KINDS, 'event');
    const options = {
      from: dateFlag(values.from, 'from'),
      to: dateFlag(values.to, 'to'),
      ...(kind === undefined ? {} : { kinds: [kind] }),
    };
    // The range is checked (from after to) before any data is read.
    timeline([], { ...options, events: [] });
    const { corpus } = await loadData(values, io);
    const entries = corpus.timeline(options);
    if (format === 'json') {
      io.stdout(json(entries));
      return;
    }
    if (format === 'csv' || format === 'ndjson') {
      const cells = timelineCells(entries);
      io.stdout(format === 'csv' ? csvText(cells, false) : ndjsonText(cells));
      return;
    }
    const table = renderTable(
      ['firstDay', 'lastDay', 'kind', 'value', 'basis', 'articles', 'text or event'],
      entries.map((entry) => [
        entry.firstDay,
        entry.lastDay,
        entry.kind,
        entry.value,
        entry.basis,
        ...(entry.kind === 'event' ? eventCellsForTable(entry) : [entry.article, entry.text.replaceAll(/\s+/g, ' ')]),
      ]),
      { shrinkable: [6], width: tableWidth(io) },
    );
    const events = entries.filter((entry) => entry.kind === 'event').length;
    io.stdout(
      `${table}\n${events} events and ${entries.length - events} dated time expressions in ${corpus.articles.length} articles\n`,
    );
  },
});
