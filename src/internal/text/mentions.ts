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
 *   must not carry tanween: a proper name is never indefinite, so روسياً and روسيًّا
 *   are the adjective "Russian", not the country (`hasTanween`, mentionRules.ts);
 * - a span never starts or ends inside one input character that normalizes to
 *   several units, such as the ligature ﻻ (لا);
 * - a source typo that runs two words together (الوزيرلافروف) is found only where
 *   the caller lists the missing space (see `missingSpaces`);
 * - where names overlap, the longest leftmost wins, so a name inside a longer
 *   name is not a mention of its own; a name two entities share goes to the smaller id
 *   (`localeCompare`), as the reference's sort did;
 * - except inside the mention of a document or an event (a container, `isContainerType`):
 *   there the names of the entities that are neither are mentions too, by the same rules,
 *   longest leftmost among them and wholly inside the span (روسيا in قمة روسيا - آسيا الوسطى);
 * - quotation marks inside a name are skipped, in the aliases (compiled without them,
 *   `nameKey`) and in the text (skipped as the trie is walked), and belong to the span;
 *   when they leave a quotation open, the span takes the mark right after the name
 *   (`closeQuote`, mentionRules.ts): منظمة "شنغهاي للتعاون" is one span.
 *
 * The word-character, clitic and tanween rules are mentionRules.ts's, the ones
 * `createCorpus` checks spans by (wordBounds.ts), so every span found here passes
 * that check (test/mentions.test-prop.ts).
 *
 * How: the aliases are compiled once (aliasTrie.ts) into a trie over their
 * normalized forms. A name can only begin where a word begins, or right after the
 * clitics at the start of a word, so the text is read once, a small automaton over
 * each word's first letters says where a name may begin, and the trie is walked
 * from there only. The work is linear in the text: a walk is never longer than the
 * longest alias, however many aliases there are. The span of a document's or an
 * event's mention is read once more, for the names inside it (`scanRange`, `nested`);
 * those spans never overlap, so the work stays linear: at most twice the text.
 * test/support/naiveMentions.ts keeps the earlier `indexOf`-per-alias version as the
 * reference that test/mentions.test-prop.ts holds this one to.
 */
import { type AliasMatcher, childOf, ROOT_TABLE_SIZE } from './aliasTrie.js';
import { closeQuote, hasTanween, isQuoteUnit, isWordCodePoint, isWordUnit } from './mentionRules.js';
import { readMissingSpace } from './missingSpaces.js';
import { charLengthAt, isMark, normalizeToOffsetBuffer } from './normalize.js';

