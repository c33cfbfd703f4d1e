/**
 * Derives every article's entity mentions from the registry's aliases and
 * writes them into data/articles.json. Run with `npm run data:mentions`;
 * test/mentions.test.ts fails when the committed spans differ from what this
 * script derives.
 */
import type { MentionTarget } from '../src/findMentions.ts';
import { deriveEntities } from './lib/deriveEntities.ts';
import { readJson, writeJson } from './lib/json.ts';

interface ArticleRecord {
  id: string;
  title: string;
  titleBasis: 'source' | 'editorial';
  body: string;
  entities: unknown;
  [key: string]: unknown;
}

const entities = readJson('data/entities.json') as MentionTarget[];
const articles = readJson('data/articles.json') as ArticleRecord[];
for (const article of articles) {
  article.entities = deriveEntities(article, entities);
}
writeJson('data/articles.json', articles);
process.stderr.write(`Derived mentions for ${articles.length} articles from ${entities.length} entities.\n`);
