import { describe, expect, it } from 'vitest';

import {
  JUDGED_PAIRS,
  measureSearchQuality,
  pairKey,
  PRECISION_SAMPLE,
  RECALL_TARGET,
} from '../scripts/lib/searchQuality.ts';
import { articles } from '../src/index.js';

const shippedTexts = articles.map((article) => `${article.title}\n${article.body}`);

describe('measureSearchQuality (npm run search:quality)', () => {
  const quality = measureSearchQuality(shippedTexts);

  it('finds, on the shipped articles, at least 90% of the word pairs that Snowball gives one stem', () => {
    expect(quality.snowballPairs).toBeGreaterThan(300);
    expect(quality.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    // Both ways is the stricter count: it cannot exceed the one-way count.
    expect(quality.foundBothWays).toBeLessThanOrEqual(quality.found);
  });

  it('conflates no sampled pair that Snowball stems apart, unless the pair is judged a true match', () => {
    expect(quality.sampled).toBe(PRECISION_SAMPLE);
    expect(quality.conflated.filter((pair) => !pair.judged)).toEqual([]);
    expect(quality.unjudged).toBe(0);
  });

  it('gives every judged pair a reason', () => {
    for (const [pair, reason] of JUDGED_PAIRS) {
      expect(pair.split(' ')).toHaveLength(2);
      expect(reason.length, pair).toBeGreaterThan(10);
    }
  });

  it('measures the same figures on every run, since the sample is seeded', () => {
    expect(measureSearchQuality(shippedTexts)).toEqual(quality);
  });

  it('reports a conflated pair that Snowball stems apart until it is judged', () => {
    // كان finds كانون through the plural ending ون; Snowball stems them apart.
    const texts = ['كان كانون'];
    const unjudged = measureSearchQuality(texts, new Map());
    expect(unjudged.sampled).toBe(1);
    expect(unjudged.conflated).toEqual([{ pair: ['كان', 'كانون'], judged: false }]);
    expect(unjudged.unjudged).toBe(1);
    const judged = measureSearchQuality(texts, new Map([[pairKey('كانون', 'كان'), 'a judged pair, for the test']]));
    expect(judged.unjudged).toBe(0);
  });

  it('counts a pair with one Snowball stem as found only when one word finds the other', () => {
    // وزير and وزيرا share Snowball's stem زير and find each other; شراكة and شراكتهما share شراك.
    const found = measureSearchQuality(['وزير وزيرا شراكة شراكتهما']);
    expect(found.snowballPairs).toBe(2);
    expect(found.recall).toBe(1);
    expect(found.recallBothWays).toBe(1);
  });
});
