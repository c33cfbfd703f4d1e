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
/** The shipped registries as unfrozen copies, as a user's own would arrive. */
const plainRegistry = (): { entities: Entity[]; topics: Topic[] } =>
  JSON.parse(JSON.stringify({ entities, topics })) as { entities: Entity[]; topics: Topic[] };

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

  it('keeps and deep-freezes in place a record the schema would return unchanged, even one frozen only at the top', () => {
    const records = plain();
    Object.freeze(records[0]);
    const built = createCorpus(records);
    expect(built.articles[0]).toBe(records[0]);
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'object' && value !== null) {
        if (!Object.isFrozen(value)) {
          unfrozen.push(path);
        }
        Object.entries(value).forEach(([key, item]) => {
          visit(item, `${path}.${key}`);
        });
      }
    };
    built.articles.forEach((article, index) => {
      visit(article, `articles[${index}]`);
    });
    expect(unfrozen).toEqual([]);
  });

  it('copies, normalizes and freezes a record whose publishedAt the schema normalizes', () => {
    const records = plain();
    const [first] = records;
    const shifted = {
      ...first!,
      publishedAt: '2021-07-22T03:00:00+03:00',
      date: { ...first!.date, precision: 'minute' as const },
    };
    const built = createCorpus([shifted]);
    expect(built.articles[0]).not.toBe(shifted);
    expect(built.articles[0]?.publishedAt).toBe('2021-07-22T00:00:00Z');
    expect(Object.isFrozen(shifted)).toBe(false);
  });

  // A record built by code may hold what JSON.parse never returns: createCorpus checks for it (the exact mode of
  // canonicalArticle.ts), and leaves such a record to the schema, which copies it or refuses it.
  const exotic = [
    [
      'a getter',
      (record: Article) => Object.defineProperty(record, 'title', { get: () => articles[0]!.title, enumerable: true }),
    ],
    ['a hidden key', (record: Article) => Object.defineProperty(record, 'note', { value: 1, enumerable: false })],
    [
      'a symbol key',
      (record: Article) => Object.defineProperty(record, Symbol('note'), { value: 1, enumerable: true }),
    ],
  ] as const;
  it.each(exotic)('copies rather than keeps a record with %s', (_name, change) => {
    const [record] = plain();
    change(record!);
    const built = createCorpus([record]);
    expect(built.articles[0]).not.toBe(record);
    expect(Object.isFrozen(record)).toBe(false);
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
          record.homepage = 'https://example.org';
        },
        [],
        '"homepage"',
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
        'a date evidence that the text does not hold',
        (record) => {
          (record.date as Record<string, unknown>).evidence = '29 June 2022';
        },
        ['date', 'evidence'],
        'The quote "29 June 2022" does not occur in the article',
        'both',
      ],
      [
        'a corroboration that the text does not hold',
        (record) => {
          (record.date as Record<string, unknown>).corroboration = [
            'يوم أمس الثلاثاء 28 يونيو/حزيران 2022',
            'أمس الأول',
          ];
        },
        ['date', 'corroboration', 1],
        'The quote "أمس الأول" does not occur',
        'both',
      ],
      [
        'a modifiedEvidence that the text does not hold',
        (record) => {
          record.modifiedAt = '2022-06-30';
          (record.date as Record<string, unknown>).modifiedEvidence = '٣٠ يونيو ٢٠٢٢';
        },
        ['date', 'modifiedEvidence'],
        'The quote "٣٠ يونيو ٢٠٢٢" does not occur',
        'both',
      ],
      [
        'a topic quote that the text does not hold',
        (record) => {
          (record.topicEvidence as Record<string, string[]>).summits!.push('قمة ثنائية');
        },
        ['topicEvidence', 'summits', 2],
        'The quote "قمة ثنائية" does not occur',
        'both',
      ],
      [
        "a source party's evidence that the text does not hold",
        (record) => {
          (record.source as { chain: Record<string, unknown>[] }).chain[0]!.evidence = 'المصدر: رويترز';
        },
        ['source', 'chain', 0, 'evidence'],
        'The quote "المصدر: رويترز" does not occur',
        'both',
      ],
      [
        'an English summary quote that the text does not hold',
        (record) => {
          // The 2022-06-29 article says that Putin will go on to Ashgabat, not that he left.
          ((record.en as { evidence: { summary: string[][] } }).evidence.summary[2] ?? []).push(
            'غادر بوتين إلى عشق أباد',
          );
        },
        ['en', 'evidence', 'summary', 2, 2],
        'The quote "غادر بوتين إلى عشق أباد" does not occur in the article',
        'both',
      ],
      [
        'an English title quote from the furniture',
        (record) => {
          (record.en as { evidence: { title: string[] } }).evidence.title = ['المصدر: تاس'];
        },
        ['en', 'evidence', 'title', 0],
        'The quote "المصدر: تاس" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
        'both',
      ],
      [
        'English evidence without a list for one summary sentence',
        (record) => {
          (record.en as { evidence: { summary: string[][] } }).evidence.summary.pop();
        },
        ['en', 'evidence', 'summary'],
        'Expected one list of quotes for each sentence of en.summary: it has 3 sentences, and en.evidence.summary 2 lists',
        'validated',
      ],
      [
        'a blank quote',
        (record) => {
          (record.date as Record<string, unknown>).evidence = ' ';
        },
        ['date', 'evidence'],
        'date.evidence',
        'both',
      ],
      [
        'evidence that is not a string',
        (record) => {
          (record.date as Record<string, unknown>).evidence = 29;
        },
        ['date', 'evidence'],
        'date.evidence',
        'both',
      ],
      [
        'furniture that is not a list',
        (record) => {
          (record.source as Record<string, unknown>).furniture = 'المصدر: تاس';
        },
        ['source', 'furniture'],
        'source.furniture',
        'both',
      ],
      [
        'a span that starts inside a word',
        (record) => {
          // A paragraph added at the end, so that no other span moves; its first mention is of Rahmon.
          record.body = `${record.body as string}\n\nزاررحمن دوشنبه`;
          const span = spanOf(record);
          span.field = 'body';
          span.start = (record.body as string).lastIndexOf('رحمن');
          span.end = span.start + 'رحمن'.length;
        },
        ['entities', 0, 'mentions', 0, 'start'],
        'starts inside the word "زاررحمن"',
        'both',
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

    // Where a span may start and end: each case places one mention of `entity` in `body`,
    // at the `index`-th occurrence of `name`, and says what createCorpus makes of it.
    const spans = [
      ['a span that starts a word', 'زار موسكو أمس', 'moscow', 'موسكو', undefined],
      ['a span after the clitic و', 'زار وموسكو أمس', 'moscow', 'موسكو', undefined],
      ['a span after the clitics و and ب', 'مرّ وبالكرملين أمس', 'kremlin', 'الكرملين', undefined],
      ['a span after the clitics و, ب and ال', 'مرّ وبالموسكو أمس', 'moscow', 'موسكو', undefined],
      ['a span after a clitic with a diacritic', 'زار وَموسكو أمس', 'moscow', 'موسكو', undefined],
      ['a span before an Arabic comma', 'زار موسكو، ثم عاد', 'moscow', 'موسكو', undefined],
      ['a span before a tatweel', 'زار موسكوـ أمس', 'moscow', 'موسكو', undefined],
      ['a span with the diacritic of its last letter', 'زار موسكوَ أمس', 'moscow', 'موسكوَ', undefined],
      ['a Latin span before a hyphen', 'the anti-Putin camp', 'vladimir-putin', 'Putin', undefined],
      [
        'a span after letters that are not clitics',
        'زارموسكو أمس',
        'moscow',
        'موسكو',
        ['start', 'starts inside the word "زارموسكو", after "زار"'],
      ],
      ['a span after لل that spells a name as written', 'قال للموسكو', 'moscow', 'موسكو', ['start', 'after "لل"']],
      ['a span after five letters of clitics', 'فوبالالموسكو', 'moscow', 'موسكو', ['start', 'starts inside the word']],
      ['a span that ends inside a word', 'الموسكوية', 'moscow', 'موسكو', ['end', 'ends inside the word "الموسكوية"']],
      ['a span before a digit', 'موسكو2 أمس', 'moscow', 'موسكو', ['end', 'ends inside the word "موسكو2"']],
      ['a Latin span inside a word', 'Putinism', 'vladimir-putin', 'Putin', ['end', 'ends inside the word "Putinism"']],
      ['a span followed by tanween', 'قال روسياً', 'russia', 'روسيا', ['end', 'carries tanween, in "روسياً"']],
      ['a span that takes its tanween in', 'قال روسياً', 'russia', 'روسياً', ['end', 'carries tanween']],
      [
        'a span with tanween before its final alef',
        'قال روسيًا',
        'russia',
        'روسيًا',
        ['end', 'carries tanween, in "روسيًا"'],
      ],
      [
        'a span with shadda and tanween before its final alef',
        'قال روسي\u0651\u064Bا',
        'russia',
        'روسي\u0651\u064Bا',
        ['end', 'carries tanween'],
      ],
      [
        'a span followed by shadda, then tanween',
        'في روسيا\u0651\u064B',
        'russia',
        'روسيا',
        ['end', 'carries tanween'],
      ],
      ['a span followed by tatweel, then tanween', 'في روسياـً', 'russia', 'روسيا', ['end', 'carries tanween']],
      [
        'a span that leaves out the diacritic of its last letter',
        'زار موسكوَ أمس',
        'moscow',
        'موسكو',
        ['end', 'expected end to be 10'],
      ],
      [
        'a span followed by a run of marks',
        `زار موسكو${'ـ'.repeat(40)} أمس`,
        'moscow',
        'موسكو',
        ['end', 'more than 32'],
      ],
      ['a span after a run of marks', `زار ${'ـ'.repeat(40)}موسكو أمس`, 'moscow', 'موسكو', ['start', 'more than 32']],
    ] as const;
    const placed = (body: string, entity: string, name: string): Article => {
      const start = body.indexOf(name);
      return {
        ...makeArticle({ id: 'a' }),
        body,
        entities: [{ id: entity, mentions: [{ field: 'body', start, end: start + name.length }] }],
      };
    };

    it.each(spans.flatMap(([what, ...rest]) => [[what, true, ...rest] as const, [what, false, ...rest] as const]))(
      'judges %s, with validate: %s (%j)',
      (_name, validate, body, entity, name, expected) => {
        const record = placed(body, entity, name);
        const run = () => createCorpus([record], { validate });
        if (expected === undefined) {
          expect(run().articles).toHaveLength(1);
          return;
        }
        const error = catchError(run) as InvalidRecordError;
        expect(error).toBeInstanceOf(InvalidRecordError);
        expect(error.path).toEqual(['entities', 0, 'mentions', 0, expected[0]]);
        expect(error.message).toContain(expected[1]);
        expect(error.message).toContain(`[${record.entities[0]!.mentions[0]!.start}, `);
      },
    );

    it('accepts a span where a listed missing space falls, and only there', () => {
      const body = 'قال الرئيسبوتين أمس';
      const record = placed(body, 'vladimir-putin', 'بوتين');
      const error = catchError(() => createCorpus([record])) as InvalidRecordError;
      expect(error.message).toContain('starts inside the word "الرئيسبوتين"');
      expect(error.message).toContain('options.missingSpaces');
      for (const validate of [true, false]) {
        expect(createCorpus([record], { missingSpaces: ['الرئيس|بوتين'], validate }).articles).toHaveLength(1);
      }
      // A pair that does not occur where the span starts leaves the rule as it is.
      expect(() => createCorpus([record], { missingSpaces: ['الوزير|بوتين'] })).toThrow(InvalidRecordError);
    });

    it('always knows the missing space of the shipped data, whatever else is listed', () => {
      expect(createCorpus(articles, { missingSpaces: ['الرئيس|بوتين'] }).articles).toHaveLength(articles.length);
    });

    it.each([
      ['not a list', 'الرئيس|بوتين'],
      ['an item that is not a string', [42]],
      ['no bar', ['الرئيسبوتين']],
      ['two bars', ['الرئيس|بو|تين']],
      ['an empty first word', ['|بوتين']],
      ['an empty second word', ['الرئيس|']],
      ['a space', ['الرئيس |بوتين']],
    ] as const)('refuses missing spaces with %s, naming the value', (_name, missingSpaces) => {
      const error = catchError(() => createCorpus([], { missingSpaces: missingSpaces as never }));
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as Error).message).toContain('missingSpaces');
    });

    it('refuses a topic quote that only furniture holds, in both modes', () => {
      const record = { ...makeArticle({ id: 'a', topics: ['diplomacy'] }), topicEvidence: { diplomacy: ['موقع'] } };
      expect(record.source.furniture.map((piece) => piece.text)).toContain('موقع');
      for (const validate of [true, false]) {
        const error = catchError(() => createCorpus([record], { validate })) as InvalidRecordError;
        expect(error.path).toEqual(['topicEvidence', 'diplomacy', 0]);
        expect(error.message).toContain('expected the exact words of its printed title or its body');
      }
    });

    it('refuses a quote that only the editorial title holds, in both modes', () => {
      const record = { ...makeArticle({ id: 'a', title: 'عنوان من عندنا' }), titleBasis: 'editorial' as const };
      const quoting = { ...record, date: { ...record.date, corroboration: ['من عندنا'] } };
      for (const validate of [true, false]) {
        const error = catchError(() => createCorpus([quoting], { validate })) as InvalidRecordError;
        expect(error.path).toEqual(['date', 'corroboration', 0]);
        expect(error.message).toContain('only in its editorial title');
      }
      // The same words in a printed title are the source's own.
      expect(createCorpus([{ ...quoting, titleBasis: 'source' }]).articles).toHaveLength(1);
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
    ['a date that is not an object', (record: object) => ({ ...record, date: '2022-01-01' }), ['date']],
    ['a source that is missing', (record: object) => ({ ...record, source: undefined }), ['source']],
    ['topic evidence that is a list', (record: object) => ({ ...record, topicEvidence: [] }), ['topicEvidence']],
    [
      'topic quotes that are not a list',
      (record: object) => ({ ...record, topics: ['summits'], topicEvidence: { summits: 'نص' } }),
      ['topicEvidence', 'summits'],
    ],
    [
      'a source party that is not an object',
      (record: Article) => ({ ...record, source: { ...record.source, chain: [null] } }),
      ['source', 'chain', 0],
    ],
    [
      'a piece of furniture without text',
      (record: Article) => ({ ...record, source: { ...record.source, furniture: [{ kind: 'header' }] } }),
      ['source', 'furniture', 0, 'text'],
    ],
  ] as const)('rejects %s at build time, naming its index and path, with validate: false', (_name, breakIt, path) => {
    const records: unknown[] = [
      makeArticle({ id: 'a' }),
      (breakIt as (record: Article) => unknown)(makeArticle({ id: 'b' })),
    ];
    const error = catchError(() => createCorpus(records, { validate: false }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).index).toBe(1);
    expect((error as InvalidRecordError).path).toEqual(path);
  });

  it.each([true, false] as const)(
    'freezes nothing it was given when a record fails, registries included (validate: %s)',
    (validate) => {
      const registry = plainRegistry();
      const records = [makeArticle({ id: 'a' }), { ...makeArticle({ id: 'b' }), body: 42 }];
      expect(() => createCorpus(records, { validate, entities: registry.entities, topics: registry.topics })).toThrow(
        InvalidRecordError,
      );
      expect([records[0], registry.entities[0], registry.topics[0]].map((item) => Object.isFrozen(item))).toEqual([
        false,
        false,
        false,
      ]);
    },
  );

  it('deep-freezes trusted records and registries once the build has passed', () => {
    const registry = plainRegistry();
    const records = [makeArticle({ id: 'a' })];
    createCorpus(records, { validate: false, entities: registry.entities, topics: registry.topics });
    expect(
      [records[0], records[0]?.entities, registry.entities[0], registry.entities[0]?.name, registry.topics[0]].map(
        (item) => Object.isFrozen(item),
      ),
    ).toEqual([true, true, true, true, true]);
  });
});

