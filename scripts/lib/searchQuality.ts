/**
 * Measures the search's word matching against Snowball's Arabic stemmer (the
 * JS build in @orama/stemmers), over the distinct words of a corpus: see
 * docs/search.md, "Quality". `npm run search:quality` prints the figures, and
 * test/searchQuality.test.ts holds them to their targets.
 */
import { stemmer } from '@orama/stemmers/arabic';

import { random as seeded } from '../../bench/generate.ts';
import { type QueryTerm, queryTerm, termMatches } from '../../src/internal/search/search.ts';
import { isArabicTerm, words } from '../../src/internal/text/tokenize.ts';
import { JUDGED_PAIRS, KNOWN_FALSE, pairKey } from './judgedPairs.ts';

/** The share of Snowball's pairs that must find each other, both ways. */
export const RECALL_TARGET = 0.9;
/** How many pairs that Snowball stems apart are sampled, and the sample's seed. */
export const PRECISION_SAMPLE = 1000;
export const PRECISION_SEED = 16;

export { JUDGED_PAIRS, KNOWN_FALSE, pairKey };

/** A pair's verdict: judged a true match, known false and accepted, or not read. */
export type Verdict = 'judged' | 'known false' | 'unjudged';

/** The judged and known-false pairs, as the measure reads them. */
export interface PairJudgements {
  readonly judged: ReadonlyMap<string, string>;
  readonly knownFalse: ReadonlyMap<string, string>;
}

const LISTED: PairJudgements = { judged: JUDGED_PAIRS, knownFalse: KNOWN_FALSE };

function verdictOf(judgements: PairJudgements, key: string): Verdict {
  return judgements.judged.has(key) ? 'judged' : judgements.knownFalse.has(key) ? 'known false' : 'unjudged';
}

/** The measured figures. */
export interface SearchQuality {
  /** Distinct normalized Arabic words of the corpus. */
  readonly words: number;
  /** Pairs of them that Snowball gives one stem. */
  readonly snowballPairs: number;
  /** Those of them that find each other: one word, as a query, finds the other. */
  readonly found: number;
  /** found / snowballPairs. */
  readonly recall: number;
  /** Those of them where each word, as a query, finds the other. */
  readonly foundBothWays: number;
  /** foundBothWays / snowballPairs: the figure held to {@link RECALL_TARGET}. */
  readonly recallBothWays: number;
  /** Snowball's pairs that do not find each other, with the way that works (if any). */
  readonly missed: readonly { readonly pair: readonly [string, string]; readonly oneWay: boolean }[];
  /** Pairs sampled among those that Snowball stems apart. */
  readonly sampled: number;
  /** Sampled pairs that our search conflates (either way), with their verdicts. */
  readonly conflated: readonly { readonly pair: readonly [string, string]; readonly verdict: Verdict }[];
  /** The sampled conflated pairs that neither {@link JUDGED_PAIRS} nor {@link KNOWN_FALSE} lists. */
  readonly unjudged: number;
  /** Every pair that Snowball stems apart and our search conflates, with its verdict: the sample's population. */
  readonly all: readonly { readonly pair: readonly [string, string]; readonly verdict: Verdict }[];
  /** How many of {@link SearchQuality.all} are judged true, known false, and not judged. */
  readonly allJudged: number;
  readonly allKnownFalse: number;
  readonly allUnjudged: number;
}

/**
 * The distinct normalized Arabic words of the texts, each with the Snowball
 * stem of its most frequent written form (ties: the first in code-unit order).
 * Snowball reads the written form, hamza seats and ta marbuta included, because
 * its own normalization is part of its rules (it keeps ئ, which ours folds).
 */
export function snowballVocabulary(texts: readonly string[]): Map<string, string> {
  const written = new Map<string, Map<string, number>>();
  for (const text of texts) {
    // The written words: letters with their marks, tatweel and invisible joiners, which normalization deletes.
    for (const form of text.match(/[\p{L}\p{M}\u200c-\u200f\u061c]+/gu) ?? []) {
      const found = words(form);
      if (found.length !== 1 || !isArabicTerm(found[0]!)) {
        continue;
      }
      const word = found[0]!;
      const forms = written.get(word) ?? new Map<string, number>();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      written.set(word, forms);
    }
  }
  const out = new Map<string, string>();
  for (const word of [...written.keys()].sort((left, right) => (left < right ? -1 : 1))) {
    const [form] = [...written.get(word)!].sort(
      ([leftForm, left], [rightForm, right]) => right - left || (leftForm < rightForm ? -1 : 1),
    );
    out.set(word, stemmer(form![0]));
  }
  return out;
}

