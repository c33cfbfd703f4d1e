/** `ru-tj-news list`: the articles the filters select, as a table or in a data format. */
import { type Article, type ArticleField, type Corpus, toCsv, toNdjson } from '../../index.js';
import { ARTICLE_FIELD_NAMES } from '../../internal/formats/articleFields.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { FILTER_HELP, filterQuery, FILTERS } from '../filters.js';
import { json, tableWidth } from '../io.js';
import { publisherOf } from '../publisher.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

/**
 * The BM25 score of each article that `search` matches. `query` ranks with
 * the same function over the same list (the whole corpus, whatever the other
 * filters), so the scores fall in the order that `select` returns.
 */
function searchScores(corpus: Corpus, search: string): ReadonlyMap<Article, number> {
  return new Map(corpus.searchHits(search).map(({ article, score }) => [article, score]));
}

/** The list command. */
export const listCommand = defineCommand({
  summary: 'List articles, filtered',
  usage: 'ru-tj-news list [filters] [--format table|json|ndjson|csv] [--fields a,b] [--lang en|ar] [--data <file>]',
  options: {
    ...FILTERS,
    ...DATA_OPTIONS,
    format: { type: 'string' },
    fields: { type: 'string' },
    lang: { type: 'string' },
  },
  positionals: [],
  help: `${FILTER_HELP}

Output:
  --format <format>    table (default), json, ndjson or csv. The table has each article's id, for
                       \`ru-tj-news show <id>\`; on a terminal, its outlet and title are cut with …
                       to the terminal's width (the id too, if nothing else is left to cut), and
                       piped it is never cut
  --fields <a,b,...>   ${wrapHelp(`Columns for csv (default: all): ${ARTICLE_FIELD_NAMES.join(', ')}`)}
  --lang en|ar         The table's title column: English (default) or the Arabic headline

With --search, the table adds each article's BM25 score, best first; json, ndjson
and csv keep the records as they are, without a score, in the same order.

${DATA_HELP}`,
  run(values, _positionals, io) {
    const q = filterQuery(values);
    const format = oneOf('format', values.format, FORMATS, 'table');
    // toCsv checks the names, and names an unknown one with the closest it knows.
    const fields = values.fields?.split(',').map((field) => field.trim()) as ArticleField[] | undefined;
    if (fields !== undefined && format !== 'csv') {
      throw new UsageError('--fields applies to --format csv only');
    }
    const lang = oneOf('lang', values.lang, ['en', 'ar'] as const, 'en');
    const { corpus } = loadData(values, io);
    const selected = corpus.query(q);
    if (format === 'json') {
      io.stdout(json(selected));
      return;
    }
    if (format === 'ndjson') {
      io.stdout(toNdjson(selected));
      return;
    }
    if (format === 'csv') {
      io.stdout(toCsv(selected, { fields }));
      return;
    }
    const scores = values.search === undefined ? undefined : searchScores(corpus, values.search);
    const rows = selected.map((article) => [
      article.id,
      article.publishedAt.slice(0, 10),
      publisherOf(article),
      String(article.entities.length),
      // Every article that query returns for a search has a score: both come from one ranking.
      ...(scores === undefined ? [] : [scores.get(article)!.toFixed(2)]),
      lang === 'ar' ? article.title : article.en.title,
    ]);
    const header = ['id', 'date', 'outlet', 'entities', ...(scores === undefined ? [] : ['score']), 'title'];
    const table = renderTable(header, rows, {
      rightAligned: scores === undefined ? [3] : [3, 4],
      shrinkable: [2, header.length - 1],
      width: tableWidth(io),
    });
    io.stdout(`${table}\n${selected.length} of ${corpus.articles.length} articles\n`);
  },
});
