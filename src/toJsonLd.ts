import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { InvalidQueryError } from './errors.js';
import { assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { articleNode } from './internal/formats/jsonLd.js';
import { entitiesById, topicsById } from './internal/registry/lookups.js';
import type { Article, Entity, Topic } from './schema.js';

/**
 * A JSON-LD node: a plain JSON object with `@`-keys, ready for `JSON.stringify`.
 *
 * @category Format
 * @example
 * ```ts
 * import { articles, toJsonLd, type JsonLd } from 'ru-tj-news';
 *
 * const node: JsonLd = toJsonLd(articles[0]!);
 * node['@type'];
 * // => 'NewsArticle'
 * ```
 */
export interface JsonLd {
  /** The node's schema.org type, such as `'NewsArticle'`. */
  readonly '@type': string;
  /** Any other property: strings, numbers, nodes and arrays of them. */
  readonly [property: string]: unknown;
}

/**
 * A JSON-LD document: a {@link JsonLd} node that names its vocabulary.
 *
 * @category Format
 * @example
 * ```ts
 * import { articles, toJsonLd, type JsonLdDocument } from 'ru-tj-news';
 *
 * const document: JsonLdDocument = toJsonLd(articles[0]!);
 * document['@context'];
 * // => 'https://schema.org'
 * ```
 */
export interface JsonLdDocument extends JsonLd {
  /** The vocabulary the terms come from: always schema.org. */
  readonly '@context': 'https://schema.org';
}

/**
 * Options of {@link toJsonLd}.
 *
 * @category Format
 * @example
 * ```ts
 * import { entities, topics, type ToJsonLdOptions } from 'ru-tj-news';
 *
 * const options: ToJsonLdOptions = { entities, topics };
 * options.entities?.length;
 * // => 60
 * ```
 */
export interface ToJsonLdOptions {
  /** The registry that the article's entity ids are looked up in. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
  /** The vocabulary that the article's topic ids are looked up in. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
}

/**
 * Describes an article as a schema.org `NewsArticle` in JSON-LD, for search engines, knowledge graphs and linked-data tools.
 *
 * - `headline`, `articleBody`, `inLanguage`: the verbatim Arabic text;
 *   `alternativeHeadline` and `abstract`: the editorial English, tagged `en`.
 * - `datePublished`, and `dateModified` where the text states one.
 * - `url`: the article's address on the web, where the record has one.
 * - `author`: where the record names authors, each as a `Person` with only
 *   its `name`, as the text gives it; no identifier or link is added.
 * - `publisher`: the outlet; `sourceOrganization`: the agencies the text
 *   came from. An inferred party says so in its `description`.
 * - `isBasedOn`: the verbatim source file, with its SHA-256.
 * - `about`: the topics, as `DefinedTerm`s with their IPTC Media Topic URIs.
 * - `mentions`: the entities, as `Person`, `Organization`, `Place` or
 *   `Event`, with `sameAs` their Wikidata URI where the ID is verified. A
 *   place with a point has `geo`, a `GeoCoordinates` with its `latitude` and
 *   `longitude` (WGS 84 decimal degrees); a country has `address`, a
 *   `PostalAddress` whose `addressCountry` is its ISO 3166-1 alpha-2 code.
 *   Where a point comes from is the entity's `geo.source` in the registry.
 * - `hasPart`: where the record has quotations, each as a `Quotation`, in
 *   text order: `text` (the quoted words, verbatim) and `inLanguage`; its
 *   speaker, described as in `mentions`, as `spokenByCharacter` for a person,
 *   `isBasedOn` for a document (the work the words come from) and `creator`
 *   for an organization; and its kind (direct, indirect, partial) in words,
 *   as `description`, since schema.org has no term for it.
 *
 * The node has no `@id`; `identifier` is the article id. No shipped article
 * has a `url` or `authors`, since their texts give none.
 *
 * @param article - One article, shipped or your own.
 * @param options - The `entities` registry and `topics` vocabulary, for your own data.
 * @returns A new JSON-LD object with `@context` `https://schema.org`.
 * @throws {UnknownEntityError} When the article names an entity id (or a speaker) that the registry does not have: the message names the article, and asks for the registry it was built with.
 * @throws {InvalidRecordError} When the article's `quotations` is malformed, or a quote's span lies outside its field.
 * @throws {UnknownTopicError} When the article lists a topic id that the vocabulary does not have, likewise.
 * @throws {InvalidQueryError} When an argument has the wrong type.
 * @category Format
 * @example
 * ```ts
 * import { getArticle, toJsonLd } from 'ru-tj-news';
 *
 * const node = toJsonLd(getArticle('2022-06-29-rahmon-putin-discuss-cooperation')!);
 * [node['@context'], node['@type'], node.datePublished, node.inLanguage];
 * // => ['https://schema.org', 'NewsArticle', '2022-06-29', 'ar']
 * (node.about as { termCode: string; sameAs: string }[])[0];
 * // => { '@type': 'DefinedTerm', termCode: 'medtop:20000639', name: { '@value': 'Diplomacy', '@language': 'en' }, sameAs: 'http://cv.iptc.org/newscodes/mediatopic/20000639', inDefinedTermSet: 'http://cv.iptc.org/newscodes/mediatopic/' }
 * (node.mentions as { identifier: string; sameAs?: string }[]).find((thing) => thing.identifier === 'emomali-rahmon')?.sameAs;
 * // => 'http://www.wikidata.org/entity/Q57366'
 * const places = node.mentions as { '@type': string; identifier: string; geo?: object; address?: object }[];
 * places.find((thing) => thing.identifier === 'dushanbe');
 * // => { '@type': 'Place', identifier: 'dushanbe', name: { '@value': 'Dushanbe', '@language': 'en' }, alternateName: 'دوشنبه', sameAs: 'http://www.wikidata.org/entity/Q9365', geo: { '@type': 'GeoCoordinates', latitude: 38.53575, longitude: 68.77905 } }
 * places.find((thing) => thing.identifier === 'tajikistan')?.address;
 * // => { '@type': 'PostalAddress', addressCountry: 'TJ' }
 * ```
 * @example
 * ```ts
 * import { articles, toJsonLd } from 'ru-tj-news';
 *
 * // The first article, with one of the statements it attributes to Rudenko: a Quotation he speaks.
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
 * const [quotation] = toJsonLd(article).hasPart as { '@type': string; text: string; spokenByCharacter: { '@type': string; identifier: string } }[];
 * [quotation?.['@type'], quotation?.spokenByCharacter['@type'], quotation?.spokenByCharacter.identifier];
 * // => ['Quotation', 'Person', 'andrey-rudenko']
 * quotation?.text.startsWith('ستتخذ روسيا جميع الإجراءات');
 * // => true
 * ```
 */
export function toJsonLd(article: Article, options: ToJsonLdOptions = {}): JsonLdDocument {
  // Plain JavaScript callers can pass anything: the type does not guarantee an article.
  const value: unknown = article;
  if (typeof value !== 'object' || value === null || !('id' in value) || typeof value.id !== 'string') {
    throw new InvalidQueryError(`Expected an article, got ${describeValue(article)}`, article);
  }
  assertOptions(options, ['entities', 'topics'], 'the toJsonLd options');
  return {
    '@context': 'https://schema.org',
    ...articleNode(
      article,
      entitiesById(optionOr(options, 'entities', shippedEntities), ownOption(options, 'entities') !== undefined),
      topicsById(optionOr(options, 'topics', shippedTopics), ownOption(options, 'topics') !== undefined),
    ),
  };
}
