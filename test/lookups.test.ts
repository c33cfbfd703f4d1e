import { describe, expect, it } from 'vitest';

import { articles, getArticle, getEntity, getTopic, InvalidQueryError } from '../src/index.js';

describe('getArticle', () => {
  it('finds every shipped article by its id, as the same frozen object', () => {
    for (const article of articles) {
      expect(getArticle(article.id)).toBe(article);
    }
  });

  it.each(['no-such-article', '', '__proto__', 'constructor', 'toString'])('returns undefined for %j', (id) => {
    expect(getArticle(id)).toBeUndefined();
  });

  it('compares ids exactly', () => {
    expect(getArticle(articles[0]!.id.toUpperCase())).toBeUndefined();
  });

  it('throws InvalidQueryError for a non-string id', () => {
    expect(() => getArticle(42 as unknown as string)).toThrow(InvalidQueryError);
  });
});

describe('getEntity', () => {
  const table = [
    ['an id', 'emomali-rahmon', 'emomali-rahmon'],
    ['the Arabic spelling رحمون', 'رحمون', 'emomali-rahmon'],
    ['the Arabic spelling رحمن', 'رحمن', 'emomali-rahmon'],
    ['the English name', 'Emomali Rahmon', 'emomali-rahmon'],
    ['the English name in another case', 'EMOMALI rahmon', 'emomali-rahmon'],
    ['a name with surrounding spaces', '  Putin ', 'vladimir-putin'],
    ['an Arabic name without its hamza', 'افغانستان', 'afghanistan'],
    ['an Arabic name with diacritics and tatweel', 'بُوتـين', 'vladimir-putin'],
    ['an Arabic name with Persian letters', 'روسیا', 'russia'],
    ['a Russian name', 'Россия', 'russia'],
  ] as const;

  it.each(table)('resolves %s', (_name, ref, id) => {
    expect(getEntity(ref)?.id).toBe(id);
  });

  it.each(['Atlantis', '', '   ', '__proto__', 'constructor', 'hasOwnProperty', '.*', 'رحمو'])(
    'returns undefined for %j',
    (ref) => {
      expect(getEntity(ref)).toBeUndefined();
    },
  );

  it('throws InvalidQueryError for a non-string ref', () => {
    expect(() => getEntity(null as unknown as string)).toThrow(InvalidQueryError);
  });
});

describe('getTopic', () => {
  const table = [
    ['an id', 'migration', 'migration'],
    ['an IPTC code', 'medtop:20000634', 'migration'],
    ['an IPTC code in upper case', 'MEDTOP:20000634', 'migration'],
    ['the English label', 'Border security', 'border-security'],
    ['the English label in another case', 'border SECURITY', 'border-security'],
    ['the Arabic label', 'أمن الحدود', 'border-security'],
    ['the Arabic label without hamza or ta marbuta', 'القاعده العسكريه', 'military-base'],
  ] as const;

  it.each(table)('resolves %s', (_name, ref, id) => {
    expect(getTopic(ref)?.id).toBe(id);
  });

  it.each(['sport', 'medtop:99999999', '__proto__', ''])('returns undefined for %j', (ref) => {
    expect(getTopic(ref)).toBeUndefined();
  });
});
