/** `ru-tj-news topics`: the topics, with article counts and IPTC codes. */
import { countByTopic } from '../../countByTopic.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';

/** The topics command. */
export const topicsCommand = defineCommand({
  summary: 'List the topics with article counts and IPTC codes',
  usage: 'ru-tj-news topics [--format table|json] [--data <file>]',
  options: { ...DATA_OPTIONS, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --format table|json  table (default) or JSON

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
    const { corpus } = await loadData(values, io);
    const counts = countByTopic(corpus.articles, { topics: corpus.topics });
    if (format === 'json') {
      io.stdout(
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
      return;
    }
    const rows = counts.map(({ topic, count }) => [
      topic.id,
      String(count),
      // The schema lets a topic have no IPTC code, and then no match either.
      topic.iptc ?? '',
      topic.iptcMatch ?? '',
      topic.label.en,
      topic.label.ar,
    ]);
    io.stdout(
      `${renderTable(['id', 'articles', 'iptc', 'match', 'label', 'arabic'], rows, { rightAligned: [1], shrinkable: [4, 5], width: tableWidth(io) })}\n`,
    );
  },
});
