import { describe, expect, it } from 'vitest';

import { articles } from '../../src/index.js';
import { type TimePattern, timePatterns } from '../../src/internal/dates/timePatterns.js';
import { normalizeText } from '../../src/internal/text/normalize.js';
import { missedByCore } from '../support/timeCores.js';
import { expand, TEMPLATES } from '../support/timePatternSources.js';
import { PHRASES } from '../support/timePhrases.js';

const patterns = timePatterns();
const named = Object.entries(patterns).filter(
  (entry): entry is [string, TimePattern] => typeof entry[1] === 'object' && 'pattern' in entry[1],
);

/** Every shipped title and body, and each test phrase after and before a few words, normalized. */
const TEXTS = [
  ...articles.flatMap((article) => [article.title, article.body]),
  ...PHRASES.map((phrase) => `قال الرئيس في ${phrase} إن`),
].map(normalizeText);

describe('the patterns of findTimeExpressions', () => {
  it.each(Object.entries(TEMPLATES))('write %s out as its template expands, sticky', (name, template) => {
    const entry = named.find(([key]) => key === name)?.[1];
    expect(entry?.pattern.source).toBe(new RegExp(expand(template), 'u').source);
    expect(entry?.pattern.flags).toBe('uy');
  });

  it('have a template each', () => {
    expect(named.map(([name]) => name).sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  it.each(named)('find with the core of %s every match a scan of the whole text finds', (_name, pattern) => {
    expect(pattern.core.flags).toBe('g');
    expect(TEXTS.flatMap((text) => missedByCore(text, pattern))).toEqual([]);
  });
});
