/** Reads the checked-in data and raw files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readText(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

export function readBytes(path: string): Buffer {
  return readFileSync(ROOT + path);
}

export function readJsonFile(path: string): unknown {
  return JSON.parse(readText(path));
}

/**
 * The raw file of a shipped article. `raw` is optional for a user's records, but
 * every shipped record has one (test/raw.test.ts checks it), so a missing one fails the test that reads it.
 */
export function rawFileOf(article: {
  readonly id: string;
  readonly raw?: { readonly file: string; readonly sha256: string };
}): {
  readonly file: string;
  readonly sha256: string;
} {
  if (article.raw === undefined) {
    throw new Error(`The shipped article ${article.id} has no raw file`);
  }
  return article.raw;
}
