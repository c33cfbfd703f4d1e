/** `ru-tj-news show <id>`: one article, its metadata, summary, Arabic text, entities and topics. */
import { didYouMean } from '../../internal/args/didYouMean.js';
import { entitiesById, topicsById } from '../../internal/registry/lookups.js';
import { defineCommand, oneOf, UsageError } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';

/** The show command. */
export const showCommand = defineCommand({
  summary: 'Show one article: metadata, summary, Arabic text, entities and topics',
  usage: 'ru-tj-news show <id> [--format text|json] [--data <file>]',
  options: { ...DATA_OPTIONS, format: { type: 'string' } },
  positionals: ['article id'],
  help: `Arguments:
  <id>                 The article id, as \`ru-tj-news list\` prints it

Output:
  --format text|json   text (default), or the record as JSON

${DATA_HELP}`,
  async run(values, positionals, io) {
    // main.ts checked that there is exactly the one declared positional.
    const id = positionals[0]!;
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    const { corpus } = await loadData(values, io);
    const article = corpus.getArticle(id);
    if (article === undefined) {
      // An id that holds the one given, or whose words after a YYYY-MM-DD- date the one given holds.
      const near = corpus.articles
        .filter((candidate) => {
          const words = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(candidate.id)?.[1];
          return candidate.id.includes(id) || (words !== undefined && id.includes(words));
        })
        .map((candidate) => candidate.id);
      throw new UsageError(
        `Unknown article id ${JSON.stringify(id)}: expected one of the ids that \`ru-tj-news list\` prints${near.length > 0 ? `.${didYouMean(near.slice(0, 1))}` : ''}`,
      );
    }
    if (format === 'json') {
      io.stdout(json(article));
      return;
    }
    // createCorpus checked that the articles name only ids of the corpus's registries.
    const entity = entitiesById(corpus.entities);
    const topic = topicsById(corpus.topics);
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