/** A mention found in one string: UTF-16 offsets into that string, end exclusive. */
export interface FoundMention {
  /** Id of the entity named. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A place where the source runs two words together, written as the two words
 * with a `|` where the space is missing: `'الوزير|لافروف'`.
 */
export type MissingSpace = string;

/*
 * The clitics a word may start with, as an automaton over its first letters (normalized):
 * `[وف]?[بلك]?(ال)?` before a name as written, `[وف]?لل` before a name whose ال is fused.
 * A state is the prefix read so far.
 */
/** Nothing read yet: a name may start here. */
const START = 0;
/** و or ف. */
const CONJUNCTION = 1;
/** ب or ك, after an optional conjunction. */
const BA_OR_KAF = 2;
/** ل, after an optional conjunction: the preposition, or the first letter of لل. */
const PREPOSITION_LAM = 3;
/** The ا of ال: no name starts here. */
const ARTICLE_ALEF = 4;
/** لل: only a name whose ال is fused may start here. */
const FUSED_ARTICLE = 5;
/** ال, after optional clitics. */
const ARTICLE = 6;
/** Not a clitic prefix: no name starts before the next word. */
const NONE = 7;

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;
const SPACE = 0x20;

/** The prefix state after reading one more letter of the word. */
function nextPrefix(state: number, unit: number): number {
  if (state === START && (unit === WAW || unit === FA)) {
    return CONJUNCTION;
  }
  if (state === START || state === CONJUNCTION) {
    if (unit === BA || unit === KAF) {
      return BA_OR_KAF;
    }
    if (unit === LAM) {
      return PREPOSITION_LAM;
    }
  }
  if (state === PREPOSITION_LAM && unit === LAM) {
    return FUSED_ARTICLE;
  }
  if (state <= PREPOSITION_LAM && unit === ALEF) {
    return ARTICLE_ALEF;
  }
  return state === ARTICLE_ALEF && unit === LAM ? ARTICLE : NONE;
}

/**
 * How a name may start after the clitics `units` (normalized): `'plain'`, `'fused'` (after لل),
 * or `'none'`. The automaton above, exposed for its table test.
 */
export function prefixKind(units: string): 'plain' | 'fused' | 'none' {
  let state = START;
  for (let index = 0; index < units.length; index += 1) {
    state = nextPrefix(state, units.charCodeAt(index));
  }
  return state === FUSED_ARTICLE ? 'fused' : state === ARTICLE_ALEF || state === NONE ? 'none' : 'plain';
}

/**
 * Whether the normalized unit at `at` belongs to a letter or digit ({@link isWordCodePoint}),
 * reading a surrogate pair as the one character it is.
 */
function isWordUnitAt(units: Uint16Array, at: number, length: number): boolean {
  const unit = units[at]!; // callers pass at < length
  // Fast path: no surrogate, the case of nearly every unit.
  if ((unit & 0xf800) !== 0xd800) {
    return isWordUnit(unit);
  }
  if (unit <= 0xdbff && at + 1 < length) {
    const low = units[at + 1]!;
    if (low >= 0xdc00 && low <= 0xdfff) {
      return isWordCodePoint((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
    }
  } else if (unit >= 0xdc00 && at > 0) {
    const high = units[at - 1]!;
    if (high >= 0xd800 && high <= 0xdbff) {
      return isWordCodePoint((high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000);
    }
  }
  return isWordCodePoint(unit);
}

/** Original offsets at which a listed missing space falls. */
function breakOffsets(text: string, missingSpaces: readonly MissingSpace[]): Set<number> {
  const offsets = new Set<number>();
  for (const entry of missingSpaces) {
    const { joined, bar } = readMissingSpace(entry);
    for (let at = text.indexOf(joined); at !== -1; at = text.indexOf(joined, at + 1)) {
      offsets.add(at + bar);
    }
  }
  return offsets;
}

/**
 * Whether pattern `next` beats pattern `kept` for the same start: longer, then smaller id, then earlier alias.
 * `ids` and `order` are the matcher's, or, inside a container, its `nestedIds` and `nestedOrder`.
 */
function outranks(
  lengths: Int32Array,
  ids: readonly (string | undefined)[],
  order: Int32Array,
  next: number,
  kept: number,
): boolean {
  if (next === kept) {
    return false;
  }
  const byLength = lengths[next]! - lengths[kept]!; // pattern indexes come from this matcher's slots
  if (byLength !== 0) {
    return byLength > 0;
  }
  const nextId = ids[next]!; // both patterns were kept because they have an id here
  const keptId = ids[kept]!;
  const byId = nextId === keptId ? 0 : nextId.localeCompare(keptId);
  return byId === 0 ? order[next]! < order[kept]! : byId < 0;
}

/** What a scan of one text reads, and the mentions it has found. */
interface Scan {
  readonly text: string;
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly length: number;
  readonly breaks: Set<number> | undefined;
  readonly matcher: AliasMatcher;
  readonly mentions: FoundMention[];
}

/**
 * Adds the mention of pattern `pattern` from `start` to `end`, found at unit `at` after the
 * clitics read as `prefix`; when it is a container's and not itself `nested`, the mentions
 * inside its span follow it (rule 5).
 */
function emit(
  scan: Scan,
  pattern: number,
  start: number,
  end: number,
  at: number,
  prefix: number,
  nested: boolean,
): void {
  const { matcher } = scan;
  scan.mentions.push({ id: (nested ? matcher.nestedIds : matcher.ids)[pattern]!, start, end });
  if (!nested && matcher.containers[pattern] === 1) {
    scanRange(scan, at, prefix, end, true);
  }
}

/**
 * Finds the mentions that start at unit `from` or later, and before the offset `limit`, longest leftmost,
 * and adds them to `scan.mentions` in order. `prefix` is the clitic state at `from`. `nested` says that the
 * range is a container's span: then only the names of entities that are not containers are looked for,
 * and only those that end by `limit`.
 */
function scanRange(scan: Scan, from: number, prefix: number, limit: number, nested: boolean): void {
  const { text, units, starts, length, breaks, matcher } = scan;
  const ids = nested ? matcher.nestedIds : matcher.ids;
  const order = nested ? matcher.nestedOrder : matcher.order;
  // Candidates arrive by start, since starts only grow; of those with one start, the best is kept,
  // and it becomes a mention when the next start comes, unless a mention before it reaches over it.
  let reachedUpTo = 0;
  let keptStart = -1;
  let kept = -1;
  let keptEnd = 0;
  let keptAt = 0;
  let keptPrefix = START;
  // `units` and `starts` hold `length` cells, so every read below `length` is defined.
  for (let at = from; at < length && starts[at]! < limit; at += 1) {
    if (at !== from) {
      const before = units[at - 1]!;
      // Inlined fast path of isWordUnitAt: this runs once per unit of every text.
      const wordBefore = (before & 0xf800) === 0xd800 ? isWordUnitAt(units, at - 1, length) : isWordUnit(before);
      if (!wordBefore || (breaks !== undefined && breaks.has(starts[at]!))) {
        prefix = START;
      } else if (prefix !== NONE) {
        prefix = nextPrefix(prefix, before);
      }
    }
    // A span never starts inside one input character that normalizes to several units (ﻻ is لا).
    if (prefix === NONE || prefix === ARTICLE_ALEF || (at > 0 && starts[at] === starts[at - 1])) {
      continue;
    }
    const slots = prefix === FUSED_ARTICLE ? matcher.fused : matcher.plain;
    const firstUnit = units[at]!;
    let node = firstUnit < ROOT_TABLE_SIZE ? matcher.rootChildren[firstUnit]! : childOf(matcher, 0, firstUnit);
    // The trie matched the units fed from units[at] to units[to - 1], the last one fed, and stands at `node`;
    // `quotes` counts the quotation marks skipped among them.
    let to = at + 1;
    let quotes = 0;
    while (node !== -1) {
      const pattern = slots[node]!; // node is a node of this trie
      // A name ends where the word ends, and never inside one input character.
      if (
        pattern !== -1 &&
        ids[pattern] !== undefined &&
        (to === length || (!isWordUnitAt(units, to, length) && starts[to] !== starts[to - 1]))
      ) {
        const start = starts[at]!;
        const last = starts[to - 1]!;
        let end = last + charLengthAt(text, last);
        // A diacritic written on the last letter belongs to the name.
        while (end < text.length && isMark(text.charCodeAt(end))) {
          end += 1;
        }
        // Tanween makes an indefinite adjective, never a name.
        if (!hasTanween(text, start, end)) {
          end = closeQuote(text, end, quotes);
          // Inside a container, a name that reaches past its end is not one of its mentions.
          if (end > limit) {
            // Nothing to keep.
          } else if (start !== keptStart) {
            if (kept !== -1 && keptStart >= reachedUpTo) {
              emit(scan, kept, keptStart, keptEnd, keptAt, keptPrefix, nested);
              reachedUpTo = keptEnd;
            }
            keptStart = start;
            kept = pattern;
            keptEnd = end;
            keptAt = at;
            keptPrefix = prefix;
          } else if (outranks(matcher.lengths, ids, order, pattern, kept)) {
            kept = pattern;
            keptEnd = end;
          }
        }
      }
      // Quotation marks inside a name are skipped, and so is a space that one leaves doubled (nameKey):
      // after a space, the marks and spaces that follow; after anything else, the marks.
      const spaced = units[to - 1] === SPACE;
      while (to < length) {
        const unit = units[to]!;
        if (isQuoteUnit(unit)) {
          quotes += 1;
        } else if (!(spaced && unit === SPACE)) {
          break;
        }
        to += 1;
      }
      node = to < length ? childOf(matcher, node, units[to]!) : -1;
      to += 1;
    }
  }
  if (kept !== -1 && keptStart >= reachedUpTo) {
    emit(scan, kept, keptStart, keptEnd, keptAt, keptPrefix, nested);
  }
}

/**
 * Finds every mention of the compiled aliases (see `compileAliases`) in `text`, and inside the span of each
 * mention of a document or an event, every mention of an entity that is neither (rule 5). Mentions come
 * sorted by start; a container comes before the mentions inside it.
 */
export function findCompiled(
  text: string,
  matcher: AliasMatcher,
  missingSpaces: readonly MissingSpace[] = [],
): FoundMention[] {
  const { units, starts, length } = normalizeToOffsetBuffer(text);
  const breaks = missingSpaces.length === 0 ? undefined : breakOffsets(text, missingSpaces);
  const mentions: FoundMention[] = [];
  scanRange({ text, units, starts, length, breaks, matcher, mentions }, 0, START, text.length, false);
  return mentions;
}
