/** The outlet that published an article, as `list` and `stats` name it. */
import type { Article } from '../index.js';
import { publisher } from '../internal/formats/articleFields.js';

/** The English name of the outlet that published the article, as the CSV's `publisher` column gives it. */
export const publisherOf = (article: Article): string =>
  // The schema requires a source chain of at least one party, and the shipped articles are validated.
  publisher(article)!.en;
