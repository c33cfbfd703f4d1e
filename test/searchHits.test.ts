import { describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  corpus,
  createCorpus,
  InvalidQueryError,
  normalizeArabic,
  searchArticles,
  type SearchHit,
  searchHits,
  type SearchOptions,
} from '../src/index.js';
import { catchError } from './support/catchError.js';
import { makeArticle } from './support/makeArticle.js';

/** The text of a match. */
const textOf = (article: Article, { field, start, end }: { field: string; start: number; end: number }): string =>
  (field === 'title'
    ? article.title
    : field === 'body'
      ? article.body
      : field === 'en.title'
        ? article.en.title
        : article.en.summary
  ).slice(start, end);

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((article) => article.id).sort();
const naming = (id: string): string[] => ids(articles.filter((article) => article.entities.some((e) => e.id === id)));

describe('searchHits', () => {
  const entityCases = [
    ['رحمن', 'emomali-rahmon'],
    ['رحمون', 'emomali-rahmon'],
    ['Rahmon', 'emomali-rahmon'],
    ['Putin', 'vladimir-putin'],
  ] as const;

  it.each(entityCases)('finds, for the name %s, every shipped article that mentions %s', (word, id) => {
    expect(naming(id).length).toBeGreaterThan(1);
    expect(ids(searchHits(articles, word).map((hit) => hit.article))).toEqual(naming(id));
    expect(ids(corpus.search(word))).toEqual(naming(id));
  });

  it('matches the mention spans of a named entity, whatever their spelling', () => {
    for (const hit of searchHits(articles, 'رحمن')) {
      const spans = hit.article.entities
        .filter((entity) => entity.id === 'emomali-rahmon')
        .flatMap((entity) => entity.mentions);
      for (const mention of spans) {
        expect(
          hit.matches.some(
            (match) => match.field === mention.field && match.start <= mention.start && mention.end <= match.end,
          ),
        ).toBe(true);
      }
    }
  });

  it('does not match mention spans with an empty registry', () => {
    const literal = ids(articles.filter((article) => /(^|[^\p{L}])رحمن/u.test(article.title + ' ' + article.body)));
    expect(ids(searchArticles(articles, 'رحمن', { entities: [] }))).toEqual(literal);
    expect(literal.length).toBeLessThan(naming('emomali-rahmon').length);
  });

  it('counts a word inside the mention span of its entity once', () => {
    const article = makeArticle({ id: 'a', body: 'نص' }, [{ ...articles[0]!.entities[0]!, id: 'x' } as never]);
    const mentioned: Article = {
      ...article,
      body: 'زار رحمن موسكو',
      entities: [{ id: 'emomali-rahmon', mentions: [{ field: 'body', start: 4, end: 8 }] }],
    };
    const other = makeArticle({ id: 'b', body: 'نص آخر' });
    const list = [mentioned, other];
    const [withNames] = searchHits(list, 'رحمن');
    const [withoutNames] = searchHits(list, 'رحمن', { entities: [] });
    expect(withNames?.score).toBe(withoutNames?.score);
    expect(withNames?.matches).toEqual([{ field: 'body', start: 4, end: 8 }]);
  });

  it('searches Latin-script words in the English title and summary, with light stemming', () => {
    const withBase = ids(
      articles.filter((article) => /military base/iu.test(`${article.en.title} ${article.en.summary}`)),
    );
    const found = searchHits(articles, 'military base');
    expect(withBase.length).toBeGreaterThan(0);
    expect(ids(found.map((hit) => hit.article))).toEqual(
      ids(
        articles.filter(
          (article) =>
            /\bmilitary\b/iu.test(`${article.en.title} ${article.en.summary}`) &&
            /\bbase(s|'s)?\b/iu.test(`${article.en.title} ${article.en.summary}`),
        ),
      ),
    );
    for (const hit of found) {
      for (const match of hit.matches.filter((m) => m.field.startsWith('en.'))) {
        expect(['military', 'base', 'bases', "base's"]).toContain(textOf(hit.article, match).toLowerCase());
      }
    }
  });

  const made = (body: string, english = 'Summary.'): Article => ({
    ...makeArticle({ id: 'a', body }),
    en: { title: 'Title', summary: english },
  });

  const finding = [
    ['finds a Latin word in the English summary, in any case', 'The CSTO met.', 'csto', true],
    ['finds a plural by its singular', 'Two bases.', 'base', true],
    ['finds a possessive by its plain form', "The base's gate.", 'base', true],
    ['finds a singular by its plural', 'One city.', 'cities', true],
    ['finds an English prefix', 'Military talks.', 'milit*', true],
    ['does not find a Latin word in the English title of another word', 'Basement.', 'base', false],
    ['finds a plain word by its possessive', 'The base gate.', "base's", true],
    ['finds a possessive by a possessive with another apostrophe', 'Rahmon’s visit.', "Rahmon's", true],
    ['does not find the s of a possessive as a word', "Rahmon's visit.", 's', false],
    ['finds the s of an abbreviation as a word', 'U.S. troops.', 's', true],
    [
      'finds a phrase of a number and a Latin word in the English summary',
      'It cites 16 documents.',
      '"16 documents"',
      true,
    ],
    ['finds a phrase that starts with an ordinal number', 'The 201st military base.', '"201st military base"', true],
    ['does not find a phrase of a number and a Latin word apart', 'The 16 old documents.', '"16 documents"', false],
    ['does not search the English fields for a number alone', 'It cites 16 documents.', '16', false],
  ] as const;

  it.each(finding)('%s', (_name, english, query, expected) => {
    expect(searchHits([made('نص', english)], query).length === 1).toBe(expected);
  });

  it.each([
    ["base's", 'base'],
    ["Tajikistan's", 'Tajikistan'],
    ['Rahmon’s', 'Rahmon'],
  ] as const)('finds with the possessive %s exactly what its plain word finds', (possessive, plain) => {
    const found = ids(searchArticles(articles, plain, { entities: [] }));
    expect(found.length).toBeGreaterThan(0);
    expect(ids(searchArticles(articles, possessive, { entities: [] }))).toEqual(found);
    expect(ids(corpus.search(possessive))).toEqual(ids(corpus.search(plain)));
  });

  it.each(['"16 agreements"', '"201st military base"'] as const)(
    'finds the shipped articles whose English says %s',
    (phrase) => {
      const said = new RegExp(phrase.slice(1, -1), 'iu');
      const expected = ids(articles.filter((article) => said.test(`${article.en.title} ${article.en.summary}`)));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(searchArticles(articles, phrase, { entities: [] }))).toEqual(expected);
      expect(ids(corpus.search(phrase))).toEqual(expected);
    },
  );

  it.each([
    ['Lyakin-Frolov', '"Lyakin-Frolov"'],
    ['لياكين-فرولوف', '"لياكين-فرولوف"'],
  ] as const)('reads the hyphenated name %s as the phrase %s, with its entity and its score', (token, phrase) => {
    const shown = (hits: readonly SearchHit[]) => hits.map((hit) => [hit.article.id, hit.score, hit.matches]);
    const quoted = searchHits(articles, phrase);
    expect(quoted.length).toBeGreaterThan(0);
    expect(shown(searchHits(articles, token))).toEqual(shown(quoted));
    expect(shown(corpus.searchHits(token))).toEqual(shown(quoted));
  });

  it('neither highlights nor counts the s of a possessive', () => {
    const [possessive] = searchHits([made('نص', "Rahmon's base."), made('نص', 'Other text.')], 'Rahmon');
    const [plain] = searchHits([made('نص', 'Rahmon base.'), made('نص', 'Other text.')], 'Rahmon');
    expect(possessive?.matches).toEqual([{ field: 'en.summary', start: 0, end: 6 }]);
    expect(possessive?.score).toBe(plain?.score);
  });

  it('does not search the Arabic fields for a Latin word', () => {
    expect(searchHits([made('منظمة CSTO')], 'csto')).toEqual([]);
  });

  const syntax = [
    ['finds a phrase whose words are adjacent and in order', 'القاعدة العسكرية في دوشنبه', '"القاعدة العسكرية"', true],
    ['finds a phrase through clitics and normalization', 'بالقاعدةِ العسكريه', '"القاعدة العسكرية"', true],
    ['finds a phrase across punctuation', 'القاعدة، العسكرية', '"القاعدة العسكرية"', true],
    ['does not find a phrase whose words are apart', 'القاعدة الروسية العسكرية', '"القاعدة العسكرية"', false],
    ['does not find a phrase whose words are out of order', 'العسكرية القاعدة', '"القاعدة العسكرية"', false],
    ['finds a prefix', 'الطاجيكية', 'طاجيك*', true],
    ['finds a prefix behind a clitic', 'لطاجيكستان', 'طاجيك*', true],
    ['does not find a prefix inside a word', 'مطاجيك', 'طاجيك*', false],
    ['finds a two-letter prefix at the start of a word', 'انتخابات', 'ان*', true],
    ['does not find a two-letter prefix behind a clitic', 'كانون', 'ان*', false],
    ['does not find the two letters ال behind a clitic', 'وكالة', 'ال*', false],
    ['finds a three-letter prefix behind a clitic', 'وبالتعاون', 'الت*', true],
    ['excludes an article that holds an excluded word', 'روسيا وأفغانستان', 'روسيا -أفغانستان', false],
    ['keeps an article that lacks the excluded word', 'روسيا وطاجيكستان', 'روسيا -أفغانستان', true],
    [
      'excludes an article that holds an excluded phrase',
      'روسيا والقاعدة العسكرية',
      'روسيا -"القاعدة العسكرية"',
      false,
    ],
    ['keeps an article whose excluded words are apart', 'العسكرية روسيا القاعدة', 'روسيا -"القاعدة العسكرية"', true],
  ] as const;

  it.each(syntax)('%s', (_name, body, query, expected) => {
    expect(searchHits([made(body)], query).length === 1).toBe(expected);
    expect(createCorpus([made(body)]).search(query).length === 1).toBe(expected);
  });

  it.each(['ال*', 'ان*', 'رح*'] as const)('finds with the short prefix %s only words that start with it', (query) => {
    const prefix = query.slice(0, -1);
    const hits = searchHits(articles, query);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      for (const match of hit.matches) {
        expect(normalizeArabic(textOf(hit.article, match)).startsWith(prefix)).toBe(true);
      }
    }
    expect(corpus.searchHits(query)).toEqual(hits);
  });

  it('does not let a phrase run from the title into the body', () => {
    const article = { ...makeArticle({ id: 'a', title: 'عن القاعدة', body: 'العسكرية في دوشنبه' }) };
    expect(searchHits([article], '"القاعدة العسكرية"')).toEqual([]);
  });

  it('gives match spans of the original text, diacritics and clitics included', () => {
    const [hit] = searchHits([made('زار بالقاعدةِ العسكريه اليوم')], '"القاعدة العسكرية"');
    expect(hit?.matches).toEqual([{ field: 'body', start: 4, end: 22 }]);
    expect(hit && textOf(hit.article, hit.matches[0]!)).toBe('بالقاعدةِ العسكريه');
  });

  const trailingMarks = [
    ['a shadda', 'تُعدّ', 'تعد'],
    ['a tanween fath on ta marbuta', 'اتفاقيةً', 'اتفاقية'],
    ['a tanween fath with its alef', 'روسياً', 'روسيا'],
    ['a damma', 'القاعدةُ', 'القاعدة'],
    ['two marks', 'وزيرٌّ', 'وزير'],
    ['a tatweel and a mark', 'دوشنبهـً', 'دوشنبه'],
  ] as const;

  it.each(trailingMarks)(
    'gives a match span that covers the whole word, through %s at its end',
    (_name, word, query) => {
      const body = `زار ${word} اليوم`;
      const [hit] = searchHits([made(body)], query);
      expect(hit?.matches).toEqual([{ field: 'body', start: 4, end: 4 + word.length }]);
      expect(createCorpus([made(body)]).searchHits(query)[0]?.matches).toEqual(hit?.matches);
    },
  );

  it('merges overlapping matches and sorts them by field, then start', () => {
    const article = {
      ...makeArticle({ id: 'a', title: 'العسكرية', body: 'القاعدة العسكرية' }),
      en: { title: 'Base', summary: 'A military base.' },
    };
    const [hit] = searchHits([article], '"القاعدة العسكرية" العسكرية base');
    expect(hit?.matches).toEqual([
      { field: 'title', start: 0, end: 8 },
      { field: 'body', start: 0, end: 16 },
      { field: 'en.title', start: 0, end: 4 },
      { field: 'en.summary', start: 11, end: 15 },
    ]);
    const [english] = searchHits([article], 'base');
    expect(english?.matches).toEqual([
      { field: 'en.title', start: 0, end: 4 },
      { field: 'en.summary', start: 11, end: 15 },
    ]);
  });

  it('ranks exactly as searchArticles and scores each hit by BM25', () => {
    for (const text of ['القاعدة العسكرية', 'طاجيكستان', 'Rahmon', '"القاعدة العسكرية" -أفغانستان', 'طاج*']) {
      const hits = searchHits(articles, text);
      expect(hits.map((hit) => hit.article)).toEqual(searchArticles(articles, text));
      expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
      expect(hits.every((hit) => hit.score > 0)).toBe(true);
      expect(corpus.searchHits(text)).toEqual(hits);
    }
  });

  it('returns a page of the ranking with limit and offset', () => {
    const all = searchHits(articles, 'روسيا');
    expect(all.length).toBeGreaterThan(3);
    expect(searchHits(articles, 'روسيا', { limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
    expect(searchHits(articles, 'روسيا', { offset: all.length })).toEqual([]);
    expect(searchHits(articles, 'روسيا', { limit: Infinity, offset: undefined })).toEqual(all);
  });

  const badOptions = [
    ['a zero limit', { limit: 0 }, 0, 'limit'],
    ['a negative limit', { limit: -1 }, -1, 'limit'],
    ['a fractional limit', { limit: 1.5 }, 1.5, 'limit'],
    ['a NaN limit', { limit: Number.NaN }, Number.NaN, 'limit'],
    ['a string limit', { limit: '20' }, '20', 'limit'],
    ['a negative offset', { offset: -1 }, -1, 'offset'],
    ['an infinite offset', { offset: Infinity }, Infinity, 'offset'],
    ['a fractional offset', { offset: 0.5 }, 0.5, 'offset'],
    ['a null limit', { limit: null }, null, 'limit'],
    ['a null offset', { offset: null }, null, 'offset'],
  ] as const;

  it.each(badOptions)('rejects %s, naming it', (_name, options, value, option) => {
    for (const run of [
      () => searchHits(articles, 'روسيا', options as never),
      () => searchArticles(articles, 'روسيا', options as never),
      () => corpus.searchHits('روسيا', options as never),
      () => corpus.search('روسيا', options as never),
    ]) {
      const error = catchError(run);
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as InvalidQueryError).value).toBe(value);
      expect((error as Error).message).toContain(`Invalid ${option}`);
    }
  });

  it.each([
    ['null', null],
    ['a string', 'entities'],
    ['an object', {}],
  ] as const)('rejects %s as the entity registry, naming it', (_name, registry) => {
    for (const run of [
      () => searchHits(articles, 'روسيا', { entities: registry as never }),
      () => searchArticles(articles, 'روسيا', { entities: registry as never }),
    ]) {
      const error = catchError(run);
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as InvalidQueryError).value).toBe(registry);
      expect((error as Error).message).toContain('Invalid entities');
    }
  });

  it('reads only the options own to the options object, not inherited ones', () => {
    const all = searchHits(articles, 'رحمن');
    expect(all.length).toBeGreaterThan(1);
    const inherited = Object.create({ limit: 1, offset: 1, entities: [] }) as SearchOptions;
    expect(searchHits(articles, 'رحمن', inherited)).toEqual(all);
    expect(searchArticles(articles, 'رحمن', inherited)).toEqual(all.map((hit) => hit.article));
    expect(corpus.searchHits('رحمن', Object.create({ limit: 1, offset: 1 }) as SearchOptions)).toEqual(all);
  });

  it('rejects an unknown option and, on a corpus, a registry', () => {
    expect(catchError(() => searchHits(articles, 'روسيا', { size: 3 } as never))).toBeInstanceOf(InvalidQueryError);
    expect((catchError(() => corpus.searchHits('روسيا', { entities: [] } as never)) as Error).message).toContain(
      'a corpus answers with the registries it was built with',
    );
  });
});
