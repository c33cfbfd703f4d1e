/** Whether an article carries some or all of a set of entity or topic ids. */
import { InvalidRecordError } from '../errors.js';
import type { Match } from './arguments.js';
import { describeValue } from './describeValue.js';

/** Reads an article's entity ids, throwing {@link InvalidRecordError} when `entities` is malformed. */
export function entityIdsOf(article: unknown, index: number): readonly string[] {
  const list = typeof article === 'object' && article !== null ? (article as { entities?: unknown }).entities : undefined;
  if (!Array.isArray(list)) {
    throw new InvalidRecordError({ collection: 'articles', index, path: ['entities'], problem: `✖ Expected entities to be an array, got ${describeValue(list)}` });
  }
  return list.map((entity: unknown, position) => {
    const id = typeof entity === 'object' && entity !== null ? (entity as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      throw new InvalidRecordError({ collection: 'articles', index, path: ['entities', position, 'id'], problem: `✖ Expected an entity id string, got ${describeValue(id)}` });
    }
    return id;
  });
}

/** Reads an article's topic ids, throwing {@link InvalidRecordError} when `topics` is malformed. */
export function topicIdsOf(article: unknown, index: number): readonly string[] {
  const list = typeof article === 'object' && article !== null ? (article as { topics?: unknown }).topics : undefined;
  if (!Array.isArray(list) || !list.every((id) => typeof id === 'string')) {
    throw new InvalidRecordError({ collection: 'articles', index, path: ['topics'], problem: `✖ Expected topics to be an array of ids, got ${describeValue(list)}` });
  }
  return list as readonly string[];
}

/** Whether `has` holds any (or all) of `wanted`. */
export function matches(has: readonly string[], wanted: readonly string[], match: Match): boolean {
  return match === 'any' ? wanted.some((id) => has.includes(id)) : wanted.every((id) => has.includes(id));
}
