import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { snippetContext, snippetWindow } from './internal/text/snippetWindow.js';
import type { Article } from './schema.js';
import type { SearchField, SearchMatch } from './types.js';

/**
 * A window of one field around one or more search matches, from {@link searchSnippets}.
 *
 * @category Search
 * @example
 * ```ts
 * import { articles, searchSnippets, type SearchSnippet } from 'ru-tj-news';
 *
 * const article = articles[1]!;
 * const start = article.en.title.indexOf('Putin');
 * const [snippet]: SearchSnippet[] = searchSnippets({ article, matches: [{ field: 'en.title', start, end: start + 5 }] });
 * snippet?.field;
 * // => 'en.title'
 * ```
 */
export interface SearchSnippet {
  /** The field the snippet is cut from. */
  readonly field: SearchField;
  /** The text around the matches, verbatim, cut at whole words. */
  readonly text: string;
  /** Where `text` starts in the field: `text` is the field's text from `start` to `end`. */
  readonly start: number;
  /** Where `text` ends in the field, exclusive. */
  readonly end: number;
  /**
   * The matches' offsets inside `text`, in order, for highlighting:
   * `text.slice(highlight.start, highlight.end)` is a matched span. Matches
   * that overlap are one highlight.
   */
  readonly highlights: readonly {
    /** Where the match starts in `text`. */
    readonly start: number;
    /** Where the match ends in `text`, exclusive. */
    readonly end: number;
  }[];
  /** Whether text was cut before `text`, so that a reader can show an ellipsis. */
  readonly truncatedStart: boolean;
  /** Whether text was cut after `text`. */
  readonly truncatedEnd: boolean;
}

/**
 * Options of {@link searchSnippets}.
 *
 * @category Search
 * @example
 * ```ts
 * import { type SearchSnippetsOptions } from 'ru-tj-news';
 *
 * const options: SearchSnippetsOptions = { context: 60, limit: 3 };
 * options.limit;
 * // => 3
 * ```
 */
export interface SearchSnippetsOptions {
  /** At most how many characters to keep on each side of a match. Defaults to 40. */
  readonly context?: number | undefined;
  /** At most how many snippets to return, the first ones in field order: a positive whole number or `Infinity`, the default. */
  readonly limit?: number | undefined;
}

/** The fields in the order a hit's matches come in, with how to read each. */
const FIELDS: Readonly<Record<SearchField, { readonly order: number; readonly read: (article: Article) => unknown }>> =
  {
    title: { order: 0, read: (article) => article.title },
    body: { order: 1, read: (article) => article.body },
    'en.title': { order: 2, read: (article) => (article.en as Article['en'] | undefined)?.title },
    'en.summary': { order: 3, read: (article) => (article.en as Article['en'] | undefined)?.summary },
  };

/** A run of nearby matches in one field, which becomes one snippet. */
interface Group {
  readonly field: SearchField;
  readonly text: string;
  readonly spans: { start: number; end: number }[];
  end: number;
}

function checkedMatch(article: Article, match: unknown): { field: SearchField; text: string } & SearchMatch {
  const given = match as Partial<Record<keyof SearchMatch, unknown>> | null;
  if (typeof given !== 'object' || given === null || !Object.hasOwn(FIELDS, given.field as string)) {
    throw new InvalidQueryError(
      `Invalid search match ${describeValue(match)}: expected { field, start, end } with field 'title', 'body', 'en.title' or 'en.summary'`,
      match,
    );
  }
  const field = given.field as SearchField;
  const text = FIELDS[field].read(article);
  const { start, end } = given;
  if (
    typeof text !== 'string' ||
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    !((start as number) >= 0 && (start as number) < (end as number) && (end as number) <= text.length)
  ) {
    throw new InvalidQueryError(
      `Invalid search match ${describeValue(field)} ${describeValue(start)}–${describeValue(end)} in article ${describeValue(article.id)}: expected whole numbers 0 <= start < end <= the length of its ${field}`,
      match,
    );
  }
  return { field, text, start: start as number, end: end as number };
}

