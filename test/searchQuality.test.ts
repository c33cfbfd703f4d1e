import { describe, expect, it } from 'vitest';

import {
  JUDGED_PAIRS,
  KNOWN_FALSE,
  measureSearchQuality,
  pairKey,
  PRECISION_SAMPLE,
  RECALL_TARGET,
} from '../scripts/lib/searchQuality.ts';
import { articles } from '../src/index.js';

const shippedTexts = articles.map((article) => `${article.title}\n${article.body}`);

describe('measureSearchQuality (npm run search:quality)', () => {
  const quality = measureSearchQuality(shippedTexts);

  it('finds each other, both ways, on the shipped articles, at least 90% of the word pairs that Snowball gives one stem', () => {
    expect(quality.snowballPairs).toBeGreaterThan(300);
    expect(quality.recallBothWays).toBeGreaterThanOrEqual(RECALL_TARGET);
    // Both ways is the stricter count: it cannot exceed the one-way count.
    expect(quality.foundBothWays).toBeLessThanOrEqual(quality.found);
  });

  it('conflates no sampled pair that Snowball stems apart, unless the pair is judged or known false', () => {
    expect(quality.sampled).toBe(PRECISION_SAMPLE);
    expect(quality.conflated.filter((pair) => pair.verdict === 'unjudged')).toEqual([]);
    expect(quality.unjudged).toBe(0);
  });

  it('conflates no pair at all that Snowball stems apart unless it is judged or known false, whatever the seed', () => {
    expect(quality.all.filter((pair) => pair.verdict === 'unjudged')).toEqual([]);
    expect(quality.allUnjudged).toBe(0);
    expect(quality.allJudged + quality.allKnownFalse).toBe(quality.all.length);
  });

  it('lists only pairs that occur, each once, with a reason', () => {
    const conflated = new Set(quality.all.map(({ pair }) => pairKey(...pair)));
    for (const list of [JUDGED_PAIRS, KNOWN_FALSE]) {
      for (const [pair, reason] of list) {
        expect(conflated.has(pair), pair).toBe(true);
        expect(reason.length, pair).toBeGreaterThan(10);
      }
    }
    expect([...JUDGED_PAIRS.keys()].filter((pair) => KNOWN_FALSE.has(pair))).toEqual([]);
  });

  it('measures the same figures on every run, since the sample is seeded', () => {
    expect(measureSearchQuality(shippedTexts)).toEqual(quality);
  });

  it('reports a conflated pair that Snowball stems apart until it is judged', () => {
    // كان finds كانون through the plural ending ون; Snowball stems them apart.
    const texts = ['كان كانون'];
    const none = new Map<string, string>();
    const unjudged = measureSearchQuality(texts, { judged: none, knownFalse: none });
    expect(unjudged.sampled).toBe(1);
    expect(unjudged.conflated).toEqual([{ pair: ['كان', 'كانون'], verdict: 'unjudged' }]);
    expect([unjudged.unjudged, unjudged.allUnjudged]).toEqual([1, 1]);
    const listed = new Map([[pairKey('كانون', 'كان'), 'a listed pair, for the test']]);
    const judged = measureSearchQuality(texts, { judged: listed, knownFalse: none });
    expect([judged.unjudged, judged.allUnjudged, judged.allJudged]).toEqual([0, 0, 1]);
    const knownFalse = measureSearchQuality(texts, { judged: none, knownFalse: listed });
    expect(knownFalse.conflated).toEqual([{ pair: ['كان', 'كانون'], verdict: 'known false' }]);
    expect([knownFalse.unjudged, knownFalse.allUnjudged, knownFalse.allKnownFalse]).toEqual([0, 0, 1]);
  });

  it('counts a pair with one Snowball stem as found only when one word finds the other', () => {
    // وزير and وزيرا share Snowball's stem زير and find each other; شراكة and شراكتهما share شراك.
    const found = measureSearchQuality(['وزير وزيرا شراكة شراكتهما']);
    expect(found.snowballPairs).toBe(2);
    expect(found.recall).toBe(1);
    expect(found.recallBothWays).toBe(1);
  });
});
