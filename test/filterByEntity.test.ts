import { describe, expect, it } from 'vitest';

import {
  articles,
  entities,
  type Entity,
  filterByEntity,
  type FilterByEntityOptions,
  InvalidQueryError,
  InvalidRecordError,
  UnknownEntityError,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

const list = [
  makeArticle({ id: 'putin-only', entities: ['vladimir-putin'] }),
  makeArticle({ id: 'rahmon-only', entities: ['emomali-rahmon'] }),
  makeArticle({ id: 'both', entities: ['emomali-rahmon', 'vladimir-putin'] }),
  makeArticle({ id: 'none', entities: [] }),
];

describe('filterByEntity', () => {
  const table = [
    ['one id', 'vladimir-putin', {}, ['putin-only', 'both']],
    ['one Arabic alias', 'بوتين', {}, ['putin-only', 'both']],
    ['the spelling رحمون', 'رحمون', {}, ['rahmon-only', 'both']],
    ['the spelling رحمن', 'رحمن', {}, ['rahmon-only', 'both']],
    ['the English name', 'Emomali Rahmon', {}, ['rahmon-only', 'both']],
    ['several refs, any by default', ['Putin', 'Rahmon'], {}, ['putin-only', 'rahmon-only', 'both']],
    ['several refs with match any', ['Putin', 'Rahmon'], { match: 'any' }, ['putin-only', 'rahmon-only', 'both']],
    ['several refs with match all', ['Putin', 'Rahmon'], { match: 'all' }, ['both']],
    [
      'two spellings of one entity with match all',
      ['رحمون', 'Emomali Rahmon'],
      { match: 'all' },
      ['rahmon-only', 'both'],
    ],
    ['an entity no article names', 'Lavrov', {}, []],
  ] as const satisfies readonly (readonly [
    string,
    string | readonly string[],
    FilterByEntityOptions,
    readonly string[],
  ])[];

  it.each(table)('keeps the articles that name %s', (_name, refs, options, expected) => {
    expect(filterByEntity(list, refs, options).map((article) => article.id)).toEqual(expected);
  });

  it('resolves all three spellings of Rahmon to the same shipped articles', () => {
    const results = ['رحمون', 'رحمن', 'Emomali Rahmon'].map((ref) =>
      filterByEntity(articles, ref).map((article) => article.id),
    );
    expect(results[0]).toHaveLength(3);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('resolves refs against a registry of your own', () => {
    const registry: Entity[] = [
      { id: 'x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
    ];
    const mine = [makeArticle({ id: 'm', entities: ['x'] })];
    expect(filterByEntity(mine, 'اكس', { entities: registry }).map((article) => article.id)).toEqual(['m']);
    expect(() => filterByEntity(mine, 'Putin', { entities: registry })).toThrow(UnknownEntityError);
  });

  it('sees entities added to a registry array after an earlier call', () => {
    const registry: Entity[] = [
      { id: 'x', type: 'person', name: { ar: 'إكس', en: 'Ex' }, aliases: ['إكس'], description: 'A test entity.' },
    ];
    const mine = [makeArticle({ id: 'm', entities: ['y'] })];
    expect(() => filterByEntity(mine, 'y', { entities: registry })).toThrow(UnknownEntityError);
    registry.push({
      id: 'y',
      type: 'person',
      name: { ar: 'واي', en: 'Why' },
      aliases: ['واي'],
      description: 'Another test entity.',
    });
    expect(filterByEntity(mine, 'Why', { entities: registry })).toHaveLength(1);
  });

  it('throws UnknownEntityError with suggestions for an unknown ref', () => {
    expect(() => filterByEntity(list, 'Rahmun')).toThrow(/Unknown entity "Rahmun".*Did you mean "Rahmon"/);
    expect(() => filterByEntity(list, 'بوتبن')).toThrow(/Did you mean "بوتين"/);
    const error = catchError(() => filterByEntity(list, 'Putn'));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).ref).toBe('Putn');
    expect((error as UnknownEntityError).suggestions).toContain('Putin');
  });

  it.each([
    ['its id and its name', 'Moscw', ['moscow']],
    ['its id, its name and an alias', 'Rudenk', ['Rudenko']],
    // The joint statement's English name holds "Rahmon" too: a fragment of a longer name ranks after close spellings.
    [
      'its id and several aliases',
      'rahmo',
      [
        'Rahmon',
        'Joint Statement of Vladimir Putin and Emomali Rahmon on Deepening Relations of Strategic Partnership and Alliance',
      ],
    ],
    ['its id, its English name and an alias', 'Emomali Rahmun', ['Emomali Rahmon']],
  ] as const)('suggests an entity once when %s are close', (_names, ref, expected) => {
    const error = catchError(() => filterByEntity(list, ref)) as UnknownEntityError;
    expect(error.suggestions).toEqual(expected);
    expect(error.message.endsWith(` Did you mean ${expected.map((name) => `"${name}"`).join(', ')}?`)).toBe(true);
  });

  it('shows an entity by its id when its nearest name is shared, or spells another id, so that each suggestion names its entity', () => {
    const person = (id: string, en: string, aliases: readonly string[]): Entity => ({
      id,
      type: 'person',
      name: { ar: 'س', en },
      aliases: ['س', ...aliases],
      description: 'A test entity.',
    });
    const registry = [
      person('first-twin', 'Twin', []),
      person('second-twin', 'Twin', []),
      person('decoy', 'Decoy', ['first-twin']),
    ];
    const error = catchError(() => filterByEntity([], 'Twinn', { entities: registry })) as UnknownEntityError;
    expect(error.suggestions).toEqual(['first-twin', 'second-twin']);
    const decoy = catchError(() => filterByEntity([], 'first-twim', { entities: registry })) as UnknownEntityError;
    expect(decoy.suggestions).toEqual(['first-twin', 'decoy']);
    for (const suggestion of [...error.suggestions, ...decoy.suggestions]) {
      expect(
        filterByEntity([makeArticle({ id: 'a', entities: [suggestion] })], suggestion, { entities: registry }),
      ).toHaveLength(1);
    }
  });

  it('suggests nothing when nothing is close', () => {
    const error = catchError(() => filterByEntity(list, 'zzzzzzzzzzzz')) as UnknownEntityError;
    expect(error.suggestions).toEqual([]);
    expect(error.message).not.toContain('Did you mean');
  });

  const invalid = [
    ['an empty array of refs', [], {}],
    ['a number ref', 42, {}],
    ['a number inside the refs', ['Putin', 42], {}],
    ['an invalid match', 'Putin', { match: 'some' }],
    ['an unknown option', 'Putin', { mach: 'all' }],
    ['options that are not an object', 'Putin', 'all'],
    ['a registry that is not an array', 'Putin', { entities: {} }],
  ] as const;

  it.each(invalid)('throws InvalidQueryError for %s', (_name, refs, options) => {
    expect(() => filterByEntity(list, refs as unknown as string, options as FilterByEntityOptions)).toThrow(
      InvalidQueryError,
    );
  });

  it('throws InvalidRecordError for an article whose entities are malformed', () => {
    const bad = [list[0]!, { ...list[1]!, entities: 'emomali-rahmon' }] as unknown as typeof list;
    expect(() => filterByEntity(bad, 'Putin')).toThrow(InvalidRecordError);
    expect(() => filterByEntity(bad, 'Putin')).toThrow('articles[1].entities');
  });

  it('uses the shipped registry by default', () => {
    expect(filterByEntity(articles, 'sergey-lavrov', { entities })).toEqual(filterByEntity(articles, 'sergey-lavrov'));
  });
});
