import { topics } from './data/topics.js';
import { findTopic } from './internal/registry/refs.js';
import type { Topic } from './schema.js';
import type { TopicRef } from './types.js';

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
