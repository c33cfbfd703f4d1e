/** The match spans of a hit, for highlighting. */
import type { SearchMatch } from '../../types.js';
import type { CompiledSearch } from './compileSearch.js';
import { clauseFrequency, createMatcher, FIELDS, type Matcher } from './documentMatch.js';
import { readDocument } from './scanSearch.js';

/**
 * Where a record matches the included clauses of a search: the spans of every
 * occurrence and matched mention, in the original field texts, merged where they
 * overlap, sorted by field (title, body, en.title, en.summary) then start.
 */
export function searchMatches(
  article: unknown,
  index: number,
  search: CompiledSearch,
  match: Matcher = createMatcher(),
): SearchMatch[] {
  const { include, english } = search;
  const read = readDocument(article, index, include, english, true);
  const spans: [number, number, number][] = [];
  include.forEach((clause, at) => {
    // at is below include.length, the number of mention lists read.
    clauseFrequency(clause, read.fields, read.mentions[at]!, match, (field, start, end) => {
      spans.push([field, start, end]);
    });
  });
  spans.sort((left, right) => left[0] - right[0] || left[1] - right[1] || left[2] - right[2]);
  const out: SearchMatch[] = [];
  let last: { field: number; start: number; end: number } | undefined;
  for (const [field, start, end] of spans) {
    if (last !== undefined && last.field === field && start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    if (last !== undefined) {
      out.push({ field: FIELDS[last.field]!, start: last.start, end: last.end });
    }
    last = { field, start, end };
  }
  if (last !== undefined) {
    // last.field is 0 to 3, a position in FIELDS.
    out.push({ field: FIELDS[last.field]!, start: last.start, end: last.end });
  }
  return out;
}
