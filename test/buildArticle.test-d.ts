import { describe, expectTypeOf, it } from 'vitest';

import {
  type ArabicDate,
  type Article,
  buildArticle,
  type BuildArticleInput,
  entities,
  readArabicDate,
  topics,
  type Weekday,
} from '../src/index.js';

declare const input: BuildArticleInput;

describe('the builder types', () => {
  it('returns readonly readings from readArabicDate, with closed sets for their kinds', () => {
    expectTypeOf(readArabicDate('٢٩ يونيو ٢٠٢٢')).toEqualTypeOf<readonly ArabicDate[]>();
    expectTypeOf<ArabicDate['precision']>().toEqualTypeOf<'day' | 'minute'>();
    expectTypeOf<ArabicDate['relative']>().toEqualTypeOf<'yesterday' | 'today' | undefined>();
    expectTypeOf<ArabicDate['weekday']>().toEqualTypeOf<Weekday | undefined>();
    // @ts-expect-error -- the text is a string
    readArabicDate(42);
    // @ts-expect-error -- writtenOn is a YYYY-MM-DD string, not a Date
    readArabicDate('', { writtenOn: new Date() });
  });

  it('returns an Article from buildArticle, with the shipped registries as options', () => {
    expectTypeOf(buildArticle(input, { entities, topics })).toEqualTypeOf<Article>();
    // @ts-expect-error -- both registries are required
    buildArticle(input, { entities });
    // @ts-expect-error -- the title basis is a closed set
    buildArticle({ ...input, titleBasis: 'printed' }, { entities, topics });
  });
});
