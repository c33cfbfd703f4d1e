/**
 * The unseen fixture (test/fixtures/unseen/, invented test text): its registry,
 * and its raw files turned into buildArticle inputs the way a user's script
 * would, then built. test/unseen.test.ts runs the pipeline on the result; tests
 * of other exports (Parquet, the CLI with --data) can build on `buildUnseen`.
 */
import { z } from 'zod';

import {
  type Article,
  buildArticle,
  type BuildArticleInput,
  type Entity,
  EntitySchema,
  type Topic,
  TopicSchema,
} from '../../src/index.js';
import { splitRawText } from '../../src/internal/build/rawText.js';
import { readBytes, readJsonFile } from './corpus.js';

/** The fixture's folder, relative to the repository. */
export const UNSEEN = 'test/fixtures/unseen/';

/** What meta.json adds to a raw file: everything but the title and body, which come from the file. */
export type UnseenMeta = Omit<BuildArticleInput, 'title' | 'body' | 'raw'> & { readonly file: string };

/** The fixture's own registry, checked with the package's schemas. */
export function unseenRegistry(): { readonly entities: readonly Entity[]; readonly topics: readonly Topic[] } {
  return {
    entities: z.array(EntitySchema).parse(readJsonFile(`${UNSEEN}entities.json`)),
    topics: z.array(TopicSchema).parse(readJsonFile(`${UNSEEN}topics.json`)),
  };
}

/** The per-file metadata, in file order. */
export function unseenMeta(): readonly UnseenMeta[] {
  return readJsonFile(`${UNSEEN}meta.json`) as UnseenMeta[];
}

/**
 * A raw file as buildArticle input, split as `ru-tj-news build` splits it
 * (src/internal/build/rawText.ts): the lines that meta.json lists as furniture
 * are taken out, the first line left is the title and the others are the body's
 * paragraphs; blank lines and whitespace at the ends of a line are dropped.
 */
export function unseenInput(meta: UnseenMeta): BuildArticleInput {
  const bytes = readBytes(`${UNSEEN}${meta.file}`);
  const { file, ...known } = meta;
  // The rule `ru-tj-news build` splits a raw file with, so that the command and these tests agree.
  const { title, body } = splitRawText(new TextDecoder().decode(bytes), meta.furniture);
  return { ...known, title, body, raw: { file: `${UNSEEN}${file}`, text: bytes } };
}

/** The fixture built into records, with its registry. */
export function buildUnseen(): {
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  readonly articles: readonly Article[];
} {
  const registry = unseenRegistry();
  return { ...registry, articles: unseenMeta().map((meta) => buildArticle(unseenInput(meta), registry)) };
}