/**
 * Measures recall and precision over the words of the texts. Two words find
 * each other when one of them, as a one-word query ({@link queryTerm}), matches
 * the other as a text word ({@link termMatches}); both ways when each finds
 * the other, which is the figure held to {@link RECALL_TARGET}. The search is
 * one-sided on purpose in places: a query word keeps a clitic ب that may be
 * part of the word (بوتين must not find وتين), so بعام does not find عام,
 * while عام finds بعام. Every pair that Snowball stems apart and the search
 * conflates is looked up in the judged lists, and so is a seeded sample of them.
 */
export function measureSearchQuality(texts: readonly string[], judgements: PairJudgements = LISTED): SearchQuality {
  const vocabulary = snowballVocabulary(texts);
  const list = [...vocabulary.keys()];
  const terms = new Map<string, QueryTerm>(list.map((word) => [word, queryTerm(word)]));
  const holds = (query: string, text: string): boolean => termMatches(terms.get(query)!, text);

  const groups = new Map<string, string[]>();
  for (const [word, stem] of vocabulary) {
    groups.set(stem, [...(groups.get(stem) ?? []), word]);
  }
  let snowballPairs = 0;
  let found = 0;
  let foundBothWays = 0;
  const missed: { pair: [string, string]; oneWay: boolean }[] = [];
  for (const group of groups.values()) {
    group.forEach((left, at) => {
      for (const right of group.slice(at + 1)) {
        snowballPairs += 1;
        const there = holds(left, right);
        const back = holds(right, left);
        found += there || back ? 1 : 0;
        if (there && back) {
          foundBothWays += 1;
        } else {
          missed.push({ pair: [left, right], oneWay: there || back });
        }
      }
    });
  }

  const random = seeded(PRECISION_SEED);
  const seen = new Set<string>();
  const conflated: { pair: [string, string]; verdict: Verdict }[] = [];
  const apart = list.length * (list.length - 1) * 0.5 - snowballPairs;
  const wanted = Math.min(PRECISION_SAMPLE, apart);
  while (seen.size < wanted) {
    const left = list[Math.floor(random() * list.length)]!;
    const right = list[Math.floor(random() * list.length)]!;
    const key = pairKey(left, right);
    if (left === right || vocabulary.get(left) === vocabulary.get(right) || seen.has(key)) {
      continue;
    }
    seen.add(key);
    if (holds(left, right) || holds(right, left)) {
      const [first, second] = key.split(' ') as [string, string];
      conflated.push({ pair: [first, second], verdict: verdictOf(judgements, key) });
    }
  }
  const all = conflatedApart(texts).map(([left, right]) => ({
    pair: [left, right] as [string, string],
    verdict: verdictOf(judgements, pairKey(left, right)),
  }));
  return {
    words: list.length,
    snowballPairs,
    found,
    recall: snowballPairs === 0 ? 1 : found / snowballPairs,
    foundBothWays,
    recallBothWays: snowballPairs === 0 ? 1 : foundBothWays / snowballPairs,
    missed,
    sampled: seen.size,
    conflated,
    unjudged: conflated.filter((pair) => pair.verdict === 'unjudged').length,
    all,
    allJudged: all.filter((pair) => pair.verdict === 'judged').length,
    allKnownFalse: all.filter((pair) => pair.verdict === 'known false').length,
    allUnjudged: all.filter((pair) => pair.verdict === 'unjudged').length,
  };
}

/**
 * Every pair of the texts' words that Snowball stems apart and that our search
 * conflates (either way): the whole population the precision sample is drawn
 * from, for reading by hand (`npm run search:quality -- --all`).
 */
export function conflatedApart(texts: readonly string[]): [string, string][] {
  const vocabulary = snowballVocabulary(texts);
  const list = [...vocabulary.keys()];
  const terms = list.map((word) => queryTerm(word));
  const out: [string, string][] = [];
  list.forEach((left, at) => {
    list.forEach((right, other) => {
      if (
        other > at &&
        vocabulary.get(left) !== vocabulary.get(right) &&
        (termMatches(terms[at]!, right) || termMatches(terms[other]!, left))
      ) {
        out.push([left, right]);
      }
    });
  });
  return out;
}
