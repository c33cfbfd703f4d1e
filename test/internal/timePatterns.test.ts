import { describe, expect, it } from 'vitest';

import { timePatterns } from '../../src/internal/dates/timePatterns.js';
import { expand, TEMPLATES } from '../support/timePatternSources.js';

describe('the patterns of findTimeExpressions', () => {
  const patterns = timePatterns() as unknown as Readonly<Record<string, RegExp>>;

  it.each(Object.entries(TEMPLATES))('writes %s out as its template expands', (name, template) => {
    expect(patterns[name]?.source).toBe(new RegExp(expand(template), 'u').source);
    expect(patterns[name]?.flags).toBe('gu');
  });

  it('has a template for every pattern that reads the text as a whole', () => {
    const global = Object.entries(patterns).filter(([, pattern]) => pattern.global);
    expect(global.map(([name]) => name).sort()).toEqual(Object.keys(TEMPLATES).sort());
  });
});
