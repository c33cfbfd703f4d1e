/** fast-check arbitraries: random valid articles over the shipped registries, and random queries. */
import fc from 'fast-check';

import { type Article, entities, type Entity, type Period, type Query, type Topic, topics } from '../../src/index.js';

// Words with the spellings the normalizer folds: hamza forms, ta marbuta, alef maqsura, clitics, diacritics, digits.
export const WORDS = [
  'أفغانستان',
  'افغانستان',
  'لأفغانستان',
  'طاجيكستان',
  'لطاجيكستان',
  'وطاجيكستان',
  'روسيا',
  'بروسيا',
  'الروسية',
  'بوتين',
  'وبوتين',
  'رحمون',
  'رحمن',
  'القاعدة',
  'القاعده',
  'العسكرية',
  'للعسكرية',
  'مستشفى',
  'مستشفي',
  'التعاون',
  'والتعاون',
  'الأمن',
  'الامن',
  'سَلام',
  'السـلام',
  '201',
  '٢٠١',
  '2025',
  'CSTO',
  'csto',
  'في',
  'على',
  'من',
] as const;

const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

// Days from 2020-12-30 to 2021-01-03 and instants around them: narrow, so that ranges and ties are common.
const DAY0 = Date.UTC(2020, 11, 30);
const publishedAt = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((day) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10)),
  fc
    .integer({ min: 0, max: 4 * 24 * 60 })
    .map((minute) => new Date(DAY0 + minute * 60_000).toISOString().replace('.000Z', 'Z')),
);

const entityIds = entities.slice(0, 8).map((entity) => entity.id);
const arabicNames = new Map(entities.map((entity) => [entity.id, entity.name.ar]));

/** The body with each entity's Arabic name added as a paragraph, and a mention spanning it. */
function mentioning(body: string, ids: readonly string[]): Pick<Article, 'body' | 'entities'> {
  let text = body;
  const mentioned = ids.map((id) => {
    const name = arabicNames.get(id) ?? id;
    text += '\n\n';
    const mention = { field: 'body' as const, start: text.length, end: text.length + name.length };
    text += name;
    return { id, mentions: [mention] };
  });
  return { body: text, entities: mentioned };
}
const topicIds = topics.slice(0, 6).map((topic) => topic.id);

/** What every article of a corpus shares, to make ties and full overlaps common. */
interface Shared {
  readonly publishedAt?: string;
  readonly entities?: readonly string[];
}

/** A random article that passes ArticleSchema, with `shared` fields fixed. */
export const articleArbitrary = (id: string, shared: Shared = {}): fc.Arbitrary<Article> =>
  fc
    .record({
      title: text,
      body: text,
      publishedAt: shared.publishedAt === undefined ? publishedAt : fc.constant(shared.publishedAt),
      entities:
        shared.entities === undefined
          ? fc.uniqueArray(fc.constantFrom(...entityIds), { maxLength: 4 })
          : fc.constant(shared.entities),
      topics: fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 3 }),
    })
    .map(({ title, body, publishedAt: date, entities: ids, topics: topicList }) => ({
      id,
      title,
      titleBasis: 'source' as const,
      lang: 'ar' as const,
      publishedAt: date,
      date: {
        precision: date.includes('T') ? ('minute' as const) : ('day' as const),
        basis: 'stated' as const,
        evidence: date,
      },
      source: {
        chain: [{ role: 'publisher' as const, name: 'موقع', en: 'Site', basis: 'stated' as const, evidence: 'موقع' }],
        // The evidence is quoted from the record's own text, as createCorpus checks.
        furniture: [
          { kind: 'header' as const, text: `date ${date}` },
          { kind: 'signature' as const, text: 'موقع' },
        ],
      },
      en: { title: 'Title', summary: 'Summary.' },
      topics: topicList,
      topicEvidence: Object.fromEntries(topicList.map((topic) => [topic, [title]])),
      ...mentioning(body, ids),
      raw: { file: 'data/raw/x.txt', sha256: '0'.repeat(64) },
    }));

const corpusOf = (shared: Shared): fc.Arbitrary<Article[]> =>
  fc
    .integer({ min: 0, max: 25 })
    .chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => articleArbitrary(`a-${index}`, shared))))
    .map((list) => [...list]);

/**
 * A random list of 0–25 articles with distinct ids. Besides fully random lists, it
 * draws the edge cases on purpose: the empty list, lists whose articles all share
 * one publication date, and lists whose articles all name every entity.
 */
export const corpusArbitrary: fc.Arbitrary<Article[]> = fc.oneof(
  { weight: 6, arbitrary: corpusOf({}) },
  { weight: 1, arbitrary: fc.constant([]).map((): Article[] => []) },
  { weight: 1, arbitrary: publishedAt.chain((date) => corpusOf({ publishedAt: date })) },
  { weight: 1, arbitrary: corpusOf({ entities: entityIds }) },
);

const bound = fc.oneof(
  fc.integer({ min: -1, max: 5 }).map((day) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10)),
  fc.integer({ min: -1440, max: 5 * 1440 }).map((minute) => new Date(DAY0 + minute * 60_000)),
  fc.integer({ min: -1440, max: 5 * 1440 }).map((minute) => DAY0 + minute * 60_000 + 123),
);

