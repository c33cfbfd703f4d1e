import { topics as shippedTopics } from './data/topics.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { byCountThenName, topicsById } from './internal/registry/lookups.js';
import { topicIdsOf } from './internal/registry/membership.js';
import type { Article, Topic } from './schema.js';

/**
 * One row of {@link countByTopic}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByTopic, type TopicCount } from 'ru-tj-news';
 *
 * const [top]: TopicCount[] = countByTopic(articles);
 * top?.count;
 * // => 5
 * ```
 */
export interface TopicCount {
  /** The topic, from the vocabulary. */
  readonly topic: Topic;
  /** How many articles cover it. */
  readonly count: number;
}

/**
 * Options of {@link countByTopic}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { topics, type CountByTopicOptions } from 'ru-tj-news';
 *
 * const options: CountByTopicOptions = { topics };
 * options.topics?.length;
 * // => 19
 * ```
 */
export interface CountByTopicOptions {
  /** The vocabulary that the articles' topic ids are looked up in. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
}

/**
 * Counts, for each topic, the articles that cover it.
 *
 * Topics no article covers are left out. The rows are sorted by `count`,
 * highest first, then by English label.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - The `topics` vocabulary, for your own data.
 * @returns A new array of `{ topic, count }`.
 * @throws {UnknownTopicError} When an article lists a topic id that the vocabulary does not have: the message names the article, and asks for the vocabulary its records were built with.
 * @throws {InvalidQueryError} When an argument has the wrong type.
 * @throws {InvalidRecordError} When an article's `topics` is malformed.
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, countByTopic } from 'ru-tj-news';
 *
 * countByTopic(articles)
 *   .slice(0, 3)
 *   .map(({ topic, count }) => `${topic.label.en}: ${count}`);
 * // => ['Defence and military cooperation: 5', 'Diplomacy: 5', 'Regional security: 5']
 * ```
 */
export function countByTopic(list: readonly Article[], options: CountByTopicOptions = {}): TopicCount[] {
  assertList(list);
  assertOptions(options, ['topics'], 'the countByTopic options');
  const lookUp = topicsById(optionOr(options, 'topics', shippedTopics), ownOption(options, 'topics') !== undefined);
  // `last` is the index of the last article counted in the row: a trusted record that lists a topic twice counts once.
  const counts = new Map<string, { topic: Topic; count: number; last: number }>();
  list.forEach((article, index) => {
    for (const id of topicIdsOf(article, index)) {
      const row = counts.get(id) ?? { topic: lookUp(id, { article, index }), count: 0, last: -1 };
      if (row.last !== index) {
        row.count += 1;
        row.last = index;
      }
      counts.set(id, row);
    }
  });
  return [...counts.values()]
    .sort((a, b) =>
      byCountThenName(
        { count: a.count, name: a.topic.label.en, id: a.topic.id },
        { count: b.count, name: b.topic.label.en, id: b.topic.id },
      ),
    )
    .map(({ topic, count }) => ({ topic, count }));
}
