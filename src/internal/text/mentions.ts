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
 *
 * How: the aliases are compiled once ({@link compileAliases}) into a trie over their
 * normalized forms. A name can only begin where a word begins, or right after the
 * clitics at the start of a word, so the text is read once, a small automaton over
 * each word's first letters says where a name may begin, and the trie is walked
 * from there only. The work is linear in the text (each walk is as long as the
 * longest alias at most) and does not grow with the number of aliases.
 * test/support/naiveMentions.ts keeps the earlier `indexOf`-per-alias version as the
 * reference that test/mentions.test-prop.ts holds this one to.
 */
import { charLengthAt, isMark, normalizeText, normalizeToOffsetBuffer } from './normalize.js';

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

/**
 * A place where the source runs two words together, written as the two words
 * with a `|` where the space is missing: `'الوزير|لافروف'`.
 */
export type MissingSpace = string;

/**
 * A registry's aliases, compiled: a trie over their normalized forms, its edges in a hash table.
 *
 * A pattern is one normalized string looked for under one prefix rule: as written
 * (after و ف ب ل ك ال), or, for a name that starts with ال, without it after لل.
 * Where several aliases normalize to the same pattern, it keeps the one that would
 * win a tie: the smallest id (`localeCompare`), then the first in registry order.
 */
export interface AliasMatcher {
  /** How many distinct names (normalized aliases) it looks for. */
  readonly nameCount: number;
  /** The root's child along each unit below {@link ROOT_TABLE_SIZE}, or -1: a walk starts at most words. */
  readonly rootChildren: Int32Array;
  /** Open addressing: slot `i` holds the edge from node `edgeFrom[i] - 1` along `edgeUnit[i]`; 0 marks an empty slot. */
  readonly edgeFrom: Int32Array;
  readonly edgeUnit: Uint16Array;
  /** The node that edge leads to. */
  readonly edgeTo: Int32Array;
  /** The table's size less one: its size is a power of two, at least twice the number of edges. */
  readonly mask: number;
  /** The pattern that ends at each node under the plain prefix rule, or -1. */
  readonly plain: Int32Array;
  /** The pattern that ends at each node after لل, or -1. */
  readonly fused: Int32Array;
  /** Per pattern: the id it reports. */
  readonly ids: readonly string[];
  /** Per pattern: its normalized length, which decides between overlapping names. */
  readonly lengths: Int32Array;
  /** Per pattern: `2 × entry + (fused ? 1 : 0)` of the alias it keeps, the last tie-break. */
  readonly order: Int32Array;
}

/** The root's children are also kept in a table up to here: Latin, Cyrillic and Arabic, in 8 KB. */
const ROOT_TABLE_SIZE = 0x0800;

/** The first slot to probe for the edge from `node` along `unit`. */
function slotOf(node: number, unit: number, mask: number): number {
  let hash = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) & mask;
}

/** The child of `node` along `unit`, or -1. */
function childOf(matcher: AliasMatcher, node: number, unit: number): number {
  const { edgeFrom, edgeUnit, edgeTo, mask } = matcher;
  const from = node + 1;
  for (let slot = slotOf(node, unit, mask); ; slot = (slot + 1) & mask) {
    const at = edgeFrom[slot]!; // slot is masked into the table
    if (at === 0) {
      return -1;
    }
    if (at === from && edgeUnit[slot] === unit) {
      return edgeTo[slot]!;
    }
  }
}

/** Compiles the aliases for {@link findCompiled}. Work and memory are linear in the aliases' total length. */
export function compileAliases(entries: readonly AliasEntry[]): AliasMatcher {
  // Every alias as a needle, and after لل each one that starts with ال, without it, in registry order.
  const needles: { readonly text: string; readonly entity: string; readonly rank: number }[] = [];
  let units = 0;
  entries.forEach(({ entity, alias }, entry) => {
    const text = normalizeText(alias.trim());
    if (text.length > 0) {
      needles.push({ text, entity, rank: 2 * entry });
      units += text.length;
      if (text.startsWith('ال') && text.length > 3) {
        needles.push({ text: text.slice(2), entity, rank: 2 * entry + 1 });
        units += text.length - 2;
      }
    }
  });

  // At most one edge per unit: a table of twice that keeps probes short.
  let size = 16;
  while (size < 2 * units) {
    size *= 2;
  }
  const mask = size - 1;
  const edgeFrom = new Int32Array(size);
  const edgeUnit = new Uint16Array(size);
  const edgeTo = new Int32Array(size);
  const rootChildren = new Int32Array(ROOT_TABLE_SIZE).fill(-1);
  const plain: number[] = [-1];
  const fused: number[] = [-1];
  const ids: string[] = [];
  const lengths: number[] = [];
  const order: number[] = [];
  let nameCount = 0;

  for (const { text, entity, rank } of needles) {
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let slot = slotOf(node, unit, mask);
      while (edgeFrom[slot] !== 0 && !(edgeFrom[slot] === node + 1 && edgeUnit[slot] === unit)) {
        slot = (slot + 1) & mask;
      }
      if (edgeFrom[slot] === 0) {
        const child = plain.length;
        plain.push(-1);
        fused.push(-1);
        edgeFrom[slot] = node + 1;
        edgeUnit[slot] = unit;
        edgeTo[slot] = child;
        if (node === 0 && unit < ROOT_TABLE_SIZE) {
          rootChildren[unit] = child;
        }
      }
      node = edgeTo[slot]!; // slot is masked into the table
    }
    const slots = rank % 2 === 1 ? fused : plain;
    const kept = slots[node]!; // node < slots.length: both grow with the nodes
    if (kept === -1) {
      slots[node] = ids.length;
      ids.push(entity);
      lengths.push(text.length);
      order.push(rank);
      nameCount += rank % 2 === 1 ? 0 : 1;
    } else if (ids[kept] !== entity && entity.localeCompare(ids[kept]!) < 0) {
      // Candidates sort by id, then in registry order: an equal id keeps the earlier alias.
      ids[kept] = entity;
      order[kept] = rank;
    }
  }
  return {
    nameCount,
    rootChildren,
    edgeFrom,
    edgeUnit,
    edgeTo,
    mask,
    plain: Int32Array.from(plain),
    fused: Int32Array.from(fused),
    ids,
    lengths: Int32Array.from(lengths),
    order: Int32Array.from(order),
  };
}

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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 not looked at yet, 1 not a word unit, 2 a letter or digit. Filled as units are met. */
const WORD_UNITS = new Uint8Array(0x10000);

