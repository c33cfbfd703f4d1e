/**
 * The aggregation and export methods of a corpus: each returns exactly what its
 * plain helper returns on `corpus.articles` with the corpus's registries, and a
 * corpus built with registries of its own answers with them everywhere.
 */
import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  cooccurrence,
  type Corpus,
  corpus,
  corpus as shipped,
  countByEntity,
  countByPeriod,
  countByTopic,
  createCorpus,
  entities,
  type Entity,
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  mentionSnippets,
  quantities,
  quotations,
  timeline,
  toCsv,
  toJsonLd,
  toNdjson,
  type Topic,
  topics,
  UnknownEntityError,
  UnknownTopicError,
} from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import { catchError } from './support/catchError.js';
import { LAYERED } from './support/layeredFixtures.js';
import { makeArticle } from './support/makeArticle.js';

const own = (id: string) => `own-${id}`;

// The shipped registries under new ids and new English names, in reverse order: a corpus
// that answered from the shipped registries, or in registry order, would differ.
const ownEntities: Entity[] = entities
  .map((entity) => ({ ...entity, id: own(entity.id), name: { ...entity.name, en: `Own ${entity.name.en}` } }))
  .reverse();
const ownTopics: Topic[] = topics
  .map((topic) => ({ ...topic, id: own(topic.id), label: { ...topic.label, en: `Own ${topic.label.en}` } }))
  .reverse();

/** A shipped article, rewritten to the ids of the registries above. */
function ownArticle(article: Article): Article {
  return {
    ...article,
    topics: article.topics.map(own),
    topicEvidence: Object.fromEntries(Object.entries(article.topicEvidence).map(([id, quotes]) => [own(id), quotes])),
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
  };
}

const ownRecords = articles.map(ownArticle);
const mine = createCorpus(ownRecords, { entities: ownEntities, topics: ownTopics });

/** Each method, and the plain helper it must agree with, given the corpus's articles and registries. */
const METHODS = [
  [
    'countByPeriod',
    (c: Corpus) => c.countByPeriod('month', { from: '2021-06-15', to: '2022-07-01' }),
    (c: Corpus) => countByPeriod(c.articles, 'month', { from: '2021-06-15', to: '2022-07-01' }),
  ],
  ['countByPeriod by day', (c: Corpus) => c.countByPeriod('day'), (c: Corpus) => countByPeriod(c.articles, 'day')],
  [
    'countByEntity',
    (c: Corpus) => c.countByEntity(),
    (c: Corpus) => countByEntity(c.articles, { entities: c.entities }),
  ],
  [
    'countByEntity of one type',
    (c: Corpus) => c.countByEntity({ type: 'location' }),
    (c: Corpus) => countByEntity(c.articles, { type: 'location', entities: c.entities }),
  ],
  ['countByTopic', (c: Corpus) => c.countByTopic(), (c: Corpus) => countByTopic(c.articles, { topics: c.topics })],
  ['cooccurrence', (c: Corpus) => c.cooccurrence(), (c: Corpus) => cooccurrence(c.articles, { entities: c.entities })],
  [
    'cooccurrence of one type',
    (c: Corpus) => c.cooccurrence({ type: 'person' }),
    (c: Corpus) => cooccurrence(c.articles, { type: 'person', entities: c.entities }),
  ],
  [
    'mentionSnippets',
    (c: Corpus) => c.articles.map((article) => c.mentionSnippets(article, article.entities[0]!.id, { context: 15 })),
    (c: Corpus) =>
      c.articles.map((article) =>
        mentionSnippets(article, article.entities[0]!.id, { context: 15, entities: c.entities }),
      ),
  ],
  [
    'toCsv',
    (c: Corpus) => c.toCsv({ fields: ['id', 'entities', 'topics'], bom: true }),
    (c: Corpus) => toCsv(c.articles, { fields: ['id', 'entities', 'topics'], bom: true }),
  ],
  ['toNdjson', (c: Corpus) => c.toNdjson(), (c: Corpus) => toNdjson(c.articles)],
  [
    'toJsonLd',
    (c: Corpus) => c.articles.map((article) => c.toJsonLd(article)),
    (c: Corpus) => c.articles.map((article) => toJsonLd(article, { entities: c.entities, topics: c.topics })),
  ],
] as const;

const CORPORA = [
  ['the shipped corpus', shipped],
  ['a corpus with registries of its own', mine],
] as const;

