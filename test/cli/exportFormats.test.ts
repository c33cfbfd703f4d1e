/** The writers behind `ru-tj-news export` and scripts/build-exports.ts: they use the registries and dataset they are given. */
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';

import {
  articles,
  datasetVersion,
  entities,
  type JsonLd,
  toJsonLd,
  type ToJsonLdOptions,
  topics,
  UnknownEntityError,
  UnknownTopicError,
} from '../../src/index.js';
import { jsonLdGraph } from '../../src/internal/formats/jsonLdGraph.js';
import { writeParquet } from '../../src/internal/formats/parquet.js';

/** toJsonLd's node for each article, less its `@context`, in the article's order and with its keys in their order. */
const nodes = (options: ToJsonLdOptions): JsonLd[] =>
  articles.map(
    (article) =>
      Object.fromEntries(Object.entries(toJsonLd(article, options)).filter(([key]) => key !== '@context')) as JsonLd,
  );

// Every entity and topic under another English name, to tell the registries given from the shipped ones.
const renamed = {
  entities: entities.map((entity) => ({ ...entity, name: { ...entity.name, en: `${entity.name.en} (given)` } })),
  topics: topics.map((topic) => ({ ...topic, label: { ...topic.label, en: `${topic.label.en} (given)` } })),
};

describe('jsonLdGraph', () => {
  it.each([
    ['the shipped registries', { entities, topics }],
    ['registries of its own', renamed],
  ] as const)('writes, with %s, the node toJsonLd gives each article, key for key', (_name, registries) => {
    const graph = jsonLdGraph(articles, registries);
    expect(graph['@context']).toBe('https://schema.org');
    expect(JSON.stringify(graph['@graph'])).toBe(JSON.stringify(nodes(registries)));
  });

  it('names the things it mentions as the registries it is given name them', () => {
    const mentions = jsonLdGraph(articles, renamed)['@graph'].flatMap(
      (node) => (node as { mentions: { name: { '@value': string } }[] }).mentions,
    );
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((thing) => thing.name['@value'].endsWith(' (given)'))).toBe(true);
  });

  it.each([
    ['entities', UnknownEntityError],
    ['topics', UnknownTopicError],
  ] as const)('throws when the %s given lack an id that an article names', (registry, error) => {
    expect(() => jsonLdGraph(articles, { entities, topics, [registry]: [] })).toThrow(error);
  });
});

describe('writeParquet', () => {
  it.each([
    [
      'the shipped dataset version',
      `ru-tj-news ${datasetVersion.version}`,
      { 'ru-tj-news.datasetVersion': datasetVersion.id },
    ],
    ['a content hash', 'a test', { 'ru-tj-news.contentHash': datasetVersion.contentHash }],
    ['no key-value metadata', 'a test', {}],
  ] as const)('writes %s into the file metadata', (_name, createdBy, keyValues) => {
    const metadata = parquetMetadata(writeParquet(articles, { createdBy, keyValues }));
    expect(metadata.key_value_metadata ?? []).toEqual(
      Object.entries(keyValues).map(([key, value]) => ({ key, value })),
    );
    expect(metadata.created_by).toBe(createdBy);
    expect(Number(metadata.num_rows)).toBe(articles.length);
  });
});
