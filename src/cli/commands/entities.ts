/** `ru-tj-news entities`: the entities the articles name, with article and mention counts. */
import { countByEntity } from '../../countByEntity.js';
import type { EntityType } from '../../schema.js';
import { defineCommand, oneOf } from '../command.js';
import { DATA_HELP, DATA_OPTIONS, loadData } from '../data.js';
import { json, tableWidth } from '../io.js';
import { renderTable } from '../table.js';

/** The entities command. */
export const entitiesCommand = defineCommand({
  summary: 'List the entities the articles name, with article and mention counts',
  usage:
    'ru-tj-news entities [--type person|organization|location|facility|event|document] [--format table|json] [--data <file>]',
  options: { ...DATA_OPTIONS, type: { type: 'string' }, format: { type: 'string' } },
  positionals: [],
  help: `Options:
  --type <type>        Only person, organization, location, facility, event or document
  --format table|json  table (default) or JSON

${DATA_HELP}`,
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
    // countByEntity checks the type, and names the types it knows: on no articles, before any data is read.
    const type = values.type as EntityType | undefined;
    countByEntity([], { type });
    const { corpus } = await loadData(values, io);
    const counts = countByEntity(corpus.articles, { type, entities: corpus.entities });
    if (format === 'json') {
      io.stdout(
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
      return;
    }
    const rows = counts.map(({ entity, count, mentions }) => [
      entity.id,
      entity.type,
      String(count),
      String(mentions),
      // Wikidata ids are given only where verified.
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
});
