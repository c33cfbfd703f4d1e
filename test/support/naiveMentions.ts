/**
 * The mention finder as it was before it was compiled (src/internal/text/mentions.ts at
 * 88bf425), kept as a readable reference: for every alias, `indexOf` over the normalized
 * text, each hit checked against the data model's rules, then the longest leftmost wins.
 * Since then it reads quotation marks inside a name as the data model says (rule 9):
 * the aliases and the text are searched without them, and a span that leaves one open
 * takes the mark right after it; and, by rule 5, inside the span of each document or
 * event it keeps, the names of the entities that are neither are mentions too, the
 * longest leftmost among them.
 * O(aliases × text), and it normalizes every alias on every call.
 *
 * test/mentions.test-prop.ts holds the compiled finder to it on random texts and
 * registries, and `npm run bench -- --mentions` times the finder against it. It takes
 * only well-formed input; the public function checks its arguments.
 */
import { isMark, normalizeWithOffsets } from '../../src/internal/text/normalize.js';

/** What the reference reads of an entity. */
export interface NaiveTarget {
  readonly id: string;
  readonly name?:
    | { readonly ar?: string | undefined; readonly en?: string | undefined; readonly ru?: string | undefined }
    | undefined;
  readonly aliases: readonly string[];
  readonly type?: string | undefined;
}

