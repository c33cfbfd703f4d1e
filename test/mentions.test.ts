import { describe, expect, it } from 'vitest';

import { aliasEntries, deriveEntities } from '../scripts/lib/deriveEntities.js';
import { type Article, articles, entities, type Entity, findMentions } from '../src/index.js';
import { normalizeText } from '../src/internal/text/normalize.js';

const registry = new Map(entities.map((entity) => [entity.id, entity]));
const aliases = aliasEntries(entities);
const cases = articles.map((article) => [article.id, article] as const);

/** Whether `span` spells one of the entity's names or aliases (see docs/data-model.md). */
function spellsEntity(entity: Entity, span: string, before: string): boolean {
  const spelled = normalizeText(span);
  const names = [entity.name.ar, entity.name.en, ...(entity.name.ru ? [entity.name.ru] : []), ...entity.aliases].map(
    normalizeText,
  );
  const fusedArticle = /لل$/.test(normalizeText(before));
  return names.some((name) => name === spelled || (fusedArticle && name === `ال${spelled}`));
}

const mentionTexts = (article: Article, id: string): string[] =>
  article.entities
    .find((entity) => entity.id === id)
    ?.mentions.map((mention) => article[mention.field].slice(mention.start, mention.end)) ?? [];

describe('mention spans', () => {
  it.each(cases)('are what scripts/derive-mentions.ts derives, for %s', (_id, article) => {
    expect(article.entities).toEqual(deriveEntities(article, entities));
  });

  it.each(cases)('each spell their entity, in %s', (_id, article) => {
    for (const { id, mentions } of article.entities) {
      const entity = registry.get(id);
      if (!entity) {
        throw new Error(`unknown entity ${id}`);
      }
      for (const { field, start, end } of mentions) {
        const text = article[field];
        expect(
          spellsEntity(entity, text.slice(start, end), text.slice(0, start)),
          `${id} at ${field}[${start}, ${end})`,
        ).toBe(true);
      }
    }
  });

  it.each(cases)('never overlap, in %s', (_id, article) => {
    const spans = article.entities
      .flatMap((entity) => entity.mentions)
      .sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start);
    spans.forEach((span, index) => {
      const next = spans[index + 1];
      if (next && next.field === span.field) {
        expect(next.start).toBeGreaterThanOrEqual(span.end);
      }
    });
  });

  it('never search an editorial title, which is our wording', () => {
    for (const article of articles.filter((candidate) => candidate.titleBasis === 'editorial')) {
      expect(
        article.entities.flatMap((entity) => entity.mentions).filter((mention) => mention.field === 'title'),
      ).toEqual([]);
    }
  });

  it('gives no two entities the same normalized alias, so no span is ambiguous', () => {
    const owners = new Map<string, string>();
    for (const { entity, alias } of aliases) {
      const key = normalizeText(alias);
      expect(owners.get(key) ?? entity, `"${alias}"`).toBe(entity);
      owners.set(key, entity);
    }
  });

  it('lists every spelling that occurs in the corpus among the aliases', () => {
    for (const article of articles) {
      for (const { id } of article.entities) {
        const known = new Set(registry.get(id)?.aliases.map(normalizeText));
        for (const text of mentionTexts(article, id)) {
          const spelled = normalizeText(text);
          expect(known.has(spelled) || known.has(`ال${spelled}`), `${id}: ${text}`).toBe(true);
        }
      }
    }
  });
});

