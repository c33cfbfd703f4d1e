// The public face of data/entities.json. The records and the union of their ids are generated into
// ./generated/entities.ts, which holds data only; this module documents them and freezes the records.
// The union is re-exported rather than aliased, so that the public type is the generated union itself:
// compiler messages name it, and the API docs list its members.
import { deepFreeze } from '../internal/corpus/deepFreeze.js';
import type { Entity } from '../schema.js';
import { entities as records } from './generated/entities.js';

/**
 * The id of an entity of the shipped registry: a union of string literals, one per entity.
 *
 * Generated from data/entities.json with {@link entities}, so it lists exactly
 * their ids. The helpers take an {@link EntityRef}, which is this union or any
 * other string: editors suggest the shipped ids, and a name, an alias or an id
 * from your own registry still compiles.
 *
 * @category Data
 * @example
 * ```ts
 * import { getEntity, type ShippedEntityId } from 'ru-tj-news';
 *
 * const id: ShippedEntityId = 'emomali-rahmon';
 * getEntity(id)?.name.en;
 * // => 'Emomali Rahmon'
 * // @ts-expect-error -- a name is a reference, not an id
 * const name: ShippedEntityId = 'Rahmon';
 * ```
 */
export type { ShippedEntityId } from './generated/entities.js';

/**
 * The entity registry: every person, organization, place, facility, event and document the articles name.
 *
 * Sorted by `id`. Deeply frozen. An article refers to an entity by its id in
 * `article.entities`, and a source party by `entity`.
 *
 * @category Data
 * @example
 * ```ts
 * import { entities } from 'ru-tj-news';
 *
 * entities.find((entity) => entity.id === 'emomali-rahmon')?.wikidata;
 * // => 'Q57366'
 * ```
 */
export const entities: readonly Entity[] = /* @__PURE__ */ deepFreeze(records);
