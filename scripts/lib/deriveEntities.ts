import { type AliasEntry, findMentions, type MissingSpace } from './findMentions.ts';

interface EntityLike {
  readonly id: string;
  readonly aliases: readonly string[];
}

interface ArticleLike {
  readonly id: string;
  readonly title: string;
  readonly titleBasis: 'source' | 'editorial';
  readonly body: string;
}

/** A mention as `data/articles.json` stores it. */
export interface DerivedMention {
  field: 'title' | 'body';
  start: number;
  end: number;
}

/** An article's entity list as `data/articles.json` stores it. */
export interface DerivedEntity {
  id: string;
  mentions: DerivedMention[];
}

/** Lists every registry alias with its entity, for {@link findMentions}. */
export function aliasEntries(entities: readonly EntityLike[]): AliasEntry[] {
  return entities.flatMap((entity) => entity.aliases.map((alias) => ({ entity: entity.id, alias })));
}

/**
 * Places where a source runs two words together, by article id. Each is a
 * typo of the source, kept verbatim in the text; listing it here lets the
 * name after it be found. Add an entry only after reading the raw text.
 */
export const MISSING_SPACES: Readonly<Record<string, readonly MissingSpace[]>> = {
  // «أشار الوزيرلافروف إلى أن روسيا …»: "the minister" and "Lavrov" run together.
  '2022-09-14-lavrov-model-partnership-alliance': ['الوزير|لافروف'],
};

/**
 * Derives an article's `entities` from the registry's aliases: entities in
 * order of first mention (title before body), each with its mentions in text
 * order. An editorial title is our own wording, not the source's, so it is
 * not searched.
 */
export function deriveEntities(article: ArticleLike, aliases: readonly AliasEntry[]): DerivedEntity[] {
  const fields = article.titleBasis === 'source' ? (['title', 'body'] as const) : (['body'] as const);
  const byEntity = new Map<string, DerivedMention[]>();
  for (const field of fields) {
    for (const { entity, start, end } of findMentions(article[field], aliases, MISSING_SPACES[article.id] ?? [])) {
      const mentions = byEntity.get(entity) ?? [];
      mentions.push({ field, start, end });
      byEntity.set(entity, mentions);
    }
  }
  return [...byEntity].map(([id, mentions]) => ({ id, mentions }));
}
