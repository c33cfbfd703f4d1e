/** `ru-tj-news events`: the events the articles report, filtered, as a table or in a data format. */
import { eventsOf } from '../../eventsOf.js';
import { EVENT_TYPE_CAMEO, EVENT_TYPES } from '../../internal/args/vocabulary.js';
import { LIST_SEPARATOR } from '../../internal/formats/articleFields.js';
import type { EventType, NewsEvent } from '../../schema.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, EVENTS_HELP, EVENTS_OPTION, loadData } from '../data.js';
import { dateFlag } from '../filters.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

/** The CSV columns: one row per event, lists joined by {@link LIST_SEPARATOR}. */
const CSV_COLUMNS = [
  'id',
  'type',
  'cameo',
  'date',
  'dateBasis',
  'status',
  'place',
  'participants',
  'articles',
  'entity',
  'description',
  'disagreement',
] as const;

/** The distinct articles that report an event, in the order of its mentions. */
const articlesOf = (event: NewsEvent): string[] => [...new Set(event.mentions.map((mention) => mention.article))];

/** The event type's CAMEO code, or '' where none fits. */
const cameoOf = (event: NewsEvent): string => EVENT_TYPE_CAMEO[event.type]?.code ?? '';

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The events as CSV, with a header row and CRLF line ends, as `toCsv` writes articles. */
function eventsCsv(list: readonly NewsEvent[]): string {
  const rows = list.map((event) => {
    const values: Readonly<Record<(typeof CSV_COLUMNS)[number], string>> = {
      id: event.id,
      type: event.type,
      cameo: cameoOf(event),
      date: event.date.value,
      dateBasis: event.date.basis,
      status: event.status,
      place: event.place ?? '',
      // Entity and article ids are kebab-case, so none holds the separator.
      participants: event.participants.map((participant) => participant.entity).join(LIST_SEPARATOR),
      articles: articlesOf(event).join(LIST_SEPARATOR),
      entity: event.entity ?? '',
      description: event.description,
      disagreement: event.disagreement ?? '',
    };
    return CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The events command. */
export const eventsCommand = defineCommand({
  summary: 'List the events the articles report: visits, talks, signings, statements, summits',
  usage:
    'ru-tj-news events [--type <type>] [--from <date>] [--to <date>] [--participant <ref>] [--place <ref>] [--status reported|announced] [--format table|json|ndjson|csv] [--data <file>] [--events <file>]',
  options: {
    ...DATA_OPTIONS,
    ...EVENTS_OPTION,
    type: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    participant: { type: 'string' },
    place: { type: 'string' },
    status: { type: 'string' },
    format: { type: 'string' },
  },
  positionals: [],
  help: `Filters (combined with AND):
  --type <type>        ${wrapHelp(`One of ${EVENT_TYPES.join(', ')}`)}
  --from <date>        ${wrapHelp('Events whose date overlaps the range from <date> on: YYYY-MM-DD (from the start of that UTC day), an ISO date-time with an offset, or epoch milliseconds (12 or more digits). An event whose date the calendar cannot place (an undated statement, "earlier", "regularly") is left out by --from and --to')}
  --to <date>          ${wrapHelp('Events whose date overlaps the range up to <date>, in the same forms (YYYY-MM-DD: to the end of that UTC day)')}
  --participant <ref>  ${wrapHelp('Events in which this entity took part (id, name or alias, in any language)')}
  --place <ref>        ${wrapHelp('Events placed at this entity')}
  --status <status>    ${wrapHelp('reported (it happened) or announced (planned when the texts were written)')}

Output:
  --format <format>    ${wrapHelp('table (default), json (the event records), ndjson (one record per line) or csv (one row per event: id, type, cameo, date, dateBasis, status, place, participants, articles, entity, description, disagreement; lists joined by ";")')}

${DATA_HELP}
${EVENTS_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, FORMATS, 'table');
    const options = {
      type: values.type as EventType | undefined,
      from: dateFlag(values.from, 'from'),
      to: dateFlag(values.to, 'to'),
      status: values.status as NewsEvent['status'] | undefined,
    };
    // eventsOf checks the type, status and bounds, and names what it expects: on no articles, before any data is read.
    eventsOf([], options);
    const data = await loadData(values, io);
    const { corpus } = data;
    const selected = corpus.eventsOf({ ...options, participant: values.participant, place: values.place });
    if (format === 'json') {
      io.stdout(json(selected));
      return;
    }
    if (format === 'ndjson') {
      io.stdout(selected.map((event) => `${JSON.stringify(event)}\n`).join(''));
      return;
    }
    if (format === 'csv') {
      io.stdout(eventsCsv(selected));
      return;
    }
    const rows = selected.map((event) => [
      event.id,
      event.date.value,
      event.type,
      cameoOf(event),
      event.status,
      event.place ?? '',
      String(articlesOf(event).length),
      event.description,
    ]);
    const table = renderTable(['id', 'date', 'type', 'cameo', 'status', 'place', 'articles', 'description'], rows, {
      rightAligned: [6],
      // The type, the place and the description are cut first on a narrow terminal; the id last.
      shrinkable: [2, 5, 7],
      width: tableWidth(io),
    });
    const none =
      corpus.events.length === 0 && !data.shipped
        ? ' (the records of --data come with no event registry: pass --events <file>)'
        : '';
    io.stdout(`${table}\n${selected.length} of ${corpus.events.length} events${none}\n`);
  },
});
