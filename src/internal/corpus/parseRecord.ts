/**
 * The schema half of createCorpus's checks: parsing records with their Zod schema. It is
 * the only module of the corpus build that imports Zod, so that a corpus of trusted records
 * (the shipped `corpus`) is built without loading it (validate.ts holds the rest).
 */
import { z } from 'zod';

import { InvalidRecordError } from '../../errors.js';
import { type Article, ArticleSchema } from '../../schema.js';
import type { Collection } from '../args/recordIssue.js';

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

/** The records parsed with `ArticleSchema`, whose output comes out frozen. */
export function parseArticles(records: readonly unknown[]): readonly Article[] {
  return records.map((record, index) => parseRecord(ArticleSchema, record, 'articles', index));
}
