/** `ru-tj-news stats`: an overview of the corpus. */
import {
  articles,
  countByEntity,
  countByPeriod,
  countByTopic,
  datasetVersion,
  entities,
  filterByDate,
  topics,
} from '../../index.js';
import { defineCommand, oneOf } from '../command.js';
import { json, tableWidth } from '../io.js';
import { publisherOf } from '../publisher.js';
import { renderTable } from '../table.js';

/** The stats command. */
export const statsCommand = defineCommand({
  summary: 'An overview of the corpus: counts, date span, outlets, top entities, topics by year',
  usage: 'ru-tj-news stats [--format text|json]',
  options: { format: { type: 'string' } },
  positionals: [],
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
      years: Object.fromEntries(
        years.map(({ period }, index) => [
          period,
          // perYear has one map per year; a topic no article of that year covers has no count in it.
          perYear[index]!.get(topic.id) ?? 0,
        ]),
      ),
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
    if (oneOf('format', values.format, ['text', 'json'] as const, 'text') === 'json') {
      io.stdout(json(overview));
      return;
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
