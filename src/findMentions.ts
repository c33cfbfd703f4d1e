import type { MentionFinder } from './createMentionFinder.js';
import { InvalidQueryError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { matcherOf } from './internal/text/mentionFinders.js';
import { findCompiled } from './internal/text/mentions.js';
import { assertMissingSpaces } from './internal/text/missingSpaces.js';

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
  /**
   * The entity's type, as an {@link Entity}'s. A `document` or an `event` is a
   * container: inside its mention, the names of entities that are neither are
   * mentions too. Without a type, an entity is not a container.
   */
  readonly type?: string | undefined;
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
   * words with one `|` where the space is missing and no whitespace, such as
   * `'الوزير|لافروف'` (the form `createCorpus`'s option of the same name takes).
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

function readMissingSpaces(options: FindMentionsOptions | undefined): readonly string[] {
  if (options === undefined) {
    return [];
  }
  assertOptions(options, OPTION_KEYS, 'findMentions options');
  const { missingSpaces } = options;
  if (missingSpaces === undefined) {
    return [];
  }
  assertMissingSpaces(missingSpaces, 'options.missingSpaces');
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
 *   and a name with tanween is not a mention: tanween on its last letter
 *   (`روسياً`, "Russian"), or on the letter before a final ا or ى (`روسيًا`,
 *   `روسيًّا`), with or without a shadda, in either order; punctuation, the
 *   Arabic comma `،` included, ends a word;
 * - a span never starts or ends inside one character of the text that
 *   normalizes to several letters, such as the ligature `ﻻ` (لا);
 * - where names overlap, the longest leftmost wins; a name that two entities
 *   share goes to the smaller id (by `localeCompare`);
 * - except that mentions nest inside the mention of a `document` or an `event`
 *   (by the target's `type`): inside such a span, the names of entities of any
 *   other type are mentions too, found by the same rules among themselves and
 *   lying wholly inside it; the container comes first in the result, then the
 *   mentions inside it;
 * - a diacritic written on a name's last letter belongs to the span;
 * - quotation marks (`"` `'` `«` `»` `‹` `›`, U+2018–U+201F, fullwidth `＂` `＇`)
 *   inside a name are skipped, in the text and in the aliases alike, and belong
 *   to the span; when they leave a quotation open, the span also takes the mark
 *   right after the name (`منظمة "شنغهاي للتعاون"`). A mark before the name's
 *   first letter stays outside.
 *
 * The registry's names are compiled into a matcher, which then reads the text
 * once, however many names there are. The compiled matcher is reused for the
 * same array while it cannot have changed: when its entities are frozen, as
 * the shipped `entities`, `EntitySchema` output and a corpus's registries are,
 * and the array still holds them. Any other registry is compiled again on every
 * call, so an edited registry is never answered from a stale copy; to search
 * many texts with such a registry, compile it once with
 * {@link createMentionFinder} and pass the finder instead.
 *
 * @param text - The text to search, such as an article's title or body.
 * @param entities - The registry: the shipped `entities`, your own `Entity[]`, any `{ id, name?, aliases }` objects, or a {@link MentionFinder} made from one.
 * @param options - Places where the text runs two words together; see {@link FindMentionsOptions}.
 * @returns A new array of the mentions, sorted by `start`; offsets are UTF-16 offsets into `text`.
 * @throws {InvalidQueryError} When `text` is not a string, the registry has a hole or an entity lacks an id or string aliases or has a `type` that is not a string, or an option is unknown or malformed (a missing space is two words with one `|` and no whitespace).
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
 * findMentions('تعاون روسيًّا', registry);
 * // => []
 * findMentions('وفد من روسيا، اليوم', registry);
 * // => [{ id: 'russia', start: 7, end: 12 }]
 * ```
 * @example
 * ```ts
 * import { findMentions } from 'ru-tj-news';
 *
 * // Inside an event's or a document's name, the other names are mentions too.
 * const text = 'قمة روسيا - آسيا الوسطى في دوشنبه';
 * const registry = [
 *   { id: 'summit', type: 'event', aliases: ['قمة روسيا - آسيا الوسطى'] },
 *   { id: 'russia', type: 'location', aliases: ['روسيا'] },
 *   { id: 'central-asia', aliases: ['آسيا الوسطى'] },
 * ];
 * findMentions(text, registry).map(({ id, start, end }) => [id, text.slice(start, end)]);
 * // => [['summit', 'قمة روسيا - آسيا الوسطى'], ['russia', 'روسيا'], ['central-asia', 'آسيا الوسطى']]
 * ```
 * @example
 * ```ts
 * import { findMentions } from 'ru-tj-news';
 *
 * // A name split by quotation marks is spanned whole, the mark that closes the quotation included.
 * const text = 'في منظمة "شنغهاي للتعاون" و"رابطة الدول المستقلة"';
 * const registry = [
 *   { id: 'sco', aliases: ['منظمة شنغهاي للتعاون'] },
 *   { id: 'cis', aliases: ['رابطة الدول المستقلة'] },
 * ];
 * findMentions(text, registry).map(({ start, end }) => text.slice(start, end));
 * // => ['منظمة "شنغهاي للتعاون"', 'رابطة الدول المستقلة']
 * ```
 */
export function findMentions(
  text: string,
  entities: readonly MentionTarget[] | MentionFinder,
  options?: FindMentionsOptions,
): FoundMention[] {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  const missingSpaces = readMissingSpaces(options);
  return findCompiled(text, matcherOf(entities), missingSpaces);
}
