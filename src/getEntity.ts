import { entities, type ShippedEntityId } from './data/entities.js';
import { findEntity } from './internal/registry/refs.js';
import type { Entity } from './schema.js';

/**
 * A reference to an entity: one of the shipped ids, or any other string, such
 * as a name, an alias or an id from your own registry.
 *
 * It is {@link ShippedEntityId} `| (string & {})`, so that editors suggest
 * the shipped ids while any other string still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.) Every helper
 * resolves it as {@link getEntity} does.
 *
 * @category Entity
 * @example
 * ```ts
 * import { articles, filterByEntity, type EntityRef } from 'ru-tj-news';
 *
 * const refs: EntityRef[] = ['emomali-rahmon', 'سيرغي لافروف'];
 * filterByEntity(articles, refs).length;
 * // => 4
 * ```
 */
export type EntityRef = ShippedEntityId | (string & {});

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
