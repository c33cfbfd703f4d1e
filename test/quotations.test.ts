import { describe, expect, it } from 'vitest';

import {
  ArticleSchema,
  entities,
  InvalidQueryError,
  InvalidRecordError,
  quotations,
  UnknownEntityError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { layeredArticle } from './support/layeredArticle.js';
import { LAYERED, PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';

describe('quotations', () => {
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
