import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  ArticleSchema,
  buildArticle,
  type BuildArticleInput,
  createCorpus,
  InvalidQueryError,
  InvalidRecordError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';

// Invented test text in the style of wire copy; not real news.
const REGISTRY = {
  entities: [
    { id: 'dushanbe', aliases: ['دوشنبه'] },
    { id: 'moscow', aliases: ['موسكو'] },
    { id: 'united-nations', aliases: ['الأمم المتحدة'] },
    { id: 'example-agency', aliases: ['وكالة المثال'] },
  ],
  topics: [{ id: 'economy-trade' }, { id: 'culture' }],
} as const;
const DATELINE = 'دوشنبه، 12 مارس 2024';
const TITLE = 'افتتاح معرض تجاري في دوشنبه';
const PARAGRAPHS = [
  'افتتح في دوشنبه اليوم الثلاثاء معرض تجاري يشارك فيه وفد من موسكو، وممثل للأمم المتحدة.',
  'وكان المعرض الأول قد أقيم في 3 أيار/مايو 2019.',
] as const;
const BODY = PARAGRAPHS.join('\n\n');
const CREDIT = 'المصدر: وكالة المثال';
const RAW = [DATELINE, TITLE, ...PARAGRAPHS, CREDIT].join('\n');

function input(overrides: Readonly<Record<string, unknown>> = {}): BuildArticleInput {
  const built: BuildArticleInput = {
    id: '2024-03-12-trade-fair-opens',
    title: TITLE,
    titleBasis: 'source',
    body: BODY,
    furniture: [
      { kind: 'dateline', text: DATELINE },
      { kind: 'source-credit', text: CREDIT },
    ],
    chain: [
      {
        role: 'agency',
        name: 'وكالة المثال',
        en: 'Example Agency',
        basis: 'stated',
        evidence: CREDIT,
        entity: 'example-agency',
      },
    ],
    en: { title: 'Trade fair opens in Dushanbe', summary: 'Invented test text.' },
    topics: ['economy-trade'],
    topicEvidence: { 'economy-trade': ['معرض تجاري'] },
    raw: { file: 'data/raw/trade-fair.txt', text: RAW },
  };
  // The overrides may hold anything a JavaScript caller can pass.
  return { ...built, ...overrides };
}

const STAMP = '10:51 GMT 12.03.2024 (تم التحديث: 11:02 GMT 12.03.2024)';
/** The input with a time stamp for its dateline. */
const STAMPED = {
  furniture: [
    { kind: 'timestamp', text: STAMP },
    { kind: 'source-credit', text: CREDIT },
  ],
  raw: { file: 'data/raw/trade-fair.txt', text: [STAMP, TITLE, ...PARAGRAPHS, CREDIT].join('\n') },
} as const;

/** The span of `words` in `text`, found by hand, as a mention. */
const span = (field: 'title' | 'body', text: string, words: string) => ({
  field,
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
});

