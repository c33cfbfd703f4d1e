import { describe, expect, it } from 'vitest';

import { articles, createMentionFinder, entities, findMentions, InvalidQueryError } from '../src/index.js';
import { catchError } from './support/catchError.js';

describe('createMentionFinder', () => {
  const fields = articles.flatMap((article) => [article.title, article.body]);

  it('finds in every shipped title and body exactly what findMentions finds with the registry', () => {
    const finder = createMentionFinder(entities);
    const unfrozen = JSON.parse(JSON.stringify(entities)) as typeof entities;
    for (const text of fields) {
      const expected = findMentions(text, entities);
      expect(findMentions(text, finder)).toEqual(expected);
      expect(findMentions(text, createMentionFinder(unfrozen))).toEqual(expected);
    }
    expect(fields.some((text) => findMentions(text, finder).length > 0)).toBe(true);
  });

  it('takes the missing spaces of each call', () => {
    const finder = createMentionFinder([{ id: 'lavrov', aliases: ['لافروف'] }]);
    expect(findMentions('الوزيرلافروف', finder)).toEqual([]);
    expect(findMentions('الوزيرلافروف', finder, { missingSpaces: ['الوزير|لافروف'] })).toEqual([
      { id: 'lavrov', start: 6, end: 12 },
    ]);
  });

  it('keeps the registry as it was when it was made', () => {
    const registry = [{ id: 'moscow', name: { ar: 'موسكو' }, aliases: ['العاصمة الروسية'] }];
    const finder = createMentionFinder(registry);
    registry[0]!.name.ar = 'دوشنبه';
    registry[0]!.aliases.push('روسيا');
    registry.push({ id: 'x', name: { ar: 'بوتين' }, aliases: [] });
    const text = 'موسكو، العاصمة الروسية، دوشنبه وروسيا وبوتين';
    expect(findMentions(text, finder).map(({ start, end }) => text.slice(start, end))).toEqual([
      'موسكو',
      'العاصمة الروسية',
    ]);
  });

  it('counts the entities and the distinct names it looks for', () => {
    const finder = createMentionFinder([
      { id: 'moscow', name: { ar: 'موسكو', en: 'Moscow' }, aliases: ['موسكو', 'مُوسكو', 'MOSCOW'] },
      { id: 'dushanbe', aliases: ['دوشنبه', ' '] },
    ]);
    expect(finder).toEqual({ entityCount: 2, nameCount: 3 });
  });

  it('returns a frozen finder', () => {
    expect(Object.isFrozen(createMentionFinder(entities))).toBe(true);
  });

  it.each([
    ['a registry that is not an array', () => createMentionFinder({} as never), /Expected entities to be an array/],
    ['an entity without an id', () => createMentionFinder([{ aliases: [] }] as never), /entities\[0\]\.id/],
    [
      'a look-alike of a finder passed to findMentions',
      // The type accepts the look-alike; only the object createMentionFinder made is a finder.
      () => findMentions('روسيا', { entityCount: 1, nameCount: 1 }),
      /or a MentionFinder from createMentionFinder, got an object/,
    ],
  ] as const)('refuses %s with an InvalidQueryError', (_name, run, message) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(message);
  });
});
