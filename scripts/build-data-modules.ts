/**
 * Turns data/articles.json, data/entities.json and data/topics.json into the
 * TypeScript modules src/data/*.ts, so that the data reaches users as plain
 * JS (JSON import attributes differ across Node versions) and `tsc` checks
 * every record against the schema's type.
 *
 * Run with `npm run data:modules`; test/data-modules.test.ts fails when a
 * module is out of date. With `--check`, exits 1 instead of writing.
 * It also writes src/data/version.ts, which exports `datasetVersion`.
 */
import { createHash } from 'node:crypto';

import { IdSchema } from '../src/schema.ts';
import { writeOrCheck } from './lib/generated.ts';
import { readJson } from './lib/json.ts';

interface ModuleSpec {
  readonly name: 'articles' | 'entities' | 'topics';
  readonly type: 'Article' | 'Entity' | 'Topic';
  readonly doc: string;
  /** The name of the union of the records' ids, generated with them so that it cannot drift from the data. */
  readonly idType: 'ShippedArticleId' | 'ShippedEntityId' | 'ShippedTopicId';
  /** The TSDoc of that union. */
  readonly idDoc: string;
}

const SPECS: readonly ModuleSpec[] = [
  {
    name: 'articles',
    type: 'Article',
    doc: `/**
 * The articles of the corpus, oldest first.
 *
 * Sorted by the start of \`publishedAt\` (a day-precision date starts at
 * midnight UTC), then by \`id\`. The array and every record in it are deeply
 * frozen: mutating them throws in strict mode.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { articles } from 'ru-tj-news';
 *
 * articles.length;
 * // => 5
 * articles[0]?.publishedAt;
 * // => '2021-07-22'
 * \`\`\`
 */`,
    idType: 'ShippedArticleId',
    idDoc: `/**
 * The id of an article of the shipped corpus: a union of string literals, one per article.
 *
 * Generated from data/articles.json with {@link articles}, so it lists exactly
 * their ids. {@link getArticle} takes an {@link ArticleId}, which is this union
 * or any other string: editors suggest the shipped ids, and an id of your own
 * still compiles.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { getArticle, type ShippedArticleId } from 'ru-tj-news';
 *
 * const id: ShippedArticleId = '2022-06-29-rahmon-putin-discuss-cooperation';
 * getArticle(id)?.publishedAt;
 * // => '2022-06-29'
 * // @ts-expect-error -- a date alone is not an article id
 * const wrong: ShippedArticleId = '2022-06-29';
 * \`\`\`
 */`,
  },
  {
    name: 'entities',
    type: 'Entity',
    doc: `/**
 * The entity registry: every person, organization, place, facility and event the articles name.
 *
 * Sorted by \`id\`. Deeply frozen. An article refers to an entity by its id in
 * \`article.entities\`, and a source party by \`entity\`.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { entities } from 'ru-tj-news';
 *
 * entities.find((entity) => entity.id === 'emomali-rahmon')?.wikidata;
 * // => 'Q57366'
 * \`\`\`
 */`,
    idType: 'ShippedEntityId',
    idDoc: `/**
 * The id of an entity of the shipped registry: a union of string literals, one per entity.
 *
 * Generated from data/entities.json with {@link entities}, so it lists exactly
 * their ids. The helpers take an {@link EntityRef}, which is this union or any
 * other string: editors suggest the shipped ids, and a name, an alias or an id
 * from your own registry still compiles.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { getEntity, type ShippedEntityId } from 'ru-tj-news';
 *
 * const id: ShippedEntityId = 'emomali-rahmon';
 * getEntity(id)?.name.en;
 * // => 'Emomali Rahmon'
 * // @ts-expect-error -- a name is a reference, not an id
 * const name: ShippedEntityId = 'Rahmon';
 * \`\`\`
 */`,
  },
  {
    name: 'topics',
    type: 'Topic',
    doc: `/**
 * The topic vocabulary, each topic mapped to an IPTC Media Topic code.
 *
 * Sorted by \`id\`. Deeply frozen. An article lists its topics by id in
 * \`article.topics\`.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { topics } from 'ru-tj-news';
 *
 * topics.find((topic) => topic.id === 'border-security')?.iptc;
 * // => 'medtop:20000604'
 * \`\`\`
 */`,
    idType: 'ShippedTopicId',
    idDoc: `/**
 * The id of a topic of the shipped vocabulary: a union of string literals, one per topic.
 *
 * Generated from data/topics.json with {@link topics}, so it lists exactly
 * their ids. The helpers take a {@link TopicRef}, which is this union or any
 * other string: editors suggest the shipped ids, and a label, an IPTC code or
 * an id from your own vocabulary still compiles.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { getTopic, type ShippedTopicId } from 'ru-tj-news';
 *
 * const id: ShippedTopicId = 'migration';
 * getTopic(id)?.iptc;
 * // => 'medtop:20000634'
 * // @ts-expect-error -- a label is a reference, not an id
 * const label: ShippedTopicId = 'Migration';
 * \`\`\`
 */`,
  },
];