/** A mention: the entity's id and UTF-16 offsets, end exclusive. */
export interface NaiveMention {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A normalized name to look for, the entity it names, and which prefixes it may follow. */
export interface Needle {
  readonly entity: string;
  /** Whether the entity is a document or an event, whose mentions contain others. */
  readonly container: boolean;
  readonly needle: string;
  readonly prefixRule: RegExp;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PREFIX = /^(?:[وف]?[بلك]?(?:ال)?)$/u;
const PREFIX_BEFORE_FUSED_ARTICLE = /^(?:[وف]?لل)$/u;
// The characters normalization deletes: harakat, tanween, shadda, Quranic marks, tatweel, invisible marks.
const DELETED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u061C]/u;
const TANWEEN = /[\u064B-\u064D]/u;
// Quotation marks as normalization leaves them, and as the text may write them (fullwidth forms too).
const QUOTE = /["'«»‹›\u2018-\u201F]/u;
const QUOTES = new RegExp(QUOTE.source, 'gu');
const QUOTE_CHAR = /["'«»‹›\u2018-\u201F\uFF02\uFF07]/u;

/**
 * Normalized text without its quotation marks, and without a space that one leaves
 * doubled: `index[i]` is where `text[i]` stands in the input. A name is looked for
 * in this text, so that `منظمة "شنغهاي للتعاون` reads `منظمة شنغهاي للتعاون`.
 */
function withoutQuotes(normalized: string): { text: string; index: number[] } {
  let text = '';
  const index: number[] = [];
  for (let at = 0; at < normalized.length; at += 1) {
    const char = normalized.charAt(at);
    if (QUOTE.test(char) || (char === ' ' && text.endsWith(' '))) {
      continue;
    }
    text += char;
    index.push(at);
  }
  return { text, index };
}

/** A normalized alias as a needle: without quotation marks, one space where they leave two, trimmed. */
const needleOf = (normalized: string): string => withoutQuotes(normalized).text.trim();

/** Whether the character that starts at `at` (a whole code point) is a letter or digit. */
const isWordCharAt = (text: string, at: number): boolean => {
  const codePoint = text.codePointAt(at);
  return codePoint !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
};

/** Whether the character that ends just before `at` (a whole code point) is a letter or digit. */
const isWordCharBefore = (text: string, at: number): boolean =>
  at > 0 && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at));

/** The run of deleted characters that starts at `at`. */
const deletedAfter = (text: string, at: number): string => {
  let to = at;
  while (to < text.length && DELETED.test(text.charAt(to))) {
    to += 1;
  }
  return text.slice(at, to);
};

/** The run of deleted characters that ends at `at`. */
const deletedBefore = (text: string, at: number): string => {
  let from = at;
  while (from > 0 && DELETED.test(text.charAt(from - 1))) {
    from -= 1;
  }
  return text.slice(from, at);
};

/**
 * Whether the name from `start` to `end` (which ends on its last letter) carries tanween:
 * among the marks on its last letter, or, when that letter is a final ا or ى, among
 * the marks on the letter before it (روسيًا).
 */
const carriesTanween = (text: string, start: number, end: number): boolean => {
  if (TANWEEN.test(deletedAfter(text, end))) {
    return true;
  }
  const last = text.charAt(end - 1);
  return end - 1 > start && (last === 'ا' || last === 'ى') && TANWEEN.test(deletedBefore(text, end - 1));
};

/** Every name of every entity, in registry order: `name.ar`, `name.en`, `name.ru`, then the aliases. */
export function naiveAliases(
  entities: readonly NaiveTarget[],
): { entity: string; alias: string; container: boolean }[] {
  return entities.flatMap((entity) =>
    [entity.name?.ar, entity.name?.en, entity.name?.ru, ...entity.aliases]
      .filter((alias): alias is string => alias !== undefined)
      .map((alias) => ({
        entity: entity.id,
        alias,
        container: entity.type === 'document' || entity.type === 'event',
      })),
  );
}

/** The normalized needles of a registry: each alias, and after لل each alias that starts with ال, without it. */
export function naiveNeedles(entities: readonly NaiveTarget[]): Needle[] {
  return naiveAliases(entities).flatMap(({ entity, alias, container }) => {
    const needle = needleOf(normalizeWithOffsets(alias.trim()).text);
    const needles = [{ entity, container, needle, prefixRule: PREFIX }];
    if (needle.startsWith('ال') && needle.length > 3) {
      needles.push({ entity, container, needle: needle.slice(2), prefixRule: PREFIX_BEFORE_FUSED_ARTICLE });
    }
    return needles;
  });
}

/** Original offsets at which a listed missing space ('الوزير|لافروف') falls. */
function breakOffsets(text: string, missingSpaces: readonly string[]): Set<number> {
  const offsets = new Set<number>();
  for (const entry of missingSpaces) {
    const bar = entry.indexOf('|');
    const joined = entry.replace('|', '');
    for (let at = text.indexOf(joined); at !== -1; at = text.indexOf(joined, at + 1)) {
      offsets.add(at + bar);
    }
  }
  return offsets;
}

/** Finds the needles in `text` by `indexOf`, one needle at a time. */
export function naiveSearch(
  text: string,
  needles: readonly Needle[],
  missingSpaces: readonly string[] = [],
): NaiveMention[] {
  const normalized = normalizeWithOffsets(text);
  const original = normalized.text;
  const { text: haystack, index } = withoutQuotes(original);
  const breaks = breakOffsets(text, missingSpaces);
  const candidates: Candidate[] = [];
  for (const { entity, container, needle, prefixRule } of needles) {
    if (needle.length === 0) {
      continue;
    }
    for (let found = haystack.indexOf(needle); found !== -1; found = haystack.indexOf(needle, found + 1)) {
      // Where the name's first and last letters stand in the normalized text, quotation marks and all.
      const at = index[found]!;
      const last = index[found + needle.length - 1]!;
      const after = last + 1;
      if (isWordCharAt(original, after)) {
        continue;
      }
      // A span starts and ends on whole input characters: not inside ﻻ, which normalizes to لا.
      const sameCharacter = (position: number): boolean =>
        position > 0 && position < original.length && normalized.start[position] === normalized.start[position - 1];
      if (sameCharacter(at) || sameCharacter(after)) {
        continue;
      }
      let wordStart = at;
      while (isWordCharBefore(original, wordStart) && !breaks.has(normalized.start[wordStart]!)) {
        wordStart -= 1;
      }
      if (!prefixRule.test(original.slice(wordStart, at))) {
        continue;
      }
      const start = normalized.start[at]!;
      let end = normalized.end[last]!;
      if (carriesTanween(text, start, end)) {
        continue;
      }
      while (end < text.length && isMark(text.charCodeAt(end))) {
        end += 1;
      }
      // Quotation marks inside the name that leave one open: the span takes the mark right after it.
      const quotes = original.slice(at, after).match(QUOTES)?.length ?? 0;
      if (quotes % 2 === 1 && QUOTE_CHAR.test(text.charAt(end))) {
        end += 1;
      }
      candidates.push({ id: entity, start, end, length: needle.length, container });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.length - a.length || a.id.localeCompare(b.id));
  // Rule 5: the longest leftmost of all, then, inside each document or event kept, of the others.
  return longestLeftmost(candidates)
    .flatMap((kept) =>
      kept.container
        ? [
            kept,
            ...longestLeftmost(
              candidates.filter((inner) => !inner.container && inner.start >= kept.start && inner.end <= kept.end),
            ),
          ]
        : [kept],
    )
    .map(({ id, start, end }) => ({ id, start, end }));
}

/** A name found, before overlaps are settled. */
interface Candidate extends NaiveMention {
  readonly length: number;
  readonly container: boolean;
}

/** Of candidates sorted by start, longest first, then by id: each one that starts after the last one kept ends. */
function longestLeftmost(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let reachedUpTo = 0;
  for (const candidate of candidates) {
    if (candidate.start >= reachedUpTo) {
      kept.push(candidate);
      reachedUpTo = candidate.end;
    }
  }
  return kept;
}

/** The reference finder: what `findMentions(text, entities, { missingSpaces })` returned before it was compiled. */
export function naiveFindMentions(
  text: string,
  entities: readonly NaiveTarget[],
  missingSpaces: readonly string[] = [],
): NaiveMention[] {
  return naiveSearch(text, naiveNeedles(entities), missingSpaces);
}