/**
 * The text around a search hit's matches, with the matches' offsets inside it, for highlighting.
 *
 * The matches are taken in field order (title, body, `en.title`, `en.summary`),
 * then by start. Matches of one field whose gap is at most twice `context`
 * share one snippet with a highlight for each (overlapping matches become one
 * highlight). Each snippet keeps at most `context` characters before its first
 * match and after its last, within its field, and drops a word that the cut
 * would split, as {@link mentionSnippets} does. The text is verbatim. A hit
 * with no matches gives an empty array.
 *
 * @param hit - A search hit, or any `{ article, matches }` whose matches are spans of the article's fields.
 * @param options - `context` and `limit`.
 * @returns A new array of snippets.
 * @throws {InvalidQueryError} When `hit` is not an `{ article, matches }` object, a match is not a span inside its field, `context` is not a whole number from 0 to 10,000, or `limit` is not a positive whole number or `Infinity`.
 * @category Search
 * @example
 * ```ts
 * import { articles, searchSnippets } from 'ru-tj-news';
 *
 * // A hit by hand: two matches of one word in the English summary of the first article.
 * const article = articles[0]!;
 * const first = article.en.summary.indexOf('Tajikistan');
 * const second = article.en.summary.indexOf('Tajik', first + 1);
 * const hit = {
 *   article,
 *   matches: [
 *     { field: 'en.summary', start: first, end: first + 10 },
 *     { field: 'en.summary', start: second, end: second + 5 },
 *   ],
 * } as const;
 * const snippets = searchSnippets(hit, { context: 20 });
 * snippets.length;
 * // => 2
 * const [snippet] = snippets;
 * snippet!.text;
 * // => 'aggression against Tajikistan, and told Sputnik'
 * snippet!.highlights.map(({ start, end }) => snippet!.text.slice(start, end));
 * // => ['Tajikistan']
 * [snippet!.truncatedStart, snippet!.truncatedEnd];
 * // => [true, true]
 * // With more context, both matches share one snippet.
 * searchSnippets(hit, { context: 200 })[0]!.highlights.length;
 * // => 2
 * ```
 */
export function searchSnippets(
  hit: { readonly article: Article; readonly matches: readonly SearchMatch[] },
  options: SearchSnippetsOptions = {},
): SearchSnippet[] {
  // A JavaScript caller can pass anything.
  const given: unknown = hit;
  const article: unknown = (given as { article?: unknown } | null)?.article;
  if (
    typeof given !== 'object' ||
    given === null ||
    typeof article !== 'object' ||
    article === null ||
    Array.isArray(article)
  ) {
    throw new InvalidQueryError(`Expected a search hit { article, matches }, got ${describeValue(hit)}`, hit);
  }
  assertList(hit.matches, 'hit.matches', 'search matches');
  assertOptions(options, ['context', 'limit'], 'the searchSnippets options');
  const context = snippetContext(ownOption(options, 'context'));
  const limitOption = ownOption(options, 'limit');
  // Only undefined is the default: null is a bad limit like any other.
  const limit = limitOption === undefined ? Infinity : limitOption;
  if (typeof limit !== 'number' || (limit !== Infinity && !(Number.isInteger(limit) && limit > 0))) {
    throw new InvalidQueryError(
      `Invalid limit ${describeValue(limit)}: expected a positive whole number of snippets, or Infinity`,
      limit,
    );
  }
  const matches = hit.matches
    .map((match) => checkedMatch(hit.article, match))
    .sort(
      (left, right) =>
        FIELDS[left.field].order - FIELDS[right.field].order || left.start - right.start || left.end - right.end,
    );
  const groups: Group[] = [];
  for (const match of matches) {
    const group = groups.at(-1);
    if (group?.field === match.field && match.start - group.end <= 2 * context) {
      const last = group.spans.at(-1)!; // a group starts with one span
      if (match.start < last.end) {
        last.end = Math.max(last.end, match.end);
      } else {
        group.spans.push({ start: match.start, end: match.end });
      }
      group.end = Math.max(group.end, match.end);
    } else if (groups.length < limit) {
      groups.push({
        field: match.field,
        text: match.text,
        spans: [{ start: match.start, end: match.end }],
        end: match.end,
      });
    } else {
      break;
    }
  }
  return groups.map(({ field, text, spans, end }) => {
    const window = snippetWindow(text, spans[0]!.start, end, context); // a group starts with one span
    return {
      field,
      text: window.text,
      start: window.start,
      end: window.end,
      highlights: spans.map((span) => ({ start: span.start - window.start, end: span.end - window.start })),
      truncatedStart: window.truncatedStart,
      truncatedEnd: window.truncatedEnd,
    };
  });
}
