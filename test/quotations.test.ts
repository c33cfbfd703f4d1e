/**
 * The curated quotations layer (docs/data-model.md, "Quotations"): every shipped
 * article carries it, and every quotation reads as its kind requires in the text;
 * createCorpus and buildArticle refuse a speaker the registry lacks. Then the
 * `quotations` helper, on records with layers of the tests' own.
 */
import { describe, expect, it } from 'vitest';

import { MISSING_SPACES } from '../scripts/lib/deriveEntities.js';
import {
  type Article,
  articles,
  ArticleSchema,
  buildArticle,
  type BuildArticleInput,
  createCorpus,
  entities,
  InvalidQueryError,
  InvalidRecordError,
  type Mention,
  type Quotation,
  quotations,
  topics,
  UnknownEntityError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { rawFileOf, readBytes } from './support/corpus.js';
import { layeredArticle } from './support/layeredArticle.js';
import { LAYERED, PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';

/** The quotation marks of the data model's rule: a quote neither starts nor ends with one. */
const MARKS = '"\'«»“”„‘’‹›';
const isMark = (character: string): boolean => character.length === 1 && MARKS.includes(character);
/** A complementizer that opens a reported clause: أن, بأن or إن, alone or with a pronoun (أنه, بأنها). */
const COMPLEMENTIZER = /(?:^|[\s\u00a0])(?:ب?أن|إن)(?:ه|ها|هم|هما)?[\s\u00a0:"«“]*$/u;
/** An attribution phrase that reports a statement without a complementizer: بحسب, وفقاً لما. */
const ACCORDING_TO = /^(?:و?بحسب|و?وفقاً لما|و?وفقا لما)(?:\s|$)/u;
/** What ends a sentence: the reporter's attribution does not reach across it. */
const SENTENCE_END = /[.؛!?؟]|\n\n/u;

const words = (article: Article, span: Mention): string => article[span.field].slice(span.start, span.end);
/** The paragraph a span lies in: the title, or the number of its body paragraph. */
const paragraphOf = (article: Article, span: Mention): string =>
  span.field === 'title' ? 'title' : String(article.body.slice(0, span.start).split('\n\n').length - 1);
/** The first character before `at` that is not white space, or '' at the start of the text. */
const before = (text: string, at: number): string => text.slice(0, at).trimEnd().slice(-1);
/** The first character from `at` on that is not white space, or '' at the end of the text. */
const after = (text: string, at: number): string => text.slice(at).trimStart().charAt(0);

const layers = articles.map((article) => [article.id, article, article.quotations ?? []] as const);
const all = layers.flatMap(([id, article, list]) =>
  list.map((quotation, position) => [`${id} #${position}`, article, quotation] as const),
);
const ofKind = (kind: Quotation['kind']) => all.filter(([, , quotation]) => quotation.kind === kind);
const registry = new Map(entities.map((entity) => [entity.id, entity]));

describe('the quotations layer of the shipped articles', () => {
  it.each(articles.map((article) => [article.id, article] as const))('is present on %s', (_id, article) => {
    // An article with no attributed statement would carry an empty list; none of the five is one.
    expect(Array.isArray(article.quotations)).toBe(true);
    expect(article.quotations?.length).toBeGreaterThan(0);
  });

  it.each(layers)('lists the quotations of %s in the order of their quotes', (_id, _article, list) => {
    const places = list.map(({ quote }) => [quote.field === 'title' ? 0 : 1, quote.start, quote.end] as const);
    const sorted = [...places].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(places).toEqual(sorted);
  });

  it.each(all)('keeps the spans of %s inside their field', (_name, article, { cue, quote }) => {
    for (const span of cue === undefined ? [quote] : [cue, quote]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(article[span.field].length);
    }
  });

  it.each(all)(
    'spans the quoted words of %s, without white space or quotation marks around them',
    (_name, article, { quote }) => {
      const text = words(article, quote);
      expect(text.trim()).not.toBe('');
      // Starts and ends on a letter or digit: marks, spaces and the reporter's closing punctuation are left out.
      expect(text).toMatch(/^[\p{L}\p{N}]/u);
      expect(text).toMatch(/[\p{L}\p{N}]$/u);
      expect(isMark(text.charAt(0))).toBe(false);
      expect(isMark(text.charAt(text.length - 1))).toBe(false);
    },
  );

  it.each(all.filter(([, , quotation]) => quotation.cue !== undefined))(
    'puts the cue of %s before or after its quote, in the same paragraph',
    (_name, article, { cue, quote }) => {
      const reporting = cue!;
      expect(reporting.field).toBe(quote.field);
      expect(paragraphOf(article, reporting)).toBe(paragraphOf(article, quote));
      expect(reporting.end <= quote.start || reporting.start >= quote.end).toBe(true);
      // Reporting words, from the verb's first letter to the last letter and its marks (منوّهاً).
      expect(words(article, reporting)).toMatch(/^\p{L}.*\p{L}\p{M}*$/u);
    },
  );

  it.each(all)('names as the speaker of %s an entity of the registry', (_name, _article, { speaker }) => {
    expect(registry.has(speaker)).toBe(true);
  });

  it.each(ofKind('direct'))(
    'delimits the direct quotation %s by a quotation mark or a colon',
    (_name, article, { quote }) => {
      const text = article[quote.field];
      const opening = before(text, quote.start);
      const closing = after(text, quote.end);
      expect(isMark(opening) || opening === ':' || isMark(closing)).toBe(true);
    },
  );

  it.each(ofKind('indirect'))(
    'opens the indirect quotation %s after أن, بأن or إن, or attributes it with بحسب or وفقاً لما in its sentence',
    (_name, article, { cue, quote }) => {
      const text = article[quote.field];
      const introduced = COMPLEMENTIZER.test(text.slice(0, quote.start));
      const attributed =
        cue !== undefined &&
        ACCORDING_TO.test(words(article, cue)) &&
        !SENTENCE_END.test(text.slice(Math.min(cue.end, quote.end), Math.max(cue.start, quote.start)));
      expect(introduced || attributed).toBe(true);
      // An indirect quotation is not in quotation marks: that would make it direct or partial.
      expect(isMark(before(text, quote.start)) && isMark(after(text, quote.end))).toBe(false);
    },
  );

  it.each(ofKind('partial'))(
    'encloses the partial quotation %s in quotation marks inside the reporter’s own sentence',
    (_name, article, { quote }) => {
      const text = article[quote.field];
      expect(isMark(before(text, quote.start))).toBe(true);
      expect(isMark(after(text, quote.end))).toBe(true);
      // The reporter's words run up to the opening mark: no colon introduces the fragment.
      const opening = text.lastIndexOf(before(text, quote.start), quote.start);
      expect(before(text, opening)).not.toBe(':');
      expect(before(text, opening)).not.toBe('');
    },
  );

  // The speakers each article quotes, as a reader finds them; the 2021 article quotes Rudenko
  // "half a dozen times" (issue 18), and more.
  const speakers = [
    ['2021-07-22-rudenko-russia-ready-to-repel-aggression', { 'andrey-rudenko': 6, 'igor-lyakin-frolov': 1 }],
    [
      '2022-06-29-rahmon-putin-discuss-cooperation',
      { 'tajik-president-press-office-statement-2022': 3, 'vladimir-putin': 1, 'emomali-rahmon': 1 },
    ],
    ['2022-09-14-lavrov-model-partnership-alliance', { 'sergey-lavrov': 6 }],
    ['2025-10-09-putin-state-visit-dushanbe', { 'yuri-ushakov': 1, kremlin: 1 }],
    [
      '2025-10-09-russia-tajikistan-joint-statement-military-cooperation',
      { 'russia-tajikistan-joint-statement-2025': 6, 'vladimir-putin': 1, sputnik: 1, 'yuri-ushakov': 1 },
    ],
  ] as const;

  it.each(speakers)('quotes in %s at least these speakers, this often', (id, least) => {
    const list = articles.find((article) => article.id === id)?.quotations ?? [];
    const counts = new Map<string, number>();
    for (const { speaker } of list) {
      counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    for (const [speaker, count] of Object.entries(least)) {
      expect(counts.get(speaker) ?? 0, speaker).toBeGreaterThanOrEqual(count);
    }
  });

  it('records a statement made by two speakers jointly once for each, with the same spans', () => {
    const joint = all.filter(([, article, quotation]) =>
      all.some(
        ([, other, twin]) =>
          other === article &&
          twin !== quotation &&
          twin.quote.start === quotation.quote.start &&
          twin.quote.end === quotation.quote.end,
      ),
    );
    expect(joint.map(([, , { speaker }]) => speaker).sort()).toEqual(['emomali-rahmon', 'vladimir-putin']);
  });
});

/** The first shipped article with its first quotation's speaker replaced. */
function withSpeaker(speaker: unknown): Article {
  const [first] = articles;
  const [said, ...rest] = first!.quotations ?? [];
  return { ...first!, quotations: [{ ...said!, speaker } as Quotation, ...rest] };
}

describe('createCorpus and quotation speakers', () => {
  const modes = [
    ['validated, with the registry passed', { entities, topics }, 'expected an id of options.entities'],
    ['trusted, with the registry passed', { entities, topics, validate: false }, 'expected an id of options.entities'],
    ['validated, with the shipped registry', {}, 'expected an id of the shipped entity registry'],
    ['trusted, with the shipped registry', { validate: false }, 'expected an id of the shipped entity registry'],
  ] as const;

  it.each(modes)('refuses an unknown speaker (%s), naming it and its path', (_mode, options, expected) => {
    const error = catchError(() => createCorpus([articles[1]!, withSpeaker('nobody')], options));
    expect(error).toBeInstanceOf(InvalidRecordError);
    const { index, path, message } = error as InvalidRecordError;
    expect([index, path]).toEqual([1, ['quotations', 0, 'speaker']]);
    expect(message).toContain('Unknown speaker id "nobody"');
    expect(message).toContain(expected);
  });

  it('refuses a speaker of a registry that is not the one passed, though the shipped one has it', () => {
    const mine = entities.filter((entity) => entity.id !== 'sputnik');
    const record = withSpeaker('sputnik');
    // The record mentions Sputnik too: drop the entity entry so that only the speaker refers to it.
    const bare = { ...record, entities: record.entities.filter((entity) => entity.id !== 'sputnik') };
    const error = catchError(() => createCorpus([bare], { entities: mine, topics, validate: false }));
    expect((error as InvalidRecordError).path).toEqual(['quotations', 0, 'speaker']);
  });

  const shapes = [
    ['quotations that are not an array', { quotations: 'none' }, ['quotations'], 'Expected quotations to be an array'],
    ['an entry that is not an object', { quotations: [null] }, ['quotations', 0], 'Expected a quotation object'],
    [
      'a speaker that is not a string',
      { quotations: [{ speaker: 7 }] },
      ['quotations', 0, 'speaker'],
      'Unknown speaker id 7',
    ],
  ] as const;

  it.each(shapes)('refuses, in a trusted record, %s at its path', (_what, change, path, message) => {
    const error = catchError(() => createCorpus([{ ...articles[0]!, ...change }], { validate: false }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(path);
    expect((error as Error).message).toContain(message);
  });

  it('accepts the shipped records, every speaker resolved, in both modes', () => {
    for (const validate of [true, false]) {
      const records = JSON.parse(JSON.stringify(articles)) as Article[];
      const built = createCorpus(records, { entities, topics, validate });
      expect(built.articles.flatMap((article) => article.quotations ?? []).length).toBe(
        articles.reduce((sum, article) => sum + (article.quotations?.length ?? 0), 0),
      );
    }
  });
});

describe('buildArticle and quotations', () => {
  // The 2021 article, rebuilt from its raw text with its curated quotations, changed as each case says.
  const [first] = articles;
  const shipped = first!.quotations!;
  function build(quotations: readonly unknown[], titleBasis: 'source' | 'editorial' = 'source'): Article {
    const article = first!;
    const input: BuildArticleInput = {
      id: article.id,
      title: article.title,
      titleBasis,
      body: article.body,
      furniture: article.source.furniture,
      chain: article.source.chain,
      en: article.en,
      topics: article.topics,
      topicEvidence: article.topicEvidence,
      quotations: quotations as readonly Quotation[],
      raw: { file: rawFileOf(article).file, text: readBytes(rawFileOf(article).file) },
    };
    return buildArticle(input, { entities, topics, missingSpaces: MISSING_SPACES[article.id] ?? [] });
  }
  const body = (said: Quotation, start: number, end: number): Quotation => ({
    ...said,
    quote: { field: 'body', start, end },
  });
  const second = shipped[1]!;
  const opening = first!.body.indexOf('"');

  it('keeps the curated quotations of a record as they are', () => {
    expect(build(shipped).quotations).toEqual(shipped);
  });

  const bad = [
    [
      'an unknown speaker',
      [{ ...second, speaker: 'nobody' }],
      ['quotations', 0, 'speaker'],
      'Unknown speaker id "nobody"',
    ],
    [
      'a quote that starts with a quotation mark',
      [body(second, opening, opening + 10)],
      ['quotations', 0, 'quote'],
      'starts or ends with a quotation mark',
    ],
    [
      'a quote that starts with white space',
      [body(second, second.quote.start - 1, second.quote.end)],
      ['quotations', 0, 'quote'],
      'starts or ends with white space',
    ],
    [
      'quotations out of order',
      [shipped[2]!, shipped[1]!],
      ['quotations', 1, 'quote'],
      'expected the quotations in the order of their quotes',
    ],
  ] as const;

  it.each(bad)('refuses %s, naming its path', (_what, quotations, path, message) => {
    const error = catchError(() => build(quotations));
    expect(error).toBeInstanceOf(InvalidRecordError);
    const issue = (error as InvalidRecordError).issues.find((item) => item.path.join('.') === path.join('.'));
    expect(issue?.message).toContain(message);
  });

  it('refuses a quotation in an editorial title, which is not the source’s words', () => {
    const error = catchError(() => build([shipped[0]!], 'editorial'));
    const issue = (error as InvalidRecordError).issues.find((item) => item.path.join('.') === 'quotations.0.quote');
    expect(issue?.message).toContain('editorial title');
  });

  it('refuses a quote that ends past its field, by the schema', () => {
    const error = catchError(() => build([body(second, second.quote.start, first!.body.length + 1)]));
    const issue = (error as InvalidRecordError).issues.find((item) => item.path.join('.') === 'quotations.0.quote.end');
    expect(issue?.message).toContain('past the end of body');
  });
});

describe('the quotations helper', () => {
  it('accepts the fixtures as records the schema takes', () => {
    for (const article of LAYERED) {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
    }
  });

  it('lists every quotation in article order, then in text order of the quoted words, the title first', () => {
    const listed = quotations(LAYERED).map((entry) => [entry.article, entry.quote.field, entry.quote.start]);
    const expected = LAYERED.flatMap((article) =>
      (article.quotations ?? [])
        .map((quotation) => [article.id, quotation.quote.field, quotation.quote.start] as const)
        .sort((left, right) => (left[1] === right[1] ? left[2] - right[2] : left[1] === 'title' ? -1 : 1)),
    );
    expect(listed).toEqual(expected);
    expect(listed[0]).toEqual([TRADE.id, 'title', TRADE.title.indexOf('التجارة تنمو')]);
    expect(listed).toHaveLength(5);
  });

  it('gives each entry the record’s speaker, kind and spans, and the quoted words sliced from its field', () => {
    for (const entry of quotations(LAYERED)) {
      const article = LAYERED.find((candidate) => candidate.id === entry.article)!;
      const record = article.quotations?.find(
        (quotation) => quotation.quote.field === entry.quote.field && quotation.quote.start === entry.quote.start,
      );
      expect(record).toBeDefined();
      expect({ speaker: entry.speaker, kind: entry.kind, cue: entry.cue, quote: entry.quote }).toEqual({
        speaker: record?.speaker,
        kind: record?.kind,
        cue: record?.cue,
        quote: record?.quote,
      });
      expect(entry.text).toBe(article[entry.quote.field].slice(entry.quote.start, entry.quote.end));
      expect('cue' in entry).toBe(record?.cue !== undefined);
    }
  });

  it('sorts an article’s quotations by their quoted words, whatever the record’s order', () => {
    const shuffled = layeredArticle({
      id: '2022-01-01-shuffled',
      body: 'قال أ: "واحد". وقال ب: "اثنان".',
      sortLayers: false,
      quotations: [
        { speaker: 'vladimir-putin', kind: 'direct', quote: { words: 'اثنان' } },
        { speaker: 'sergey-lavrov', kind: 'direct', quote: { words: 'واحد' } },
      ],
    });
    expect(quotations([shuffled]).map((entry) => entry.text)).toEqual(['واحد', 'اثنان']);
  });

  it.each([
    ['an id', 'sergey-lavrov', 3],
    ['an English name', 'Sergey Lavrov', 3],
    ['an Arabic alias', 'لافروف', 3],
    ['a person with one quotation', 'vladimir-putin', 1],
    ['an organization', 'kremlin', 1],
    ['an entity that says nothing here', 'emomali-rahmon', 0],
  ] as const)('keeps the quotations of one speaker given by %s', (_kind, speaker, count) => {
    const kept = quotations(LAYERED, { speaker });
    expect(kept).toHaveLength(count);
    const id = entities.find(
      (entity) => entity.id === speaker || entity.name.en === speaker || entity.aliases.includes(speaker),
    )?.id;
    expect(kept.every((entry) => entry.speaker === id)).toBe(true);
  });

  it('throws UnknownEntityError for an unknown speaker, with the closest name', () => {
    const error = catchError(() => quotations(LAYERED, { speaker: 'Lavrow' }));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).suggestions[0]).toBe('Lavrov');
  });

  it('resolves the speaker against the registry it is given', () => {
    const own = entities.map((entity) =>
      entity.id === 'sergey-lavrov' ? { ...entity, aliases: [...entity.aliases, 'الوزير'] } : entity,
    );
    expect(quotations(LAYERED, { speaker: 'الوزير', entities: own })).toHaveLength(3);
    expect(() => quotations(LAYERED, { speaker: 'الوزير' })).toThrow(UnknownEntityError);
    expect(() => quotations(LAYERED, { speaker: 'sergey-lavrov', entities: [] })).toThrow(UnknownEntityError);
  });

  it('gives nothing for an article without the layer, or for no articles', () => {
    expect(quotations([PLAIN])).toEqual([]);
    expect(quotations([])).toEqual([]);
  });

  it('reads frozen records without changing them', () => {
    const frozen = Object.freeze([structuredClone(VISIT)]);
    const before = JSON.stringify(frozen);
    expect(quotations(frozen)).toHaveLength(2);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it.each([
    ['a layer that is not a list', { quotations: 'none' }, ['quotations']],
    ['a quotation that is not an object', { quotations: [null] }, ['quotations', 0]],
    ['an unknown kind', { quotations: [{ ...VISIT.quotations![0]!, kind: 'quoted' }] }, ['quotations', 0, 'kind']],
    [
      'a speaker that is not a string',
      { quotations: [{ ...VISIT.quotations![0]!, speaker: 7 }] },
      ['quotations', 0, 'speaker'],
    ],
    [
      'a quote past the end of its field',
      { quotations: [{ ...VISIT.quotations![0]!, quote: { field: 'title', start: 0, end: 500 } }] },
      ['quotations', 0, 'quote'],
    ],
    [
      'an empty cue',
      { quotations: [{ ...VISIT.quotations![0]!, cue: { field: 'body', start: 4, end: 4 } }] },
      ['quotations', 0, 'cue'],
    ],
    [
      'a span in an unknown field',
      { quotations: [{ ...VISIT.quotations![0]!, quote: { field: 'en', start: 0, end: 1 } }] },
      ['quotations', 0, 'quote', 'field'],
    ],
  ] as const)('throws InvalidRecordError, naming the path, for %s', (_name, change, path) => {
    const error = catchError(() => quotations([PLAIN, { ...VISIT, ...change } as never]));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).index).toBe(1);
    expect((error as InvalidRecordError).path).toEqual(path);
  });

  it.each([
    ['a list that is not an array', () => quotations('articles' as never)],
    ['an unknown option', () => quotations(LAYERED, { who: 'Lavrov' } as never)],
    ['a speaker that is not a string', () => quotations(LAYERED, { speaker: 42 as never })],
    ['a registry that is not an array', () => quotations(LAYERED, { entities: {} as never })],
  ] as const)('throws InvalidQueryError for %s', (_name, call) => {
    expect(call).toThrow(InvalidQueryError);
  });
});
