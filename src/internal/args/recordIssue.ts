import { InvalidRecordError } from '../../errors.js';

/** Which list a bad record is in. */
export type Collection = InvalidRecordError['collection'];

/**
 * The {@link InvalidRecordError} for one problem of the record at `index` of
 * `collection`, at `path` inside it: the one place that writes a problem as an
 * issue line the way Zod's prettified issues read (`✖ problem`).
 */
export function recordIssue(
  index: number,
  path: readonly PropertyKey[],
  problem: string,
  collection: Collection = 'articles',
): InvalidRecordError {
  return new InvalidRecordError({ collection, index, path, problem: `✖ ${problem}` });
}
