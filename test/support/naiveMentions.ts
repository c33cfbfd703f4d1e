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
const TANWEEN = /^[\u064B-\u064D]/u;
const PREFIX = /^(?:[وف]?[بلك]?(?:ال)?)$/u;
const PREFIX_BEFORE_FUSED_ARTICLE = /^(?:[وف]?لل)$/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && LETTER_OR_DIGIT.test(char);

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
      if (isWordChar(haystack[after])) {
        continue;
      }
      let wordStart = at;
      while (wordStart > 0 && isWordChar(haystack[wordStart - 1]) && !breaks.has(normalized.start[wordStart]!)) {
        wordStart -= 1;
      }
      if (!prefixRule.test(haystack.slice(wordStart, at))) {
        continue;
      }
      const start = normalized.start[at]!;
      let end = normalized.end[after - 1]!;
      if (TANWEEN.test(text.slice(end))) {
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
