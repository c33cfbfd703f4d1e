/**
 * Finds entity mentions in Arabic (or Latin) text from a registry's names and
 * aliases: the one implementation behind the public `findMentions` and the
 * script that derives the shipped spans (scripts/derive-mentions.ts).
 *
 * The rules, as docs/data-model.md ("Mentions") states them:
 * - text and aliases are compared after normalization (see src/internal/text/normalize.ts);
 * - a name may carry the clitic prefixes و ف, then ب ل ك, then the article ال
 *   (وبوتين، لطاجيكستان، بموسكو، والكرملين); the span never includes them;
 * - after the preposition ل, Arabic writes the article as لل (للأمم المتحدة): a name
 *   that starts with ال is then found without it, and the span starts after لل;
 * - a name must end where the word ends (روسيا never matches inside الروسية), and
 *   must not carry tanween: a proper name is never indefinite, so روسياً is the
 *   adjective "Russian", not the country;
 * - a source typo that runs two words together (الوزيرلافروف) is found only where
 *   the caller lists the missing space (see `missingSpaces`);
 * - where names overlap, the longest leftmost wins, so a name inside a longer
 *   name (روسيا in قمة روسيا - آسيا الوسطى) is not a mention of its own.
 */
import { isMark, normalizeWithOffsets } from './normalize.js';

/** A name to look for, and the entity it belongs to. */
export interface AliasEntry {
  readonly entity: string;
  readonly alias: string;
}

/** A mention found in one string: UTF-16 offsets into that string, end exclusive. */
export interface FoundMention {
  /** Id of the entity named. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TANWEEN = /^[\u064B-\u064D]/u;
// Clitics the reference lists, in the order Arabic stacks them.
const PREFIX = /^(?:[وف]?[بلك]?(?:ال)?)$/u;
const PREFIX_BEFORE_FUSED_ARTICLE = /^(?:[وف]?لل)$/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

interface Candidate extends FoundMention {
  readonly length: number;
}

/**
 * A place where the source runs two words together, written as the two words
 * with a `|` where the space is missing: `'الوزير|لافروف'`.
 */
export type MissingSpace = string;

/** Original offsets at which a listed missing space falls. */
function breakOffsets(text: string, missingSpaces: readonly MissingSpace[]): Set<number> {
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

/** Finds every mention of the aliases in `text`. Mentions come sorted by start. */
export function findAliases(
  text: string,
  aliases: readonly AliasEntry[],
  missingSpaces: readonly MissingSpace[] = [],
): FoundMention[] {
  const normalized = normalizeWithOffsets(text);
  const haystack = normalized.text;
  const breaks = breakOffsets(text, missingSpaces);
  const candidates: Candidate[] = [];

  const search = (entity: string, needle: string, prefixRule: RegExp): void => {
    if (needle.length === 0) {
      return;
    }
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const after = at + needle.length;
      if (isWordChar(haystack[after])) {
        continue;
      }
      let wordStart = at;
      while (wordStart > 0 && isWordChar(haystack[wordStart - 1]) && !breaks.has(normalized.start[wordStart] ?? -1)) {
        wordStart -= 1;
      }
      if (!prefixRule.test(haystack.slice(wordStart, at))) {
        continue;
      }
      const start = normalized.start[at];
      let end = normalized.end[after - 1];
      if (start === undefined || end === undefined) {
        continue;
      }
      if (TANWEEN.test(text.slice(end))) {
        continue;
      }
      // A diacritic written on the last letter belongs to the name.
      while (end < text.length && isMark(text.charCodeAt(end))) {
        end += 1;
      }
      candidates.push({ id: entity, start, end, length: needle.length });
    }
  };

  for (const { entity, alias } of aliases) {
    const needle = normalizeWithOffsets(alias.trim()).text;
    search(entity, needle, PREFIX);
    if (needle.startsWith('ال') && needle.length > 3) {
      search(entity, needle.slice(2), PREFIX_BEFORE_FUSED_ARTICLE);
    }
  }

  candidates.sort((a, b) => a.start - b.start || b.length - a.length || a.id.localeCompare(b.id));
  const mentions: FoundMention[] = [];
  let reachedUpTo = 0;
  for (const { id, start, end } of candidates) {
    if (start < reachedUpTo) {
      continue;
    }
    const last = mentions.at(-1);
    if (last !== undefined && last.start === start && last.end === end) {
      continue;
    }
    mentions.push({ id, start, end });
    reachedUpTo = end;
  }
  return mentions;
}
