import { describe, expect, it } from 'vitest';

import { aliasEntries, deriveEntities, MISSING_SPACES } from '../scripts/lib/deriveEntities.js';
import {
  type Article,
  articles,
  createCorpus,
  entities,
  type Entity,
  findMentions,
  InvalidQueryError,
  InvalidRecordError,
  topics,
} from '../src/index.js';
import { buildCorpusIndexes } from '../src/internal/corpus/corpusIndexes.js';
import { SHIPPED_MISSING_SPACES } from '../src/internal/text/missingSpaces.js';
import { normalizeText } from '../src/internal/text/normalize.js';
import { MentionCheck } from '../src/internal/text/spelling.js';
import { catchError } from './support/catchError.js';
import { naiveFindMentions } from './support/naiveMentions.js';

const registry = new Map(entities.map((entity) => [entity.id, entity]));
const aliases = aliasEntries(entities);
const cases = articles.map((article) => [article.id, article] as const);

// The quotation marks of the data model's rule 9, as normalization leaves them.
const QUOTATION_MARKS = /["'«»‹›\u2018-\u201F]/gu;

/** A name or span as rule 9 compares it: normalized, without quotation marks, one space where they leave two. */
const spelling = (text: string): string =>
  normalizeText(text).replace(QUOTATION_MARKS, '').replace(/ {2,}/gu, ' ').trim();

/** Whether `span` spells one of the entity's names or aliases (see docs/data-model.md). */
function spellsEntity(entity: Entity, span: string, before: string): boolean {
  const spelled = spelling(span);
  const names = [entity.name.ar, entity.name.en, ...(entity.name.ru ? [entity.name.ru] : []), ...entity.aliases].map(
    spelling,
  );
  const fusedArticle = /لل$/.test(normalizeText(before));
  return names.some((name) => name === spelled || (fusedArticle && name === `ال${spelled}`));
}

/** Whether the entity is a document or an event, whose mentions contain others (rule 5). */
const isContainer = (id: string): boolean => ['document', 'event'].includes(registry.get(id)?.type ?? '');

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

  it.each(cases)(
    "overlap only where a span lies wholly inside a document's or an event's, and is neither, in %s",
    (_id, article) => {
      const spans = article.entities.flatMap(({ id, mentions }) =>
        mentions.map((mention) => ({ ...mention, id, container: isContainer(id) })),
      );
      for (const span of spans) {
        for (const other of spans) {
          const overlapping =
            other !== span && other.field === span.field && other.start < span.end && span.start < other.end;
          if (overlapping && other.container && !span.container) {
            expect(other.start, `${span.id} inside ${other.id}`).toBeLessThanOrEqual(span.start);
            expect(other.end, `${span.id} inside ${other.id}`).toBeGreaterThanOrEqual(span.end);
          } else if (overlapping && !(span.container && !other.container)) {
            expect.fail(`${span.id} ${span.field}[${span.start}, ${span.end}) overlaps ${other.id}`);
          }
        }
      }
    },
  );

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
      const key = spelling(alias);
      expect(owners.get(key) ?? entity, `"${alias}"`).toBe(entity);
      owners.set(key, entity);
    }
  });

  it('lists every spelling that occurs in the corpus among the aliases', () => {
    for (const article of articles) {
      for (const { id } of article.entities) {
        const known = new Set(registry.get(id)?.aliases.map(spelling));
        for (const text of mentionTexts(article, id)) {
          const spelled = spelling(text);
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

  it.each([
    ['sco', 'منظمة "شنغهاي للتعاون"'],
    ['csto', 'منظمة "معاهدة الأمن الجماعي"'],
    ['sco-summit', 'قمة منظمة "شنغهاي للتعاون"'],
    ['csto-anniversary-summit', 'الذكرى السنوية لقمة "منظمة معاهدة الأمن الجماعي"'],
  ] as const)('spans the name of %s that quotation marks split whole, marks included: %s', (id, spelled) => {
    expect(articles.flatMap((article) => mentionTexts(article, id))).toContain(spelled);
  });

  it('leaves no quotation mark open inside a span: each holds an even number of them', () => {
    const spans = articles.flatMap((article) =>
      article.entities.flatMap(({ id }) => mentionTexts(article, id).map((text) => [id, text] as const)),
    );
    expect(spans.filter(([, text]) => text.includes('"')).length).toBeGreaterThan(4);
    expect(spans.filter(([, text]) => (text.match(/"/gu) ?? []).length % 2 === 1)).toEqual([]);
  });

  it.each([
    [
      '2021-07-22-rudenko-russia-ready-to-repel-aggression',
      'csto-collective-security-council',
      'collective-security-council-decision-2013',
    ],
    ['2022-06-29-rahmon-putin-discuss-cooperation', 'csto', 'csto-anniversary-summit'],
    ['2022-06-29-rahmon-putin-discuss-cooperation', 'emomali-rahmon', 'tajik-president-press-office-statement-2022'],
    ['2025-10-09-russia-tajikistan-joint-statement-military-cooperation', 'cis', 'cis-heads-of-state-council-meeting'],
    [
      '2025-10-09-russia-tajikistan-joint-statement-military-cooperation',
      'emomali-rahmon',
      'russia-tajikistan-joint-statement-2025',
    ],
    [
      '2025-10-09-russia-tajikistan-joint-statement-military-cooperation',
      'united-nations',
      'un-convention-against-cybercrime',
    ],
  ] as const)('lists, in %s, %s, named inside the name of %s', (articleId, id, containerId) => {
    const article = articles.find((candidate) => candidate.id === articleId)!;
    const mentionsOf = (entityId: string) => article.entities.find((entity) => entity.id === entityId)?.mentions ?? [];
    expect(isContainer(containerId)).toBe(true);
    const inside = mentionsOf(id).filter((mention) =>
      mentionsOf(containerId).some(
        (container) =>
          container.field === mention.field && container.start <= mention.start && mention.end <= container.end,
      ),
    );
    expect(inside.length).toBeGreaterThan(0);
  });

  it("counts Rahmon's mentions inside the names of documents too, two of his ten", () => {
    const spans = articles.flatMap((article) =>
      article.entities.flatMap(({ id, mentions }) => mentions.map((mention) => ({ ...mention, id, article }))),
    );
    const rahmon = spans.filter((span) => span.id === 'emomali-rahmon');
    const nested = rahmon.filter((span) =>
      spans.some(
        (other) =>
          other.article === span.article &&
          isContainer(other.id) &&
          other.field === span.field &&
          other.start <= span.start &&
          span.end <= other.end,
      ),
    );
    expect([rahmon.length, nested.length]).toEqual([10, 2]);
  });

  it('spans the misspelled name جوهورية طاجكستان ("Republic of Tajikistan") whole, under the spelling of the source', () => {
    expect(articles.some((article) => article.body.includes('جوهورية طاجكستان'))).toBe(true);
    expect(articles.flatMap((article) => mentionTexts(article, 'tajikistan'))).toContain('جوهورية طاجكستان');
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
    ['a name that ends the text', 'وصل إلى موسكو', [['moscow', 'موسكو']]],
    ['a diacritic on the last letter, at the end of the text', 'زار بوتينُ', [['putin', 'بوتينُ']]],
    ['a name that runs on into a digit', 'موسكو2025 موسكو-2025', [['moscow', 'موسكو']]],
    ['the article fused after و and ل', 'وللأمم المتحدة', [['un', 'أمم المتحدة']]],
    ['a name after two conjunctions, which Arabic never stacks', 'ووموسكو فوموسكو', []],
    ['a ligature that starts a name', 'قال ﻻفروف', [['lavrov', 'ﻻفروف']]],
    ['a letter outside the BMP that ends a name', 'in Mosco𝐰.', [['moscow', 'Mosco𝐰']]],
    [
      'a name that begins a longer name',
      'روسيا البيضاء وروسيا',
      [
        ['belarus', 'روسيا البيضاء'],
        ['russia', 'روسيا'],
      ],
    ],
    [
      'a name split by a quotation mark, with the mark that closes it',
      'ومنظمة "شنغهاي للتعاون" معا',
      [['sco', 'منظمة "شنغهاي للتعاون"']],
    ],
    ['a name split by guillemets', 'في منظمة «شنغهاي للتعاون»، معا', [['sco', 'منظمة «شنغهاي للتعاون»']]],
    ['a name split by curly quotation marks', 'في منظمة “شنغهاي للتعاون” معا', [['sco', 'منظمة “شنغهاي للتعاون”']]],
    ['a name quoted whole, without its marks', 'في "رابطة الدول المستقلة" معا', [['cis', 'رابطة الدول المستقلة']]],
    [
      'a name with a quotation mark between spaces, which no mark closes right after it',
      'منظمة " شنغهاي للتعاون " معا',
      [['sco', 'منظمة " شنغهاي للتعاون']],
    ],
    ['a name whose quotation opens before it', '"رابطة الدول" المستقلة', [['cis', 'رابطة الدول" المستقلة']]],
    [
      'a name with two quotations inside it, both closed',
      'رابطة "الدول" "المستقلة"',
      [['cis', 'رابطة "الدول" "المستقلة"']],
    ],
    [
      'a quotation mark where a space is missing, which is not one',
      'منظمة"شنغهاي للتعاون',
      [['sco', 'شنغهاي للتعاون']],
    ],
    [
      'an alias written with quotation marks, in a text with or without them',
      'القاعدة "201" والقاعدة 201',
      [
        ['base', 'القاعدة "201"'],
        ['base', 'القاعدة 201'],
      ],
    ],
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
    ['lavrov', 'لافروف'],
    ['moscow', 'Moscow'],
    ['belarus', 'روسيا البيضاء'],
    ['sco', 'منظمة شنغهاي للتعاون'],
    ['sco', 'شنغهاي للتعاون'],
    ['cis', 'رابطة الدول المستقلة'],
    ['base', 'القاعدة "201"'],
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

  it('gives a name two entities share to the smaller id, wherever the registry lists it', () => {
    for (const registry of [registryOf(['b', 'روسيا'], ['a', 'روسيا']), registryOf(['a', 'روسيا'], ['b', 'روسيا'])]) {
      expect(findMentions('زار روسيا', registry)).toEqual([{ id: 'a', start: 4, end: 9 }]);
    }
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

describe('findMentions on a registry that changes', () => {
  const frozen = (id: string, ...aliases: string[]) => Object.freeze({ id, aliases: Object.freeze(aliases) });
  /** An entity whose aliases come through a getter, from a frozen list that can be swapped for another. */
  class Named {
    constructor(
      readonly id: string,
      private readonly spellings: { list: readonly string[] },
    ) {}
    get aliases(): readonly string[] {
      return this.spellings.list;
    }
    rename(alias: string): void {
      this.spellings.list = Object.freeze([alias]);
    }
  }
  const cases = [
    {
      change: 'an alias is added to a plain entity',
      make: () => [{ id: 'moscow', aliases: ['موسكو'] }],
      edit: (registry: { aliases: string[] }[]) => registry[0]!.aliases.push('دوشنبه'),
    },
    {
      change: 'an entity is added to an array of frozen entities',
      make: () => [frozen('moscow', 'موسكو')],
      edit: (registry: unknown[]) => registry.push(frozen('dushanbe', 'دوشنبه')),
    },
    {
      change: 'a frozen entity is replaced',
      make: () => [frozen('moscow', 'موسكو'), frozen('russia', 'روسيا')],
      edit: (registry: unknown[]) => {
        registry[1] = frozen('dushanbe', 'دوشنبه');
      },
    },
    {
      change: 'a frozen entity is removed',
      make: () => [frozen('moscow', 'موسكو'), frozen('dushanbe', 'دوشنبه')],
      edit: (registry: unknown[]) => registry.splice(1, 1),
    },
    {
      change: 'a frozen entity holds an unfrozen list of aliases',
      make: () => [Object.freeze({ id: 'moscow', aliases: ['موسكو'] })],
      edit: (registry: { aliases: string[] }[]) => registry[0]!.aliases.push('دوشنبه'),
    },
    {
      change: 'a frozen entity holds an unfrozen name',
      make: () => [Object.freeze({ id: 'moscow', name: { ar: 'موسكو' }, aliases: Object.freeze([]) })],
      edit: (registry: { name: { ar: string } }[]) => {
        registry[0]!.name.ar = 'دوشنبه';
      },
    },
    {
      change: 'a frozen entity reads its aliases through a getter',
      make: () => [Object.freeze(new Named('moscow', { list: Object.freeze(['موسكو']) }))],
      edit: (registry: Named[]) => {
        registry[0]!.rename('دوشنبه');
      },
    },
  ] as const;

  it.each(cases)('answers from the registry as it is now when $change', ({ make, edit }) => {
    const registry = make();
    const text = 'من موسكو إلى دوشنبه';
    const before = findMentions(text, registry as never).map(({ start, end }) => text.slice(start, end));
    (edit as (registry: unknown) => void)(registry);
    const after = findMentions(text, registry as never).map(({ start, end }) => text.slice(start, end));
    expect(after).toEqual(naiveFindMentions(text, registry as never).map(({ start, end }) => text.slice(start, end)));
    expect(after).not.toEqual(before);
  });
});

describe('the missing spaces of the shipped sources', () => {
  it('are the ones createCorpus always knows', () => {
    expect([...new Set(Object.values(MISSING_SPACES).flat())].sort()).toEqual([...SHIPPED_MISSING_SPACES].sort());
  });

  it('are each needed: without them, createCorpus refuses the span after one', () => {
    expect(() => buildCorpusIndexes(articles, entities, topics, SHIPPED_MISSING_SPACES)).not.toThrow();
    expect(() => buildCorpusIndexes(articles, entities, topics, [])).toThrow(/starts inside the word "الوزيرلافروف"/);
  });
});

describe('findMentions and createCorpus', () => {
  // Each text, the entity it might name, the span a looser finder would place, and whether it is a mention.
  const cases = [
    ['tanween on the letter before a final alef', 'تعاون روسيًا مع', 'russia', 'روسيًا', false],
    ['shadda, then tanween, before a final alef', 'تعاون روسي\u0651\u064Bا مع', 'russia', 'روسي\u0651\u064Bا', false],
    ['tanween, then shadda, before a final alef', 'تعاون روسي\u064B\u0651ا مع', 'russia', 'روسي\u064B\u0651ا', false],
    ['shadda before, tanween after a final alef', 'تعاون روسيّاً مع', 'russia', 'روسيّا', false],
    ['tanween, then shadda, after a final alef', 'تعاون روسياًّ مع', 'russia', 'روسيا', false],
    ['shadda, then tanween, after a final alef', 'في روسيا\u0651\u064B', 'russia', 'روسيا', false],
    ['tanween on the letter before a final alef maqsura', 'قال هدًى', 'huda', 'هدًى', false],
    ['a shadda without tanween', 'في روسيّا', 'russia', 'روسيّا', true],
    ['a name before a final alef with fatha, not tanween', 'في روسيَا', 'russia', 'روسيَا', true],
    ['لل and the alef of a name in one ligature', 'ﻟﻸمم المتحدة', 'un', 'ﻸمم المتحدة', false],
    ['a clitic and the alef of ال in one ligature', 'ﻻلكرم', 'karm', 'ﻻلكرم', false],
    ['a name after a ligature that holds its clitics', 'ﻻلكرم', 'karm-bare', 'كرم', true],
  ] as const;
  const registry: Entity[] = [
    ['russia', 'روسيا'],
    ['huda', 'هدى'],
    ['un', 'الأمم المتحدة'],
    ['karm', 'الكرم'],
    ['karm-bare', 'كرم'],
  ].map(([id, name]) => ({
    id: id!,
    type: 'location',
    name: { ar: name!, en: id! },
    aliases: [name!],
    description: 'An entity of the test.',
  }));
  const check = new MentionCheck(registry);

  it.each(cases)('agree on %s: %j', (_name, text, id, span, mention) => {
    const start = text.indexOf(span);
    const spans = findMentions(text, registry).filter((found) => found.id === id);
    expect(spans).toEqual(mention ? [{ id, start, end: start + span.length }] : []);
    const problem = check.problem(
      { title: '', body: text },
      registry.findIndex((entity) => entity.id === id),
      {
        field: 'body',
        start,
        end: start + span.length,
      },
    );
    expect(problem === undefined).toBe(mention);
  });

  it.each([
    [
      'leaves open a quotation mark of the name',
      'في منظمة "شنغهاي للتعاون" معا',
      'منظمة "شنغهاي للتعاون',
      /leaves open a quotation mark of the name.*expected end to be 25/u,
    ],
    [
      'takes a quotation mark that closes none inside the name',
      'في "منظمة شنغهاي للتعاون" معا',
      'منظمة شنغهاي للتعاون"',
      /ends on a quotation mark that closes none.*expected end to be 24/u,
    ],
    [
      'starts on a quotation mark',
      'في "منظمة شنغهاي للتعاون" معا',
      '"منظمة شنغهاي للتعاون',
      /which is not a name or alias of "sco"/u,
    ],
    [
      'starts on a quotation mark and takes the one that closes it',
      'في "منظمة شنغهاي للتعاون" معا',
      '"منظمة شنغهاي للتعاون"',
      /which is not a name or alias of "sco"/u,
    ],
  ] as const)('refuse alike a span that %s', (_name, text, span, message) => {
    const sco: Entity = {
      id: 'sco',
      type: 'organization',
      name: { ar: 'منظمة شنغهاي للتعاون', en: 'SCO' },
      aliases: ['منظمة شنغهاي للتعاون'],
      description: 'An entity of the test.',
    };
    const start = text.indexOf(span);
    const problem = new MentionCheck([sco]).problem({ title: '', body: text }, 0, {
      field: 'body',
      start,
      end: start + span.length,
    });
    expect(problem?.message).toMatch(message);
    expect(problem?.key).toBe('end');
    // The finder places the span elsewhere.
    expect(findMentions(text, [sco])).not.toContainEqual({ id: 'sco', start, end: start + span.length });
  });

  it.each([
    ['not a list', 'الرئيس|بوتين'],
    ['an item that is not a string', [42]],
    ['no bar', ['الرئيسبوتين']],
    ['two bars', ['الرئيس|بو|تين']],
    ['an empty first word', ['|بوتين']],
    ['an empty second word', ['الرئيس|']],
    ['a space before the bar', ['الرئيس |بوتين']],
    ['a space after the bar', ['الرئيس| بوتين']],
    ['a hole', [, 'الرئيس|بوتين']], // eslint-disable-line no-sparse-arrays -- the hole is the bad input under test
  ] as const)('refuse alike missing spaces with %s', (_name, missingSpaces) => {
    const fromFinder = catchError(() =>
      findMentions('الرئيسبوتين', entities, { missingSpaces: missingSpaces as never }),
    );
    const fromCorpus = catchError(() => createCorpus([], { missingSpaces: missingSpaces as never }));
    expect(fromFinder).toBeInstanceOf(InvalidQueryError);
    expect(fromCorpus).toBeInstanceOf(InvalidQueryError);
    expect((fromFinder as Error).message).toBe((fromCorpus as Error).message);
  });

  it('refuse a registry with a hole, naming the empty slot', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the bad input under test
    const holed = [, entities[0]!];
    const fromFinder = catchError(() => findMentions('x', holed as never));
    expect(fromFinder).toBeInstanceOf(InvalidQueryError);
    expect((fromFinder as Error).message).toContain('entities[0]');
    expect((fromFinder as Error).message).toContain('empty slot');
    for (const validate of [true, false]) {
      const fromCorpus = catchError(() => createCorpus([], { entities: holed as never, validate }));
      expect(fromCorpus).toBeInstanceOf(InvalidRecordError);
      expect((fromCorpus as Error).message).toContain('empty slot');
    }
  });
});

describe('an alias written with spaces around it', () => {
  it('is found by findMentions and accepted by createCorpus, which both trim it', () => {
    const nahran = {
      id: 'nahran',
      type: 'location',
      name: { ar: 'مدينة نهران', en: 'Nahran' },
      aliases: [' نهران '],
      description: 'An invented city.',
    } as const;
    const [article] = articles;
    if (article === undefined) {
      throw new Error('The shipped corpus is empty');
    }
    const body = `${article.body}\n\nزار نهران`;
    const found = findMentions(body, [nahran]);
    expect(found.map(({ start, end }) => body.slice(start, end))).toEqual(['نهران']);
    const record = {
      ...article,
      body,
      entities: [
        ...article.entities,
        { id: 'nahran', mentions: found.map(({ start, end }) => ({ field: 'body' as const, start, end })) },
      ],
    };
    expect(createCorpus([record], { entities: [...entities, nahran] }).articles).toHaveLength(1);
  });
});
