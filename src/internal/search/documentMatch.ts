/**
 * How one document matches a compiled search: the weighted frequency of each
 * clause in it, and where it matched. The scan (scanSearch.ts) runs this on
 * every document; the inverted index (searchIndex.ts) runs it on the documents
 * whose postings and word codes cannot decide alone (entity mentions, and
 * phrases of more than 31 words), and both run
 * it on the returned page for the match spans, so the two paths agree by
 * construction wherever they share it.
 */
import type { SearchField } from '../../types.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';
import { isMark, normalizeWithOffsets } from '../text/normalize.js';
import { WORD } from '../text/tokenize.js';
import { ARABIC, type Group, ruleMatches, type SearchClause, type WordRule } from './compileSearch.js';
import { searchableText, TITLE_WEIGHT } from './search.js';
import { isPossessiveS, searchWords } from './searchWords.js';

/** The searched fields, in the order matches are sorted by. */
export const FIELDS: readonly SearchField[] = ['title', 'body', 'en.title', 'en.summary'];
/** What one word of each field counts for, in frequency and in length. */
export const FIELD_WEIGHTS: readonly number[] = [TITLE_WEIGHT, 1, TITLE_WEIGHT, 1];
/** The fields of each group: title and body, then en.title and en.summary. */
export const GROUP_FIELDS: readonly (readonly number[])[] = [
  [0, 1],
  [2, 3],
];

/** The words of one field, with where each is in the field's text when they were asked for. */
export interface FieldWords {
  readonly words: readonly string[];
  /** Start of each word in the original text, in UTF-16 units; only when read with offsets. */
  readonly starts?: readonly number[];
  /** End (exclusive) of each word in the original text; only when read with offsets. */
  readonly ends?: readonly number[];
}

const EMPTY_FIELD: FieldWords = { words: [] };

/** Whether a UTF-16 unit is a diacritic or a tatweel, which the normalizer deletes and a word's span runs through. */
function isTrailing(unit: number): boolean {
  return isMark(unit) || unit === 0x0640;
}

/**
 * The search words of a text, as `searchWords()` finds them, with their spans in
 * the original text. A span runs from the word's first character through its
 * last letter and the diacritics and tatweel right after it.
 */
function wordsWithOffsets(text: string): Required<FieldWords> {
  const normalized = normalizeWithOffsets(text);
  const found: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let previous: string | undefined;
  let previousEnd = -1;
  for (const match of normalized.text.matchAll(WORD)) {
    const word = match[0];
    const possessive = isPossessiveS(normalized.text, word, match.index, previous, previousEnd);
    previous = word;
    previousEnd = match.index + word.length;
    if (possessive) {
      continue;
    }
    found.push(word);
    // A match lies inside the normalized text, which has one start and end per unit.
    starts.push(normalized.start[match.index]!);
    let end = normalized.end[match.index + word.length - 1]!;
    // The marks and tatweel right after the last letter belong to the word (تُعدّ, روسياً): the normalizer
    // deleted them, so no later word starts there.
    while (end < text.length && isTrailing(text.charCodeAt(end))) {
      end += 1;
    }
    ends.push(end);
  }
  return { words: found, starts, ends };
}

/** Reads a field of a record's `en`, throwing {@link InvalidRecordError} when it is not a string. */
export function englishText(article: unknown, index: number, field: 'title' | 'summary'): string {
  const en = typeof article === 'object' && article !== null ? (article as Record<string, unknown>)['en'] : undefined;
  const value = typeof en === 'object' && en !== null ? (en as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string') {
    throw recordIssue(index, ['en', field], `Expected en.${field} to be a string, got ${describeValue(value)}`);
  }
  return value;
}

/** The texts of the four fields of a record; the English ones are read only when `english`. */
export function searchTexts(article: unknown, index: number, english: boolean): readonly string[] {
  return [
    searchableText(article, index, 'title'),
    searchableText(article, index, 'body'),
    english ? englishText(article, index, 'title') : '',
    english ? englishText(article, index, 'summary') : '',
  ];
}

/** A mention span of a matched entity: field 0 is the title, 1 the body. */
export interface MentionSpan {
  readonly field: number;
  readonly start: number;
  readonly end: number;
}

const NO_MENTIONS: readonly MentionSpan[] = [];

/**
 * The mention spans of the entities `ids` in a record, each span once, by field then start.
 * Throws {@link InvalidRecordError} when its entities, or a mention of one of `ids`, are malformed.
 */
