import { statSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SCREENSHOT, SCREENSHOT_MAX_BYTES } from '../scripts/lib/screenshot.js';
import { ROOT } from './support/corpus.js';

describe('the dashboard screenshot', () => {
  it('is committed quantized, under its size limit', () => {
    const { size } = statSync(`${ROOT}${SCREENSHOT}`);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(SCREENSHOT_MAX_BYTES);
  });
});
