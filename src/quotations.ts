import { entities as shippedEntities } from './data/entities.js';
import { assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { layerSource } from './internal/layers/layerRecords.js';
import { quotationRowsOf } from './internal/layers/quotationEntries.js';
import { resolveEntity } from './internal/registry/refs.js';
import type { Article, Entity, Mention, Quotation } from './schema.js';
import type { EntityRef } from './types.js';

/**
 * One quotation of {@link quotations}: who said what, in which article, and where.
 *
 * @category Layers
 * @example
 * ```ts
 * import { articles, quotations, type QuotationEntry } from 'ru-tj-news';
 *
 * // The first article, with one of the statements it attributes to Rudenko.
 * const article = {
 *   ...articles[0]!,
 *   quotations: [
 *     {
 *       speaker: 'andrey-rudenko',
 *       kind: 'direct' as const,
 *       cue: { field: 'body' as const, start: 225, end: 237 },
 *       quote: { field: 'body' as const, start: 255, end: 392 },
 *     },
 *   ],
 * };
 * const [entry]: QuotationEntry[] = quotations([article]);
 * [entry?.speaker, entry?.text.slice(0, 11)];
 * // => ['andrey-rudenko', 'ستتخذ روسيا']
 * ```
 */
export interface QuotationEntry {
  /** The id of the article the quotation is in. */
  readonly article: string;
  /** The id of the entity the words are attributed to: a person, an organization or a document. */
  readonly speaker: string;
  /** `direct`, `indirect` or `partial`, as the record says (see {@link QuotationSchema}). */
  readonly kind: Quotation['kind'];
  /** The span of the reporting verb or phrase, where the record has one. */
  readonly cue?: Mention;
  /** The span of the quoted words, as in the record: UTF-16 offsets into `title` or `body`, end exclusive. */
  readonly quote: Mention;
  /** The quoted words: the text of `quote`, verbatim. */
  readonly text: string;
}

/**
 * Options of {@link quotations}.
 *
 * @category Layers
 * @example
 * ```ts
 * import { entities, type QuotationsOptions } from 'ru-tj-news';
 *
 * const options: QuotationsOptions = { speaker: 'Lavrov', entities };
 * options.speaker;
 * // => 'Lavrov'
 * ```
 */
export interface QuotationsOptions {
  /** Keeps only the quotations of this speaker: an entity id, name or alias, as {@link getEntity} takes it. */
  readonly speaker?: EntityRef | undefined;
  /** The registry that `speaker` is resolved against. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
}

/**
 * Lists who said what: every quotation of the articles, with its quoted words.
 *
 * The entries come in article order, and within an article in text order of
 * the quoted words (the title before the body). Each gives the article's id,
 * the speaker's entity id, the kind, the spans of the cue and the quote as the
 * record has them, and the quoted words sliced from the text, verbatim. With
 * `speaker`, only that entity's quotations are kept; the reference is resolved
 * as {@link filterByEntity} resolves one, so `'لافروف'`, `'Lavrov'` and
 * `'sergey-lavrov'` are the same speaker. An article without a `quotations`
 * layer (it is optional in the schema) has none. The input is not changed.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `speaker`, and the `entities` registry for your own data.
 * @returns A new array of entries.
 * @throws {UnknownEntityError} When `speaker` names no entity; its message suggests the closest names.
 * @throws {InvalidQueryError} When an argument has the wrong type, an option is unknown, or `speaker` is ambiguous.
 * @throws {InvalidRecordError} When an article's `quotations` is malformed, or a span lies outside its field.
 * @category Layers
 * @example
 * ```ts
 * import { getArticle, quotations } from 'ru-tj-news';
 *
 * // The 2022-09-14 article, with two of the statements it attributes to Lavrov, given out of text order.
 * const article = {
 *   ...getArticle('2022-09-14-lavrov-model-partnership-alliance')!,
 *   quotations: [
 *     {
 *       speaker: 'sergey-lavrov',
 *       kind: 'direct' as const,
 *       cue: { field: 'body' as const, start: 1690, end: 1709 },
 *       quote: { field: 'body' as const, start: 1712, end: 2008 },
 *     },
 *     {
 *       speaker: 'sergey-lavrov',
 *       kind: 'indirect' as const,
 *       cue: { field: 'body' as const, start: 0, end: 3 },
 *       quote: { field: 'body' as const, start: 42, end: 120 },
 *     },
 *   ],
 * };
 * quotations([article]).map((entry) => [entry.kind, entry.quote.start, entry.text.split(' ').slice(0, 4).join(' ')]);
 * // => [['indirect', 42, 'العلاقات بين روسيا وطاجيكستان'], ['direct', 1712, 'على الرغم من الصعوبات']]
 * quotations([article], { speaker: 'Lavrov' }).length;
 * // => 2
 * quotations([article], { speaker: 'Putin' }).length;
 * // => 0
 * ```
 * @example
 * ```ts
 * import { articles, quotations } from 'ru-tj-news';
 *
 * // An unknown speaker is an error that suggests the closest names.
 * try {
 *   quotations(articles, { speaker: 'Lavrow' });
 * } catch (error) {
 *   (error as Error).message;
 *   // => 'Unknown entity "Lavrow": expected an entity id, name or alias such as "emomali-rahmon" or "رحمون". Did you mean "Lavrov"?'
 * }
 * ```
 */
export function quotations(list: readonly Article[], options: QuotationsOptions = {}): QuotationEntry[] {
  assertList(list);
  assertOptions(options, ['speaker', 'entities'], 'the quotations options');
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  const ref = ownOption(options, 'speaker');
  const speaker = ref === undefined ? undefined : resolveEntity(ref, registry).id;
  const entries: QuotationEntry[] = [];
  list.forEach((article, index) => {
    for (const { entry } of quotationRowsOf(layerSource(article, index))) {
      if (speaker === undefined || entry.speaker === speaker) {
        entries.push(entry);
      }
    }
  });
  return entries;
}
