/**
 * The mention finder as it was before it was compiled (src/internal/text/mentions.ts at
 * 88bf425), kept as a readable reference: for every alias, `indexOf` over the normalized
 * text, each hit checked against the data model's rules, then the longest leftmost wins.
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
  readonly needle: string;
  readonly prefixRule: RegExp;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PREFIX = /^(?:[وف]?[بلك]?(?:ال)?)$/u;
const PREFIX_BEFORE_FUSED_ARTICLE = /^(?:[وف]?لل)$/u;
// The characters normalization deletes: harakat, tanween, shadda, Quranic marks, tatweel, invisible marks.
const DELETED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u061C]/u;
const TANWEEN = /[\u064B-\u064D]/u;

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
export function naiveAliases(entities: readonly NaiveTarget[]): { entity: string; alias: string }[] {
  return entities.flatMap((entity) =>
    [entity.name?.ar, entity.name?.en, entity.name?.ru, ...entity.aliases]
      .filter((alias): alias is string => alias !== undefined)
      .map((alias) => ({ entity: entity.id, alias })),
  );
}

/** The normalized needles of a registry: each alias, and after لل each alias that starts with ال, without it. */
export function naiveNeedles(entities: readonly NaiveTarget[]): Needle[] {
  return naiveAliases(entities).flatMap(({ entity, alias }) => {
    const needle = normalizeWithOffsets(alias.trim()).text;
    const needles = [{ entity, needle, prefixRule: PREFIX }];
    if (needle.startsWith('ال') && needle.length > 3) {
      needles.push({ entity, needle: needle.slice(2), prefixRule: PREFIX_BEFORE_FUSED_ARTICLE });
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
  const haystack = normalized.text;
  const breaks = breakOffsets(text, missingSpaces);
  const candidates: (NaiveMention & { length: number })[] = [];
  for (const { entity, needle, prefixRule } of needles) {
    if (needle.length === 0) {
      continue;
    }
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const after = at + needle.length;
      if (isWordCharAt(haystack, after)) {
        continue;
      }
      // A span starts and ends on whole input characters: not inside ﻻ, which normalizes to لا.
      const sameCharacter = (index: number): boolean =>
        index > 0 && index < haystack.length && normalized.start[index] === normalized.start[index - 1];
      if (sameCharacter(at) || sameCharacter(after)) {
        continue;
      }
      let wordStart = at;
      while (isWordCharBefore(haystack, wordStart) && !breaks.has(normalized.start[wordStart]!)) {
        wordStart -= 1;
      }
      if (!prefixRule.test(haystack.slice(wordStart, at))) {
        continue;
      }
      const start = normalized.start[at]!;
      let end = normalized.end[after - 1]!;
      if (carriesTanween(text, start, end)) {
        continue;
      }
      while (end < text.length && isMark(text.charCodeAt(end))) {
        end += 1;
      }
      candidates.push({ id: entity, start, end, length: needle.length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.length - a.length || a.id.localeCompare(b.id));
  const mentions: NaiveMention[] = [];
  let reachedUpTo = 0;
  for (const { id, start, end } of candidates) {
    if (start >= reachedUpTo) {
      mentions.push({ id, start, end });
      reachedUpTo = end;
    }
  }
  return mentions;
}

/** The reference finder: what `findMentions(text, entities, { missingSpaces })` returned before it was compiled. */
export function naiveFindMentions(
  text: string,
  entities: readonly NaiveTarget[],
  missingSpaces: readonly string[] = [],
): NaiveMention[] {
  return naiveSearch(text, naiveNeedles(entities), missingSpaces);
}
