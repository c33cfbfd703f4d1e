import { describe, expect, it } from 'vitest';
import { articles, entities, topics } from '../src/index.js';

// Test files are ES modules, so they run in strict mode, where writing to a frozen object throws.
const snapshot = JSON.stringify({ articles, entities, topics });
const [article] = articles;
const [entity] = entities;
const [topic] = topics;
if (!article || !entity || !topic) throw new Error('The data is empty');

describe('the shipped data is deeply frozen', () => {
  const attempts = [
    ['push onto articles', () => (articles as unknown as unknown[]).push(article)],
    ['sort articles in place', () => (articles as unknown as unknown[]).sort()],
    ['assign to an article field', () => { (article as { title: string }).title = 'x'; }],
    ['delete an article field', () => { delete (article as { title?: string }).title; }],
    ['add a field to an article', () => { (article as Record<string, unknown>).extra = 1; }],
    ['change a nested date field', () => { (article.date as { basis: string }).basis = 'stated'; }],
    ['change a mention span', () => { (article.entities[0]!.mentions[0] as { start: number }).start = 0; }],
    ['push a mention', () => (article.entities[0]!.mentions as unknown as unknown[]).push({})],
    ['change topic evidence', () => { (article.topicEvidence as Record<string, unknown>).diplomacy = []; }],
    ['push an alias', () => (entity.aliases as unknown as string[]).push('x')],
    ['rename an entity', () => { (entity.name as { en: string }).en = 'x'; }],
    ['relabel a topic', () => { (topic.label as { en: string }).en = 'x'; }],
    ['defineProperty on an article', () => Object.defineProperty(article, 'title', { value: 'x' })],
    ['defineProperty on furniture', () => Object.defineProperty(article.source.furniture, 0, { value: {} })],
    ['setPrototypeOf on an entity', () => Object.setPrototypeOf(entity, null)],
  ] as const;

  it.each(attempts)('throws when code tries to %s', (_name, mutate) => {
    expect(mutate).toThrow(TypeError);
    expect(JSON.stringify({ articles, entities, topics })).toBe(snapshot);
  });
});
