import { type Corpus, createCorpus } from './createCorpus.js';
import { articles } from './data/articles.js';

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
// The shipped data is checked by the test suite, so it is not parsed again at every import.
export const corpus: Corpus = /* @__PURE__ */ createCorpus(articles, { validate: false });
