import { entities as shippedEntities } from './data/entities.js';
import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { resolveEntity } from './internal/registry/refs.js';
import { snippetContext, snippetWindow } from './internal/text/snippetWindow.js';
import type { Article, Entity, Mention } from './schema.js';
import type { EntityRef } from './types.js';

/**
 * One mention with the text around it, from {@link mentionSnippets}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { articles, mentionSnippets, type MentionSnippet } from 'ru-tj-news';
 *
 * const [snippet]: MentionSnippet[] = mentionSnippets(articles[1]!, 'Putin', { context: 20 });
 * snippet?.field;
 * // => 'title'
 * ```
 */
export interface MentionSnippet {
  /** `'title'` or `'body'`: where the mention is. */
  readonly field: Mention['field'];
  /** The mention's span in the field, as in the article: UTF-16 offsets, end exclusive. */
  readonly start: number;
  /** The end of the mention's span in the field. */
  readonly end: number;
  /** The text around the mention, verbatim, cut at whole words. */
  readonly text: string;
  /** The mention's offsets inside `text`, for highlighting: `text.slice(highlight.start, highlight.end)` is the mention. */
  readonly highlight: {
    /** Where the mention starts in `text`. */
    readonly start: number;
    /** Where the mention ends in `text`, exclusive. */
    readonly end: number;
  };
  /** Whether text was cut before `text`, so that a reader can show an ellipsis. */
  readonly truncatedStart: boolean;
  /** Whether text was cut after `text`. */
  readonly truncatedEnd: boolean;
}

/**
 * Options of {@link mentionSnippets}.
 *
 * @category Aggregation
 * @example
 * ```ts
 * import { type MentionSnippetsOptions } from 'ru-tj-news';
 *
 * const options: MentionSnippetsOptions = { context: 60 };
 * options.context;
 * // => 60
 * ```
 */
export interface MentionSnippetsOptions {
  /** At most how many characters to keep on each side of the mention. Defaults to 40. */
  readonly context?: number | undefined;
  /** The registry that `entityRef` is resolved against. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * The text around each mention of an entity in an article, with the mention's offsets inside it, for highlighting.
 *
 * The snippets follow the mentions' order: title first, then body. Each keeps
 * at most `context` characters on each side of the mention, within its
 * field, and drops a word that the cut would split. The text is verbatim.
 * An entity the article does not name gives an empty array.
 *
 * @param article - One article, shipped or your own.
 * @param entityRef - An entity id, name or alias, as {@link getEntity} takes it.
 * @param options - `context`, and the `entities` registry for your own data.
 * @returns A new array of snippets.
 * @throws {UnknownEntityError} When `entityRef` names no entity; its message suggests the closest ones.
 * @throws {InvalidQueryError} When `context` is not a whole number from 0 to 10,000, an argument has the wrong type, or a mention's span lies outside its field.
 * @category Aggregation
 * @example
 * ```ts
 * import { getArticle, mentionSnippets } from 'ru-tj-news';
 *
 * const article = getArticle('2022-06-29-rahmon-putin-discuss-cooperation')!;
 * const snippets = mentionSnippets(article, 'رحمون', { context: 12 });
 * snippets.length;
 * // => 6
 * const third = snippets[2]!;
 * third.text;
 * // => 'السياق، بحث إمام علي رحمن وفلاديمير'
 * third.text.slice(third.highlight.start, third.highlight.end);
 * // => 'إمام علي رحمن'
 * [third.truncatedStart, third.truncatedEnd];
 * // => [true, true]
 * ```
 */
export function mentionSnippets(
  article: Article,
  entityRef: EntityRef,
  options: MentionSnippetsOptions = {},
): MentionSnippet[] {
  // A JavaScript caller can pass anything.
  const given: unknown = article;
  if (typeof given !== 'object' || given === null || !Array.isArray((given as { entities?: unknown }).entities)) {
    throw new InvalidQueryError(`Expected an article, got ${describeValue(article)}`, article);
  }
  assertOptions(options, ['context', 'entities'], 'the mentionSnippets options');
  const context = snippetContext(ownOption(options, 'context'));
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  const { id } = resolveEntity(entityRef, registry);
  const mentions: readonly Mention[] = article.entities.find((entity) => entity.id === id)?.mentions ?? [];
  return mentions.map((mention) => {
    const text = article[mention.field];
    if (
      typeof text !== 'string' ||
      !(mention.start >= 0 && mention.start < mention.end && mention.end <= text.length)
    ) {
      throw new InvalidQueryError(
        `Invalid mention ${describeValue(mention)} of ${describeValue(id)} in article ${describeValue(article.id)}: expected a span inside its ${mention.field}`,
        mention,
      );
    }
    const window = snippetWindow(text, mention.start, mention.end, context);
    return {
      field: mention.field,
      start: mention.start,
      end: mention.end,
      text: window.text,
      highlight: { start: mention.start - window.start, end: mention.end - window.start },
      truncatedStart: window.truncatedStart,
      truncatedEnd: window.truncatedEnd,
    };
  });
}