/**
 * The ids of the records, in the data's order. Throws on a record whose id
 * `IdSchema` would reject, so that every id can be written as a plain literal.
 */
export function idsOf(name: string, data: unknown): string[] {
  if (!Array.isArray(data)) {
    throw new Error(`data/${name}.json is not an array`);
  }
  return data.map((record: unknown, index) => {
    const id = typeof record === 'object' && record !== null ? (record as { readonly id?: unknown }).id : undefined;
    const parsed = IdSchema.safeParse(id);
    if (!parsed.success) {
      throw new Error(`data/${name}.json[${index}] has no kebab-case id: ${JSON.stringify(id)}`);
    }
    return parsed.data;
  });
}

/** The source of one generated module. */
export function renderModule(spec: ModuleSpec, data: unknown): string {
  const union = idsOf(spec.name, data)
    .map((id) => `\n  | '${id}'`)
    .join('');
  return `// This file is generated by scripts/build-data-modules.ts from data/${spec.name}.json.
// Do not edit it: edit the JSON, then run \`npm run data:modules\`.
import { deepFreeze } from '../internal/corpus/deepFreeze.js';
import type { ${spec.type} } from '../schema.js';

${spec.idDoc}
export type ${spec.idType} =${union};

${spec.doc}
export const ${spec.name}: readonly ${spec.type}[] = /* @__PURE__ */ deepFreeze<${spec.type}[]>(${JSON.stringify(data, null, 2)});
`;
}

/** The content hash of the data: SHA-256 over `JSON.stringify([articles, entities, topics])`. */
export function contentHash(data: readonly unknown[]): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(data)).digest('hex')}`;
}

/** The source of src/data/version.ts, which names the package version and the data's hash. */
export function renderVersion(version: string, hash: string): string {
  const id = `${version}+${hash.slice('sha256:'.length, 'sha256:'.length + 12)}`;
  return `// This file is generated by scripts/build-data-modules.ts from package.json and data/*.json.
// Do not edit it: run \`npm run data:modules\`.

/**
 * Names the data a build of the package carries. See {@link datasetVersion}.
 *
 * @category Data
 */
export interface DatasetVersion {
  /** The package version, from package.json, such as \`'${version}'\`. */
  readonly version: string;
  /**
   * \`'sha256:'\` and the hex SHA-256 of \`JSON.stringify([articles, entities, topics])\`.
   * It changes whenever any record changes, even when the version does not.
   */
  readonly contentHash: string;
  /**
   * The version and the first 12 hex digits of the hash, in semver
   * build-metadata form: \`'${id}'\`. Short enough for a footer, and a
   * sound cache key.
   */
  readonly id: string;
}

/**
 * Which data this build of the package carries: the package version and a
 * content hash of the articles, entities and topics.
 *
 * Show \`datasetVersion.id\` on a dashboard to say which data it runs on, and
 * key caches by it so that they are dropped when the data changes. Frozen.
 *
 * @category Data
 * @example
 * \`\`\`ts
 * import { createHash } from 'node:crypto';
 * import { articles, datasetVersion, entities, topics } from 'ru-tj-news';
 *
 * datasetVersion.id.startsWith(\`\${datasetVersion.version}+\`);
 * // => true
 * const hash = createHash('sha256').update(JSON.stringify([articles, entities, topics])).digest('hex');
 * datasetVersion.contentHash === \`sha256:\${hash}\`;
 * // => true
 * \`\`\`
 */
export const datasetVersion: DatasetVersion = /* @__PURE__ */ Object.freeze({
  version: ${JSON.stringify(version)},
  contentHash: ${JSON.stringify(hash)},
  id: ${JSON.stringify(id)},
});
`;
}

const data = SPECS.map((spec) => readJson(`data/${spec.name}.json`));
const { version } = readJson('package.json') as { version: string };
writeOrCheck(
  [
    ...SPECS.map((spec, index) => [`src/data/${spec.name}.ts`, renderModule(spec, data[index])] as const),
    ['src/data/version.ts', renderVersion(version, contentHash(data))],
  ],
  'npm run data:modules',
);
