// The public face of data/topics.json. The records and the union of their ids are generated into
// ./generated/topics.ts, which holds data only; this module documents them and freezes the records.
// The union is re-exported rather than aliased, so that the public type is the generated union itself:
// compiler messages name it, and the API docs list its members.
import { deepFreeze } from '../internal/corpus/deepFreeze.js';
import type { Topic } from '../schema.js';
import { topics as records } from './generated/topics.js';

/**
 * The id of a topic of the shipped vocabulary: a union of string literals, one per topic.
 *
 * Generated from data/topics.json with {@link topics}, so it lists exactly
 * their ids. The helpers take a {@link TopicRef}, which is this union or any
 * other string: editors suggest the shipped ids, and a label, an IPTC code or
 * an id from your own vocabulary still compiles.
 *
 * @category Data
 * @example
 * ```ts
 * import { getTopic, type ShippedTopicId } from 'ru-tj-news';
 *
 * const id: ShippedTopicId = 'migration';
 * getTopic(id)?.iptc;
 * // => 'medtop:20000634'
 * // @ts-expect-error -- a label is a reference, not an id
 * const label: ShippedTopicId = 'Migration';
 * ```
 */
export type { ShippedTopicId } from './generated/topics.js';

/**
 * The topic vocabulary, each topic mapped to an IPTC Media Topic code.
 *
 * Sorted by `id`. Deeply frozen. An article lists its topics by id in
 * `article.topics`.
 *
 * @category Data
 * @example
 * ```ts
 * import { topics } from 'ru-tj-news';
 *
 * topics.find((topic) => topic.id === 'border-security')?.iptc;
 * // => 'medtop:20000604'
 * ```
 */
export const topics: readonly Topic[] = /* @__PURE__ */ deepFreeze(records);
