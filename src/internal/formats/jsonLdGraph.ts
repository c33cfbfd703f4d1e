/** Many articles as one JSON-LD document: a schema.org `@graph` of `NewsArticle` nodes, sharing one `@context`. */
import type { Article, Entity, Topic } from '../../schema.js';
import { entitiesById, topicsById } from '../registry/lookups.js';
import { articleNode } from './jsonLd.js';

/**
 * The graph of `list`, each node as `toJsonLd` describes the article, less
 * its `@context`; used by `ru-tj-news export --format jsonld` and by
 * scripts/build-exports.ts, which pass the shipped registries.
 */
export function jsonLdGraph(
  list: readonly Article[],
  registries: { readonly entities: readonly Entity[]; readonly topics: readonly Topic[] },
): {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly object[];
} {
  const entity = entitiesById(registries.entities);
  const topic = topicsById(registries.topics);
  return {
    '@context': 'https://schema.org',
    '@graph': list.map((article, index) => articleNode(article, entity, topic, index)),
  };
}
