/** Whether an article carries some or all of a set of entity or topic ids, checked without allocating. */
import type { Match } from '../../types.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';

/** The article's `entities` or `topics` array; throws {@link InvalidRecordError} when it is not one. */
function field(article: unknown, index: number, name: 'entities' | 'topics'): readonly unknown[] {
  const list = typeof article === 'object' && article !== null ? (article as Record<string, unknown>)[name] : undefined;
  if (!Array.isArray(list)) {
    throw recordIssue(index, [name], `Expected ${name} to be an array, got ${describeValue(list)}`);
  }
  return list;
}

function entityIdAt(list: readonly unknown[], position: number, index: number): string {
  const entity = list[position];
  const id = typeof entity === 'object' && entity !== null ? (entity as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') {
    throw recordIssue(index, ['entities', position, 'id'], `Expected an entity id string, got ${describeValue(id)}`);
  }
  return id;
}

function topicIdAt(list: readonly unknown[], position: number, index: number): string {
  const id = list[position];
  if (typeof id !== 'string') {
    throw recordIssue(index, ['topics', position], `Expected a topic id string, got ${describeValue(id)}`);
  }
  return id;
}

function matchField(
  article: unknown,
  index: number,
  wanted: readonly string[],
  match: Match,
  name: 'entities' | 'topics',
): boolean {
  const list = field(article, index, name);
  const idAt = name === 'entities' ? entityIdAt : topicIdAt;
  // Every id is checked whatever the query, so that a malformed record is always reported;
  // after that the ids can be read without checks.
  for (let position = 0; position < list.length; position += 1) {
    idAt(list, position, index);
  }
  const has =
    name === 'entities'
      ? (id: string) => list.some((entity) => (entity as { id: string }).id === id)
      : (id: string) => list.includes(id);
  return match === 'any' ? wanted.some(has) : wanted.every(has);
}

/** Whether the article names any (or all) of the wanted entity ids. */
export function matchesEntities(article: unknown, index: number, wanted: readonly string[], match: Match): boolean {
  return matchField(article, index, wanted, match, 'entities');
}

/** Whether the article covers any (or all) of the wanted topic ids. */
export function matchesTopics(article: unknown, index: number, wanted: readonly string[], match: Match): boolean {
  return matchField(article, index, wanted, match, 'topics');
}

/** The article's entity ids, in order; throws {@link InvalidRecordError} when `entities` is malformed. */
export function entityIdsOf(article: unknown, index: number): string[] {
  const list = field(article, index, 'entities');
  return list.map((_, position) => entityIdAt(list, position, index));
}

/** The article's topic ids, in order; throws {@link InvalidRecordError} when `topics` is malformed. */
export function topicIdsOf(article: unknown, index: number): string[] {
  const list = field(article, index, 'topics');
  return list.map((_, position) => topicIdAt(list, position, index));
}
