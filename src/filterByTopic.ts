import { topics as shippedTopics } from './data/topics.js';
import { assertList, assertOptions, optionOr, parseMatch } from './internal/args/arguments.js';
import { matchesTopics } from './internal/registry/membership.js';
import { resolveRefs, resolveTopic } from './internal/registry/refs.js';
import type { Article, Topic } from './schema.js';
import type { Match, TopicRef } from './types.js';

/**
 * Options of {@link filterByTopic}.
 *
 * @category Topic
 * @example
 * ```ts
 * import { topics, type FilterByTopicOptions } from 'ru-tj-news';
 *
 * const options: FilterByTopicOptions = { match: 'all', topics };
 * options.match;
 * // => 'all'
 * ```
 */
export interface FilterByTopicOptions {
  /** `'any'` (the default) keeps an article that covers at least one of the topics; `'all'` one that covers every one. */
  readonly match?: Match | undefined;
  /** The vocabulary that references are resolved against. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
}

/**
 * Keeps the articles that cover a topic, or some or all of several.
 *
 * A reference is a topic id, its IPTC code or its English or Arabic label,
 * compared as {@link getTopic} compares them. With several references,
 * `match: 'any'` (the default) keeps an article that covers at least one, and
 * `match: 'all'` one that covers every one. The input is not changed, and the
 * result keeps its order.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param refs - One reference, or a non-empty array of them.
 * @param options - `match`, and the `topics` vocabulary for your own data.
 * @returns A new array of the matching articles, in input order.
 * @throws {UnknownTopicError} When a reference names no topic; its message suggests the closest ones.
 * @throws {InvalidQueryError} When an argument has the wrong type, `refs` is empty, or a reference is ambiguous.
 * @throws {InvalidRecordError} When an article's `topics` is malformed.
 * @category Topic
 * @example
 * ```ts
 * import { articles, filterByTopic } from 'ru-tj-news';
 *
 * filterByTopic(articles, 'migration').map((article) => article.publishedAt);
 * // => ['2025-10-09T10:51:00Z']
 * filterByTopic(articles, ['medtop:20000096', 'الهجرة']).length;
 * // => 3
 * filterByTopic(articles, ['Summits', 'education'], { match: 'all' }).length;
 * // => 2
 * ```
 */
export function filterByTopic<T extends Article>(
  list: readonly T[],
  refs: TopicRef | readonly TopicRef[],
  options: FilterByTopicOptions = {},
): T[] {
  assertList(list);
  assertOptions(options, ['match', 'topics'], 'the filterByTopic options');
  const registry = optionOr(options, 'topics', shippedTopics);
  assertList(registry, 'options.topics', 'topics');
  const match = parseMatch(options.match);
  const wanted = resolveRefs(refs, (ref) => resolveTopic(ref, registry), 'topic', false);
  return list.filter((article, index) => matchesTopics(article, index, wanted, match));
}
