/** Reads the options of searchHits, searchArticles and the corpus's search methods. */
import { InvalidQueryError } from '../../errors.js';
import type { Entity } from '../../schema.js';
import { assertOptions, ownOption } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { namesOf } from './compileSearch.js';
import type { EntityNames } from './entityNames.js';

/** Checked search options. */
export interface PageOptions {
  readonly limit: number;
  readonly offset: number;
}

/**
 * Reads `limit` (a positive integer or Infinity, default Infinity) and `offset`
 * (a non-negative integer, default 0) from an options object's own properties;
 * `undefined` is the default, and `null` an error like any other bad value.
 */
export function parsePage(options: unknown, name: string): PageOptions {
  const givenLimit = ownOption(options, 'limit');
  const givenOffset = ownOption(options, 'offset');
  // Only undefined means the default: ?? would let null through as one too.
  const limit = givenLimit === undefined ? Infinity : givenLimit;
  const offset = givenOffset === undefined ? 0 : givenOffset;
  if (!(limit === Infinity || (Number.isSafeInteger(limit) && (limit as number) > 0))) {
    throw new InvalidQueryError(
      `Invalid limit ${describeValue(limit)} in ${name}: expected a positive integer, or Infinity for every hit`,
      limit,
    );
  }
  if (!(Number.isSafeInteger(offset) && (offset as number) >= 0)) {
    throw new InvalidQueryError(
      `Invalid offset ${describeValue(offset)} in ${name}: expected a non-negative integer (the number of hits to skip)`,
      offset,
    );
  }
  return { limit: limit as number, offset: offset as number };
}

/** Reads the options of a plain search helper: the page, and the entity registry's names (by default, `shipped`'s). */
export function parseSearchOptions(
  options: unknown,
  name: string,
  shipped: readonly Entity[],
): PageOptions & { readonly names: EntityNames } {
  assertOptions(options, ['limit', 'offset', 'entities'], name);
  const page = parsePage(options, name);
  const entities = ownOption(options, 'entities');
  if (entities !== undefined && !Array.isArray(entities)) {
    throw new InvalidQueryError(
      `Invalid entities ${describeValue(entities)} in ${name}: expected an array of entities, or undefined for the shipped registry`,
      entities,
    );
  }
  return { ...page, names: namesOf(entities === undefined ? shipped : entities) };
}
