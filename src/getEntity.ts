import { entities } from './data/entities.js';
import { findEntity } from './internal/registry/refs.js';
import type { Entity } from './schema.js';
import type { EntityRef } from './types.js';

/**
 * Looks up an entity of the shipped registry by id, name or alias, in any language.
 *
 * Arabic references are compared after {@link normalizeArabic} (so hamza,
 * diacritics, ta marbuta and alef maqsura never decide a match); Latin ones
 * ignore case; surrounding spaces are ignored. An id always wins over a name.
 * For a registry of your own, use {@link Corpus.getEntity}.
 *
 * @param ref - An id (`'emomali-rahmon'`), a name or an alias (`'رحمون'`, `'Emomali Rahmon'`).
 * @returns The frozen entity, or `undefined` when nothing matches.
 * @throws {InvalidQueryError} When `ref` is not a string.
 * @category Entity
 * @example
 * ```ts
 * import { getEntity } from 'ru-tj-news';
 *
 * getEntity('رحمون')?.id;
 * // => 'emomali-rahmon'
 * getEntity('رحمن')?.id;
 * // => 'emomali-rahmon'
 * getEntity('emomali rahmon')?.id;
 * // => 'emomali-rahmon'
 * getEntity('افغانستان')?.name.en;
 * // => 'Afghanistan'
 * getEntity('Atlantis');
 * // => undefined
 * ```
 */
export function getEntity(ref: EntityRef): Entity | undefined {
  return findEntity(ref, entities);
}
