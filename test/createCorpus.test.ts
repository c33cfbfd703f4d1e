import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  corpus,
  createCorpus,
  type CreateCorpusOptions,
  entities,
  type Entity,
  getArticle,
  InvalidQueryError,
  InvalidRecordError,
  type Query,
  query,
  searchArticles,
  type Topic,
  topics,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

const plain = (): Article[] => JSON.parse(JSON.stringify(articles)) as Article[];

describe('createCorpus', () => {
  it('validates, freezes and keeps the records in order', () => {
    const built = createCorpus(plain());
    expect(built.articles.map((article) => article.id)).toEqual(articles.map((article) => article.id));
    expect(Object.isFrozen(built.articles)).toBe(true);
    for (const article of built.articles) {
      expect(Object.isFrozen(article)).toBe(true);
      expect(Object.isFrozen(article.entities)).toBe(true);
      expect(Object.isFrozen(article.entities[0]?.mentions[0])).toBe(true);
      expect(Object.isFrozen(article.topicEvidence)).toBe(true);
    }
  });

  it('freezes trusted records in place when validate is false', () => {
    const records = plain();
    const built = createCorpus(records, { validate: false });
    expect(built.articles[0]).toBe(records[0]);
    expect(Object.isFrozen(records[0]?.date)).toBe(true);
  });

  const queries = [
    {},
    { from: '2022-01-01' },
    { to: '2022-06-29' },
    { from: '2025-10-09T10:00:00Z', to: '2025-10-09T10:51:00Z' },
    { entities: 'رحمون' },
    { entities: ['Putin', 'Lavrov'] },
    { entities: ['Putin', 'رحمن'], match: 'all' },
    { topics: ['migration', 'drug-trafficking'] },
    { topics: 'summits', entities: 'Afghanistan', from: '2022-01-01' },
    { text: 'القاعدة العسكرية' },
    { text: 'طاجيكستان', to: '2022-12-31' },
  ] as const satisfies readonly Query[];

  it.each(queries)('answers %j exactly as query() does', (q) => {
    expect(corpus.query(q)).toEqual(query(articles, q));
  });

  it.each(['افغانستان', 'روسيا طاجيكستان', '٢٠١', 'بوتين', 'الهجرة'])(
    'searches %j exactly as searchArticles() does',
    (text) => {
      expect(corpus.search(text)).toEqual(searchArticles(articles, text));
    },
  );

  it('answers date ranges on a larger corpus exactly as query() does, narrow and wide', () => {
    // 400 articles over 400 days, in shuffled date order, so that both the sorted-span and the full-scan paths run.
    const list = Array.from({ length: 400 }, (_, index) => {
      const day = (index * 137) % 400;
      const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const time = index % 3 === 0 ? `${date}T0${index % 10}:00:00Z` : date;
      const entityIds = [
        ...(index % 5 === 0 ? ['vladimir-putin'] : []),
        ...(index % 3 === 0 ? ['emomali-rahmon'] : []),
        ...(index % 97 === 0 ? ['sergey-lavrov'] : []),
      ];
      const topicIds = [...(index % 7 === 0 ? ['summits'] : []), ...(index % 2 === 0 ? ['migration'] : [])];
      return makeArticle({ id: `a-${index}`, publishedAt: time, entities: entityIds, topics: topicIds });
    });
    const built = createCorpus(list);
    const ranges: Query[] = [
      { from: '2020-02-01', to: '2020-02-03' },
      { from: '2020-02-01T05:00:00Z', to: '2020-02-01T05:00:00Z' },
      { from: '2020-03-01', to: '2020-12-31' },
      { to: '2020-01-01' },
      { from: '2021-02-01' },
      { from: '2020-02-01', to: '2020-04-01', entities: 'Putin' },
      { from: '2020-02-01', to: '2020-09-01', entities: 'Putin', topics: 'summits', match: 'all' },
      { entities: 'Lavrov' },
      { entities: ['Lavrov', 'Putin'] },
      { entities: ['Lavrov', 'Putin', 'Rahmon'], match: 'any' },
      { entities: ['Putin', 'Rahmon'], match: 'all' },
      { topics: ['summits', 'migration'] },
      { from: '2020-06-01', to: '2020-06-20', entities: ['Putin', 'Rahmon'] },
      { from: '2020-01-01', to: '2020-12-31', topics: ['summits', 'migration'] },
      { from: '2020-03-01', to: '2020-03-31', entities: 'Lavrov', topics: 'migration', match: 'all' },
    ];
    for (const q of ranges) {
      const expected = query(list, q).map((article) => article.id);
      expect(built.query(q).map((article) => article.id)).toEqual(expected);
    }
    expect(built.query(ranges[0]!)).toHaveLength(3);
  });

  it('looks up articles, entities and topics', () => {
    expect(corpus.getArticle(articles[1]!.id)).toBe(articles[1]);
    expect(corpus.getArticle(articles[1]!.id)).toBe(getArticle(articles[1]!.id));
    expect(corpus.getArticle('none')).toBeUndefined();
    expect(corpus.getEntity('رحمن')?.id).toBe('emomali-rahmon');
    expect(corpus.getTopic('medtop:20000634')?.id).toBe('migration');
    expect(() => corpus.getArticle(1 as unknown as string)).toThrow(InvalidQueryError);
  });

  it('uses registries of its own', () => {
    const mineEntities: Entity[] = [
      { id: 'x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
    ];
    const mineTopics: Topic[] = [{ id: 'sport', label: { en: 'Sport', ar: 'الرياضة' }, description: 'Sport.' }];
    const built = createCorpus([makeArticle({ id: 'm', entities: ['x'], topics: ['sport'] }, mineEntities)], {
      entities: mineEntities,
      topics: mineTopics,
    });
    expect(built.query({ entities: 'اكس', topics: 'Sport' })).toHaveLength(1);
    expect(built.getEntity('Putin')).toBeUndefined();
    expect(built.entities).toEqual(mineEntities);
  });

  describe('bad records', () => {
    it('reports the index, the path and Zod’s prettified issues', () => {
      const records = [makeArticle({ id: 'ok' }), { ...makeArticle({ id: 'bad' }), publishedAt: '29/06/2022' }];
      const error = catchError(() => createCorpus(records)) as InvalidRecordError;
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect(error.name).toBe('InvalidRecordError');
      expect(error.collection).toBe('articles');
      expect(error.index).toBe(1);
      expect(error.path).toEqual(['publishedAt']);
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.message).toContain('articles[1].publishedAt');
      expect(error.message).toContain('✖');
      expect(error.message).toContain('→ at publishedAt');
    });

    // Malformed user records: each case breaks the second of three shipped records, and says
    // where the error must point, and whether the check runs with the schema, without it, or both.
    type Draft = { -readonly [K in keyof Article]: unknown } & Record<string, unknown>;
    const malformed: readonly (readonly [
      name: string,
      change: (record: Draft) => void,
      path: readonly PropertyKey[],
      words: string,
      modes: 'both' | 'validated' | 'unvalidated',
    ])[] = [
      [
        'a missing field',
        (record) => {
          delete record.body;
        },
        ['body'],
        'body',
        'validated',
      ],
      [
        'a missing nested field',
        (record) => {
          delete (record.en as Record<string, unknown>).summary;
        },
        ['en', 'summary'],
        'summary',
        'validated',
      ],
      [
        'a wrong date format',
        (record) => {
          record.publishedAt = '29/06/2022';
        },
        ['publishedAt'],
        'publishedAt',
        'validated',
      ],
      [
        'an impossible date',
        (record) => {
          record.publishedAt = '2022-02-30';
        },
        ['publishedAt'],
        'publishedAt',
        'both',
      ],
      [
        'an unknown key',
        (record) => {
          record.url = 'https://example.org';
        },
        [],
        '"url"',
        'validated',
      ],
      [
        'a span past the end of its field',
        (record) => {
          spanOf(record).end = (record.body as string).length + 5;
        },
        ['entities', 0, 'mentions', 0, 'end'],
        'past the end',
        'validated',
      ],
      [
        'a span past the end',
        (record) => {
          spanOf(record).end = (record.body as string).length + 5;
        },
        ['entities', 0, 'mentions', 0, 'end'],
        'at most',
        'unvalidated',
      ],
      [
        'a negative span start',
        (record) => {
          spanOf(record).start = -1;
        },
        ['entities', 0, 'mentions', 0, 'start'],
        'start',
        'both',
      ],
      [
        'a span in a field that does not exist',
        (record) => {
          spanOf(record).field = 'summary';
        },
        ['entities', 0, 'mentions', 0, 'field'],
        'field',
        'both',
      ],
      [
        'a span that does not spell an alias',
        (record) => {
          const span = spanOf(record);
          span.start += 1;
          span.end += 1;
        },
        ['entities', 0, 'mentions', 0, 'end'],
        'which is not a name or alias of',
        'both',
      ],
      [
        'a span of another entity',
        (record) => {
          (record.entities as { id: string }[])[0]!.id = 'csto';
        },
        ['entities', 0, 'mentions', 0, 'end'],
        'which is not a name or alias of "csto"',
        'both',
      ],
      [
        'an entity without mentions',
        (record) => {
          (record.entities as { mentions: unknown[] }[])[0]!.mentions = [];
        },
        ['entities', 0, 'mentions'],
        'mentions',
        'both',
      ],
      [
        'a duplicate id',
        (record) => {
          record.id = articles[0]!.id;
        },
        ['id'],
        `Duplicate article id "${articles[0]!.id}"`,
        'both',
      ],
      [
        'a dangling entity id',
        (record) => {
          (record.entities as { id: string }[])[0]!.id = 'nobody';
        },
        ['entities', 0, 'id'],
        'Unknown entity id "nobody"',
        'both',
      ],
      [
        'a dangling topic id',
        (record) => {
          const topic = (record.topics as string[])[0]!;
          (record.topics as string[])[0] = 'sport';
          const evidence = record.topicEvidence as Record<string, unknown>;
          evidence.sport = evidence[topic];
          Reflect.deleteProperty(evidence, topic);
        },
        ['topics', 0],
        'Unknown topic id "sport"',
        'both',
      ],
      [
        'an empty object',
        (record) => {
          for (const key of Object.keys(record)) {
            Reflect.deleteProperty(record, key);
          }
        },
        ['id'],
        'Invalid record at articles[1]',
        'validated',
      ],
      [
        'topics without evidence',
        (record) => {
          record.topicEvidence = {};
        },
        ['topicEvidence'],
        'topicEvidence',
        'validated',
      ],
    ];

    const spanOf = (record: Draft): { field: string; start: number; end: number } =>
      (record.entities as { mentions: { field: string; start: number; end: number }[] }[])[0]!.mentions[0]!;
    const modes = malformed.flatMap(([name, change, path, words, modes]) => [
      ...(modes === 'unvalidated' ? [] : [[name, 'validated', change, path, words, true] as const]),
      ...(modes === 'validated' ? [] : [[name, 'unvalidated', change, path, words, false] as const]),
    ]);

    it.each(modes)(
      'rejects %s (%s), with the index and path, and returns no corpus',
      (_name, _mode, change, path, words, validate) => {
        const records = structuredClone(articles.slice(0, 3)) as unknown as Draft[];
        change(records[1]!);
        let built: unknown;
        const error = catchError(() => {
          built = createCorpus(records, { validate });
        }) as InvalidRecordError;
        expect(built).toBeUndefined();
        expect(error).toBeInstanceOf(InvalidRecordError);
        expect(error.collection).toBe('articles');
        expect(error.index).toBe(1);
        expect(error.path).toEqual(path);
        expect(error.message).toContain(
          `articles[1]${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`,
        );
        expect(error.message).toContain(words);
        // A failed build freezes nothing it was given.
        expect(Object.isFrozen(records[0])).toBe(false);
      },
    );

    it('accepts a span after لل that spells an alias without its ال, and only there', () => {
      const registry: Entity[] = [
        {
          id: 'un',
          type: 'organization',
          name: { ar: 'الأمم المتحدة', en: 'United Nations' },
          aliases: ['الأمم المتحدة'],
          description: 'The UN.',
        },
      ];
      const body = 'قال للأمم المتحدة';
      const fused = {
        ...makeArticle({ id: 'a' }),
        body,
        entities: [{ id: 'un', mentions: [{ field: 'body' as const, start: body.indexOf('أمم'), end: body.length }] }],
      };
      expect(createCorpus([fused], { entities: registry }).articles).toHaveLength(1);
      const bare = 'قال عن أمم المتحدة';
      const unfused = {
        ...fused,
        body: bare,
        entities: [{ id: 'un', mentions: [{ field: 'body' as const, start: bare.indexOf('أمم'), end: bare.length }] }],
      };
      expect(catchError(() => createCorpus([unfused], { entities: registry }))).toBeInstanceOf(InvalidRecordError);
    });

    it('accepts a span whose spelling differs from the alias only by normalization', () => {
      const body = 'التقى رحمـون بوتين';
      const record = {
        ...makeArticle({ id: 'a' }),
        body,
        entities: [{ id: 'emomali-rahmon', mentions: [{ field: 'body' as const, start: 6, end: 12 }] }],
      };
      expect(body.slice(6, 12)).toBe('رحمـون');
      expect(createCorpus([record]).query({ entities: 'Rahmon' })).toHaveLength(1);
    });

    it.each([[false], [true]])('rejects a record that is not an object (validate: %s)', (validate) => {
      const error = catchError(() => createCorpus([articles[0], 'article'], { validate })) as InvalidRecordError;
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect(error.index).toBe(1);
    });

    it('rejects a repeated article id', () => {
      const error = catchError(() =>
        createCorpus([makeArticle({ id: 'a' }), makeArticle({ id: 'a' })]),
      ) as InvalidRecordError;
      expect(error.index).toBe(1);
      expect(error.message).toContain('Duplicate article id "a"');
    });

    it('rejects a bad publishedAt even without validation', () => {
      const error = catchError(() =>
        createCorpus([{ ...makeArticle({ id: 'a' }), publishedAt: '2022-13-01' }], { validate: false }),
      ) as InvalidRecordError;
      expect(error.path).toEqual(['publishedAt']);
    });

    it('rejects a bad registry entry', () => {
      const error = catchError(() =>
        createCorpus([], { entities: [{ id: 'Not Kebab' }] as unknown as Entity[] }),
      ) as InvalidRecordError;
      expect(error.collection).toBe('entities');
      expect(error.index).toBe(0);
    });

    it('leaves trusted records unfrozen when the build fails', () => {
      const records = [makeArticle({ id: 'a' }), makeArticle({ id: 'b', entities: ['nobody'] })];
      expect(() => createCorpus(records, { validate: false })).toThrow(InvalidRecordError);
      expect(Object.isFrozen(records[0])).toBe(false);
    });

    it.each([
      ['records that are not an array', 'articles', {}],
      ['an unknown option', [], { validat: false }],
      ['a non-boolean validate', [], { validate: 'no' }],
    ] as const)('throws InvalidQueryError for %s', (_name, records, options) => {
      expect(() => createCorpus(records as unknown as [], options as unknown as CreateCorpusOptions)).toThrow(
        InvalidQueryError,
      );
    });
  });

  it('builds an empty corpus', () => {
    const empty = createCorpus([]);
    expect(empty.query({ from: '2020-01-01', entities: 'Putin' })).toEqual([]);
    expect(empty.search('روسيا')).toEqual([]);
  });

  it('uses the shipped registries by default', () => {
    expect(createCorpus([]).entities).toBe(entities);
    expect(createCorpus([]).topics).toBe(topics);
  });
});

describe('createCorpus with trusted records', () => {
  it.each([
    ['a record that is null', () => null, []],
    ['a record that is a number', () => 42, []],
    ['a title that is not a string', (record: object) => ({ ...record, title: 42 }), ['title']],
    ['a body that is not a string', (record: object) => ({ ...record, body: null }), ['body']],
    ['entities that are not an array', (record: object) => ({ ...record, entities: {} }), ['entities']],
    ['topics that are missing', (record: object) => ({ ...record, topics: undefined }), ['topics']],
  ] as const)('rejects %s at build time, naming its index and path, with validate: false', (_name, breakIt, path) => {
    const records: unknown[] = [makeArticle({ id: 'a' }), breakIt(makeArticle({ id: 'b' }))];
    const error = catchError(() => createCorpus(records, { validate: false }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).index).toBe(1);
    expect((error as InvalidRecordError).path).toEqual(path);
  });
});