describe('the messages of createCorpus for an unknown id', () => {
  const ownEntities: Entity[] = [
    { id: 'own-x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
  ];
  const ownTopics: Topic[] = [{ id: 'own-sport', label: { en: 'Sport', ar: 'الرياضة' }, description: 'Sport.' }];
  const shippedRegistry =
    'expected an id of the shipped entity registry, which is used when no options.entities is passed: pass the registry your records were built with, as { entities }';
  const shippedVocabulary =
    'expected an id of the shipped topic vocabulary, which is used when no options.topics is passed: pass the vocabulary your records were built with, as { topics }';
  const CASES = [
    [
      'an entity id, with no registry passed',
      { entities: ['nobody'] },
      {},
      'entities[0].id',
      `Unknown entity id "nobody": ${shippedRegistry}`,
    ],
    [
      'an entity id, with only the vocabulary passed',
      { entities: ['nobody'] },
      { topics },
      'entities[0].id',
      `Unknown entity id "nobody": ${shippedRegistry}`,
    ],
    [
      'an entity id, with a registry passed',
      { entities: ['nobody'] },
      { entities: ownEntities },
      'entities[0].id',
      'Unknown entity id "nobody": expected an id of options.entities',
    ],
    [
      'a topic id, with no vocabulary passed',
      { topics: ['nobody'] },
      {},
      'topics[0]',
      `Unknown topic id "nobody": ${shippedVocabulary}`,
    ],
    [
      'a topic id, with a vocabulary passed',
      { topics: ['nobody'] },
      { topics: ownTopics },
      'topics[0]',
      'Unknown topic id "nobody": expected an id of options.topics',
    ],
  ] as const;

  it.each(CASES.flatMap(([name, ...rest]) => [[name, true, ...rest] as const, [name, false, ...rest] as const]))(
    'refuses %s, naming the registry it checked against (validate: %s)',
    (_name, validate, sketch, options, path, problem) => {
      const error = catchError(() => createCorpus([makeArticle({ id: 'a', ...sketch })], { ...options, validate }));
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message).toBe(`Invalid record at articles[0].${path}:\n✖ ${problem}`);
    },
  );
});

