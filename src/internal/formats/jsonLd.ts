/**
 * An article as a schema.org `NewsArticle` node, with the organizations,
 * things (places with their coordinates) and topics it names, and the
 * quotations it attributes: the JSON-LD that `toJsonLd` returns for one
 * article and that `jsonLdGraph` writes for many. The registries come in as
 * look-ups, so that a graph of many articles builds them once.
 */
import type { Article, Entity, EntityType, Quotation, SourceParty, Topic } from '../../schema.js';
import { layerSource } from '../layers/layerRecords.js';
import { quotationRowsOf } from '../layers/quotationEntries.js';
import type { ById, RecordSource } from '../registry/lookups.js';

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
  // schema.org has no type for a treaty or a statement; a document is a creative work.
  document: 'CreativeWork',
};

const english = (value: string) => ({ '@value': value, '@language': 'en' });

function thing(entity: Entity) {
  return {
    '@type': SCHEMA_TYPES[entity.type],
    identifier: entity.id,
    name: english(entity.name.en),
    alternateName: entity.name.ar,
    ...(entity.wikidata === undefined ? {} : { sameAs: `${WIKIDATA_ENTITY}${entity.wikidata}` }),
    ...(entity.geo === undefined
      ? {}
      : { geo: { '@type': 'GeoCoordinates', latitude: entity.geo.lat, longitude: entity.geo.lon } }),
    // A country is a Place whose address is the country itself: schema.org's addressCountry takes the ISO code.
    ...(entity.countryCode === undefined
      ? {}
      : { address: { '@type': 'PostalAddress', addressCountry: entity.countryCode } }),
  };
}

function organization(party: SourceParty, entity: ById<Entity>, source: RecordSource) {
  const known = party.entity === undefined ? undefined : entity(party.entity, source);
  return {
    '@type': 'Organization',
    name: english(party.en),
    alternateName: party.name,
    ...(known?.wikidata === undefined ? {} : { sameAs: `${WIKIDATA_ENTITY}${known.wikidata}` }),
    // schema.org has no term for "inferred", so the inference is said in words.
    ...(party.inference === undefined
      ? {}
      : { description: english(`Inferred, not stated by the text: ${party.inference}`) }),
  };
}

/**
 * The property of a `Quotation` that names its speaker, by the speaker's type: a person is the one
 * who speaks the words (`spokenByCharacter`); a document, the creative work the words are taken
 * from (`isBasedOn`, which schema.org gives a Quotation for its source, since a document is neither
 * a Person nor an Organization); an organization, or an entity of another type, the one the words
 * are credited to (`creator`). Keyed by string, so that a type the registry gains later falls to `creator`.
 */
const SPEAKER_PROPERTIES: Readonly<Partial<Record<string, string>>> = {
  person: 'spokenByCharacter',
  document: 'isBasedOn',
};

/** What each kind of quotation is, said in words: schema.org has no term for it. */
const QUOTATION_KINDS: Readonly<Record<Quotation['kind'], string>> = {
  direct: "Direct quotation: the speaker's words, between quotation marks or after a colon.",
  indirect:
    "Indirect quotation: a reported clause (after أن, بأن or إن) or a sentence attributed with بحسب or وفقاً لما, in the reporter's words.",
  partial: "Partial quotation: a fragment in quotation marks inside the reporter's own sentence.",
};

/** The article's quotations as schema.org `Quotation` nodes, in text order, each with its speaker. */
function quotationNodes(article: Article, index: number, entity: ById<Entity>, source: RecordSource) {
  return quotationRowsOf(layerSource(article, index)).map(({ entry }) => {
    const speaker = entity(entry.speaker, source);
    return {
      '@type': 'Quotation',
      text: entry.text,
      inLanguage: article.lang,
      [SPEAKER_PROPERTIES[speaker.type] ?? 'creator']: thing(speaker),
      description: english(QUOTATION_KINDS[entry.kind]),
    };
  });
}

/**
 * The article's `NewsArticle` node, without `@context`; its properties are
 * documented on `toJsonLd`. `entity` and `topic` look the article's ids up,
 * and throw the unknown-reference errors for an id their registry lacks, naming
 * the article (`index` is its place in the list, for an article without a string id).
 */
export function articleNode(article: Article, entity: ById<Entity>, topic: ById<Topic>, index = 0) {
  const source: RecordSource = { article, index };
  const quotations = quotationNodes(article, index, entity, source);
  const chain = article.source.chain;
  const publisher = chain.at(-1);
  const agencies = chain.slice(0, -1);
  return {
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.title,
    alternativeHeadline: english(article.en.title),
    abstract: english(article.en.summary),
    articleBody: article.body,
    inLanguage: article.lang,
    datePublished: article.publishedAt,
    ...(article.modifiedAt === undefined ? {} : { dateModified: article.modifiedAt }),
    ...(article.url === undefined ? {} : { url: article.url }),
    // A name only, as the text gives it: no identifier, link or language is known for an author.
    ...(article.authors === undefined ? {} : { author: article.authors.map((name) => ({ '@type': 'Person', name })) }),
    ...(publisher === undefined ? {} : { publisher: organization(publisher, entity, source) }),
    ...(agencies.length === 0
      ? {}
      : { sourceOrganization: agencies.map((party) => organization(party, entity, source)) }),
    ...(article.raw === undefined
      ? {}
      : {
          isBasedOn: {
            '@type': 'MediaObject',
            name: article.raw.file,
            encodingFormat: 'text/plain; charset=utf-8',
            sha256: article.raw.sha256,
          },
        }),
    about: article.topics.map((id) => {
      const { iptc, label } = topic(id, source);
      return {
        '@type': 'DefinedTerm',
        ...(iptc === undefined ? { identifier: id } : { termCode: iptc }),
        name: english(label.en),
        ...(iptc === undefined
          ? {}
          : { sameAs: `${IPTC_MEDIA_TOPIC}${iptc.slice('medtop:'.length)}`, inDefinedTermSet: IPTC_MEDIA_TOPIC }),
      };
    }),
    mentions: article.entities.map(({ id }) => thing(entity(id, source))),
    // The quotations are parts of the article's text; an article without any has no hasPart.
    ...(quotations.length === 0 ? {} : { hasPart: quotations }),
  };
}
