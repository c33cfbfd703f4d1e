/**
 * The one error of `buildArticle`: the schema's issues, where a missing field
 * says what to supply, and the builder's own problems, all in one
 * InvalidRecordError.
 */
import { z } from 'zod';

import { InvalidRecordError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';

/** One problem of the record being built: where it is, and what to do. */
export interface Problem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** What to write where the schema finds a required field missing: the field to supply, and what it holds. */
const SUPPLY: Readonly<Record<string, string>> = {
  id: 'Missing: supply id, a kebab-case slug that starts with the publication day',
  title: 'Missing: supply title, the headline',
  titleBasis: 'Missing: supply titleBasis, "source" for the printed headline or "editorial" for yours',
  body: 'Missing: supply body, the paragraphs verbatim, joined with a blank line',
  publishedAt: 'No date could be read from the dateline or timestamp furniture, title or body: supply publishedAt',
  date: 'No date could be read: supply date ({ precision, basis, evidence }), evidence being the words that fix publishedAt',
  'source.chain':
    'Missing: supply chain, the parties that brought the text, publisher last, each { role, name, en, basis, evidence }',
  en: 'Missing: supply en: { title, summary }, in English',
  topics: 'Missing: supply topics, the ids of the topics covered ([] for none)',
  topicEvidence: 'Missing: supply topicEvidence, the words that show each topic ({} for none)',
  raw: "Missing: supply raw: { file, text }, the raw file's path and its text or bytes",
};

/**
 * The schema's issues, where a missing field is explained by what to supply,
 * followed by the builder's own problems. A missing field in `covered` is left
 * to the builder's problem about it (a date that disagrees, bytes that are not UTF-8).
 */
export function mergeIssues(
  candidate: Readonly<Record<string, unknown>>,
  schemaIssues: readonly z.core.$ZodIssue[],
  problems: readonly Problem[],
  covered: ReadonlySet<string>,
): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  for (const issue of schemaIssues) {
    const missing =
      issue.path.reduce<unknown>(
        (value, step) => (value as Readonly<Record<PropertyKey, unknown>> | undefined)?.[step],
        candidate,
      ) === undefined;
    const hint = missing ? SUPPLY[issue.path.join('.')] : undefined;
    if (missing && covered.has(String(issue.path[0]))) {
      continue;
    }
    issues.push(hint === undefined ? issue : { ...issue, message: hint });
  }
  for (const { path, message } of problems) {
    issues.push({ code: 'custom', path: [...path], message });
  }
  return issues;
}

/** How many problems the message lists; `issues` holds them all. */
const LISTED = 10;

/** The error that lists every problem of the record `id` (the first ten in its message, all in `issues`). */
export function buildError(id: unknown, issues: readonly z.core.$ZodIssue[]): InvalidRecordError {
  const what = typeof id === 'string' ? `article ${describeValue(id)}` : 'an article';
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  const more = issues.length > LISTED ? `\n… and ${issues.length - LISTED} more, in the error's issues` : '';
  return new InvalidRecordError({
    collection: 'articles',
    index: 0,
    path: issues[0]?.path ?? [],
    problem: `Could not build ${what} from an object, for ${count}:\n${z.prettifyError(new z.ZodError(issues.slice(0, LISTED)))}${more}`,
    issues,
  });
}
