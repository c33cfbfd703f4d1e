/**
 * The schema half of createCorpus's checks: parsing records with their Zod schema. It is
 * with canonicalArticle.ts, which it calls, the only module of the corpus build that loads Zod, so that a corpus of trusted records
 * (the shipped `corpus`) is built without loading it (validate.ts holds the rest).
 */
import { z } from 'zod';

import { InvalidRecordError } from '../../errors.js';
import { type Article, ArticleSchema } from '../../schema.js';
import type { Collection } from '../args/recordIssue.js';
import { isCanonicalArticle } from './canonicalArticle.js';
import type { StageProgress } from './progress.js';

/** Parses one record with its schema; a failure names the first issue's path and carries every issue. */
export function parseRecord<T>(schema: z.ZodType<T>, record: unknown, collection: Collection, index: number): T {
  const result = schema.safeParse(record);
  if (result.success) {
    return result.data;
  }
  const { issues } = result.error;
  // A failed parse has at least one issue; Zod's prettified issues are the message's issue lines.
  throw new InvalidRecordError({
    collection,
    index,
    path: issues[0]!.path,
    problem: z.prettifyError(result.error),
    issues,
  });
}

/** The records as articles, and those of them that the caller freezes once the whole build has passed. */
export interface ParsedArticles {
  readonly articles: readonly Article[];
  /** The records kept as they were given (see canonicalArticle.ts), still to be frozen with `freezeArticle`. */
  readonly inPlace: readonly Article[];
}

/** How {@link parseArticles} may read the records. */
export interface ParseArticlesOptions {
  /**
   * Whether every record is what `JSON.parse` returned (plain data: no symbol, hidden
   * key, getter or hole), so that the fast path need not look for them (canonicalArticle.ts).
   * Only a caller that parsed the records itself may say so: createCorpus, whose records
   * may be anything, never does.
   */
  readonly plain?: boolean | undefined;
}

/**
 * The records validated as articles. A record that `ArticleSchema` would return
 * unchanged is kept as it is (canonicalArticle.ts), and any other is parsed with the
 * schema (whose output comes out frozen), which normalizes it or throws Zod's issues.
 * What is kept as given is frozen by the caller only once every check has passed, so
 * that a failed build freezes nothing it was given. `progress` hears each record's index.
 */
export function parseArticles(
  records: readonly unknown[],
  options: ParseArticlesOptions = {},
  progress?: StageProgress,
): ParsedArticles {
  const plain = options.plain === true;
  const inPlace: Article[] = [];
  const articles = records.map((record, index) => {
    progress?.tick(index);
    if (isCanonicalArticle(record, plain)) {
      inPlace.push(record);
      return record;
    }
    return parseRecord(ArticleSchema, record, 'articles', index);
  });
  progress?.end(records.length);
  return { articles, inPlace };
}