describe('the message of createCorpus for a span that starts inside a word', () => {
  // The letters before the span are shown whole, however many: the rule reads only a few.
  const HEADS = [
    ['a word run into a long one', 'قال الرئيسبوتين اليوم', 'بوتين', 'vladimir-putin', 'الرئيسبوتين', 'الرئيس'],
    ['a word run into a short one', 'زارموسكو أمس', 'موسكو', 'moscow', 'زارموسكو', 'زار'],
    ['more letters than any clitic chain', 'فوبالالموسكو', 'موسكو', 'moscow', 'فوبالالموسكو', 'فوبالال'],
  ] as const;

  it.each(HEADS)(
    'shows the whole word and every letter before the span, for %s',
    (_name, body, name, id, word, head) => {
      const start = body.indexOf(name);
      const record = {
        ...makeArticle({ id: 'a' }),
        body,
        entities: [{ id, mentions: [{ field: 'body', start, end: start + name.length }] }],
      };
      const error = catchError(() => createCorpus([record])) as InvalidRecordError;
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect(error.path).toEqual(['entities', 0, 'mentions', 0, 'start']);
      expect(error.message).toContain(
        `The span [${start}, ${start + name.length}) of body starts inside the word "${word}", after "${head}": expected`,
      );
    },
  );
});
