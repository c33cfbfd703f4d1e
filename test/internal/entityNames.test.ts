import { describe, expect, it } from 'vitest';

import { entities, type Entity } from '../../src/index.js';
import { entityNames } from '../../src/internal/search/entityNames.js';
import { words } from '../../src/internal/text/tokenize.js';

const names = entityNames(entities);

// Each query is cut into search words by words(), as the search cuts a query.
const NAMED = [
  ['رحمن', ['emomali-rahmon'], 'the short Arabic spelling of Rahmon'],
  ['رحمون', ['emomali-rahmon'], 'the long Arabic spelling of Rahmon'],
  ['إمام علي رحمن', ['emomali-rahmon'], 'a multi-word Arabic alias'],
  ['امام علي رحمون', ['emomali-rahmon'], 'a multi-word Arabic name, without its hamza'],
  ['Rahmon', ['emomali-rahmon'], 'a Latin alias, lowercased'],
  ['Putin', ['vladimir-putin'], 'a Latin alias'],
  ['بوتين', ['vladimir-putin'], 'an Arabic alias'],
  ['Vladimir Putin', ['vladimir-putin'], 'the English name'],
  ['فلاديمير بوتين', ['vladimir-putin'], 'the Arabic name'],
  ['Collective Security Treaty Organisation', ['csto'], 'a four-word Latin alias'],
  ['CIS', ['cis'], 'an acronym that the English stemmer shortens on both sides'],
  ['القاعدة العسكرية الروسية 201', ['201st-military-base'], 'an alias with a number'],
  ['201st Military Base', ['201st-military-base'], 'an English name whose number and letters are two words'],
  ['Lyakin-Frolov', ['igor-lyakin-frolov'], 'a hyphenated alias, two words as in the text'],
] as const;

const UNNAMED = [
  ['وكالة', 'a word that names no entity'],
  ['Putin Vladimir', 'the words of a name in the wrong order'],
  ['Vladimir', 'a part of a name that is not an alias itself'],
  ['Rahmon Putin', 'two names in one sequence'],
  ['Путин', 'the Russian name, which is left out'],
] as const;

describe('entityNames', () => {
  it.each(NAMED)('finds %j as %j: %s', (text, ids) => {
    expect(names.lookup(words(text))).toEqual(ids);
  });

  it.each(UNNAMED)('finds nothing for %j: %s', (text) => {
    expect(names.lookup(words(text))).toEqual([]);
  });

  it('finds nothing for no words', () => {
    expect(names.lookup([])).toEqual([]);
  });

  it('stems Latin words on the query side too, so that a possessive or a plural still finds the name', () => {
    expect(names.lookup(["rahmon's"])).toEqual(['emomali-rahmon']);
    expect(names.lookup(['putins'])).toEqual(['vladimir-putin']);
  });

  it('finds every entity of the shipped registry by each of its names and aliases', () => {
    const missed = entities.flatMap((entity) =>
      [entity.name.ar, entity.name.en, ...entity.aliases]
        .filter((name) => !names.lookup(words(name)).includes(entity.id))
        .map((name) => `${entity.id}: ${name}`),
    );
    expect(missed).toEqual([]);
  });

  it('knows the most words a name has, and finds nothing in a longer sequence', () => {
    const counts = entities.flatMap((entity) =>
      [entity.name.ar, entity.name.en, ...entity.aliases].map((name) => words(name).length),
    );
    expect(names.maxWords).toBe(Math.max(...counts));
    expect(names.lookup(Array.from({ length: names.maxWords + 1 }, () => 'رحمن'))).toEqual([]);
  });

  it('returns the ids of all entities that share a name, sorted and once each, in a frozen array', () => {
    const [first, second] = entities;
    const registry: Entity[] = [
      { ...first!, id: 'zeta', aliases: ['Shared Name', 'Shared  name'] },
      { ...second!, id: 'alpha', aliases: ['shared-name'] },
      { ...second!, id: 'mid', aliases: ['SHARED NAME'] },
    ];
    const found = entityNames(registry).lookup(['shared', 'name']);
    expect(found).toEqual(['alpha', 'mid', 'zeta']);
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(entityNames(registry).lookup(['nothing']))).toBe(true);
  });

  it('leaves out a name with no words', () => {
    const [first] = entities;
    const quiet = entityNames([{ ...first!, id: 'quiet', aliases: ['—'] }]);
    expect(quiet.lookup(words('—'))).toEqual([]);
    expect(quiet.lookup(words(first!.name.en))).toEqual(['quiet']);
  });
});
