// The package version comes from package.json, and is never copied into a checked-in file, so that
// `npm version` cannot leave one stale. The bundler (tsup) inlines it into dist/data.js, so users get a
// plain JS module, not a JSON import.
import packageJson from '../../package.json' with { type: 'json' };
import { contentHash } from './generated/contentHash.js';

/**
 * Names the data a build of the package carries. See {@link datasetVersion}.
 *
 * @category Data
 */
export interface DatasetVersion {
  /** The package version, from package.json, such as `'0.1.0'`. */
  readonly version: string;
  /**
   * `'sha256:'` and the hex SHA-256 of `JSON.stringify([articles, entities, topics, events])`.
   * It changes whenever any record changes, even when the version does not.
   */
  readonly contentHash: string;
  /**
   * The version and the first 12 hex digits of the hash, in semver
   * build-metadata form: `'0.1.0+2039eaf01571'`. Short enough for a footer, and a
   * sound cache key.
   */
  readonly id: string;
}

/**
 * Which data this build of the package carries: the package version and a
 * content hash of the articles, entities, topics and events.
 *
 * Show `datasetVersion.id` on a dashboard to say which data it runs on, and
 * key caches by it so that they are dropped when the data changes. Frozen.
 *
 * @category Data
 * @example
 * ```ts
 * import { createHash } from 'node:crypto';
 * import { articles, datasetVersion, entities, events, topics } from 'ru-tj-news';
 *
 * datasetVersion.id.startsWith(`${datasetVersion.version}+`);
 * // => true
 * const hash = createHash('sha256').update(JSON.stringify([articles, entities, topics, events])).digest('hex');
 * datasetVersion.contentHash === `sha256:${hash}`;
 * // => true
 * ```
 */
export const datasetVersion: DatasetVersion = /* @__PURE__ */ Object.freeze({
  version: packageJson.version,
  contentHash,
  id: `${packageJson.version}+${contentHash.slice('sha256:'.length, 'sha256:'.length + 12)}`,
});
