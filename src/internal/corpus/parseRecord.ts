/**
 * The schema half of createCorpus's checks: parsing records with their Zod schema. It is
 * the only module of the corpus build that imports Zod, so that a corpus of trusted records
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

/**
 * The records validated as articles. A record that `ArticleSchema` would return
 * unchanged is kept as it is (canonicalArticle.ts), and any other is parsed with the
 * schema (whose output comes out frozen), which normalizes it or throws Zod's issues.
 * What is kept as given is frozen by the caller only once every check has passed, so
 * that a failed build freezes nothing it was given. `progress` hears each record's index.
 */
export function parseArticles(records: readonly unknown[], progress?: StageProgress): ParsedArticles {
  const inPlace: Article[] = [];
  const articles = records.map((record, index) => {
    progress?.tick(index);
    if (isCanonicalArticle(record)) {
      inPlace.push(record);
      return record;
    }
    return parseRecord(ArticleSchema, record, 'articles', index);
  });
  progress?.end(records.length);
  return { articles, inPlace };
}