describe('the corpus facts the annotations must get right', () => {
  const mentioning = (id: string) =>
    articles.filter((article) => article.entities.some((entity) => entity.id === id)).map((article) => article.id);

  it('finds Rahmon under both spellings, رحمون and رحمن, as one entity in three articles', () => {
    expect(mentioning('emomali-rahmon')).toHaveLength(3);
    const spellings = new Set(articles.flatMap((article) => mentionTexts(article, 'emomali-rahmon')));
    expect([...spellings].some((text) => text.endsWith('رحمون'))).toBe(true);
    expect([...spellings].some((text) => text.endsWith('رحمن'))).toBe(true);
  });

  it('finds Afghanistan in the three articles that write أفغانستان', () => {
    expect(mentioning('afghanistan')).toHaveLength(3);
  });

  it.each([
    ['وبوتين', 'vladimir-putin', 'بوتين'],
    ['لطاجيكستان', 'tajikistan', 'طاجيكستان'],
    ['للأمم المتحدة', 'united-nations', 'أمم المتحدة'],
    ['ورحمن', 'emomali-rahmon', 'رحمن'],
  ] as const)('finds the name inside %s, without its clitics', (word, id, spelled) => {
    const inCorpus = articles.some((article) => article.body.includes(word) || article.title.includes(word));
    expect(inCorpus).toBe(true);
    expect(articles.flatMap((article) => mentionTexts(article, id))).toContain(spelled);
  });

  it('reads روسياً (the adjective "Russian", with tanween) as no mention of Russia', () => {
    expect(articles.flatMap((article) => mentionTexts(article, 'russia'))).not.toContain('روسياً');
  });

  it('finds كريملِن with its kasra inside the span', () => {
    expect(articles.flatMap((article) => mentionTexts(article, 'kremlin'))).toContain('كريملِن');
  });
});

describe('findMentions', () => {
  const registryOf = (...entries: [string, string][]) => entries.map(([id, alias]) => ({ id, aliases: [alias] }));
  const table = [
    ['a bare name', 'زار بوتين دوشنبه', [['putin', 'بوتين']]],
    [
      'a name after و, ب and ل',
      'وبوتين بموسكو لطاجيكستان',
      [
        ['putin', 'بوتين'],
        ['moscow', 'موسكو'],
        ['tajikistan', 'طاجيكستان'],
      ],
    ],
    ['a name inside a longer word', 'البوتينية', []],
    ['a name that runs on into a suffix', 'طاجيكستاني', []],
    ['a name after a non-clitic', 'سبوتين', []],
    ['hamza and diacritics in the text', 'زار أفغانِستان', [['afghanistan', 'أفغانِستان']]],
    ['no hamza in the text', 'زار افغانستان', [['afghanistan', 'افغانستان']]],
    ['the longest of two overlapping names', 'إمام علي رحمون', [['rahmon', 'إمام علي رحمون']]],
    ['a name with tanween', 'وفداً روسياً', []],
    ['the article fused after ل', 'للأمم المتحدة', [['un', 'أمم المتحدة']]],
    ['a tatweel inside the name', 'بوتـــين', [['putin', 'بوتـــين']]],
    ['a name before the Arabic comma', 'وصل إلى موسكو، ثم', [['moscow', 'موسكو']]],
    [
      'a name before the Arabic semicolon and question mark',
      'موسكو؛ طاجيكستان؟',
      [
        ['moscow', 'موسكو'],
        ['tajikistan', 'طاجيكستان'],
      ],
    ],
    ['a name after لل that does not start with ال', 'لموسكو للموسكو', [['moscow', 'موسكو']]],
  ] as const;
  const known = registryOf(
    ['putin', 'بوتين'],
    ['moscow', 'موسكو'],
    ['afghanistan', 'أفغانستان'],
    ['tajikistan', 'طاجيكستان'],
    ['rahmon', 'إمام علي رحمون'],
    ['rahmon', 'رحمون'],
    ['russia', 'روسيا'],
    ['un', 'الأمم المتحدة'],
  );

  it.each(table)('handles %s', (_name, text, expected) => {
    expect(findMentions(text, known).map(({ id, start, end }) => [id, text.slice(start, end)])).toEqual(expected);
  });

  it('finds a name after a listed missing space, and only there', () => {
    expect(findMentions('الوزيرلافروف', registryOf(['lavrov', 'لافروف']))).toEqual([]);
    expect(
      findMentions('الوزيرلافروف', registryOf(['lavrov', 'لافروف']), { missingSpaces: ['الوزير|لافروف'] }),
    ).toEqual([{ id: 'lavrov', start: 6, end: 12 }]);
  });

  it('looks for every name of an entity, not only its aliases', () => {
    const registry = [
      { id: 'moscow', name: { ar: 'موسكو', en: 'Moscow', ru: 'Москва' }, aliases: ['العاصمة الروسية'] },
    ];
    const text = 'Moscow أو موسكو أو Москва أو العاصمة الروسية';
    expect(findMentions(text, registry).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Moscow',
      'موسكو',
      'Москва',
      'العاصمة الروسية',
    ]);
  });
});
