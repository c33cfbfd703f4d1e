/**
 * `ru-tj-news/parquet`: {@link toParquet}, which writes articles (the shipped
 * ones or your own) as a Parquet file. It has a subpath of its own because it
 * bundles a Parquet writer that the main entry should not carry.
 *
 * @module parquet
 * @mergeModuleWith <project>
 */
export * from './toParquet.js';