describe('the aggregation and export methods of a corpus', () => {
  describe.each(CORPORA)('on %s', (_name, corpus) => {
    it.each(METHODS)(
      '%s returns what the plain helper returns with the corpus registries',
      (_method, method, plain) => {
        const expected = plain(corpus);
        expect(method(corpus)).toEqual(expected);
        // Not vacuous: every case has something to compare.
        expect(expected.length).toBeGreaterThan(0);
      },
    );

    it('toParquet gives the bytes of toParquet on its articles', async () => {
      const options = { createdBy: 'a test', metadata: { corpus: 'the test corpus' } };
      expect(await corpus.toParquet(options)).toEqual(toParquet(corpus.articles, options));
      expect(await corpus.toParquet()).toEqual(toParquet(corpus.articles));
    });
  });

  it('answers with its own registries: the rows are its records, under its names', () => {
    const [top] = mine.countByEntity();
    expect(mine.entities).toContain(top?.entity);
    expect(top?.entity.name.en).toMatch(/^Own /);
    expect(mine.countByTopic().every(({ topic }) => mine.topics.includes(topic))).toBe(true);
    expect(mine.cooccurrence()[0]?.source.id).toMatch(/^own-/);
    expect(mine.mentionSnippets(mine.articles[1]!, 'Putin')).toHaveLength(
      mine.articles[1]!.entities.find((entry) => entry.id === 'own-vladimir-putin')!.mentions.length,
    );
    const about = mine.toJsonLd(mine.articles[0]!).about as { name: { '@value': string } }[];
    expect(about.map(({ name }) => name['@value'])).toEqual(
      articles[0]!.topics.map((id) => `Own ${topics.find((topic) => topic.id === id)!.label.en}`),
    );
    expect(mine.getEntity('Putin')?.id).toBe('own-vladimir-putin');
    expect(mine.getTopic('diplomacy')).toBeUndefined();
    expect(mine.query({ entities: 'Putin', topics: 'own-summits' })).toHaveLength(
      shipped.query({ entities: 'Putin', topics: 'summits' }).length,
    );
  });

  it('counts as the shipped corpus does when only the ids and names differ', () => {
    expect(mine.countByEntity().map(({ entity, count, mentions }) => [entity.id, count, mentions])).toEqual(
      shipped.countByEntity().map(({ entity, count, mentions }) => [own(entity.id), count, mentions]),
    );
    expect(mine.countByPeriod('year')).toEqual(shipped.countByPeriod('year'));
  });

  it('counts an article once for an entity its record lists twice, as countByEntity does', () => {
    const base = makeArticle({ id: 'twice', entities: ['russia', 'tajikistan'], topics: ['diplomacy'] });
    const twice = { ...base, entities: [...base.entities, base.entities[0]!] };
    const corpus = createCorpus([twice, makeArticle({ id: 'once', entities: ['russia'] })], { validate: false });
    const expected = [
      ['russia', 2, 3],
      ['tajikistan', 1, 1],
    ];
    expect(corpus.countByEntity().map(({ entity, count, mentions }) => [entity.id, count, mentions])).toEqual(expected);
    expect(countByEntity(corpus.articles).map(({ entity, count, mentions }) => [entity.id, count, mentions])).toEqual(
      expected,
    );
    expect(corpus.cooccurrence()).toEqual(cooccurrence(corpus.articles));
    expect(corpus.cooccurrence().map(({ count }) => count)).toEqual([1]);
  });

  it('counts the periods of dates at the edges of days, months, leap years and centuries as countByPeriod does', () => {
    const dates = [
      '1999-12-31T23:59:59Z',
      '2000-01-01',
      '2000-02-29',
      '2000-03-01T00:00:00Z',
      '2024-02-28T23:59:59Z',
      '2024-02-29',
      '2024-12-31',
      '2025-01-01T00:00:00Z',
    ] as const;
    const list = dates.map((publishedAt, index) => makeArticle({ id: `d-${index}`, publishedAt }));
    // Trusted: the dates are read by the index build, whatever the schema says of such years.
    const corpus = createCorpus(list, { validate: false });
    for (const period of ['year', 'month', 'day'] as const) {
      for (const options of [{}, { from: '1999-12-31', to: '2024-02-29T12:00:00Z' }, { from: '2024-03-01' }]) {
        const expected = countByPeriod(list, period, options);
        expect(corpus.countByPeriod(period, options), `${period} ${JSON.stringify(options)}`).toEqual(expected);
      }
    }
  });

  it('counts the years 0–99 as years of the first century, as countByPeriod does', () => {
    const list = ['0099-12-31', '0100-01-01T00:00:00Z', '0100-02-01'].map((publishedAt, index) =>
      makeArticle({ id: `d-${index}`, publishedAt }),
    );
    const corpus = createCorpus(list, { validate: false });
    expect(corpus.countByPeriod('year')).toEqual([
      { period: '0099', count: 1 },
      { period: '0100', count: 2 },
    ]);
    for (const period of ['year', 'month'] as const) {
      expect(corpus.countByPeriod(period)).toEqual(countByPeriod(list, period));
    }
  });

  it('gives empty counts for an empty corpus, and zeros over a given span', () => {
    const empty = createCorpus([]);
    expect([empty.countByEntity(), empty.countByTopic(), empty.cooccurrence(), empty.countByPeriod('day')]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(empty.countByPeriod('year', { from: '2024-01-01', to: '2025-12-31' })).toEqual(
      countByPeriod([], 'year', { from: '2024-01-01', to: '2025-12-31' }),
    );
    expect([empty.toCsv(), empty.toNdjson()]).toEqual([toCsv([]), '']);
  });
});

describe('the arguments of the corpus methods', () => {
  const BAD = [
    ['countByPeriod, an unknown period', () => shipped.countByPeriod('week' as 'day'), InvalidQueryError, 'week'],
    [
      'countByPeriod, a bad bound',
      () => shipped.countByPeriod('year', { from: '2021-02-30' }),
      InvalidDateError,
      '2021-02-30',
    ],
    [
      'countByPeriod, bounds out of order',
      () => shipped.countByPeriod('year', { from: '2025-01-01', to: '2024-01-01' }),
      InvalidDateError,
      'later than to',
    ],
    [
      'countByEntity, an unknown type',
      () => shipped.countByEntity({ type: 'people' as 'person' }),
      InvalidQueryError,
      '"people"',
    ],
    [
      'cooccurrence, a misspelt option',
      () => shipped.cooccurrence({ typ: 'person' } as object),
      InvalidQueryError,
      '"typ"',
    ],
    [
      'mentionSnippets, an unknown entity',
      () => shipped.mentionSnippets(articles[0]!, 'Rahmun'),
      UnknownEntityError,
      'Unknown entity "Rahmun"',
    ],
    [
      'mentionSnippets, a context out of range',
      () => shipped.mentionSnippets(articles[0]!, 'Putin', { context: -1 }),
      InvalidQueryError,
      '-1',
    ],
    ['toCsv, an unknown field', () => shipped.toCsv({ fields: ['titel' as 'title'] }), InvalidQueryError, '"titel"'],
    ['toJsonLd, no article', () => shipped.toJsonLd(null as never), InvalidQueryError, 'null'],
    [
      'toJsonLd, an article with an id the registry lacks',
      () => mine.toJsonLd(articles[0]!),
      UnknownEntityError,
      'pass the registry the records were built with',
    ],
  ] as const;

  it.each(BAD)('rejects %s, with a typed error that names it', (_case, run, type, words) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(words);
  });

  it.each([
    ['countByEntity', () => shipped.countByEntity({ entities } as object)],
    ['cooccurrence', () => shipped.cooccurrence({ entities } as object)],
    ['mentionSnippets', () => shipped.mentionSnippets(articles[0]!, 'Putin', { entities } as object)],
  ] as const)('refuses a registry passed to corpus.%s: a corpus answers with its own', (method, run) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toBe(
      `Unknown option "entities" in the corpus.${method} options: a corpus answers with the registries it was built with; pass them to createCorpus`,
    );
  });

  it('rejects the promise of toParquet with a typed error for bad options', async () => {
    await expect(shipped.toParquet({ createdBy: 42 } as never)).rejects.toThrow(InvalidQueryError);
    await expect(shipped.toParquet({ metadata: { version: 2 } } as never)).rejects.toThrow(
      'Invalid metadata value 2 for key "version": expected a string',
    );
  });
});

