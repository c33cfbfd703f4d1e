/**
 * A curated, verbatim corpus of Arabic-language news on Russia–Tajikistan
 * relations (2021–2025), with Zod schemas, evidence-checked annotations and
 * typed helpers to filter and search it.
 *
 * @document ../docs/getting-started.md
 * @document ../docs/your-own-articles.md
 * @document ../docs/data-model.md
 * @document ../docs/dataset-card.md
 * @document ../docs/search.md
 * @document ../docs/performance.md
 * @document ../docs/reliability.md
 * @document ../docs/architecture.md
 * @module
 * @mergeModuleWith <project>
 */
export * from './buildArticle.js';
export * from './cooccurrence.js';
export * from './corpus.js';
export * from './countByEntity.js';
export * from './countByPeriod.js';
export * from './countByTopic.js';
export * from './createCorpus.js';
export * from './createMentionFinder.js';
export * from './data/index.js';
export * from './errors.js';
export * from './eventsOf.js';
export * from './filterByDate.js';
export * from './filterByEntity.js';
export * from './filterByTopic.js';
export * from './findMentions.js';
export * from './findQuantities.js';
export * from './findTimeExpressions.js';
export * from './getArticle.js';
export * from './getEntity.js';
export * from './getTopic.js';
export * from './loadCorpus.js';
export * from './mentionSnippets.js';
export * from './normalizeArabic.js';
export * from './normalizeArabicWithOffsets.js';
export * from './quantities.js';
export * from './query.js';
export * from './quotations.js';
export * from './readArabicDate.js';
export * from './schema.js';
export * from './searchArticles.js';
export * from './searchHits.js';
export * from './searchSnippets.js';
export * from './timeline.js';
export * from './toCsv.js';
export * from './toJsonLd.js';
export * from './toNdjson.js';
export * from './types.js';
