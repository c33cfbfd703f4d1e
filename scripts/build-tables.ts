/**
 * Writes the generated parts of README.md and docs/dataset-card.md from the
 * data: the table of the corpus (one row per article) and, in the card, the
 * figures of its composition. Hand-written text around them is kept.
 *
 * Run with `npm run data:tables`; with `--check`, exits 1 instead of writing
 * when a document is out of date (test/generated.test.ts runs that).
 */
import { readFileSync } from 'node:fs';

import type { Article, Entity, EntityType, Topic } from '../src/schema.ts';
import { writeOrCheck } from './lib/generated.ts';
import { readJson, ROOT } from './lib/json.ts';
import { replaceBlock } from './lib/markers.ts';

const articles = readJson('data/articles.json') as readonly Article[];
const entities = readJson('data/entities.json') as readonly Entity[];
const topics = readJson('data/topics.json') as readonly Topic[];

/** Escapes a value for a Markdown table cell. */
function cell(value: string): string {
  return value.replaceAll('|', '\\|');
}

/** The outlet: the publisher, marked when inferred, and the agency it credits. */
export function outlet(article: Article): string {
  const chain = article.source.chain;
  const publisher = chain.at(-1);
  const agencies = chain.slice(0, -1).map((party) => party.en);
  const name = publisher === undefined ? '' : `${publisher.en}${publisher.basis === 'inferred' ? ' (inferred)' : ''}`;
  return agencies.length === 0 ? name : `${name}, via ${agencies.join(', ')}`;
}

function corpusTable(): string {
  const rows = articles.map((article) =>
    [
      `\`${article.publishedAt}\`${article.date.basis === 'inferred' ? ' (inferred)' : ''}`,
      outlet(article),
      article.en.title,
      article.topics.join(', '),
      String(article.entities.length),
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '| published | outlet | title (English) | topics | entities |',
    '|---|---|---|---|---:|',
    ...rows.map((row) => `| ${row} |`),
    '',
    `_${articles.length} articles. Generated from \`data/articles.json\` by \`npm run data:tables\`; "(inferred)" marks a value worked out from the text rather than stated in it, with the supporting words in the record._`,
  ].join('\n');
}

function composition(): string {
  const byType = new Map<EntityType, number>();
  for (const entity of entities) {
    byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
  }
  const outlets = [...new Set(articles.map(outlet))];
  const dates = articles.map((article) => article.publishedAt.slice(0, 10)).sort();
  const mentions = articles.reduce(
    (sum, article) => sum + article.entities.reduce((count, entity) => count + entity.mentions.length, 0),
    0,
  );
  const lines: readonly (readonly [string, string])[] = [
    ['articles', String(articles.length)],
    ['date span', `${dates[0]} to ${dates.at(-1)}`],
    [
      'publication dates',
      `${articles.filter((article) => article.date.basis === 'stated').length} stated by the text, ${articles.filter((article) => article.date.basis === 'inferred').length} inferred`,
    ],
    ['language of the texts', [...new Set(articles.map((article) => article.lang))].join(', ')],
    [
      'Arabic characters in titles and bodies',
      articles.reduce((sum, article) => sum + article.title.length + article.body.length, 0).toLocaleString('en-US'),
    ],
    ['outlets', outlets.join('; ')],
    [
      'entities',
      `${entities.length}: ${[...byType]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, count]) => `${count} ${type}`)
        .join(', ')}`,
    ],
    ['entities with a verified Wikidata ID', String(entities.filter((entity) => entity.wikidata !== undefined).length)],
    ['entity mentions, each with its span', String(mentions)],
    [
      'topics',
      `${topics.length}, of which ${topics.filter((topic) => topic.iptc !== undefined).length} carry an IPTC Media Topic code`,
    ],
    [
      'site-furniture lines moved to metadata',
      String(articles.reduce((sum, article) => sum + article.source.furniture.length, 0)),
    ],
  ];
  return ['| | |', '|---|---|', ...lines.map(([name, value]) => `| ${name} | ${cell(value)} |`)].join('\n');
}

function update(path: string, blocks: Readonly<Record<string, string>>): readonly [string, string] {
  let doc = readFileSync(ROOT + path, 'utf8');
  for (const [name, content] of Object.entries(blocks)) {
    doc = replaceBlock(doc, name, content);
  }
  return [path, doc];
}

const table = corpusTable();
writeOrCheck(
  [
    update('README.md', { 'corpus-table': table }),
    update('docs/dataset-card.md', { 'corpus-table': table, composition: composition() }),
  ],
  'npm run data:tables',
);
