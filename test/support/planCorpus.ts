/**
 * A corpus for the planner and executor tests (test/internal/): 160 articles,
 * one per day from 2020-01-01, so that a date range of d days holds exactly d
 * of them, and the wide/narrow threshold (a sixteenth of the corpus) is 10.
 * Facets of known sizes: Putin on even days (80), Rahmon every third day (54),
 * Lavrov every 40th (4); migration on odd days (80), summits every 50th (4),
 * drug-trafficking every 53rd (4).
 */
import { type Article, entities, topics } from '../../src/index.js';
import { buildCorpusIndexes, type CorpusIndexes } from '../../src/internal/corpus/corpusIndexes.js';
import { makeArticle } from './makeArticle.js';

export const PLAN_CORPUS_SIZE = 160;

const DAY0 = Date.UTC(2020, 0, 1);

/** The date (YYYY-MM-DD) of day `day` of the corpus. */
export function dayOf(day: number): string {
  return new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
}

export const planArticles: readonly Article[] = Array.from({ length: PLAN_CORPUS_SIZE }, (_, day) =>
  makeArticle({
    id: `day-${day}`,
    publishedAt: dayOf(day),
    entities: [
      ...(day % 2 === 0 ? ['vladimir-putin'] : []),
      ...(day % 3 === 0 ? ['emomali-rahmon'] : []),
      ...(day % 40 === 0 ? ['sergey-lavrov'] : []),
    ],
    topics: [
      ...(day % 2 === 1 ? ['migration'] : []),
      ...(day % 50 === 0 ? ['summits'] : []),
      ...(day % 53 === 0 ? ['drug-trafficking'] : []),
    ],
  }),
);

/** The indexes of {@link planArticles}, over the shipped registries. */
export function planIndexes(list: readonly Article[] = planArticles): CorpusIndexes {
  return buildCorpusIndexes(list, entities, topics);
}
