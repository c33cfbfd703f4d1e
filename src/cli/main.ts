/**
 * The `ru-tj-news` command line: list, show, entities, topics, stats and
 * export over the shipped corpus. Arguments are read with Node's
 * `util.parseArgs`. Output goes to stdout, messages to stderr; the exit code
 * is 0 on success, 1 on a runtime error and 2 on a usage error. Tables fit a
 * terminal's width, and are whole in a pipe or a file; a reader that closes
 * the pipe early is the bin's to handle (src/cli.ts).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import {
  type Article,
  type ArticleField,
  articles,
  countByEntity,
  countByPeriod,
  countByTopic,
  datasetVersion,
  type DateBound,
  entities,
  type EntityType,
  filterByDate,
  getArticle,
  InvalidDateError,
  type Query,
  query,
  RuTjNewsError,
  toCsv,
  toNdjson,
  topics,
  UnknownEntityError,
  UnknownTopicError,
} from '../index.js';
import { parseBound } from '../internal/dates/parse.js';
import { parseSearch, scanSearchHits } from '../internal/search/search.js';
import { closest } from '../internal/text/closest.js';
import { jsonLdGraph } from './jsonLdGraph.js';
import { toParquet } from './parquet.js';
import { renderTable } from './table.js';

/** Where the command writes: stdout and stderr, or buffers in tests. */
export interface Io {
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (chunk: string) => void;
  /** Whether stdout is a terminal, where binary output is refused and tables are fit to `columns`. */
  readonly stdoutIsTerminal: boolean;
  /** The terminal's width in columns, when stdout is a terminal that reports one. */
  readonly columns: number | undefined;
}

/** The width tables must fit: the terminal's; none for a pipe or a file, which get every character. */
const tableWidth = (io: Io): number | undefined =>
  io.stdoutIsTerminal && io.columns !== undefined && io.columns > 0 ? io.columns : undefined;

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

const FILTERS = {
  from: { type: 'string' },
  to: { type: 'string' },
  entity: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  search: { type: 'string' },
  match: { type: 'string' },
} as const satisfies Options;

const FILTER_HELP = `Filters:
  --from <date>        Published on or after <date>: YYYY-MM-DD (from the start of that UTC day),
                       an ISO date-time with an offset such as 2025-10-09T10:51:00Z, or epoch
                       milliseconds, written as 12 or more digits such as 1700000000000
  --to <date>          Published on or before <date>, in the same forms (YYYY-MM-DD: to the end
                       of that UTC day)
  --entity <ref>       Names this entity (id, name or alias, in any language); repeatable
  --topic <ref>        Covers this topic (id, label or IPTC code); repeatable
  --match any|all      Whether an article needs any (default) or all of the entities and topics
  --search <text>      Arabic full-text search: every word must match, and the articles come
                       best first, ranked by BM25 as the library's query ranks them`;

/** What --from and --to accept, for the help and for the error message. */
const DATE_FORMS =
  'YYYY-MM-DD, an ISO date-time with an offset such as 2025-10-09T10:51:00Z, or epoch milliseconds (12 or more digits, such as 1700000000000)';

/**
 * Reads --from or --to for the library. All digits are epoch milliseconds,
 * passed on as a number; anything else is passed on as the string, which the
 * library reads as an ISO date. Fewer than 12 digits are refused: they are
 * more likely a year, a YYYYMMDD date or epoch seconds than an instant in
 * 1970, and reading them as one would quietly select the wrong articles.
 */
function dateFlag(values: Values, edge: 'from' | 'to'): DateBound | undefined {
  const value = text(values, edge);
  if (value === undefined) {
    return undefined;
  }
  const digits = /^\d+$/.test(value);
  const refuse = () => {
    const year = /^\d{4}$/.test(value)
      ? ` For the year ${value}, write --${edge} ${value}-${edge === 'from' ? '01-01' : '12-31'}.`
      : '';
    return new UsageError(`Invalid --${edge} ${JSON.stringify(value)}: expected ${DATE_FORMS}.${year}`);
  };
  if (digits && value.length < 12) {
    throw refuse();
  }
  const bound = digits ? Number(value) : value;
  try {
    parseBound(bound, edge);
  } catch (error) {
    // The library's message offers a Date object, which a command line cannot pass.
    if (error instanceof InvalidDateError) {
      throw refuse();
    }
    throw error;
  }
  return bound;
}

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly options: Options;
  readonly help: string;
  readonly run: (values: Values, positionals: readonly string[], io: Io) => void;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const text = (values: Values, name: string): string | undefined => values[name] as string | undefined;
