import type { Corpus } from './createCorpus.js';
import { articles } from './data/articles.js';
import { entities } from './data/entities.js';
import { topics } from './data/topics.js';
import { indexCorpus } from './internal/corpus/indexedCorpus.js';
import { SHIPPED_MISSING_SPACES } from './internal/text/missingSpaces.js';
import { mentionSnippets } from './mentionSnippets.js';
import { quantities } from './quantities.js';
import { quotations } from './quotations.js';
import { timeline } from './timeline.js';
import { toCsv } from './toCsv.js';
import { toJsonLd } from './toJsonLd.js';
import { toNdjson } from './toNdjson.js';

/**
 * The shipped articles as a ready, indexed {@link Corpus}.
 *
 * Its records are the very objects of `articles`, so `corpus.getArticle(id)`
 * and {@link getArticle} return the same object. The indexes are built when
 * the module loads (the search index on the first search).
 *
 * @category Corpus
 * @example
 * ```ts
 * import { articles, corpus } from 'ru-tj-news';
 *
 * corpus.articles[0] === articles[0];
 * // => true
 * corpus.query({ topics: 'migration' }).length;
 * // => 1
 * corpus.search('طاجيكستان روسيا').length;
 * // => 5
 * ```
 */
// The shipped data is checked by the test suite, so it is not checked again at every import: neither
// parsed (indexed without createCorpus, whose schema parse would load Zod for records that need none)
// nor checked for shape, quotes and mention spans (`checked`, which skips the cold start of the span
// checker's text code). test/corpus.test.ts asserts that createCorpus's full checks pass on these
// records, with and without validation, and that this corpus answers as theirs do.
export const corpus: Corpus = /* @__PURE__ */ indexCorpus(articles, {
  entities,
  topics,
  missingSpaces: SHIPPED_MISSING_SPACES,
  passed: { entities: false, topics: false },
  trusted: true,
  checked: true,
  inPlace: [],
  formats: {
    toCsv,
    toNdjson,
    toJsonLd,
    mentionSnippets,
    // As in createCorpus: the Parquet entry, with its writer, is loaded on first use.
    toParquet: async (list, options) => (await import('./parquet.js')).toParquet(list, options),
    quotations,
    timeline,
    quantities,
  },
});
