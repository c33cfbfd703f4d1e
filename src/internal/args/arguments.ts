/** Checks of arguments that plain JavaScript callers can get wrong. */
import { InvalidQueryError } from '../../errors.js';
import type { Article } from '../../schema.js';
import type { Match } from '../../types.js';
import { describeValue } from './describeValue.js';
import { nearestName } from './nearestName.js';
import { recordIssue } from './recordIssue.js';

/** Throws unless `list` is an array. */
export function assertList(list: unknown, name = 'list', items = 'articles'): void {
  if (!Array.isArray(list)) {
    throw new InvalidQueryError(`Expected ${name} to be an array of ${items}, got ${describeValue(list)}`, list);
  }
}

/**
 * Throws {@link InvalidRecordError} unless the item at `index` of an article list is an object.
 * Only the shape the caller reads next is checked; its fields are checked where they are read.
 */
export function assertArticle(article: unknown, index: number): asserts article is Article {
  if (typeof article !== 'object' || article === null || Array.isArray(article)) {
    throw recordIssue(index, [], `Expected an article object, got ${describeValue(article)}`);
  }
}

/** Throws {@link InvalidQueryError} unless `id` is a string: an article id to look up. */
export function assertArticleId(id: unknown): asserts id is string {
  if (typeof id !== 'string') {
    throw new InvalidQueryError(`Expected an article id to be a string, got ${describeValue(id)}`, id);
  }
}

/**
 * An option's value, read from the options object's own properties only, as
 * assertOptions checks only those: an inherited `limit` is not an option.
 */
export function ownOption(options: unknown, key: string): unknown {
  return Object.hasOwn(options as object, key) ? (options as Record<string, unknown>)[key] : undefined;
}

/**
 * An option's own value, or `fallback` when it is undefined. Only undefined
 * is the default: a null is returned as it is, for the caller's check to refuse.
 */
export function optionOr<T>(options: unknown, key: string, fallback: T): T {
  const value = ownOption(options, key);
  return value === undefined ? fallback : (value as T);
}

/**
 * Throws unless `value` is a plain options object whose keys are all in `known`.
 * A misspelt key would otherwise be ignored and give a silently wrong answer.
 */
export function assertOptions(value: unknown, known: readonly string[], name: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidQueryError(
      `Expected ${name} to be an object with any of ${known.join(', ')}; got ${describeValue(value)}`,
      value,
    );
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new InvalidQueryError(
        `Unknown option ${describeValue(key)} in ${name}: expected any of ${known.join(', ')}.${nearestName(key, known)}`,
        key,
      );
    }
  }
}

/** Reads `match`, which defaults to `any`. */
export function parseMatch(value: unknown): Match {
  if (value === undefined) {
    return 'any';
  }
  if (value === 'any' || value === 'all') {
    return value;
  }
  throw new InvalidQueryError(`Invalid match ${describeValue(value)}: expected 'any' or 'all'`, value);
}
