/** `ru-tj-news quotes`: who said what, from the articles' quotations layers. */
import { cellsOf, COMPANION_TABLES } from '../../internal/formats/companionTables.js';
import { csvText, ndjsonText } from '../../internal/formats/tableText.js';
import type { QuotationEntry } from '../../quotations.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';
import { wrapHelp } from '../wrap.js';

const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;

/** The quotes command. */
export const quotesCommand = defineCommand({
  summary: 'List who said what: the quotations of the articles, with their speakers',
  usage: 'ru-tj-news quotes [--speaker <ref>] [--format table|json|csv|ndjson] [--data <file>]',
  options: { ...DATA_OPTIONS, speaker: { type: 'string' }, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --speaker <ref>      ${wrapHelp("Only this speaker's quotations: an entity id, name or alias, in any language")}
  --format <format>    ${wrapHelp("table (default): the article id, the speaker id, the kind (direct, indirect, partial) and the quoted words, in article order and then text order; on a terminal the words are cut with … to its width. json: the entries as the library's quotations() returns them. csv and ndjson: the rows, with the columns the export command writes for its quotations table")}

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, FORMATS, 'table');
    const { corpus } = await loadData(values, io);
    const entries: readonly QuotationEntry[] = corpus.quotations({ speaker: values.speaker });
    if (format === 'json') {
      io.stdout(json(entries));
      return;
    }
    if (format === 'csv' || format === 'ndjson') {
      const rows = entries.map((entry) => {
        // Every entry comes from one of the corpus's articles, and its cue was checked to lie in its field.
        const article = corpus.getArticle(entry.article)!;
        return {
          entry,
          cueText: entry.cue === undefined ? undefined : article[entry.cue.field].slice(entry.cue.start, entry.cue.end),
        };
      });
      const cells = cellsOf(COMPANION_TABLES.quotations, rows);
      io.stdout(format === 'csv' ? csvText(cells, false) : ndjsonText(cells));
      return;
    }
    const table = renderTable(
      ['article', 'speaker', 'kind', 'quote'],
      entries.map((entry) => [entry.article, entry.speaker, entry.kind, entry.text.replaceAll(/\s+/g, ' ')]),
      { shrinkable: [3], width: tableWidth(io) },
    );
    io.stdout(`${table}\n${entries.length} quotations in ${corpus.articles.length} articles\n`);
  },
});
