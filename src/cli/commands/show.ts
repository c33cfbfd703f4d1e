/** `ru-tj-news show <id>`: one article, its metadata, summary, Arabic text, entities and topics. */
import { articles, entities, getArticle, topics } from '../../index.js';
import { didYouMean } from '../../internal/args/didYouMean.js';
import { entitiesById, topicsById } from '../../internal/registry/lookups.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';

/** The show command. */
export const showCommand = defineCommand({
  summary: 'Show one article: metadata, summary, Arabic text, entities and topics',
  usage: 'ru-tj-news show <id> [--format text|json]',
  options: { format: { type: 'string' } },
  positionals: ['article id'],
  help: `Arguments:
  <id>                 The article id, as \`ru-tj-news list\` prints it

Output:
  --format text|json   text (default), or the record as JSON`,
  run(values, positionals, io) {
    // main.ts checked that there is exactly the one declared positional.
    const id = positionals[0]!;
    const article = getArticle(id);
    if (article === undefined) {
      const near = articles
        .filter((candidate) => candidate.id.includes(id) || id.includes(candidate.id.slice(11)))
        .map((candidate) => candidate.id);
      throw new UsageError(
        `Unknown article id ${JSON.stringify(id)}: expected one of the ids that \`ru-tj-news list\` prints${near.length > 0 ? `.${didYouMean(near.slice(0, 1))}` : ''}`,
      );
    }
    if (oneOf('format', values.format, ['text', 'json'] as const, 'text') === 'json') {
      io.stdout(json(article));
      return;
    }
    // The shipped articles name only ids of the shipped registries (test/integrity.test.ts checks it).
    const entity = entitiesById(entities);
    const topic = topicsById(topics);
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
        ...(article.raw === undefined ? [] : [`raw file   ${article.raw.file} (sha256 ${article.raw.sha256})`]),
        '',
        article.en.summary,
        '',
        article.body,
        '',
        'Entities',
        renderTable(
          ['id', 'type', 'mentions', 'name'],
          article.entities.map((entry) => [
            entry.id,
            entity(entry.id).type,
            String(entry.mentions.length),
            entity(entry.id).name.en,
          ]),
          { rightAligned: [2], shrinkable: [3], width: tableWidth(io) },
        ),
        '',
        'Topics',
        renderTable(
          ['id', 'iptc', 'label'],
          // The schema lets a topic have no IPTC code.
          article.topics.map((topicId) => [topicId, topic(topicId).iptc ?? '', topic(topicId).label.en]),
          { shrinkable: [2], width: tableWidth(io) },
        ),
        '',
      ].join('\n'),
    );
  },
});
