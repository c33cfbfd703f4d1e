/** `ru-tj-news stats`: an overview of the corpus. */
import { countByEntity } from '../../countByEntity.js';
import { countByPeriod } from '../../countByPeriod.js';
import { countByTopic } from '../../countByTopic.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { publisherOf } from '../publisher.js';
import { renderTable } from '../table.js';

/** The first and last publication days of the articles, as YYYY-MM-DD; none for no articles. */
function span(articles: readonly { readonly publishedAt: string }[]): { from?: string; to?: string } {
  let from: string | undefined;
  let to: string | undefined;
  for (const { publishedAt } of articles) {
    // Both forms of publishedAt start with the UTC day, so the days compare as strings.
    const day = publishedAt.slice(0, 10);
    if (from === undefined || day < from) {
      from = day;
    }
    if (to === undefined || day > to) {
      to = day;
    }
  }
  return from === undefined || to === undefined ? {} : { from, to };
}

/** The stats command. */
export const statsCommand = defineCommand({
  summary: 'An overview of the corpus: counts, date span, outlets, top entities, topics by year',
  usage: 'ru-tj-news stats [--format text|json] [--data <file>]',
  options: { ...DATA_OPTIONS, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --format text|json   text (default) or JSON. The first line (JSON: "dataset") names the data:
                       the shipped dataset's version, or the file given to --data

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    const data = await loadData(values, io);
    const { articles, entities, topics } = data.corpus;
    const years = countByPeriod(articles, 'year');
    const outlets = [...new Set(articles.map(publisherOf))];
    const top = countByEntity(articles, { entities }).slice(0, 10);
    const byTopic = countByTopic(articles, { topics });
    const perYear = years.map(({ period }) => {
      const counts = countByTopic(data.corpus.query({ from: `${period}-01-01`, to: `${period}-12-31` }), { topics });
      return new Map(counts.map(({ topic, count }) => [topic.id, count]));
    });
    const topicsByYear = byTopic.map(({ topic }) => ({
      topic: topic.id,
      years: Object.fromEntries(
        years.map(({ period }, index) => [
          period,
          // perYear has one map per year; a topic no article of that year covers has no count in it.
          perYear[index]!.get(topic.id) ?? 0,
        ]),
      ),
    }));
    const { from, to } = span(articles);
    const overview = {
      dataset: data.name,
      articles: articles.length,
      entities: entities.length,
      topics: topics.length,
      mentions: articles.reduce(
        (sum, article) => sum + article.entities.reduce((n, entity) => n + entity.mentions.length, 0),
        0,
      ),
      from,
      to,
      outlets,
      articlesByYear: Object.fromEntries(years.map(({ period, count }) => [period, count])),
      topEntities: top.map(({ entity, count }) => ({ id: entity.id, articles: count })),
      topicsByYear,
    };
    if (format === 'json') {
      io.stdout(json(overview));
      return;
    }
    io.stdout(
      [
        data.shipped ? `ru-tj-news ${data.name}` : data.name,
        `${overview.articles} articles${from === undefined ? '' : `, ${from} to ${to}`}; ${overview.entities} entities, ${overview.mentions} mentions; ${overview.topics} topics`,
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
            // topicsByYear was mapped from byTopic, index for index.
            String(byTopic[index]!.count),
          ]),
          { rightAligned: years.map((_, index) => index + 1).concat(years.length + 1) },
        ),
        '',
      ].join('\n'),
    );
  },
});
