import { findMentions, type MentionTarget } from '../../src/findMentions.ts';
import { entityList, type FieldMention } from '../../src/internal/build/checks.ts';
import type { ArticleEntity } from '../../src/schema.ts';

/** A name to look for, and the entity it belongs to. */
export interface AliasEntry {
  readonly entity: string;
  readonly alias: string;
}

interface ArticleLike {
  readonly id: string;
  readonly title: string;
  readonly titleBasis: 'source' | 'editorial';
  readonly body: string;
}

/** Lists every registry alias with its entity. */
export function aliasEntries(entities: readonly MentionTarget[]): AliasEntry[] {
  return entities.flatMap((entity) => entity.aliases.map((alias) => ({ entity: entity.id, alias })));
}

/**
 * Places where a source runs two words together, by article id. Each is a
 * typo of the source, kept verbatim in the text; listing it here lets the
 * name after it be found. Add an entry only after reading the raw text.
 */
export const MISSING_SPACES: Readonly<Record<string, readonly string[]>> = {
  // «أشار الوزيرلافروف إلى أن روسيا …»: "the minister" and "Lavrov" run together.
  '2022-09-14-lavrov-model-partnership-alliance': ['الوزير|لافروف'],
};

/**
 * Derives an article's `entities` with the public {@link findMentions}, grouped
 * by `buildArticle`'s own `entityList`: entities in order of first mention
 * (title before body), each with its mentions in text order. An editorial
 * title is our own wording, not the source's, so it is not searched.
 */
export function deriveEntities(article: ArticleLike, entities: readonly MentionTarget[]): ArticleEntity[] {
  const fields = article.titleBasis === 'source' ? (['title', 'body'] as const) : (['body'] as const);
  const missingSpaces = MISSING_SPACES[article.id] ?? [];
  const mentions: FieldMention[] = [];
  for (const field of fields) {
    for (const { id, start, end } of findMentions(article[field], entities, { missingSpaces })) {
      mentions.push({ id, field, start, end });
    }
  }
  return entityList(mentions);
}
