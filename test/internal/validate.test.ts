import { describe, expect, it } from 'vitest';

import {
  type Article,
  entities,
  type Entity,
  EntitySchema,
  InvalidQueryError,
  InvalidRecordError,
  topics,
  TopicSchema,
} from '../../src/index.js';
import { IdTable } from '../../src/internal/corpus/idTable.js';
import { parseArticles, parseRecord } from '../../src/internal/corpus/parseRecord.js';
import {
  addArticleId,
  checkMentions,
  checkRegistry,
  entityNumber,
  topicNumber,
} from '../../src/internal/corpus/validate.js';
import { MentionCheck } from '../../src/internal/text/spelling.js';
import { catchError } from '../support/catchError.js';
import { makeArticle } from '../support/makeArticle.js';

/** The record error a call throws. */
function recordError(run: () => unknown): InvalidRecordError {
  const error = catchError(run);
  expect(error).toBeInstanceOf(InvalidRecordError);
  return error as InvalidRecordError;
}

const entityIds = new Map(entities.map((entity, index) => [entity.id, index]));
const topicIds = new Map(topics.map((topic, index) => [topic.id, index]));
const putin = entityIds.get('vladimir-putin')!;

describe('checkRegistry', () => {
  const entity = (id: string): Entity => ({ ...entities[0]!, id });
  // What createCorpus passes: the schema parse when it validates, none when it trusts.
  const parseEntity = (validate: boolean) =>
    validate ? (item: unknown, index: number) => parseRecord(EntitySchema, item, 'entities', index) : undefined;
  const parseTopic = (item: unknown, index: number) => parseRecord(TopicSchema, item, 'topics', index);

  it.each([[true], [false]])('rejects a repeated id with its index and path (validate: %s)', (validate) => {
    const error = recordError(() =>
      checkRegistry([entity('x'), entity('y'), entity('x')], parseEntity(validate), 'entities'),
    );
    expect([error.collection, error.index, error.path]).toEqual(['entities', 2, ['id']]);
    expect(error.message).toBe('Invalid record at entities[2].id:\n✖ Duplicate id "x": expected every id to be unique');
  });

  it('rejects an item that fails its schema, with the path of the first issue and every issue', () => {
    const error = recordError(() =>
      checkRegistry([topics[0], { ...topics[1], label: { en: 5 } }], parseTopic, 'topics'),
    );
    expect([error.collection, error.index]).toEqual(['topics', 1]);
    expect(error.path).toEqual(error.issues[0]?.path);
    expect(error.path[0]).toBe('label');
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('rejects a registry that is not a list', () => {
    expect(() => checkRegistry({}, parseEntity(true), 'entities')).toThrow(InvalidQueryError);
  });

  it.each([
    [true, true],
    [false, false],
  ])(
    'returns a frozen list whose items are frozen when parsed, and left for indexCorpus to freeze when trusted (validate: %s)',
    (validate, itemsFrozen) => {
      const given = [structuredClone(entity('x'))];
      const checked = checkRegistry(given, parseEntity(validate), 'entities');
      expect(checked.map((item) => item.id)).toEqual(['x']);
      expect(Object.isFrozen(checked)).toBe(true);
      expect(Object.isFrozen(checked[0]?.name)).toBe(itemsFrozen);
    },
  );
});

describe('parseArticles', () => {
  it('keeps a record the schema would return unchanged as it is, unfrozen, for the caller to freeze', () => {
    const records = [makeArticle({ id: 'a' })];
    const parsed = parseArticles(records);
    expect(parsed.articles[0]).toBe(records[0]);
    expect(parsed.inPlace).toEqual(records);
    expect(Object.isFrozen(records[0])).toBe(false);
  });

  it('keeps JSON records in plain mode as in the exact mode, and still parses one the schema normalizes', () => {
    const records = JSON.parse(
      JSON.stringify([makeArticle({ id: 'a' }), makeArticle({ id: 'b', publishedAt: '2024-03-12T10:00:00Z' })]),
    ) as Record<string, unknown>[];
    records[1] = { ...records[1], publishedAt: '2024-03-12T13:00:00+03:00' };
    const exact = parseArticles(records);
    const plain = parseArticles(records, { plain: true });
    expect(plain.inPlace).toEqual([records[0]]);
    expect(plain.inPlace).toEqual(exact.inPlace);
    expect(plain.articles[0]).toBe(records[0]);
    expect(plain.articles[1]).toEqual(exact.articles[1]);
    expect(plain.articles[1]?.publishedAt).toBe('2024-03-12T10:00:00Z');
  });

  it('parses a record the schema normalizes into a frozen copy', () => {
    const records = [{ ...makeArticle({ id: 'a', publishedAt: '2024-03-12T10:00:00Z' }) }];
    const shifted = { ...records[0]!, publishedAt: '2024-03-12T13:00:00+03:00' };
    const parsed = parseArticles([shifted]);
    expect(parsed.articles[0]).not.toBe(shifted);
    expect(parsed.inPlace).toEqual([]);
    expect(parsed.articles[0]?.publishedAt).toBe('2024-03-12T10:00:00Z');
    expect(Object.isFrozen(parsed.articles[0]?.entities)).toBe(true);
  });

  it('reports the first bad record with its index and the path of the bad field', () => {
    const error = recordError(() =>
      parseArticles([makeArticle({ id: 'a' }), { ...makeArticle({ id: 'b' }), lang: 'ru' }]),
    );
    expect([error.collection, error.index, error.path]).toEqual(['articles', 1, ['lang']]);
    expect(error.message.split('\n')[0]).toBe('Invalid record at articles[1].lang:');
  });
});

describe('addArticleId', () => {
  it('adds ids, and rejects a repeated one at its second index', () => {
    const list = [makeArticle({ id: 'a' }), makeArticle({ id: 'b' }), makeArticle({ id: 'a' })];
    const byId = new IdTable(list.length, (document) => list[document]!.id);
    addArticleId(byId, list[0]!, 0);
    addArticleId(byId, list[1]!, 1);
    const error = recordError(() => {
      addArticleId(byId, list[2]!, 2);
    });
    expect(error.message).toBe(
      'Invalid record at articles[2].id:\n✖ Duplicate article id "a": expected every id to be unique',
    );
    expect([byId.get('a'), byId.get('b')]).toEqual([0, 1]);
  });

  it.each([5, undefined, null])('rejects the id %s, which is not a string', (id) => {
    const record = { ...makeArticle({ id: 'a' }), id } as unknown as Article;
    const error = recordError(() => {
      addArticleId(new IdTable(1, () => 'a'), record, 0);
    });
    expect(error.path).toEqual(['id']);
    expect(error.message).toBe(`Invalid record at articles[0].id:\n✖ Expected an article id string, got ${String(id)}`);
  });
});

describe('entityNumber and topicNumber', () => {
  it('give the registry position of a known reference', () => {
    const article = makeArticle({ id: 'a', entities: ['sergey-lavrov', 'vladimir-putin'], topics: ['summits'] });
    expect(entityNumber(entityIds, article, 0, 1)).toBe(putin);
    expect(topicNumber(topicIds, article, 0, 0)).toBe(topicIds.get('summits'));
  });

  it.each([
    ['an unknown id', { id: 'nobody', mentions: [] }, '"nobody"'],
    ['an id that is not a string', { id: 5, mentions: [] }, '5'],
    ['an entry that is null', null, 'undefined'],
    ['an entry that is a string', 'vladimir-putin', 'undefined'],
  ] as const)('rejects %s in entities, naming the id', (_name, entry, shown) => {
    const article = { ...makeArticle({ id: 'a' }), entities: [entry] } as unknown as Article;
    const error = recordError(() => entityNumber(entityIds, article, 3, 0));
    expect(error.path).toEqual(['entities', 0, 'id']);
    expect(error.message).toBe(
      `Invalid record at articles[3].entities[0].id:\n✖ Unknown entity id ${shown}: expected an id of options.entities`,
    );
  });

  it.each([
    ['an unknown id', 'sport', '"sport"'],
    ['an id that is not a string', 5, '5'],
    ['a missing id', undefined, 'undefined'],
  ] as const)('rejects %s in topics, naming it', (_name, topic, shown) => {
    const article = { ...makeArticle({ id: 'a' }), topics: ['summits', topic] } as unknown as Article;
    const error = recordError(() => topicNumber(topicIds, article, 2, 1));
    expect(error.path).toEqual(['topics', 1]);
    expect(error.message).toBe(
      `Invalid record at articles[2].topics[1]:\n✖ Unknown topic id ${shown}: expected an id of options.topics`,
    );
  });
});

describe('checkMentions', () => {
  const check = new MentionCheck(entities);
  const withMentions = (mentions: unknown): Article =>
    ({ ...makeArticle({ id: 'a' }), entities: [{ id: 'vladimir-putin', mentions }] }) as unknown as Article;

  it('accepts a span that spells the entity', () => {
    const article = makeArticle({ id: 'a', entities: ['vladimir-putin'] });
    expect(() => {
      checkMentions(check, article, 0, 0, putin);
    }).not.toThrow();
  });

  it.each([
    ['no mentions', [], ['entities', 0, 'mentions'], '✖ Expected a non-empty list of mentions, got an array'],
    [
      'mentions that are not a list',
      'title',
      ['entities', 0, 'mentions'],
      '✖ Expected a non-empty list of mentions, got "title"',
    ],
    [
      'a mention that is not an object',
      [null],
      ['entities', 0, 'mentions', 0, 'field'],
      '✖ Expected a mention { field, start, end }, got null',
    ],
    [
      'a span past its field',
      [{ field: 'title', start: 0, end: 99 }],
      ['entities', 0, 'mentions', 0, 'end'],
      "at most the title's length",
    ],
  ] as const)('rejects %s, with the path of the bad part', (_name, mentions, path, problem) => {
    const error = recordError(() => {
      checkMentions(check, withMentions(mentions), 1, 0, putin);
    });
    expect(error.path).toEqual(path);
    expect(error.message).toContain(problem);
  });
});
