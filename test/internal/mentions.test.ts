import { describe, expect, it } from 'vitest';

import { createMentionFinder, entities } from '../../src/index.js';
import { matcherOf } from '../../src/internal/text/mentionFinders.js';
import { CLITICS as PLAIN, CLITICS_BEFORE_FUSED_ARTICLE as FUSED } from '../../src/internal/text/mentionRules.js';
import { prefixKind } from '../../src/internal/text/mentions.js';

describe('prefixKind', () => {
  // The data model's rules as createCorpus checks them (wordBounds.ts): clitics, then ال; or clitics, then لل.

  /** Every string of up to `length` letters from `letters`. */
  function strings(letters: readonly string[], length: number): string[] {
    const out = [''];
    let shorter = [''];
    for (let size = 1; size <= length; size += 1) {
      shorter = shorter.flatMap((prefix) => letters.map((letter) => `${prefix}${letter}`));
      out.push(...shorter);
    }
    return out;
  }

  it('agrees with the clitic patterns createCorpus checks by, on every string of up to five clitic letters and one other letter', () => {
    const all = strings(['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م'], 5);
    expect(all).toHaveLength(1 + 7 + 49 + 343 + 2_401 + 16_807);
    const disagree = all.filter(
      (prefix) => prefixKind(prefix) !== (PLAIN.test(prefix) ? 'plain' : FUSED.test(prefix) ? 'fused' : 'none'),
    );
    expect(disagree).toEqual([]);
  });

  it.each([
    ['', 'plain'],
    ['وبال', 'plain'],
    ['لال', 'plain'],
    ['فلل', 'fused'],
    ['لل', 'fused'],
    ['بل', 'none'],
    ['ا', 'none'],
    ['ووال', 'none'],
  ] as const)('reads %j as %s', (prefix, kind) => {
    expect(prefixKind(prefix)).toBe(kind);
  });
});

describe('matcherOf', () => {
  it('compiles the shipped registry once and reuses it, since it is frozen', () => {
    expect(matcherOf(entities)).toBe(matcherOf(entities));
  });

  it('reuses a copy of the shipped array while it holds the same frozen entities', () => {
    const copy = [...entities];
    const first = matcherOf(copy);
    expect(matcherOf(copy)).toBe(first);
    copy.pop();
    expect(matcherOf(copy)).not.toBe(first);
  });

  it('compiles a registry of unfrozen entities on every call', () => {
    const registry = JSON.parse(JSON.stringify(entities)) as unknown;
    expect(matcherOf(registry)).not.toBe(matcherOf(registry));
  });

  it("reads a finder's matcher, and refuses a look-alike", () => {
    const finder = createMentionFinder(entities);
    expect(matcherOf(finder)).toBe(matcherOf(finder));
    expect(() => matcherOf({ ...finder })).toThrow(/MentionFinder from createMentionFinder, got an object/);
  });
});