/** The issues of the InvalidRecordError that `run` throws, as `path: message`. */
function issuesOf(run: () => unknown): string[] {
  const error = catchError(run);
  expect(error).toBeInstanceOf(InvalidRecordError);
  return (error as InvalidRecordError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('buildArticle', () => {
  it('builds a record that ArticleSchema accepts, deep-frozen', () => {
    const article = buildArticle(input(), REGISTRY);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(Object.isFrozen(article)).toBe(true);
    expect(Object.isFrozen(article.entities[0]?.mentions[0])).toBe(true);
    expect(Object.isFrozen(article.date)).toBe(true);
  });

  it('fills the mentions, entities in order of first mention, title first', () => {
    expect(buildArticle(input(), REGISTRY).entities).toEqual([
      { id: 'dushanbe', mentions: [span('title', TITLE, 'دوشنبه'), span('body', BODY, 'دوشنبه')] },
      { id: 'moscow', mentions: [span('body', BODY, 'موسكو')] },
      { id: 'united-nations', mentions: [span('body', BODY, 'أمم المتحدة')] },
    ]);
  });

  it('searches the title only where it is the source headline', () => {
    const article = buildArticle(input({ titleBasis: 'editorial' }), REGISTRY);
    expect(article.entities[0]?.mentions.map((mention) => mention.field)).toEqual(['body']);
  });

  it('passes missingSpaces through to findMentions', () => {
    const body = 'وقال الوفدموسكو إن المعرض افتتح في دوشنبه اليوم الثلاثاء.';
    const raw = [DATELINE, TITLE, body, CREDIT].join('\n');
    const options = { ...REGISTRY, missingSpaces: ['الوفد|موسكو'] };
    const built = (missingSpaces: typeof options) =>
      buildArticle(
        input({
          body,
          raw: { file: 'data/raw/trade-fair.txt', text: raw },
          topicEvidence: { 'economy-trade': ['المعرض'] },
        }),
        missingSpaces,
      ).entities.map((entity) => entity.id);
    expect(built(options)).toContain('moscow');
    expect(built({ ...options, missingSpaces: [] })).not.toContain('moscow');
  });

  it('checks the spans with the missingSpaces it was given, as createCorpus does with the same list', () => {
    const body = 'وقال الرئيسموسكو إن المعرض افتتح في دوشنبه اليوم الثلاثاء.';
    const raw = [DATELINE, TITLE, body, CREDIT].join('\n');
    const entities = REGISTRY.entities.map(({ id, aliases }) => ({
      id,
      type: 'location' as const,
      name: { ar: aliases[0], en: id },
      aliases,
      description: 'Test registry entity.',
    }));
    const options = {
      entities,
      topics: [{ id: 'economy-trade', label: { ar: 'اقتصاد', en: 'Economy' }, description: 'Test topic.' }],
    };
    const article = buildArticle(
      input({
        body,
        raw: { file: 'data/raw/trade-fair.txt', text: raw },
        topicEvidence: { 'economy-trade': ['المعرض'] },
        chain: [{ role: 'agency', name: 'وكالة المثال', en: 'Example Agency', basis: 'stated', evidence: CREDIT }],
        topics: ['economy-trade'],
      }),
      { ...options, missingSpaces: ['الرئيس|موسكو'] },
    );
    expect(article.entities.map((entity) => entity.id)).toContain('moscow');
    expect(createCorpus([article], { ...options, missingSpaces: ['الرئيس|موسكو'] }).articles).toHaveLength(1);
    // A corpus given other missingSpaces refuses the span that starts at the missing space.
    expect(() => createCorpus([article], options)).toThrow(/starts inside the word/);
  });

  it.each([
    ['a space around the bar', 'الوفد |موسكو'],
    ['no bar', 'الوفدموسكو'],
    ['two bars', 'ال|وفد|موسكو'],
  ] as const)('refuses a missing space with %s, as createCorpus does', (_name, entry) => {
    const build = () => buildArticle(input(), { ...REGISTRY, missingSpaces: [entry] });
    const corpus = () => createCorpus([], { missingSpaces: [entry] });
    expect(catchError(build)).toBeInstanceOf(InvalidQueryError);
    expect((catchError(build) as Error).message).toBe((catchError(corpus) as Error).message);
  });

  it('reads the date from the dateline, keeps the agreeing "today" as corroboration, and not the old date in the body', () => {
    const article = buildArticle(input(), REGISTRY);
    expect(article.publishedAt).toBe('2024-03-12');
    expect(article.date).toEqual({
      precision: 'day',
      basis: 'stated',
      evidence: '12 مارس 2024',
      corroboration: ['اليوم الثلاثاء'],
    });
  });

  it('reads a time stamp to the minute, and its update as modifiedAt', () => {
    const article = buildArticle(input(STAMPED), REGISTRY);
    expect([article.publishedAt, article.modifiedAt]).toEqual(['2024-03-12T10:51:00Z', '2024-03-12T11:02:00Z']);
    expect(article.date).toEqual({
      precision: 'minute',
      basis: 'stated',
      evidence: '10:51 GMT 12.03.2024',
      corroboration: ['اليوم الثلاثاء'],
      modifiedEvidence: 'تم التحديث: 11:02 GMT 12.03.2024',
    });
  });

  it('infers the date from a dated "yesterday" when the furniture states none, and says how in English, quoting the Arabic', () => {
    const body = 'وصل الوفد إلى دوشنبه مساء أمس الإثنين 11 مارس 2024.\n\nويفتتح اليوم الثلاثاء معرض تجاري.';
    const article = buildArticle(
      input({
        body,
        furniture: [{ kind: 'source-credit', text: CREDIT }],
        raw: { file: 'data/raw/trade-fair.txt', text: [TITLE, body, CREDIT].join('\n') },
      }),
      REGISTRY,
    );
    expect(article.publishedAt).toBe('2024-03-12');
    expect(article.date).toEqual({
      precision: 'day',
      basis: 'inferred',
      evidence: 'مساء أمس الإثنين 11 مارس 2024',
      corroboration: ['اليوم الثلاثاء'],
      inference:
        'No dateline or time stamp states a publication date. It says "مساء أمس الإثنين 11 مارس 2024" (yesterday, Monday 11 March 2024), ' +
        'so it was written on Tuesday 12 March 2024, the day taken as its publication date. ' +
        '"اليوم الثلاثاء" (today, Tuesday) agrees.',
    });
  });

  // The body says "yesterday evening, Wednesday 8 October 2025": without the dateline, the date would be
  // inferred as 9 October. A dateline that holds a date the reader cannot read may say otherwise.
  const unreadDatelines = [
    ['a numeric date, read differently in different countries', 'دوشنبه، 09/10/2025'],
    ['a Hijri date', 'دوشنبه، 17 ربيع الآخر 1447 هـ'],
    ['a date whose weekday contradicts it', 'الجمعة 9 أكتوبر 2025'],
    ['a range of days', 'دوشنبه، 8-9 أكتوبر 2025'],
  ] as const;

  it.each(unreadDatelines)(
    'asks for the date, rather than infer one, where the dateline holds %s',
    (_name, dateline) => {
      const body = 'وصل الوفد إلى دوشنبه مساء أمس الأربعاء 8 أكتوبر 2025.';
      const undated = {
        id: '2025-10-09-delegation-arrives',
        body,
        furniture: [
          { kind: 'dateline', text: dateline },
          { kind: 'source-credit', text: CREDIT },
        ],
        topicEvidence: { 'economy-trade': ['الوفد'] },
        raw: { file: 'data/raw/delegation.txt', text: [dateline, TITLE, body, CREDIT].join('\n') },
      };
      expect(issuesOf(() => buildArticle(input(undated), REGISTRY))).toEqual([
        `publishedAt: No date could be read from the dateline ${JSON.stringify(dateline)}, though it holds a number (a date in another calendar, an ambiguous numeric date, a range, or a weekday that contradicts the day is not read); supply publishedAt and date ({ precision, basis, evidence }) yourself`,
      ]);
      const date = { precision: 'day', basis: 'stated', evidence: dateline } as const;
      const article = buildArticle(input({ ...undated, publishedAt: '2025-10-09', date }), REGISTRY);
      expect([article.publishedAt, article.date]).toEqual(['2025-10-09', date]);
    },
  );

  it('infers the date where the dated furniture holds no number', () => {
    const body = 'وصل الوفد إلى دوشنبه مساء أمس الأربعاء 8 أكتوبر 2025.';
    const article = buildArticle(
      input({
        body,
        furniture: [
          { kind: 'dateline', text: 'دوشنبه (وكالة المثال)' },
          { kind: 'source-credit', text: CREDIT },
        ],
        topicEvidence: { 'economy-trade': ['الوفد'] },
        raw: { file: 'data/raw/delegation.txt', text: ['دوشنبه (وكالة المثال)', TITLE, body, CREDIT].join('\n') },
      }),
      REGISTRY,
    );
    expect([article.publishedAt, article.date.basis]).toEqual(['2025-10-09', 'inferred']);
  });

  it('keeps a given publishedAt that agrees with the date read, and keeps the precision the text states', () => {
    expect(buildArticle(input({ publishedAt: '2024-03-12' }), REGISTRY).publishedAt).toBe('2024-03-12');
    expect(buildArticle(input({ publishedAt: '2024-03-12T09:00:00Z' }), REGISTRY).publishedAt).toBe('2024-03-12');
  });

  it('refuses a given publishedAt that disagrees with the date read, naming both', () => {
    expect(issuesOf(() => buildArticle(input({ publishedAt: '2024-03-13' }), REGISTRY))).toEqual([
      'publishedAt: publishedAt "2024-03-13" disagrees with the date the text states, 2024-03-12 ("12 مارس 2024")',
    ]);
  });

  it('demands publishedAt and date where the text states no date it can read, and takes them from the input', () => {
    const body = 'افتتح في دوشنبه معرض تجاري يشارك فيه وفد من موسكو.';
    const raw = [TITLE, body, CREDIT, 'date 2024-03-12'].join('\n');
    const undated = {
      body,
      furniture: [
        { kind: 'source-credit', text: CREDIT },
        { kind: 'header', text: 'date 2024-03-12' },
      ],
      raw: { file: 'data/raw/trade-fair.txt', text: raw },
    };
    const issues = issuesOf(() => buildArticle(input(undated), REGISTRY));
    expect(issues).toEqual([
      expect.stringMatching(/^publishedAt: No date could be read .*: supply publishedAt$/),
      expect.stringMatching(/^date: No date could be read: supply date/),
    ]);
    const date = { precision: 'day', basis: 'stated', evidence: 'date 2024-03-12' } as const;
    const article = buildArticle(input({ ...undated, publishedAt: '2024-03-12', date }), REGISTRY);
    expect([article.publishedAt, article.date]).toEqual(['2024-03-12', date]);
  });

  it('refuses furniture that states two publication dates, and a text that implies two days of writing', () => {
    const stamp = '10:51 GMT 13.03.2024';
    const two = {
      furniture: [
        { kind: 'dateline', text: DATELINE },
        { kind: 'timestamp', text: stamp },
        { kind: 'source-credit', text: CREDIT },
      ],
      raw: { file: 'data/raw/trade-fair.txt', text: [DATELINE, stamp, TITLE, ...PARAGRAPHS, CREDIT].join('\n') },
    };
    expect(issuesOf(() => buildArticle(input(two), REGISTRY))).toEqual([
      'publishedAt: The furniture states more than one publication date, "12 مارس 2024" (2024-03-12) and "10:51 GMT 13.03.2024" (2024-03-13T10:51:00Z); supply publishedAt and date ({ precision, basis, evidence }) yourself',
    ]);
    // Supplied, the date is used as it is.
    const date = { precision: 'day', basis: 'stated', evidence: '12 مارس 2024' } as const;
    expect(buildArticle(input({ ...two, publishedAt: '2024-03-12', date }), REGISTRY).date).toEqual(date);
    const body = 'وصل أمس الإثنين 11 مارس 2024 وفد، وغادر أمس الأحد 17 مارس 2024 وفد آخر.';
    expect(
      issuesOf(() =>
        buildArticle(
          input({
            body,
            furniture: [],
            topicEvidence: { 'economy-trade': ['وفد'] },
            raw: { file: 'data/raw/trade-fair.txt', text: [TITLE, body].join('\n') },
          }),
          REGISTRY,
        ),
      )[0],
    ).toBe(
      'publishedAt: The text implies more than one day of writing, "أمس الإثنين 11 مارس 2024" (written on 2024-03-12) and "أمس الأحد 17 مارس 2024" (written on 2024-03-18); supply publishedAt and date ({ precision, basis, evidence }) yourself',
    );
  });

  it('lists every missing field at once, each with what to supply', () => {
    // raw is given: whether a record needs one is the schema's call, not the builder's.
    const raw = { file: 'data/raw/trade-fair.txt', text: `${TITLE}\nنص.` };
    const issues = issuesOf(() =>
      buildArticle({ id: '2024-03-12-trade-fair-opens', title: TITLE, body: 'نص.', raw }, REGISTRY),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'titleBasis',
      'publishedAt',
      'date',
      'source.chain',
      'en',
      'topics',
      'topicEvidence',
    ]);
    expect(issues).toContain('en: Missing: supply en: { title, summary }, in English');
  });

  it('checks what the schema cannot: the registries, the evidence, the raw text and the field names', () => {
    const issues = issuesOf(() =>
      buildArticle(
        input({
          topics: ['economy-trade', 'tourism'],
          topicEvidence: { 'economy-trade': ['معرض زراعي'], tourism: ['سياحة'] },
          chain: [{ role: 'agency', name: 'وكالة', en: 'Agency', basis: 'stated', evidence: CREDIT, entity: 'nobody' }],
          raw: { file: 'data/raw/trade-fair.txt', text: RAW.replace(PARAGRAPHS[1], '') },
          tittle: 'x',
        }),
        REGISTRY,
      ),
    );
    expect(issues).toEqual([
      'tittle: Unknown field "tittle": expected any of id, title, titleBasis, body, publishedAt, modifiedAt, date, furniture, chain, en, topics, topicEvidence, timeExpressions, quantities, quotations, url, authors, raw. Did you mean "title"?',
      'topics.1: Unknown topic id "tourism": expected an id of options.topics',
      'source.chain.0.entity: Unknown entity id "nobody": expected an id of options.entities',
      'body: Paragraph 1 of the body, "وكان المعرض الأول قد أقيم في 3 أيار/مايو…", is not in raw.text',
      'topicEvidence.economy-trade.0: The quote "معرض زراعي" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
      'topicEvidence.tourism.0: The quote "سياحة" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
    ]);
  });

  // What createCorpus refuses, buildArticle refuses, with createCorpus's own checks and words.
  const refusedQuotes = [
    [
      'a given date.evidence that is not in the text',
      {
        furniture: [{ kind: 'source-credit', text: CREDIT }],
        publishedAt: '2024-03-12',
        date: { precision: 'day', basis: 'stated', evidence: '12 مارس 2024' },
      },
      'date.evidence: The quote "12 مارس 2024" does not occur in the article: expected the exact words of its printed title, its body or a piece of its furniture',
    ],
    [
      'topic evidence that runs from the title into the body',
      { topicEvidence: { 'economy-trade': [`دوشنبه\n${PARAGRAPHS[0].slice(0, 5)}`] } },
      'topicEvidence.economy-trade.0: The quote "دوشنبه\\nافتتح" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
    ],
    [
      'topic evidence quoted from the furniture',
      { topicEvidence: { 'economy-trade': ['المصدر'] } },
      'topicEvidence.economy-trade.0: The quote "المصدر" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
    ],
    [
      'topic evidence quoted from an editorial title',
      { titleBasis: 'editorial', topicEvidence: { 'economy-trade': ['افتتاح معرض'] } },
      'topicEvidence.economy-trade.0: The quote "افتتاح معرض" does not occur in the article (only in its editorial title, which is not the source’s wording): expected the exact words of its printed title or its body (furniture is not article text)',
    ],
    [
      'chain evidence that is not in the text',
      {
        chain: [
          { role: 'agency', name: 'وكالة المثال', en: 'Example Agency', basis: 'stated', evidence: 'وكالة أخرى' },
        ],
      },
      'source.chain.0.evidence: The quote "وكالة أخرى" does not occur in the article: expected the exact words of its printed title, its body or a piece of its furniture',
    ],
    [
      'English evidence that is not in the text',
      {
        en: {
          title: 'Trade fair opens in Dushanbe',
          summary: 'Invented test text.',
          evidence: { title: ['معرض تجاري'], summary: [['معرض زراعي']] },
        },
      },
      'en.evidence.summary.0.0: The quote "معرض زراعي" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
    ],
    [
      'English evidence quoted from the furniture',
      {
        en: {
          title: 'Trade fair opens in Dushanbe',
          summary: 'Invented test text.',
          evidence: { title: ['المصدر'], summary: [['معرض تجاري']] },
        },
      },
      'en.evidence.title.0: The quote "المصدر" does not occur in the article: expected the exact words of its printed title or its body (furniture is not article text)',
    ],
  ] as const;

  it.each(refusedQuotes)('refuses %s, as createCorpus does', (_name, overrides, issue) => {
    expect(issuesOf(() => buildArticle(input(overrides), REGISTRY))).toEqual([issue]);
  });

  it('keeps English evidence quoted from the text, one list per summary sentence, frozen', () => {
    const evidence = { title: ['معرض تجاري'], summary: [['معرض تجاري'], [TITLE]] };
    const built = buildArticle(
      input({ en: { title: 'Trade fair opens in Dushanbe', summary: 'A fair opens. It is invented.', evidence } }),
      REGISTRY,
    );
    expect(built.en.evidence).toEqual(evidence);
    expect(Object.isFrozen(built.en.evidence?.summary[1])).toBe(true);
    expect(
      issuesOf(() => buildArticle(input({ en: { ...built.en, summary: 'One sentence only.' } }), REGISTRY)),
    ).toEqual([
      'en.evidence.summary: Expected one list of quotes for each sentence of en.summary: it has 1 sentence, and en.evidence.summary 2 lists',
    ]);
  });

  it('lists every quote problem, not only the first', () => {
    const issues = issuesOf(() =>
      buildArticle(
        input({
          topicEvidence: { 'economy-trade': ['معرض زراعي', 'معرض تجاري', 'سوق'] },
          chain: [{ role: 'agency', name: 'وكالة', en: 'Agency', basis: 'stated', evidence: 'وكالة أخرى' }],
        }),
        REGISTRY,
      ),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'topicEvidence.economy-trade.0',
      'topicEvidence.economy-trade.2',
      'source.chain.0.evidence',
    ]);
  });

  it('refuses a modifiedAt that the furniture does not state, and one that disagrees with it', () => {
    expect(issuesOf(() => buildArticle(input({ modifiedAt: '2024-03-13' }), REGISTRY))).toEqual([
      'modifiedAt: modifiedAt "2024-03-13" has no evidence in the furniture: supply date, with modifiedEvidence, or leave modifiedAt out',
    ]);
    expect(issuesOf(() => buildArticle(input({ ...STAMPED, modifiedAt: '2024-03-12T11:03:00Z' }), REGISTRY))).toEqual([
      'modifiedAt: modifiedAt "2024-03-12T11:03:00Z" disagrees with the update the furniture states, 2024-03-12T11:02:00Z ("تم التحديث: 11:02 GMT 12.03.2024")',
    ]);
    expect(buildArticle(input({ ...STAMPED, modifiedAt: '2024-03-12T11:02:00Z' }), REGISTRY).modifiedAt).toBe(
      '2024-03-12T11:02:00Z',
    );
    expect(buildArticle(input({ ...STAMPED, modifiedAt: '2024-03-12T14:02:00.500+03:00' }), REGISTRY).modifiedAt).toBe(
      '2024-03-12T11:02:00Z',
    );
  });

  // A value the record does not keep (it keeps the date read) is still checked: it may be a mistake.
  const badDates = [
    ['publishedAt', 'a word', 'yesterday', 'publishedAt: Invalid date "yesterday": expected \'YYYY-MM-DD\''],
    ['publishedAt', 'an object', {}, 'publishedAt: Expected a date string, got an object'],
    ['publishedAt', 'a number', 42, 'publishedAt: Expected a date string, got 42'],
    [
      'publishedAt',
      'a time without an offset',
      '2024-03-12T10:00',
      'publishedAt: The date-time "2024-03-12T10:00" has no UTC offset',
    ],
    [
      'modifiedAt',
      'a day the calendar lacks',
      '2024-02-30',
      'modifiedAt: The date "2024-02-30" names a day the calendar lacks',
    ],
  ] as const;

  it.each(badDates)(
    'refuses a given %s that is %s even where the text states the date',
    (field, _name, value, issue) => {
      const issues = issuesOf(() => buildArticle(input({ ...STAMPED, [field]: value }), REGISTRY));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toContain(issue);
    },
  );

  it('passes url and authors through, checked by the schema, and leaves them out when not given', () => {
    const built = buildArticle(input({ url: 'https://example.org/news/1', authors: ['مراسل'] }), REGISTRY);
    expect(built.url).toBe('https://example.org/news/1');
    expect(built.authors).toEqual(['مراسل']);
    expect('url' in buildArticle(input(), REGISTRY)).toBe(false);
    expect(issuesOf(() => buildArticle(input({ url: 'ftp://example.org/1' }), REGISTRY)).join('\n')).toMatch(/^url: /);
  });

  it('builds a record without raw when no raw file is given', () => {
    const withoutRaw: BuildArticleInput = Object.fromEntries(
      Object.entries(input()).filter(([key]) => key !== 'raw'),
    ) as unknown as BuildArticleInput;
    expect(buildArticle(withoutRaw, REGISTRY).raw).toBeUndefined();
  });

  it('hashes the raw text as UTF-8, or the raw bytes as they are', () => {
    const bytes = new TextEncoder().encode(RAW);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(buildArticle(input(), REGISTRY).raw?.sha256).toBe(expected);
    expect(buildArticle(input({ raw: { file: 'data/raw/trade-fair.txt', text: bytes } }), REGISTRY).raw?.sha256).toBe(
      expected,
    );
    expect(
      issuesOf(() =>
        buildArticle(input({ raw: { file: 'data/raw/trade-fair.txt', text: new Uint8Array([0xff]) } }), REGISTRY),
      ),
    ).toEqual(['raw.text: raw.text holds bytes that are not UTF-8: expected the UTF-8 bytes of the raw file']);
  });

  it('names the article in its message', () => {
    const error = catchError(() => buildArticle(input({ en: undefined }), REGISTRY));
    expect((error as Error).message).toMatch(
      /Could not build article "2024-03-12-trade-fair-opens" from an object, for one problem:\n✖ Missing: supply en/,
    );
  });

  it.each([
    [
      'an input that is not an object',
      () => buildArticle('text' as never, REGISTRY),
      /Expected input to be an object .*, got "text"/,
    ],
    [
      'options without a registry',
      () => buildArticle(input(), { entities: REGISTRY.entities } as never),
      /Expected buildArticle options to hold both registries, { entities, topics }, got an object without topics/,
    ],
    [
      'a misspelt option',
      () => buildArticle(input(), { ...REGISTRY, missingSpace: [] } as never),
      /Unknown option "missingSpace".*missingSpaces/,
    ],
    [
      'a registry that repeats an id',
      () => buildArticle(input(), { ...REGISTRY, topics: [{ id: 'culture' }, { id: 'culture' }] }),
      /Duplicate id "culture" in options.topics\[1\]: expected every id to be unique/,
    ],
    [
      'a registry item without an id',
      () => buildArticle(input(), { ...REGISTRY, topics: [{ name: 'x' }] } as never),
      /Expected options.topics\[0\] to have a string id, got an object/,
    ],
  ] as const)('refuses %s with InvalidQueryError', (_name, run, message) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(message);
  });
});
