/** Checks of arguments that plain JavaScript callers can get wrong. */
import { InvalidQueryError, InvalidRecordError } from '../../errors.js';
import { closest } from '../text/closest.js';
import { describeValue } from './describeValue.js';

/**
 * How several references combine: `'any'` keeps an article that has at least
 * one of them, `'all'` one that has every one.
 *
 * @category Search
 * @example
 * ```ts
 * import { articles, filterByEntity, type Match } from 'ru-tj-news';
 *
 * const match: Match = 'all';
 * filterByEntity(articles, ['Putin', 'Rahmon'], { match }).length;
 * // => 3
 * ```
 */
export type Match = 'any' | 'all';

/** Throws unless `list` is an array. */
export function assertList(list: unknown, name = 'list', items = 'articles'): void {
  if (!Array.isArray(list)) {
    throw new InvalidQueryError(`Expected ${name} to be an array of ${items}, got ${describeValue(list)}`, list);
  }
}

/** Returns true when the item at `index` of an article list is an object, and throws {@link InvalidRecordError} when it is not. */
export function checkArticle(article: unknown, index: number): true {
  if (typeof article !== 'object' || article === null || Array.isArray(article)) {
    throw new InvalidRecordError({
      collection: 'articles',
      index,
      path: [],
      problem: `✖ Expected an article object, got ${describeValue(article)}`,
    });
  }
  return true;
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
      const hint = closest(key, known, (name) => name.toLowerCase());
      const didYouMean = hint.length > 0 ? ` Did you mean ${JSON.stringify(hint[0])}?` : '';
      throw new InvalidQueryError(
        `Unknown option ${describeValue(key)} in ${name}: expected any of ${known.join(', ')}.${didYouMean}`,
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
