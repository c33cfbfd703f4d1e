/**
 * The names and aliases of a registry's entities, as the search looks them up.
 *
 * AUX's version replaces this on merge: this minimal one keeps the contract's
 * signature, and reads every name (`name.ar`, `name.en`) and alias as its
 * normalized words (tokenize's `words()`, which also lowercases Latin letters).
 */
import type { Entity } from '../../schema.js';
import { words } from '../text/tokenize.js';

/** The entities of a registry by the words of their names. */
export interface EntityNames {
  /**
   * The ids of the entities that have the given words (already normalized by
   * tokenize's `words()` for Arabic; lowercased for Latin) as a whole name or
   * alias. Empty when none.
   */
  lookup(words: readonly string[]): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Reads the names and aliases of `entities` for {@link EntityNames.lookup}. */
export function entityNames(entities: readonly Entity[]): EntityNames {
  // The words of a name are letters and digits only, so a space joins them unambiguously.
  const byName = new Map<string, string[]>();
  for (const entity of entities) {
    for (const name of [entity.name.ar, entity.name.en, ...entity.aliases]) {
      const key = words(name).join(' ');
      if (key.length === 0) {
        continue;
      }
      const ids = byName.get(key);
      if (ids === undefined) {
        byName.set(key, [entity.id]);
      } else if (!ids.includes(entity.id)) {
        ids.push(entity.id);
      }
    }
  }
  return { lookup: (found) => byName.get(found.join(' ')) ?? NONE };
}
