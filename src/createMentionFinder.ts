import type { MentionTarget } from './findMentions.js';
import { createFinder } from './internal/text/mentionFinders.js';

/**
 * A registry compiled by {@link createMentionFinder}, to pass to {@link findMentions}
 * in place of the registry.
 *
 * It is a snapshot: it looks for the names the registry held when it was made,
 * whatever happens to the registry afterwards. Only an object that
 * `createMentionFinder` returned is a finder; a look-alike is refused.
 *
 * @category Builder
 * @example
 * ```ts
 * import { createMentionFinder, type MentionFinder } from 'ru-tj-news';
 *
 * const finder: MentionFinder = createMentionFinder([{ id: 'moscow', aliases: ['موسكو', 'مُوسكو'] }]);
 * [finder.entityCount, finder.nameCount];
 * // => [1, 1]
 * ```
 */
export interface MentionFinder {
  /** How many entities it looks for. */
  readonly entityCount: number;
  /** How many distinct names it looks for, once normalized: spellings that normalize alike count once. */
  readonly nameCount: number;
}

/**
 * Compiles a registry once, for {@link findMentions} to search many texts with.
 *
 * It checks the registry as `findMentions` does, then compiles every name and
 * alias into one matcher. `findMentions(text, finder)` gives exactly what
 * `findMentions(text, entities)` gives, without compiling the registry again:
 * use it to search many texts with a registry that is not frozen, such as one
 * read with `JSON.parse`. (A registry of frozen entities, such as the shipped
 * `entities` or `EntitySchema` output, is compiled once and reused without it.)
 * The finder is a snapshot: later changes to the registry do not reach it, so
 * make a new finder after editing the registry.
 *
 * @param entities - The registry: the shipped `entities`, your own `Entity[]`, or any `{ id, name?, aliases }` objects.
 * @returns A new frozen {@link MentionFinder}.
 * @throws {InvalidQueryError} When `entities` is not an array, or an entity lacks an id or string aliases.
 * @category Builder
 * @example
 * ```ts
 * import { createMentionFinder, findMentions } from 'ru-tj-news';
 *
 * const registry = JSON.parse('[{ "id": "dushanbe", "aliases": ["دوشنبه"] }, { "id": "russia", "aliases": ["روسيا"] }]');
 * const finder = createMentionFinder(registry);
 * ['وصل إلى دوشنبه', 'وفد من روسيا، اليوم'].map((text) => findMentions(text, finder));
 * // => [[{ id: 'dushanbe', start: 8, end: 14 }], [{ id: 'russia', start: 7, end: 12 }]]
 * ```
 * @example
 * ```ts
 * import { createMentionFinder, findMentions } from 'ru-tj-news';
 *
 * // The finder keeps the registry as it was; findMentions on the registry sees the edit.
 * const registry = [{ id: 'moscow', aliases: ['موسكو'] }];
 * const finder = createMentionFinder(registry);
 * registry.push({ id: 'dushanbe', aliases: ['دوشنبه'] });
 * findMentions('من موسكو إلى دوشنبه', finder).map(({ id }) => id);
 * // => ['moscow']
 * findMentions('من موسكو إلى دوشنبه', registry).map(({ id }) => id);
 * // => ['moscow', 'dushanbe']
 * ```
 */
export function createMentionFinder(entities: readonly MentionTarget[]): MentionFinder {
  return createFinder(entities);
}