export function mentionSpans(
  article: unknown,
  index: number,
  ids: readonly string[],
  texts: readonly string[],
): readonly MentionSpan[] {
  if (ids.length === 0) {
    return NO_MENTIONS;
  }
  const list =
    typeof article === 'object' && article !== null ? (article as Record<string, unknown>)['entities'] : undefined;
  if (!Array.isArray(list)) {
    throw recordIssue(index, ['entities'], `Expected entities to be an array, got ${describeValue(list)}`);
  }
  const spans: MentionSpan[] = [];
  list.forEach((entry: unknown, at) => {
    const { id, mentions } =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : { id: undefined };
    if (typeof id !== 'string' || !ids.includes(id)) {
      return;
    }
    if (!Array.isArray(mentions)) {
      throw recordIssue(
        index,
        ['entities', at, 'mentions'],
        `Expected mentions to be an array, got ${describeValue(mentions)}`,
      );
    }
    mentions.forEach((mention: unknown, m) => {
      const { field, start, end } =
        typeof mention === 'object' && mention !== null ? (mention as Record<string, unknown>) : { field: undefined };
      const slot = field === 'title' ? 0 : field === 'body' ? 1 : -1;
      // slot is 0 or 1 when checked, and texts holds the title and the body there.
      if (
        slot === -1 ||
        !Number.isSafeInteger(start) ||
        !Number.isSafeInteger(end) ||
        (start as number) < 0 ||
        (start as number) >= (end as number) ||
        (end as number) > texts[slot]!.length
      ) {
        throw recordIssue(
          index,
          ['entities', at, 'mentions', m],
          `Expected a mention with field 'title' or 'body' and 0 <= start < end <= the field's length, got ${describeValue(mention)}`,
        );
      }
      spans.push({ field: slot, start: start as number, end: end as number });
    });
  });
  spans.sort((left, right) => left.field - right.field || left.start - right.start || left.end - right.end);
  return spans.filter(
    (span, at) =>
      at === 0 ||
      span.field !== spans[at - 1]!.field ||
      span.start !== spans[at - 1]!.start ||
      span.end !== spans[at - 1]!.end,
  );
}

/** Reads the words of a record's fields: with offsets where `offsets[field]`, and English only when `english`. */
export function readFields(
  texts: readonly string[],
  english: boolean,
  offsets: readonly boolean[],
): readonly FieldWords[] {
  // texts and offsets have one entry per field.
  return FIELDS.map((_, field) =>
    field >= 2 && !english
      ? EMPTY_FIELD
      : offsets[field]!
        ? wordsWithOffsets(texts[field]!)
        : { words: searchWords(texts[field]!) },
  );
}

/** The weighted lengths of a document's groups: title words count twice. */
export function groupLength(fields: readonly FieldWords[], group: Group): number {
  const [first, second] = GROUP_FIELDS[group]!;
  return (
    FIELD_WEIGHTS[first!]! * fields[first!]!.words.length + FIELD_WEIGHTS[second!]! * fields[second!]!.words.length
  );
}

/** Whether a rule holds for a text word, remembered per rule and word for one search. */
export type Matcher = (rule: WordRule, word: string) => boolean;

/** A {@link Matcher} with a cache of its own: a corpus has far fewer distinct words than words. */
export function createMatcher(): Matcher {
  const caches = new Map<WordRule, Map<string, boolean>>();
  return (rule, word) => {
    let cache = caches.get(rule);
    if (cache === undefined) {
      cache = new Map();
      caches.set(rule, cache);
    }
    let found = cache.get(word);
    if (found === undefined) {
      found = ruleMatches(rule, word);
      cache.set(word, found);
    }
    return found;
  };
}

/** A sink for match spans: field number, start, end. */
export type SpanSink = (field: number, start: number, end: number) => void;

/**
 * The weighted frequency of a clause in one document, as `[Arabic fields, English fields]`.
 * Each occurrence (a word, or the words of a phrase, adjacent and in order in one
 * field) counts its field's weight; each mention span of the clause's entities counts
 * its field's weight once, and an occurrence that overlaps such a span is not
 * counted again. `mentions` are the clause's spans in this document; when there are
 * any, the title and body must have been read with offsets, and when `sink` is
 * given, every field the clause searches.
 */
export function clauseFrequency(
  clause: SearchClause,
  fields: readonly FieldWords[],
  mentions: readonly MentionSpan[],
  match: Matcher,
  sink?: SpanSink,
): [number, number] {
  const { rules, group } = clause;
  let frequency = 0;
  let mentioned = 0;
  for (const field of GROUP_FIELDS[group]!) {
    // field is 0 to 3; fields has four entries, and i + j below stays inside found.
    const { words: found, starts, ends } = fields[field]!;
    for (let i = 0; i + rules.length <= found.length; i += 1) {
      let j = 0;
      while (j < rules.length && match(rules[j]!, found[i + j]!)) {
        j += 1;
      }
      if (j < rules.length) {
        continue;
      }
      let counted = true;
      // Mention spans are in the title and body only, fields 0 and 1.
      if (sink !== undefined || (mentions.length > 0 && field < 2)) {
        // Read with offsets, as the contract above requires.
        const start = starts![i]!;
        const end = ends![i + rules.length - 1]!;
        sink?.(field, start, end);
        counted = !mentions.some((span) => span.field === field && span.start < end && start < span.end);
      }
      if (counted) {
        frequency += FIELD_WEIGHTS[field]!;
      }
    }
  }
  for (const span of mentions) {
    mentioned += FIELD_WEIGHTS[span.field]!;
    sink?.(span.field, span.start, span.end);
  }
  return group === ARABIC ? [frequency + mentioned, 0] : [mentioned, frequency];
}
