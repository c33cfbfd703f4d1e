import { type ShippedTopicId, topics } from './data/topics.js';
import { findTopic } from './internal/registry/refs.js';
import type { Topic } from './schema.js';

/**
 * A reference to a topic: one of the shipped ids, or any other string, such as
 * a label, an IPTC code or an id from your own vocabulary.
 *
 * It is {@link ShippedTopicId} `| (string & {})`, so that editors suggest the
 * shipped ids while any other string still compiles. (A plain `| string`
 * would absorb the literals, and the suggestions with them.) Every helper
 * resolves it as {@link getTopic} does.
 *
 * @category Topic
 * @example
 * ```ts
 * import { articles, filterByTopic, type TopicRef } from 'ru-tj-news';
 *
 * const refs: TopicRef[] = ['summits', 'الهجرة'];
 * filterByTopic(articles, refs, { match: 'all' }).length;
 * // => 1
 * ```
 */
export type TopicRef = ShippedTopicId | (string & {});

/**
 * Looks up a topic of the shipped vocabulary by id, IPTC code, or English or Arabic label.
 *
 * Arabic references are compared after {@link normalizeArabic}; Latin ones
 * ignore case; surrounding spaces are ignored. For a vocabulary of your own,
 * use {@link Corpus.getTopic}.
 *
 * @param ref - An id (`'migration'`), an IPTC code (`'medtop:20000634'`) or a label (`'Migration'`, `'الهجرة'`).
 * @returns The frozen topic, or `undefined` when nothing matches.
 * @throws {InvalidQueryError} When `ref` is not a string.
 * @category Topic
 * @example
 * ```ts
 * import { getTopic } from 'ru-tj-news';
 *
 * getTopic('medtop:20000634')?.id;
 * // => 'migration'
 * getTopic('الهجرة')?.id;
 * // => 'migration'
 * getTopic('border security')?.iptc;
 * // => 'medtop:20000604'
 * getTopic('sport');
 * // => undefined
 * ```
 */
export function getTopic(ref: TopicRef): Topic | undefined {
  return findTopic(ref, topics);
}
