/**
 * The record lists known to hold only what `JSON.parse` returned: plain data, with no
 * getter, symbol or hidden key, no hole and no prototype but Object's and Array's.
 * `loadCorpus` marks the list it parsed itself before it hands it to `createCorpus`, which
 * then checks the records with the fast path's plain mode (canonicalArticle.ts) and freezes
 * trusted ones with deepFreeze's plain walk. Only a list this package built can be marked:
 * the module is internal, and a caller's list is never in the set.
 */
const plainLists = new WeakSet<readonly unknown[]>();

/** Marks `records`, which the caller parsed itself with `JSON.parse`, as plain data. */
export function markPlain(records: readonly unknown[]): void {
  plainLists.add(records);
}

/** Whether `records` was marked by {@link markPlain}. */
export function isPlain(records: readonly unknown[]): boolean {
  return plainLists.has(records);
}
