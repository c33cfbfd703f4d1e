import { InvalidQueryError } from './errors.js';
import { assertList, assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { type AliasEntry, findAliases } from './internal/text/mentions.js';

/**
 * An entity to look for: its id and the names it goes by. An {@link Entity}
 * of the registry fits, and so does any object with these fields.
 *
 * @category Builder
 * @example
 * ```ts
 * import type { MentionTarget } from 'ru-tj-news';
 *
 * const moscow: MentionTarget = { id: 'moscow', name: { ar: 'موسكو', en: 'Moscow' }, aliases: ['موسكو'] };
 * moscow.aliases.length;
 * // => 1
 * ```
 */
export interface MentionTarget {
  /** The id each mention reports. */
  readonly id: string;
  /** The entity's names; each one present is looked for, like an alias. */
  readonly name?:
    | {
        /** The name in Arabic script. */
        readonly ar?: string | undefined;
        /** The name in English. */
        readonly en?: string | undefined;
        /** The name in Russian. */
        readonly ru?: string | undefined;
      }
    | undefined;
  /** Every spelling to look for. */
  readonly aliases: readonly string[];
}

/**
 * Options of {@link findMentions}.
 *
 * @category Builder
 * @example
 * ```ts
 * import type { FindMentionsOptions } from 'ru-tj-news';
 *
 * const options: FindMentionsOptions = { missingSpaces: ['الوزير|لافروف'] };
 * options.missingSpaces?.length;
 * // => 1
 * ```
 */
export interface FindMentionsOptions {
  /**
   * Places where the text runs two words together, each written as the two
   * words with a `|` where the space is missing, such as `'الوزير|لافروف'`.
   * A name is found after such a place only when it is listed: the text stays
   * verbatim, and a person decides what the source meant.
   */
  readonly missingSpaces?: readonly string[] | undefined;
}

/**
 * A mention that {@link findMentions} found: the entity's id and UTF-16 offsets, end exclusive.
 *
 * @category Builder
 * @example
 * ```ts
 * import { findMentions, type FoundMention } from 'ru-tj-news';
 *
 * const [first]: readonly FoundMention[] = findMentions('زار بوتين دوشنبه', [
 *   { id: 'vladimir-putin', aliases: ['بوتين'] },
 * ]);
 * first;
 * // => { id: 'vladimir-putin', start: 4, end: 9 }
 * ```
 */
export interface FoundMention {
  /** Id of the entity named. */
  readonly id: string;
  /** Offset of the mention's first UTF-16 unit. */
  readonly start: number;
  /** Offset just past its last UTF-16 unit, as `String.prototype.slice` takes it. */
  readonly end: number;
}

const OPTION_KEYS = ['missingSpaces'] as const;

/** The names to look for, checked: a registry from plain JavaScript can hold anything. */
function aliasEntries(entities: readonly MentionTarget[]): AliasEntry[] {
  assertList(entities, 'entities', 'entities with an id and aliases');
  const entries: AliasEntry[] = [];
  entities.forEach((entity: unknown, index) => {
    if (typeof entity !== 'object' || entity === null) {
      throw new InvalidQueryError(
        `Expected entities[${index}] to be an entity with an id and aliases, got ${describeValue(entity)}`,
        entity,
      );
    }
    const { id, name, aliases } = entity as Partial<Record<keyof MentionTarget, unknown>>;
    if (typeof id !== 'string' || id.length === 0) {
      throw new InvalidQueryError(
        `Expected entities[${index}].id to be a non-empty string, got ${describeValue(id)}`,
        id,
      );
    }
    if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string')) {
      throw new InvalidQueryError(
        `Expected entities[${index}].aliases (of "${id}") to be an array of strings, got ${describeValue(aliases)}`,
        aliases,
      );
    }
    const names: unknown[] = [];
    if (name !== undefined) {
      if (typeof name !== 'object' || name === null) {
        throw new InvalidQueryError(
          `Expected entities[${index}].name (of "${id}") to be an object of names by language, got ${describeValue(name)}`,
          name,
        );
      }
      const { ar, en, ru } = name as Record<string, unknown>;
      names.push(...[ar, en, ru].filter((value) => value !== undefined));
    }
    for (const alias of [...names, ...(aliases as unknown[])]) {
      if (typeof alias !== 'string') {
        throw new InvalidQueryError(
          `Expected the names of entities[${index}] ("${id}") to be strings, got ${describeValue(alias)}`,
          alias,
        );
      }
      entries.push({ entity: id, alias });
    }
  });
  return entries;
}

