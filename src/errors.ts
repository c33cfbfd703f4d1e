/**
 * The errors the helpers throw. Each is a class with a `name`, so callers can
 * tell them apart with `instanceof`, and each message names the bad value and
 * what was expected.
 *
 * @module
 */
import type { z } from 'zod';

import { describeValue } from './internal/args/describeValue.js';
import { didYouMean } from './internal/args/didYouMean.js';

/**
 * The base class of every error this package throws on purpose.
 *
 * @category Errors
 * @example
 * ```ts
 * import { RuTjNewsError, filterByDate, articles } from 'ru-tj-news';
 *
 * try {
 *   filterByDate(articles, { from: 'garbage' });
 * } catch (error) {
 *   error instanceof RuTjNewsError;
 *   // => true
 * }
 * ```
 * @example
 * ```ts
 * import { articles, filterByTopic, type InvalidQueryError, type UnknownTopicError } from 'ru-tj-news';
 *
 * // `name` is a literal type, so a switch on it narrows a union of the errors.
 * function explain(error: InvalidQueryError | UnknownTopicError): string {
 *   switch (error.name) {
 *     case 'UnknownTopicError':
 *       return `Try ${error.suggestions.join(' or ')}.`;
 *     case 'InvalidQueryError':
 *       return `Bad argument: ${String(error.value)}`;
 *   }
 * }
 *
 * try {
 *   filterByTopic(articles, 'migrations');
 * } catch (error) {
 *   explain(error as UnknownTopicError);
 *   // => 'Try migration.'
 * }
 * ```
 */
export class RuTjNewsError extends Error {
  /**
   * `'RuTjNewsError'` here, and in each subclass its own class name, as a
   * literal type: so a `switch (error.name)` on a union of these errors
   * narrows to one class, and a misspelt `case` does not compile.
   */
  override readonly name:
    | 'RuTjNewsError'
    | 'InvalidDateError'
    | 'UnknownEntityError'
    | 'UnknownTopicError'
    | 'InvalidQueryError'
    | 'InvalidRecordError' = 'RuTjNewsError';
}

/**
 * Thrown when a date bound cannot be read, or when `from` is later than `to`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InvalidDateError, filterByDate, articles } from 'ru-tj-news';
 *
 * try {
 *   filterByDate(articles, { from: '2023-01-01', to: '2022-01-01' });
 * } catch (error) {
 *   error instanceof InvalidDateError;
 *   // => true
 *   (error as InvalidDateError).value;
 *   // => '2023-01-01'
 * }
 * ```
 */
export class InvalidDateError extends RuTjNewsError {
  /** Always `'InvalidDateError'`, a literal type, so that logs and `switch (error.name)` tell the errors apart. */
  override readonly name = 'InvalidDateError' as const;
  /** The value that was rejected. */
  readonly value: unknown;

  /**
   * @param message - What is wrong and what was expected.
   * @param value - The rejected value.
   */
  constructor(message: string, value: unknown) {
    super(message);
    this.value = value;
  }
}

/**
 * Thrown when an entity reference matches no id, name or alias in the registry.
 *
 * `suggestions` holds the closest entities, best first, each once: by the
 * name or alias nearest to `ref`, or by its id when that name is shared with
 * another entity, so that every suggestion names the entity it stands for.
 *
 * @category Errors
 * @example
 * ```ts
 * import { UnknownEntityError, filterByEntity, articles } from 'ru-tj-news';
 *
 * try {
 *   filterByEntity(articles, 'Rahmun');
 * } catch (error) {
 *   (error as UnknownEntityError).suggestions[0];
 *   // => 'Rahmon'
 * }
 * ```
 */
export class UnknownEntityError extends RuTjNewsError {
  /** Always `'UnknownEntityError'`, a literal type, so that logs and `switch (error.name)` tell the errors apart. */
  override readonly name = 'UnknownEntityError' as const;
  /** The reference that matched nothing. */
  readonly ref: string;
  /**
   * The closest entities, each once, best first, by a name or id that names it alone; empty when nothing is
   * close, and for an id from a record when no registry was passed (the fix is then to pass it).
   */
  readonly suggestions: readonly string[];
  /**
   * Where `ref` came from, when it came from a record rather than from a query: the id
   * of the article that names it (or the article's index in the list, when its id is
   * not a string). Such an error means the registry the records were built with was
   * not passed; `undefined` when `ref` came from a query.
   */
  readonly article: string | number | undefined;

  /**
   * @param ref - The reference that matched nothing.
   * @param suggestions - The closest known names, best first.
   * @param article - The article whose record names `ref`, when it came from a record: its id, or its index in the list.
   */
  constructor(ref: string, suggestions: readonly string[], article?: string | number) {
    super(
      article === undefined
        ? unknownMessage('entity', 'an entity id, name or alias such as "emomali-rahmon" or "رحمون"', ref, suggestions)
        : recordMessage(article, 'names entity', ref, 'registry', 'entities', suggestions),
    );
    this.ref = ref;
    this.suggestions = suggestions;
    this.article = article;
  }
}

/**
 * Thrown when a topic reference matches no id, label or IPTC code in the vocabulary.
 *
 * `suggestions` holds the closest topics, best first, each once: by the id,
 * label or IPTC code nearest to `ref` (the id when it is as near as a label),
 * or by its id when that label is shared with another topic.
 *
 * @category Errors
 * @example
 * ```ts
 * import { UnknownTopicError, filterByTopic, articles } from 'ru-tj-news';
 *
 * try {
 *   filterByTopic(articles, 'diplomcy');
 * } catch (error) {
 *   error instanceof UnknownTopicError;
 *   // => true
 *   (error as UnknownTopicError).suggestions[0];
 *   // => 'diplomacy'
 * }
 * ```
 */