/** Whether one UTF-16 unit of normalized text is a letter or digit: punctuation, the Arabic comma included, ends a word. */
function isWordUnit(unit: number): boolean {
  let kind = WORD_UNITS[unit]!; // a UTF-16 unit is below 0x10000
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 2 : 1;
    WORD_UNITS[unit] = kind;
  }
  return kind === 2;
}

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

/** Whether pattern `next` beats pattern `kept` for the same start: longer, then smaller id, then earlier alias. */
function outranks(matcher: AliasMatcher, next: number, kept: number): boolean {
  if (next === kept) {
    return false;
  }
  const { lengths, ids, order } = matcher;
  const byLength = lengths[next]! - lengths[kept]!; // pattern indexes come from this matcher's slots
  if (byLength !== 0) {
    return byLength > 0;
  }
  const nextId = ids[next]!;
  const keptId = ids[kept]!;
  const byId = nextId === keptId ? 0 : nextId.localeCompare(keptId);
  return byId === 0 ? order[next]! < order[kept]! : byId < 0;
}

/** Finds every mention of the compiled aliases in `text`. Mentions come sorted by start. */
export function findCompiled(
  text: string,
  matcher: AliasMatcher,
  missingSpaces: readonly MissingSpace[] = [],
): FoundMention[] {
  const { units, starts, length } = normalizeToOffsetBuffer(text);
  const breaks = missingSpaces.length === 0 ? undefined : breakOffsets(text, missingSpaces);
  const mentions: FoundMention[] = [];
  // Candidates arrive by start, since starts only grow; of those with one start, the best is kept,
  // and it becomes a mention when the next start comes, unless a mention before it reaches over it.
  let reachedUpTo = 0;
  let keptStart = -1;
  let kept = -1;
  let keptEnd = 0;
  let prefix = START;
  for (let at = 0; at < length; at += 1) {
    // `units` and `starts` hold `length` cells, so every read below `length` is defined.
    const before = at === 0 ? -1 : units[at - 1]!;
    if (before === -1 || !isWordUnit(before) || (breaks !== undefined && breaks.has(starts[at]!))) {
      prefix = START;
    } else if (prefix !== NONE) {
      prefix = nextPrefix(prefix, before);
    }
    if (prefix === NONE || prefix === ARTICLE_ALEF) {
      continue;
    }
    const slots = prefix === FUSED_ARTICLE ? matcher.fused : matcher.plain;
    const firstUnit = units[at]!;
    let node = firstUnit < ROOT_TABLE_SIZE ? matcher.rootChildren[firstUnit]! : childOf(matcher, 0, firstUnit);
    // The trie matched units[at] … units[to - 1] and stands at `node`.
    let to = at + 1;
    while (node !== -1) {
      const pattern = slots[node]!; // node is a node of this trie
      // A name ends where the word ends.
      if (pattern !== -1 && (to === length || !isWordUnit(units[to]!))) {
        const start = starts[at]!;
        const last = starts[to - 1]!;
        let end = last + charLengthAt(text, last);
        const next = text.charCodeAt(end);
        // Tanween makes an indefinite adjective, never a name.
        if (!(next >= 0x064b && next <= 0x064d)) {
          // A diacritic written on the last letter belongs to the name.
          while (end < text.length && isMark(text.charCodeAt(end))) {
            end += 1;
          }
          if (start !== keptStart) {
            if (kept !== -1 && keptStart >= reachedUpTo) {
              mentions.push({ id: matcher.ids[kept]!, start: keptStart, end: keptEnd });
              reachedUpTo = keptEnd;
            }
            keptStart = start;
            kept = pattern;
            keptEnd = end;
          } else if (outranks(matcher, pattern, kept)) {
            kept = pattern;
            keptEnd = end;
          }
        }
      }
      node = to < length ? childOf(matcher, node, units[to]!) : -1;
      to += 1;
    }
  }
  if (kept !== -1 && keptStart >= reachedUpTo) {
    mentions.push({ id: matcher.ids[kept]!, start: keptStart, end: keptEnd });
  }
  return mentions;
}
