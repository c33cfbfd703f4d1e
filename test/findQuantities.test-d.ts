import { describe, expectTypeOf, it } from 'vitest';

import {
  type BuildArticleInput,
  findQuantities,
  type FoundQuantity,
  type Measure,
  type Quantity,
} from '../src/index.js';

describe('the quantity types', () => {
  it('returns readonly amounts from findQuantities, with the closed sets of the Quantity schema', () => {
    expectTypeOf(findQuantities('16 اتفاقية')).toEqualTypeOf<readonly FoundQuantity[]>();
    expectTypeOf<FoundQuantity['comparator']>().toEqualTypeOf<Quantity['comparator']>();
    expectTypeOf<FoundQuantity['measure']>().toEqualTypeOf<Measure | undefined>();
    expectTypeOf<FoundQuantity['unit']>().toEqualTypeOf<Quantity['unit']>();
    // @ts-expect-error -- the text is a string
    findQuantities(42);
  });

  it('makes a Quantity of a found amount with a field and a measure', () => {
    const [found] = findQuantities('16 اتفاقية');
    if (found !== undefined) {
      const quantity: Quantity = { field: 'body', ...found, measure: found.measure ?? 'agreements' };
      expectTypeOf(quantity.value).toEqualTypeOf<number>();
      // @ts-expect-error -- a quantity needs its measure
      const missing: Quantity = { field: 'body', ...found };
      expectTypeOf(missing).toEqualTypeOf<Quantity>();
    }
  });

  it('takes readonly quantities in buildArticle input', () => {
    expectTypeOf<BuildArticleInput['quantities']>().toEqualTypeOf<readonly Quantity[] | undefined>();
  });
});
