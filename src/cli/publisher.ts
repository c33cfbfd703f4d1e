/** The outlet that published an article, as `list` and `stats` name it. */
import type { Article } from '../index.js';

/** The English name of the last party in the article's source chain: the outlet that published it. */
export const publisherOf = (article: Article): string =>
  // The schema requires a source chain of at least one party, and the shipped articles are validated.
  article.source.chain.at(-1)!.en;
