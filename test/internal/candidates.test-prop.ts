import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { keepWithValues } from '../../src/internal/corpus/candidates.js';
import { denseBitmap } from '../../src/internal/corpus/facetBitmaps.js';
import { facetOf } from '../support/facetFixture.js';
import { runs } from '../support/propertyRuns.js';

const VALUES = 7;
// Value v is drawn with weight 2^(v-1) (value 0 like value 1), so that in a corpus of a few hundred
// documents the rare values fall below the dense share and the common ones above it.
const value = fc.integer({ min: 0, max: 63 }).map((draw) => Math.min(VALUES - 1, Math.floor(Math.log2(draw + 1))));

/** Documents with their values, some candidates among them (in any order), and a facet filter. */
const caseArbitrary = fc
  .array(fc.uniqueArray(value, { maxLength: 3 }), { minLength: 64, maxLength: 300, size: 'max' })
  .chain((perDocument) =>
    fc.record({
      perDocument: fc.constant(perDocument),
      candidates:
        perDocument.length === 0
          ? fc.constant<number[]>([])
          : fc.uniqueArray(fc.integer({ min: 0, max: perDocument.length - 1 }), { maxLength: perDocument.length }),
      owned: fc.boolean(),
      wanted: fc.uniqueArray(fc.integer({ min: 0, max: VALUES - 1 }), { minLength: 1, maxLength: 3 }),
      match: fc.constantFrom('any' as const, 'all' as const),
    }),
  );

describe('keepWithValues (properties)', () => {
  it('keeps exactly the candidates that carry the wanted values, dense or sparse, in their order', () => {
    let mixed = 0;
    fc.assert(
      fc.property(caseArbitrary, ({ perDocument, candidates, owned, wanted, match }) => {
        const index = facetOf(perDocument, VALUES);
        const documents = Uint32Array.from(candidates);
        const given = [...documents];
        const result = keepWithValues({ documents, size: documents.length, owned }, index, wanted, match);
        const carries = (document: number): boolean =>
          match === 'all'
            ? wanted.every((wantedValue) => perDocument[document]!.includes(wantedValue))
            : wanted.some((wantedValue) => perDocument[document]!.includes(wantedValue));
        expect([...result.documents.subarray(0, result.size)]).toEqual(candidates.filter(carries));
        if (!owned) {
          expect([...documents]).toEqual(given);
        }
        const dense = wanted.map((wantedValue) => denseBitmap(index, wantedValue) !== undefined);
        if (dense.includes(true) && dense.includes(false)) {
          mixed += 1;
        }
      }),
      runs('keepWithValues keeps exactly the candidates that carry the wanted values, dense or sparse, in their order'),
    );
    // The property says little unless filters often mix values checked in a bitmap and in the documents.
    expect(mixed).toBeGreaterThan(20);
  });
});