export class UnknownTopicError extends RuTjNewsError {
  /** Always `'UnknownTopicError'`, a literal type, so that logs and `switch (error.name)` tell the errors apart. */
  override readonly name = 'UnknownTopicError' as const;
  /** The reference that matched nothing. */
  readonly ref: string;
  /**
   * The closest topics, each once, best first, by an id, label or code that names it alone; empty when nothing
   * is close, and for an id from a record when no vocabulary was passed (the fix is then to pass it).
   */
  readonly suggestions: readonly string[];
  /**
   * Where `ref` came from, when it came from a record rather than from a query: the id
   * of the article that lists it (or the article's index in the list, when its id is
   * not a string). Such an error means the vocabulary the records were built with was
   * not passed; `undefined` when `ref` came from a query.
   */
  readonly article: string | number | undefined;

  /**
   * @param ref - The reference that matched nothing.
   * @param suggestions - The closest known ids and labels, best first.
   * @param article - The article whose record lists `ref`, when it came from a record: its id, or its index in the list.
   */
  constructor(ref: string, suggestions: readonly string[], article?: string | number) {
    super(
      article === undefined
        ? unknownMessage(
            'topic',
            'a topic id, label or IPTC code such as "diplomacy" or "medtop:20000639"',
            ref,
            suggestions,
          )
        : recordMessage(article, 'lists topic', ref, 'vocabulary', 'topics', suggestions),
    );
    this.ref = ref;
    this.suggestions = suggestions;
    this.article = article;
  }
}

/**
 * Thrown when an argument has the wrong type or shape: a list that is not an
 * array, an unknown option, a blank search, a `match` other than `'any'` or `'all'`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InvalidQueryError, searchArticles, articles } from 'ru-tj-news';
 *
 * try {
 *   searchArticles(articles, '   ');
 * } catch (error) {
 *   error instanceof InvalidQueryError;
 *   // => true
 * }
 * ```
 */
export class InvalidQueryError extends RuTjNewsError {
  /** Always `'InvalidQueryError'`, a literal type, so that logs and `switch (error.name)` tell the errors apart. */
  override readonly name = 'InvalidQueryError' as const;
  /** The value that was rejected. */
  readonly value: unknown;

  /**
   * @param message - What is wrong and what was expected.
   * @param value - The rejected value.
   */
  constructor(message: string, value: unknown) {
    super(message);
    this.value = value;
  }
}

/**
 * Thrown when a record does not fit the schema: by {@link createCorpus} for any
 * invalid article, entity, topic or event, and by the filters (and {@link eventsOf})
 * for a record whose field they read is malformed.
 *
 * The message holds Zod's prettified issues where there are any.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InvalidRecordError, createCorpus, articles } from 'ru-tj-news';
 *
 * try {
 *   createCorpus([articles[0], { ...articles[1], publishedAt: '29/06/2022' }]);
 * } catch (error) {
 *   (error as InvalidRecordError).index;
 *   // => 1
 *   (error as InvalidRecordError).path;
 *   // => ['publishedAt']
 * }
 * ```
 */
export class InvalidRecordError extends RuTjNewsError {
  /** Always `'InvalidRecordError'`, a literal type, so that logs and `switch (error.name)` tell the errors apart. */
  override readonly name = 'InvalidRecordError' as const;
  /** Which list the record is in. */
  readonly collection: 'articles' | 'entities' | 'topics' | 'events';
  /** The record's index in that list. */
  readonly index: number;
  /** The path of the first bad field inside the record. */
  readonly path: readonly PropertyKey[];
  /** Zod's issues, where the record failed its schema; empty for other faults. */
  readonly issues: readonly z.core.$ZodIssue[];
  // Declared only: loadCorpus sets them, so that a bundle without it carries no code for them.
  /** The line of the NDJSON input that holds the record, from 1, when {@link loadCorpus} read it; `undefined` otherwise. */
  declare readonly line: number | undefined;
  /** Where a line is not JSON: the column (from 1, in UTF-16 units) where the JSON parser stopped, when it says; `undefined` otherwise. */
  declare readonly column: number | undefined;

  /**
   * @param details - Where the bad record is and what is wrong with it.
   */
  constructor(details: {
    readonly collection: 'articles' | 'entities' | 'topics' | 'events';
    readonly index: number;
    readonly path: readonly PropertyKey[];
    readonly problem: string;
    readonly issues?: readonly z.core.$ZodIssue[];
  }) {
    const where = `${details.collection}[${details.index}]${details.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
    super(`Invalid record at ${where}:\n${details.problem}`);
    this.collection = details.collection;
    this.index = details.index;
    this.path = details.path;
    this.issues = details.issues ?? [];
  }
}

function unknownMessage(kind: string, expected: string, ref: string, suggestions: readonly string[]): string {
  return `Unknown ${kind} ${describeValue(ref)}: expected ${expected}.${didYouMean(suggestions)}`;
}

/** The message for an id that a record names and the registry lacks: the fix is to pass the records' own registry. */
function recordMessage(
  article: string | number,
  verb: string,
  ref: string,
  registry: string,
  option: string,
  suggestions: readonly string[],
): string {
  const subject = typeof article === 'string' ? `Article ${describeValue(article)}` : `The article at index ${article}`;
  return `${subject} ${verb} ${describeValue(ref)}, which the ${registry} does not have: pass the ${registry} the records were built with, as { ${option} }.${didYouMean(suggestions)}`;
}
