/**
 * The names of a registry's entities as search words, so that a query word or
 * phrase that names an entity can also match the entity's mention spans
 * (`رحمن` finds the articles that spell him `رحمون`).
 */
import type { Entity } from '../../schema.js';
import { englishStem, isLatinWord } from './englishStem.js';
import { searchWords } from './searchWords.js';

/** The entities that a sequence of search words names. */
export interface EntityNames {
  /**
   * The ids of the entities that have the given words as a whole name or alias,
   * sorted, without duplicates; a frozen array, empty when none.
   *
   * The words are search words as searchWords() gives them: Arabic
   * normalized, Latin lowercased. Latin words are stemmed here with
   * {@link englishStem}, as the names were, so `rahmons` or an already stemmed
   * word finds the same ids (the stemmer is idempotent).
   */
  lookup(words: readonly string[]): readonly string[];
  /** The most words any name or alias has: a phrase longer than this names nothing. */
  readonly maxWords: number;
}

const NONE: readonly string[] = Object.freeze([]);

/** The key of a word sequence: its Latin words stemmed, joined by a space, which no word contains. */
function keyOf(found: readonly string[]): string {
  return found.map((word) => (isLatinWord(word) ? englishStem(word) : word)).join(' ');
}

/**
 * Indexes the names of a registry for search: each entity's Arabic and English
 * name and every alias, cut into words by searchWords() (so Arabic is
 * normalized and Latin lowercased; hyphens and quotes split words, as they do
 * in the text), Latin words stemmed. The Russian name is left out: articles
 * are Arabic with English summaries, and the query rules have no Cyrillic
 * fields to search. A name with no words (punctuation only) names nothing.
 *
 * @param entities - The registry.
 * @returns A lookup from word sequences to entity ids.
 */
export function entityNames(entities: readonly Entity[]): EntityNames {
  const ids = new Map<string, Set<string>>();
  let maxWords = 0;
  for (const entity of entities) {
    for (const name of [entity.name.ar, entity.name.en, ...entity.aliases]) {
      const found = searchWords(name);
      if (found.length === 0) {
        continue;
      }
      maxWords = Math.max(maxWords, found.length);
      const key = keyOf(found);
      let named = ids.get(key);
      if (named === undefined) {
        named = new Set();
        ids.set(key, named);
      }
      named.add(entity.id);
    }
  }
  const byKey = new Map<string, readonly string[]>();
  for (const [key, named] of ids) {
    byKey.set(key, Object.freeze([...named].sort()));
  }
  return {
    lookup: (sequence) =>
      sequence.length === 0 || sequence.length > maxWords ? NONE : (byKey.get(keyOf(sequence)) ?? NONE),
    maxWords,
  };
}