describe('unknown ids: from a record, or from a query', () => {
  const RECORD_ERRORS = [
    [
      'countByEntity',
      () => countByEntity(ownRecords),
      UnknownEntityError,
      `Article "${articles[0]!.id}" names entity "${ownRecords[0]!.entities[0]!.id}", which the registry does not have: pass the registry the records were built with, as { entities }.`,
    ],
    [
      'cooccurrence',
      () => cooccurrence(ownRecords),
      UnknownEntityError,
      `Article "${articles[0]!.id}" names entity "${ownRecords[0]!.entities[0]!.id}", which the registry does not have: pass the registry the records were built with, as { entities }.`,
    ],
    [
      'countByTopic',
      () => countByTopic(ownRecords),
      UnknownTopicError,
      `Article "${articles[0]!.id}" lists topic "${ownRecords[0]!.topics[0]!}", which the vocabulary does not have: pass the vocabulary the records were built with, as { topics }.`,
    ],
    [
      'toJsonLd',
      () => toJsonLd(ownRecords[0]!, { entities: ownEntities }),
      UnknownTopicError,
      `Article "${articles[0]!.id}" lists topic "${ownRecords[0]!.topics[0]!}", which the vocabulary does not have: pass the vocabulary the records were built with, as { topics }.`,
    ],
  ] as const;

  it.each(RECORD_ERRORS)(
    '%s over records whose registry was not passed says to pass it, naming the article, and suggests no shipped id',
    (_helper, run, type, message) => {
      const error = catchError(run);
      expect(error).toBeInstanceOf(type);
      expect((error as Error).message).toBe(message);
      expect((error as UnknownEntityError | UnknownTopicError).article).toBe(articles[0]!.id);
      expect((error as UnknownEntityError | UnknownTopicError).suggestions).toEqual([]);
    },
  );

  it('names an article without a string id by its index', () => {
    const error = catchError(() => countByTopic([articles[0]!, { ...ownRecords[1]!, id: 7 as never }]));
    expect((error as UnknownTopicError).article).toBe(1);
    expect((error as Error).message).toMatch(/^The article at index 1 lists topic "own-/);
  });

  // A registry the caller passed is the one the records were built with, so a miss is a misspelt
  // id, and its closest ids help; without one, the shipped ids would only mislead.
  const MISSPELT = [
    [
      'countByEntity, given the registry',
      () => countByEntity([makeArticle({ id: 'x', entities: ['rusia'] })], { entities }),
      ['russia'],
    ],
    ['countByEntity, given no registry', () => countByEntity([makeArticle({ id: 'x', entities: ['rusia'] })]), []],
    [
      'cooccurrence, given the registry',
      () => cooccurrence([makeArticle({ id: 'x', entities: ['rusia'] })], { entities }),
      ['russia'],
    ],
    [
      'countByTopic, given the vocabulary',
      () => countByTopic([makeArticle({ id: 'x', topics: ['diplomcy'] })], { topics }),
      ['diplomacy'],
    ],
    ['countByTopic, given no vocabulary', () => countByTopic([makeArticle({ id: 'x', topics: ['diplomcy'] })]), []],
    [
      'toJsonLd, given the vocabulary',
      () => toJsonLd(makeArticle({ id: 'x', topics: ['diplomcy'] }), { topics }),
      ['diplomacy'],
    ],
    ['toJsonLd, given no vocabulary', () => toJsonLd(makeArticle({ id: 'x', topics: ['diplomcy'] })), []],
  ] as const;

  it.each(MISSPELT)(
    '%s: suggests the closest ids for a misspelt id in a record exactly when the registry was passed',
    (_call, run, suggestions) => {
      const error = catchError(run) as UnknownEntityError | UnknownTopicError;
      expect(error.article).toBe('x');
      expect(error.suggestions).toEqual(suggestions);
      const hint = suggestions.map((id) => ` Did you mean "${id}"?`).join('');
      // The message asks for the registry, as { entities } or { topics }, then gives the hint, if any.
      expect(error.message.slice(error.message.indexOf(' }.') + ' }.'.length)).toBe(hint);
    },
  );

  it.each([
    ['mentionSnippets', () => mentionSnippets(articles[0]!, 'own-russia')],
    ['corpus.query', () => shipped.query({ entities: 'own-russia' })],
    ['corpus.mentionSnippets', () => shipped.mentionSnippets(articles[0]!, 'own-russia')],
  ] as const)('%s, given an unknown reference in a query, says it is unknown, with no article', (_call, run) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).article).toBeUndefined();
    expect((error as Error).message).toMatch(
      /^Unknown entity "own-russia": expected an entity id, name or alias such as "emomali-rahmon" or "رحمون"\./,
    );
  });

  it('keeps the record problem a record error where the record, not the registry, is malformed', () => {
    expect(() => countByEntity([{ ...articles[0]!, entities: 'x' } as never])).toThrow(InvalidRecordError);
  });
});