const list = (values: Values, name: string): string[] | undefined => values[name] as string[] | undefined;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) {
    return fallback;
  }
  if ((allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new UsageError(`Invalid --${name} ${JSON.stringify(value)}: expected ${allowed.join(', ')}`);
}

/** The articles the filter flags select, in the corpus's order or, with --search, by rank. */
function select(values: Values): readonly Article[] {
  const q: Query = {
    from: dateFlag(values, 'from'),
    to: dateFlag(values, 'to'),
    entities: list(values, 'entity'),
    topics: list(values, 'topic'),
    text: text(values, 'search'),
    match: oneOf('match', text(values, 'match'), ['any', 'all'] as const, 'any'),
  };
  return query(articles, q);
}

/**
 * The BM25 score of each article that `search` matches. `query` ranks with
 * the same function over the same list (the whole corpus, whatever the other
 * filters), so the scores fall in the order that `select` returns.
 */
function searchScores(search: string): ReadonlyMap<Article, number> {
  return new Map(
    scanSearchHits(articles, parseSearch(search)).map(({ index, score }) => [articles[index] as Article, score]),
  );
}

const publisherOf = (article: Article) => article.source.chain.at(-1)?.en ?? '';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const LIST_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

const commands: Readonly<Record<string, Command>> = {
  list: {
    summary: 'List articles, filtered',
    usage: 'ru-tj-news list [filters] [--format table|json|ndjson|csv] [--fields a,b] [--lang en|ar]',
    options: { ...FILTERS, format: { type: 'string' }, fields: { type: 'string' }, lang: { type: 'string' } },
    help: `${FILTER_HELP}

Output:
  --format <format>    table (default), json, ndjson or csv. The table has each article's id, for
                       \`ru-tj-news show <id>\`; on a terminal, its outlet and title are cut with …
                       to the terminal's width (the id too, if nothing else is left to cut), and
                       piped it is never cut
  --fields <a,b,...>   Columns for csv (default: all): id, publishedAt, modifiedAt, dateBasis,
                       datePrecision, title, titleBasis, enTitle, enSummary, publisher, publisherBasis,
                       agencies, topics, entities, mentionCount, lang, body, rawFile, rawSha256
  --lang en|ar         The table's title column: English (default) or the Arabic headline

With --search, the table adds each article's BM25 score, best first; json, ndjson
and csv keep the records as they are, without a score, in the same order.`,
    run(values, _positionals, io) {
      const selected = select(values);
      const format = oneOf('format', text(values, 'format'), LIST_FORMATS, 'table');
      const fields = text(values, 'fields')
        ?.split(',')
        .map((field) => field.trim()) as ArticleField[] | undefined;
      if (fields !== undefined && format !== 'csv') {
        throw new UsageError('--fields applies to --format csv only');
      }
      const lang = oneOf('lang', text(values, 'lang'), ['en', 'ar'] as const, 'en');
      if (format === 'json') {
        return io.stdout(json(selected));
      }
      if (format === 'ndjson') {
        return io.stdout(toNdjson(selected));
      }
      if (format === 'csv') {
        return io.stdout(toCsv(selected, { fields }));
      }
      const search = text(values, 'search');
      const scores = search === undefined ? undefined : searchScores(search);
      const rows = selected.map((article) => [
        article.id,
        article.publishedAt.slice(0, 10),
        publisherOf(article),
        String(article.entities.length),
        // Every article that query returns for a search has a score: both come from one ranking.
        ...(scores === undefined ? [] : [(scores.get(article) as number).toFixed(2)]),
        lang === 'ar' ? article.title : article.en.title,
      ]);
      const header = ['id', 'date', 'outlet', 'entities', ...(scores === undefined ? [] : ['score']), 'title'];
      const table = renderTable(header, rows, {
        rightAligned: scores === undefined ? [3] : [3, 4],
        shrinkable: [2, header.length - 1],
        width: tableWidth(io),
      });
      io.stdout(`${table}\n${selected.length} of ${articles.length} articles\n`);
    },
  },
  show: {
    summary: 'Show one article: metadata, summary, Arabic text, entities and topics',
    usage: 'ru-tj-news show <id> [--format text|json]',
    options: { format: { type: 'string' } },
    help: `Arguments:
  <id>                 The article id, as \`ru-tj-news list\` prints it

Output:
  --format text|json   text (default), or the record as JSON`,
    run(values, positionals, io) {
      const id = positionals[0];
      if (id === undefined || positionals.length > 1) {
        throw new UsageError('Expected exactly one article id');
      }
      const article = getArticle(id);
      if (article === undefined) {
        const near = articles
          .filter((candidate) => candidate.id.includes(id) || id.includes(candidate.id.slice(11)))
          .map((candidate) => candidate.id);
        throw new UsageError(
          `Unknown article id ${JSON.stringify(id)}: expected one of the ids that \`ru-tj-news list\` prints${near.length > 0 ? `. Did you mean ${JSON.stringify(near[0])}?` : ''}`,
        );
      }
      if (oneOf('format', text(values, 'format'), ['text', 'json'] as const, 'text') === 'json') {
        return io.stdout(json(article));
      }
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      const topicById = new Map(topics.map((topic) => [topic.id, topic]));
      const chain = article.source.chain.map((party) => `${party.en} (${party.role}, ${party.basis})`).join(' ← ');
      io.stdout(
        [
          article.en.title,
          article.title,
          '',
          `id         ${article.id}`,
          `published  ${article.publishedAt} (${article.date.basis}: ${article.date.evidence})`,
          ...(article.modifiedAt === undefined ? [] : [`modified   ${article.modifiedAt}`]),
          `source     ${chain}`,
          `raw file   ${article.raw.file} (sha256 ${article.raw.sha256})`,
          '',
          article.en.summary,
          '',
          article.body,
          '',
          'Entities',
          renderTable(
            ['id', 'type', 'mentions', 'name'],
            article.entities.map((entry) => {
              const entity = byId.get(entry.id);
              return [entry.id, entity?.type ?? '', String(entry.mentions.length), entity?.name.en ?? ''];
            }),
            { rightAligned: [2], shrinkable: [3], width: tableWidth(io) },
          ),
          '',
          'Topics',
          renderTable(
            ['id', 'iptc', 'label'],
            article.topics.map((topicId) => [
              topicId,
              topicById.get(topicId)?.iptc ?? '',
              topicById.get(topicId)?.label.en ?? '',
            ]),
            { shrinkable: [2], width: tableWidth(io) },
          ),
          '',
        ].join('\n'),
      );
    },
  },
  entities: {
    summary: 'List the entities the articles name, with article and mention counts',
    usage: 'ru-tj-news entities [--type person|organization|location|facility|event] [--format table|json]',
    options: { type: { type: 'string' }, format: { type: 'string' } },
    help: `Options:
  --type <type>        Only person, organization, location, facility or event
  --format table|json  table (default) or JSON`,
    run(values, _positionals, io) {
      const counts = countByEntity(articles, { type: text(values, 'type') as EntityType | undefined });
      if (oneOf('format', text(values, 'format'), ['table', 'json'] as const, 'table') === 'json') {
        return io.stdout(
          json(
            counts.map(({ entity, count, mentions }) => ({
              id: entity.id,
              type: entity.type,
              articles: count,
              mentions,
              name: entity.name,
            })),
          ),
        );
      }
      const rows = counts.map(({ entity, count, mentions }) => [
        entity.id,
        entity.type,
        String(count),
        String(mentions),
        entity.wikidata ?? '',
        entity.name.en,
        entity.name.ar,
      ]);
      const table = renderTable(['id', 'type', 'articles', 'mentions', 'wikidata', 'name', 'arabic'], rows, {
        rightAligned: [2, 3],
        shrinkable: [5, 6],
        width: tableWidth(io),
      });
      io.stdout(`${table}\n`);
    },
  },
  topics: {
    summary: 'List the topics with article counts and IPTC codes',
    usage: 'ru-tj-news topics [--format table|json]',
    options: { format: { type: 'string' } },
    help: `Options:
  --format table|json  table (default) or JSON`,
    run(values, _positionals, io) {
      const counts = countByTopic(articles);
      if (oneOf('format', text(values, 'format'), ['table', 'json'] as const, 'table') === 'json') {
        return io.stdout(
          json(
            counts.map(({ topic, count }) => ({
              id: topic.id,
              articles: count,
              iptc: topic.iptc,
              iptcMatch: topic.iptcMatch,
              label: topic.label,
            })),
          ),
        );
      }
      const rows = counts.map(({ topic, count }) => [
        topic.id,
        String(count),
        topic.iptc ?? '',
        topic.iptcMatch ?? '',
        topic.label.en,
        topic.label.ar,
      ]);
      io.stdout(
        `${renderTable(['id', 'articles', 'iptc', 'match', 'label', 'arabic'], rows, { rightAligned: [1], shrinkable: [4, 5], width: tableWidth(io) })}\n`,
      );
    },
  },
  stats: {
    summary: 'An overview of the corpus: counts, date span, outlets, top entities, topics by year',
    usage: 'ru-tj-news stats [--format text|json]',
    options: { format: { type: 'string' } },
    help: `Options:
  --format text|json   text (default) or JSON`,
    run(values, _positionals, io) {
      const years = countByPeriod(articles, 'year');
      const outlets = [...new Set(articles.map(publisherOf))];
      const top = countByEntity(articles).slice(0, 10);
      const byTopic = countByTopic(articles);
      const perYear = years.map(({ period }) => {
        const counts = countByTopic(filterByDate(articles, { from: `${period}-01-01`, to: `${period}-12-31` }));
        return new Map(counts.map(({ topic, count }) => [topic.id, count]));
      });
      const topicsByYear = byTopic.map(({ topic }) => ({
        topic: topic.id,
        years: Object.fromEntries(years.map(({ period }, index) => [period, perYear[index]?.get(topic.id) ?? 0])),
      }));
      const overview = {
        dataset: datasetVersion.id,
        articles: articles.length,
        entities: entities.length,
        topics: topics.length,
        mentions: articles.reduce(
          (sum, article) => sum + article.entities.reduce((n, entity) => n + entity.mentions.length, 0),
          0,
        ),
        from: articles[0]?.publishedAt.slice(0, 10),
        to: articles.at(-1)?.publishedAt.slice(0, 10),
        outlets,
        articlesByYear: Object.fromEntries(years.map(({ period, count }) => [period, count])),
        topEntities: top.map(({ entity, count }) => ({ id: entity.id, articles: count })),
        topicsByYear,
      };
      if (oneOf('format', text(values, 'format'), ['text', 'json'] as const, 'text') === 'json') {
        return io.stdout(json(overview));
      }
      io.stdout(
        [
          `ru-tj-news ${datasetVersion.id}`,
          `${overview.articles} articles, ${overview.from} to ${overview.to}; ${overview.entities} entities, ${overview.mentions} mentions; ${overview.topics} topics`,
          `Outlets: ${outlets.join('; ')}`,
          '',
          'Articles by year',
          renderTable(
            ['year', 'articles'],
            years.map(({ period, count }) => [period, String(count)]),
            { rightAligned: [1] },
          ),
          '',
          'Top entities',
          renderTable(
            ['entity', 'type', 'articles', 'name'],
            top.map(({ entity, count }) => [entity.id, entity.type, String(count), entity.name.en]),
            {
              rightAligned: [2],
              shrinkable: [3],
              width: tableWidth(io),
            },
          ),
          '',
          'Topics by year',
          renderTable(
            ['topic', ...years.map(({ period }) => period), 'total'],
            topicsByYear.map(({ topic, years: counts }, index) => [
              topic,
              ...Object.values(counts).map(String),
              String(byTopic[index]?.count ?? 0),
            ]),
            { rightAligned: years.map((_, index) => index + 1).concat(years.length + 1) },
          ),
          '',
        ].join('\n'),
      );
    },
  },
  export: {
    summary: 'Write the articles as CSV, NDJSON, JSON-LD or Parquet',
    usage: 'ru-tj-news export --format csv|ndjson|jsonld|parquet [--out <file>] [filters]',
    options: { ...FILTERS, format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' } },
    help: `${FILTER_HELP}

Output:
  --format <format>    csv, ndjson, jsonld (a schema.org graph) or parquet; required
  --out <file>         Write to this file instead of stdout (parquet needs it when stdout is a terminal)
  --bom                Start CSV with a byte order mark, for spreadsheet programs`,
    run(values, _positionals, io) {
      const format = text(values, 'format');
      if (format === undefined) {
        throw new UsageError('Expected --format csv, ndjson, jsonld or parquet');
      }
      const chosen = oneOf('format', format, ['csv', 'ndjson', 'jsonld', 'parquet'] as const, 'csv');
      const selected = select(values);
      const out = text(values, 'out');
      if (values.bom === true && chosen !== 'csv') {
        throw new UsageError('--bom applies to --format csv only');
      }
      const output =
        chosen === 'csv'
          ? toCsv(selected, { bom: values.bom === true })
          : chosen === 'ndjson'
            ? toNdjson(selected)
            : chosen === 'jsonld'
              ? json(jsonLdGraph(selected))
              : toParquet(selected);
      if (out !== undefined) {
        writeFileSync(out, output);
        io.stderr(`Wrote ${selected.length} articles to ${out}\n`);
      } else if (typeof output !== 'string' && io.stdoutIsTerminal) {
        throw new UsageError('Parquet is binary: pass --out <file>, or redirect stdout to a file');
      } else {
        io.stdout(output);
      }
    },
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return `ru-tj-news: Arabic news on Russia–Tajikistan relations (2021–2025)

Usage: ru-tj-news <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
  .join('\n')}

Options:
  -h, --help           Show help; \`ru-tj-news <command> --help\` for a command's options
  -v, --version        Print the package and dataset versions
`;
}

/** parseArgs's message, in one line, with the options the command does take. */
function describeParseError(error: unknown, command: string, known: readonly string[]): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown === undefined) {
    return message;
  }
  const flags = known.map((option) => `--${option}`);
  const hint = closest(unknown, flags, (flag) => flag.toLowerCase());
  return `Unknown option ${JSON.stringify(unknown)} for ${command}: expected ${flags.length > 0 ? `one of ${flags.join(', ')}` : 'none'}.${hint.length > 0 ? ` Did you mean ${JSON.stringify(hint[0])}?` : ''}`;
}

const versionLine = () =>
  `ru-tj-news ${datasetVersion.version} (dataset ${datasetVersion.id}, ${datasetVersion.contentHash})\n`;

/**
 * Runs the command line on `argv` (without `node` and the script) and returns the exit code.
 */
export function main(argv: readonly string[], io: Io): number {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout(mainHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout(versionLine());
      return 0;
    }
    const command = commands[name];
    if (command === undefined || !Object.hasOwn(commands, name)) {
      throw new UsageError(
        `Unknown command ${JSON.stringify(name)}: expected one of ${Object.keys(commands).join(', ')}`,
      );
    }
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      }) as { values: Values; positionals: string[] };
    } catch (error) {
      throw new UsageError(describeParseError(error, name, Object.keys(command.options)));
    }
    if (parsed.values.help === true) {
      io.stdout(`${command.summary}.\n\nUsage: ${command.usage}\n\n${command.help}\n`);
      return 0;
    }
    if (name !== 'show' && parsed.positionals.length > 0) {
      throw new UsageError(`Unexpected argument ${JSON.stringify(parsed.positionals[0])}: ${name} takes options only`);
    }
    command.run(parsed.values, parsed.positionals, io);
    return 0;
  } catch (error) {
    // A bad value given on the command line is a usage error, whichever layer catches it.
    const usage = error instanceof UsageError || error instanceof RuTjNewsError;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`ru-tj-news: ${message}\n`);
    if (error instanceof UnknownEntityError || error instanceof UnknownTopicError) {
      io.stderr(`Run 'ru-tj-news ${error instanceof UnknownEntityError ? 'entities' : 'topics'}' to list them all.\n`);
    } else if (usage) {
      io.stderr(
        `Run 'ru-tj-news ${name !== undefined && Object.hasOwn(commands, name) ? `${name} ` : ''}--help' for usage.\n`,
      );
    }
    return usage ? 2 : 1;
  }
}