/** A random valid query: ranges are put in order, refs are ids, names or aliases. */
export const queryArbitrary: fc.Arbitrary<Query> = fc
  .record(
    {
      from: bound,
      to: bound,
      entities: fc.oneof(
        fc.constantFrom(...entityIds),
        fc.uniqueArray(fc.constantFrom(...entityIds, ...entities.slice(0, 8).map((entity) => entity.name.ar)), {
          maxLength: 3,
        }),
      ),
      topics: fc.oneof(fc.constantFrom(...topicIds), fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 3 })),
      text: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
      match: fc.constantFrom('any' as const, 'all' as const),
    },
    { requiredKeys: [] },
  )
  .map((query) => {
    if (query.from === undefined || query.to === undefined) {
      return query;
    }
    const ms = (value: string | Date | number, edge: 'from' | 'to'): number =>
      typeof value === 'string' ? Date.parse(value) + (edge === 'to' ? 86_399_999 : 0) : Number(value);
    return ms(query.from, 'from') <= ms(query.to, 'to') ? query : { ...query, from: query.to, to: query.from };
  });

/** A list of articles with the entity registry and topic vocabulary it was built with. */
export interface OwnCorpus {
  readonly list: Article[];
  readonly entities: Entity[];
  readonly topics: Topic[];
}

// English names and labels drawn from a few, so that ties in the name order are common and fall back to ids.
const englishNames = fc.constantFrom('Alpha', 'alpha', 'Beta', 'Gamma', 'Ägypten');
const entityType = fc.constantFrom('person', 'organization', 'location', 'facility', 'event', 'document' as const);

/** The entity fields that only some types may carry. */
const TYPE_FIELDS = ['geo', 'countryCode', 'date', 'parties'] as const;

/** `value` without `keys`. */
function withoutKeys<T extends object>(value: T, keys: readonly string[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as T;
}

/**
 * A random corpus over registries of its own: every shipped entity and topic
 * under a new id (`own-…`), a random English name and entity type, in a random
 * order, and the articles of {@link corpusArbitrary} rewritten to those ids.
 * The plain helpers need these registries passed; a corpus keeps them.
 */
export const ownCorpusArbitrary: fc.Arbitrary<OwnCorpus> = fc
  .record({
    list: corpusArbitrary,
    entityOrder: fc.shuffledSubarray([...entities], { minLength: entities.length, maxLength: entities.length }),
    topicOrder: fc.shuffledSubarray([...topics], { minLength: topics.length, maxLength: topics.length }),
    entityNames: fc.array(englishNames, { minLength: entities.length, maxLength: entities.length }),
    entityTypes: fc.array(entityType, { minLength: entities.length, maxLength: entities.length }),
    topicLabels: fc.array(englishNames, { minLength: topics.length, maxLength: topics.length }),
  })
  .map(({ list, entityOrder, topicOrder, entityNames, entityTypes, topicLabels }) => {
    const own = (id: string) => `own-${id}`;
    return {
      entities: entityOrder.map((entity, index) => {
        const type = entityTypes[index]!;
        // The fields a type alone may carry (a location's point, a document's date and parties) go when the type
        // changes; a document's parties are the registry's own ids too.
        const kept = type === entity.type ? entity : withoutKeys(entity, TYPE_FIELDS);
        const parties =
          kept.parties === undefined ? {} : { parties: { ...kept.parties, entities: kept.parties.entities.map(own) } };
        return { ...kept, ...parties, id: own(entity.id), type, name: { ...entity.name, en: entityNames[index]! } };
      }),
      topics: topicOrder.map((topic, index) => ({
        ...topic,
        id: own(topic.id),
        label: { ...topic.label, en: topicLabels[index]! },
      })),
      list: list.map((article) => ({
        ...article,
        topics: article.topics.map(own),
        topicEvidence: Object.fromEntries(
          Object.entries(article.topicEvidence).map(([id, quotes]) => [own(id), quotes]),
        ),
        entities: article.entities.map((entry) => ({ ...entry, id: own(entry.id) })),
        ...(article.quotations === undefined
          ? {}
          : { quotations: article.quotations.map((said) => ({ ...said, speaker: own(said.speaker) })) }),
        source: {
          ...article.source,
          chain: article.source.chain.map((party) =>
            party.entity === undefined ? party : { ...party, entity: own(party.entity) },
          ),
        },
        ...(article.quantities === undefined
          ? {}
          : {
              quantities: article.quantities.map((quantity) =>
                quantity.subject === undefined ? quantity : { ...quantity, subject: own(quantity.subject) },
              ),
            }),
      })),
    };
  });

/** Random options of countByPeriod: a period, and bounds in order or none. */
export const periodQueryArbitrary: fc.Arbitrary<{
  readonly period: Period;
  readonly options: { readonly from?: string | Date | number; readonly to?: string | Date | number };
}> = fc
  .record({
    period: fc.constantFrom('year' as const, 'month' as const, 'day' as const),
    from: fc.option(bound, { nil: undefined }),
    to: fc.option(bound, { nil: undefined }),
  })
  .map(({ period, from, to }) => {
    const ms = (value: string | Date | number, edge: 'from' | 'to'): number =>
      typeof value === 'string' ? Date.parse(value) + (edge === 'to' ? 86_399_999 : 0) : Number(value);
    const ordered = from === undefined || to === undefined || ms(from, 'from') <= ms(to, 'to');
    const [low, high] = ordered ? [from, to] : [to, from];
    return {
      period,
      options: { ...(low === undefined ? {} : { from: low }), ...(high === undefined ? {} : { to: high }) },
    };
  });