describe('the layer methods of a corpus', () => {
  const layered = createCorpus(LAYERED);
  // The fixtures' speakers and subjects under the ids of a registry of its own.
  const renamed: Article[] = LAYERED.map((article) => ({
    ...article,
    ...(article.quotations === undefined
      ? {}
      : { quotations: article.quotations.map((quotation) => ({ ...quotation, speaker: own(quotation.speaker) })) }),
    ...(article.quantities === undefined
      ? {}
      : {
          quantities: article.quantities.map((quantity) =>
            quantity.subject === undefined ? quantity : { ...quantity, subject: own(quantity.subject) },
          ),
        }),
  }));
  const renamedCorpus = createCorpus(renamed, { entities: ownEntities, topics: ownTopics });

  const LAYER_METHODS = [
    ['quotations', (c: Corpus) => c.quotations(), (c: Corpus) => quotations(c.articles, { entities: c.entities })],
    [
      'quotations of one speaker, by an alias of the corpus registry',
      (c: Corpus) => c.quotations({ speaker: 'لافروف' }),
      (c: Corpus) => quotations(c.articles, { speaker: 'لافروف', entities: c.entities }),
    ],
    [
      'timeline, with the events of the corpus',
      (c: Corpus) => c.timeline(),
      (c: Corpus) => timeline(c.articles, { events: c.events }),
    ],
    [
      'timeline of a range',
      (c: Corpus) => c.timeline({ from: '2021-01-01', to: '2024-12-31' }),
      (c: Corpus) => timeline(c.articles, { from: '2021-01-01', to: '2024-12-31', events: c.events }),
    ],
    [
      'timeline of one kind',
      (c: Corpus) => c.timeline({ kinds: ['time-expression'] }),
      (c: Corpus) => timeline(c.articles, { kinds: ['time-expression'], events: c.events }),
    ],
    ['quantities', (c: Corpus) => c.quantities(), (c: Corpus) => quantities(c.articles)],
    [
      'quantities of one unit',
      (c: Corpus) => c.quantities({ unit: 'USD' }),
      (c: Corpus) => quantities(c.articles, { unit: 'USD' }),
    ],
    ...(['quotations', 'time_expressions', 'quantities', 'entities'] as const).flatMap((table) => [
      [
        `toCsv of the ${table} table`,
        (c: Corpus) => [c.toCsv({ table })],
        (c: Corpus) => [toCsv(c.articles, { table, entities: c.entities })],
      ] as const,
      [
        `toNdjson of the ${table} table`,
        (c: Corpus) => [c.toNdjson({ table })],
        (c: Corpus) => [toNdjson(c.articles, { table, entities: c.entities })],
      ] as const,
    ]),
  ] as const;

  it.each(LAYER_METHODS)(
    '%s returns what the plain helper returns with the corpus registry',
    (_name, method, plain) => {
      const expected = plain(renamedCorpus);
      expect(method(renamedCorpus)).toEqual(expected);
      expect(method(layered)).toEqual(plain(layered));
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  it('puts the events of its own registry on its timeline, and none when it has no events', () => {
    const shipped = corpus.timeline({ kinds: ['event'] });
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped).toEqual(timeline(corpus.articles, { kinds: ['event'], events: corpus.events }));
    expect(createCorpus(corpus.articles).timeline({ kinds: ['event'] })).toEqual([]);
    expect(() => corpus.timeline({ events: [] } as never)).toThrow(InvalidQueryError);
  });

  it('answers with its own registry: the speakers and the entities table are its records', () => {
    expect(renamedCorpus.quotations({ speaker: 'لافروف' }).map((entry) => entry.speaker)).toEqual([
      'own-sergey-lavrov',
      'own-sergey-lavrov',
      'own-sergey-lavrov',
    ]);
    expect(renamedCorpus.toCsv({ table: 'entities' })).toContain('own-kremlin,organization,Own Kremlin');
  });

  it.each(['quotations', 'time_expressions', 'quantities', 'entities'] as const)(
    'toParquet of the %s table gives the bytes of toParquet with the corpus registry',
    async (table) => {
      expect(await renamedCorpus.toParquet({ table })).toEqual(
        toParquet(renamedCorpus.articles, { table, entities: renamedCorpus.entities }),
      );
    },
  );

  it.each([
    ['quotations', () => layered.quotations({ speaker: 'Lavrov', entities } as object)],
    ['toCsv', () => layered.toCsv({ table: 'entities', entities } as object)],
    ['toNdjson', () => layered.toNdjson({ table: 'entities', entities } as object)],
  ] as const)('refuses a registry passed to corpus.%s: a corpus answers with its own', (method, run) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toBe(
      `Unknown option "entities" in the corpus.${method} options: a corpus answers with the registries it was built with; pass them to createCorpus`,
    );
  });

  it('rejects the promise of toParquet for a registry passed to it', async () => {
    await expect(layered.toParquet({ table: 'entities', entities } as object)).rejects.toThrow(InvalidQueryError);
  });
});
