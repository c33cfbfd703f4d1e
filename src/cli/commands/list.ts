/** `ru-tj-news list`: the articles the filters select, as a table or in a data format. */
import type { Corpus } from '../../createCorpus.js';
import { ARTICLE_FIELD_NAMES } from '../../internal/formats/articleFields.js';
import type { Article } from '../../schema.js';
import type { SearchHit } from '../../searchHits.js';
import { searchSnippets } from '../../searchSnippets.js';
import { toCsv } from '../../toCsv.js';
import { toNdjson } from '../../toNdjson.js';
import type { ArticleField } from '../../types.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { FILTER_HELP, filterQuery, FILTERS } from '../filters.js';
import { json, styled, tableWidth } from '../io.js';
import { publisherOf } from '../publisher.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

/**
 * The hit of each article that `search` matches, with its BM25 score and match
 * spans. `query` ranks with the same function over the same list (the whole
 * corpus, whatever the other filters), so the hits fall in the order that
 * `select` returns.
 */
function searchHitsOf(corpus: Corpus, search: string): ReadonlyMap<Article, SearchHit> {
  return new Map(corpus.searchHits(search).map((hit) => [hit.article, hit]));
}

/** How many characters a snippet keeps after its matches, and between two that it joins. */
const SNIPPET_CONTEXT = 40;
/** How many characters a snippet keeps before its first match, so that the match shows even when the cell is cut. */
const SNIPPET_LEAD = 12;
/** SGR bold and reverse video, on and off, around a match on a terminal. */
const HIGHLIGHT_ON = '\u001B[1;7m';
const HIGHLIGHT_OFF = '\u001B[22;27m';

/**
 * Where to start the text before a snippet's first match: at the first word
 * that leaves at most {@link SNIPPET_LEAD} characters, and never inside the
 * word that the match starts in.
 */
function leadStart(lead: string): number {
  const starts = Array.from(lead.matchAll(/(?<!\S)\S/g), (match) => match.index);
  const fits = starts.find((start) => lead.length - start <= SNIPPET_LEAD);
  if (fits !== undefined) {
    return fits;
  }
  // No whole word fits: keep the start of the match's own word, if it starts inside one.
  return /\S$/.test(lead) ? starts.at(-1)! : lead.length; // lead ends in a word, so it has a word start
}

/**
 * The first snippet of a hit (from the field that matched first: title, body,
 * English title, English summary), on one line, its white space runs made one
 * space. With `highlight`, each match is in bold reverse video; without, the
 * text is the source's words alone, so that a pipe gets plain text.
 */
function snippetCell(hit: SearchHit, highlight: boolean): string {
  const [snippet] = searchSnippets(hit, { context: SNIPPET_CONTEXT, limit: 1 });
  if (snippet === undefined) {
    return '';
  }
  const { text, highlights } = snippet;
  let at = leadStart(text.slice(0, highlights[0]?.start ?? 0));
  let out = '';
  for (const { start, end } of highlights) {
    const match = text.slice(start, end);
    out += text.slice(at, start) + (highlight ? `${HIGHLIGHT_ON}${match}${HIGHLIGHT_OFF}` : match);
    at = end;
  }
  // A match is a run of word characters, so no run of white space spans a highlight's edge.
  return `${out}${text.slice(at)}`.replaceAll(/\s+/g, ' ').trim();
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
                       \`ru-tj-news show <id>\`; on a terminal, its outlet, title and snippet are cut
                       with … to the terminal's width (the id too, if nothing else is left to cut),
                       and piped it is never cut
  --fields <a,b,...>   ${wrapHelp(`Columns for csv (default: all): ${ARTICLE_FIELD_NAMES.join(', ')}`)}
  --lang en|ar         The table's title column: English (default) or the Arabic headline

With --search, the table lists the articles best first, and adds each one's BM25 score
and a snippet: the words around its first match, in the title, the body, or the English
title or summary, in that order. On a terminal, the matches are in bold reverse video,
unless NO_COLOR is set; piped, the snippet is the source's text alone. json, ndjson and
csv keep the records as they are, without a score or a snippet, in the same order.

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const q = filterQuery(values);
    const format = oneOf('format', values.format, FORMATS, 'table');
    // toCsv checks the names, and names an unknown one with the closest it knows.
    const fields = values.fields?.split(',').map((field) => field.trim()) as ArticleField[] | undefined;
    if (fields !== undefined && format !== 'csv') {
      throw new UsageError('--fields applies to --format csv only');
    }
    const lang = oneOf('lang', values.lang, ['en', 'ar'] as const, 'en');
    const { corpus } = await loadData(values, io);
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
    const hits = values.search === undefined ? undefined : searchHitsOf(corpus, values.search);
    const highlight = styled(io);
    const rows = selected.map((article) => {
      const row = [
        article.id,
        article.publishedAt.slice(0, 10),
        publisherOf(article),
        String(article.entities.length),
        lang === 'ar' ? article.title : article.en.title,
      ];
      if (hits === undefined) {
        return row;
      }
      // Every article that query returns for a search has a hit: both come from one ranking.
      const hit = hits.get(article)!;
      return [...row.slice(0, 4), hit.score.toFixed(2), ...row.slice(4), snippetCell(hit, highlight)];
    });
    const header =
      hits === undefined
        ? ['id', 'date', 'outlet', 'entities', 'title']
        : ['id', 'date', 'outlet', 'entities', 'score', 'title', 'snippet'];
    const table = renderTable(header, rows, {
      rightAligned: hits === undefined ? [3] : [3, 4],
      shrinkable: hits === undefined ? [2, 4] : [2, 5, 6],
      width: tableWidth(io),
    });
    io.stdout(`${table}\n${selected.length} of ${corpus.articles.length} articles\n`);
  },
});