function readMissingSpaces(options: FindMentionsOptions | undefined): readonly string[] {
  if (options === undefined) {
    return [];
  }
  assertOptions(options, OPTION_KEYS, 'findMentions options');
  const { missingSpaces } = options;
  if (missingSpaces === undefined) {
    return [];
  }
  assertList(missingSpaces, 'missingSpaces', "strings such as 'الوزير|لافروف'");
  for (const entry of missingSpaces as readonly unknown[]) {
    if (typeof entry !== 'string' || !/^[^|]+\|[^|]+$/u.test(entry)) {
      throw new InvalidQueryError(
        `Expected each missing space to be two words joined by one "|", such as 'الوزير|لافروف'; got ${describeValue(entry)}`,
        entry,
      );
    }
  }
  return missingSpaces;
}

/**
 * Finds every mention of a registry's entities in a text, by their names and aliases.
 *
 * The rules are the data model's ("Mentions"), the same that derived every
 * span of the shipped articles:
 * - text and names are compared after {@link normalizeArabic};
 * - a name may carry the clitic prefixes و or ف, then ب, ل or ك, then the
 *   article ال (`وبوتين`, `لطاجيكستان`); the span never includes them;
 * - after ل the article is written لل (`للأمم المتحدة`): a name that starts
 *   with ال is then found without it, and the span starts after لل;
 * - a name ends where the word ends (`روسيا` never matches inside `الروسية`),
 *   and a name followed by tanween (`روسياً`, "Russian") is not a mention;
 *   punctuation, the Arabic comma `،` included, ends a word;
 * - where names overlap, the longest leftmost wins;
 * - a diacritic written on a name's last letter belongs to the span.
 *
 * @param text - The text to search, such as an article's title or body.
 * @param entities - The registry: the shipped `entities`, your own `Entity[]`, or any `{ id, name?, aliases }` objects.
 * @param options - Places where the text runs two words together; see {@link FindMentionsOptions}.
 * @returns A new array of the mentions, sorted by `start`; offsets are UTF-16 offsets into `text`.
 * @throws {InvalidQueryError} When `text` is not a string, an entity lacks an id or string aliases, or an option is unknown or malformed.
 * @category Builder
 * @example
 * ```ts
 * import { entities, findMentions } from 'ru-tj-news';
 *
 * const text = 'استقبل الرئيس رحمون في دوشنبه، الرئيس الروسي فلاديمير بوتين وللأمم المتحدة ممثل.';
 * findMentions(text, entities).map(({ id, start, end }) => [id, text.slice(start, end)]);
 * // => [['emomali-rahmon', 'رحمون'], ['dushanbe', 'دوشنبه'], ['vladimir-putin', 'فلاديمير بوتين'], ['united-nations', 'أمم المتحدة']]
 * ```
 * @example
 * ```ts
 * import { findMentions } from 'ru-tj-news';
 *
 * const registry = [{ id: 'russia', aliases: ['روسيا'] }];
 * // An adjective with tanween is not the country; a name inside a longer word is not a name.
 * findMentions('تعاون روسياً والروسية', registry);
 * // => []
 * findMentions('وفد من روسيا، اليوم', registry);
 * // => [{ id: 'russia', start: 7, end: 12 }]
 * ```
 */
export function findMentions(
  text: string,
  entities: readonly MentionTarget[],
  options?: FindMentionsOptions,
): FoundMention[] {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  const missingSpaces = readMissingSpaces(options);
  return findAliases(text, aliasEntries(entities), missingSpaces);
}
