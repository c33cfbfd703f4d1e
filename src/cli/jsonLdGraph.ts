/** Many articles as one JSON-LD document: a schema.org `@graph` of `toJsonLd` nodes, sharing one `@context`. */
import type { Article } from '../schema.js';
import { toJsonLd } from '../toJsonLd.js';

/** The graph of `list`; used by `ru-tj-news export --format jsonld` and by scripts/build-exports.ts. */
export function jsonLdGraph(list: readonly Article[]): {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly object[];
} {
  return {
    '@context': 'https://schema.org',
    '@graph': list.map((article) => {
      const { '@context': _context, ...node } = toJsonLd(article);
      return node;
    }),
  };
}
