/** Reads the options of searchHits, searchArticles and the corpus's search methods. */
import { InvalidQueryError } from '../../errors.js';
import type { Entity } from '../../schema.js';
import { assertOptions } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';
import { namesOf } from './compileSearch.js';
import type { EntityNames } from './entityNames.js';

/** Checked search options. */
export interface PageOptions {
  readonly limit: number;
  readonly offset: number;
}

/** Reads `limit` (a positive integer or Infinity, default Infinity) and `offset` (a non-negative integer, default 0). */
export function parsePage(options: unknown, name: string): PageOptions {
  const { limit = Infinity, offset = 0 } = options as { readonly limit?: unknown; readonly offset?: unknown };
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
  const { entities } = options as { readonly entities?: unknown };
  return { ...page, names: namesOf(entities ?? shipped) };
}
