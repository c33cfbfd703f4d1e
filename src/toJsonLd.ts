import { entities as shippedEntities } from './data/entities.js';
import { topics as shippedTopics } from './data/topics.js';
import { InvalidQueryError } from './errors.js';
import { assertOptions } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { entitiesById, topicsById } from './internal/registry/lookups.js';
import type { Article, Entity, EntityType, SourceParty, Topic } from './schema.js';

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
 * // => 48
 * ```
 */
export interface ToJsonLdOptions {
  /** The registry that the article's entity ids are looked up in. Defaults to the shipped `entities`. */
  readonly entities?: readonly Entity[] | undefined;
  /** The vocabulary that the article's topic ids are looked up in. Defaults to the shipped `topics`. */
  readonly topics?: readonly Topic[] | undefined;
}

/** IPTC's URI for a Media Topic code such as `medtop:20000639`. */
const IPTC_MEDIA_TOPIC = 'http://cv.iptc.org/newscodes/mediatopic/';
/** Wikidata's URI for an item such as `Q57366`. */
const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

const SCHEMA_TYPES: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  organization: 'Organization',
  location: 'Place',
  facility: 'Place',
  event: 'Event',
};

const english = (value: string) => ({ '@value': value, '@language': 'en' });

function thing(entity: Entity): JsonLd {
  return {
    '@type': SCHEMA_TYPES[entity.type],
    identifier: entity.id,
    name: english(entity.name.en),
    alternateName: entity.name.ar,
    ...(entity.wikidata === undefined ? {} : { sameAs: `${WIKIDATA_ENTITY}${entity.wikidata}` }),
  };
}

function organization(party: SourceParty, lookUp: (id: string) => Entity): JsonLd {
  const entity = party.entity === undefined ? undefined : lookUp(party.entity);
  return {
    '@type': 'Organization',
    name: english(party.en),
    alternateName: party.name,
    ...(entity?.wikidata === undefined ? {} : { sameAs: `${WIKIDATA_ENTITY}${entity.wikidata}` }),
    // schema.org has no term for "inferred", so the inference is said in words.
    ...(party.inference === undefined
      ? {}
      : { description: english(`Inferred, not stated by the text: ${party.inference}`) }),
  };
}

/**
 * Describes an article as a schema.org `NewsArticle` in JSON-LD, for search engines, knowledge graphs and linked-data tools.
 *
 * - `headline`, `articleBody`, `inLanguage`: the verbatim Arabic text;
 *   `alternativeHeadline` and `abstract`: the editorial English, tagged `en`.
 * - `datePublished`, and `dateModified` where the text states one.
 * - `publisher`: the outlet; `sourceOrganization`: the agencies the text
 *   came from. An inferred party says so in its `description`.
 * - `isBasedOn`: the verbatim source file, with its SHA-256.
 * - `about`: the topics, as `DefinedTerm`s with their IPTC Media Topic URIs.
 * - `mentions`: the entities, as `Person`, `Organization`, `Place` or
 *   `Event`, with `sameAs` their Wikidata URI where the ID is verified.
 *
 * The article has no URL of its own in the data, so the node has no `@id`
 * or `url`; `identifier` is the article id.
 *
 * @param article - One article, shipped or your own.
 * @param options - The `entities` registry and `topics` vocabulary, for your own data.
 * @returns A new JSON-LD object with `@context` `https://schema.org`.
 * @throws {UnknownEntityError} When the article names an entity id that the registry does not have.
 * @throws {UnknownTopicError} When the article lists a topic id that the vocabulary does not have.
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
 * ```
 */
export function toJsonLd(article: Article, options: ToJsonLdOptions = {}): JsonLdDocument {
  if (typeof article !== 'object' || article === null || typeof article.id !== 'string') {
    throw new InvalidQueryError(`Expected an article, got ${describeValue(article)}`, article);
  }
  assertOptions(options, ['entities', 'topics'], 'the toJsonLd options');
  const entity = entitiesById(options.entities ?? shippedEntities);
  const topic = topicsById(options.topics ?? shippedTopics);
  const chain = article.source.chain;
  const publisher = chain.at(-1);
  const agencies = chain.slice(0, -1);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.title,
    alternativeHeadline: english(article.en.title),
    abstract: english(article.en.summary),
    articleBody: article.body,
    inLanguage: article.lang,
    datePublished: article.publishedAt,
    ...(article.modifiedAt === undefined ? {} : { dateModified: article.modifiedAt }),
    ...(publisher === undefined ? {} : { publisher: organization(publisher, entity) }),
    ...(agencies.length === 0 ? {} : { sourceOrganization: agencies.map((party) => organization(party, entity)) }),
    isBasedOn: {
      '@type': 'MediaObject',
      name: article.raw.file,
      encodingFormat: 'text/plain; charset=utf-8',
      sha256: article.raw.sha256,
    },
    about: article.topics.map((id) => {
      const { iptc, label } = topic(id);
      return {
        '@type': 'DefinedTerm',
        ...(iptc === undefined ? { identifier: id } : { termCode: iptc }),
        name: english(label.en),
        ...(iptc === undefined
          ? {}
          : { sameAs: `${IPTC_MEDIA_TOPIC}${iptc.slice('medtop:'.length)}`, inDefinedTermSet: IPTC_MEDIA_TOPIC }),
      };
    }),
    mentions: article.entities.map(({ id }) => thing(entity(id))),
  };
}
