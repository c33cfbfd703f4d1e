/**
 * The project's ground truth, `../shared` beside the repository: the source texts and the
 * verified reference. Only `npm run test:provenance` reads it; a user's clone does not have it,
 * so `npm test` never does. Here its absence is a failure, never a skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

for (const folder of ['sources', 'reference']) {
  if (!existsSync(`${SHARED}${folder}`)) {
    throw new Error(
      `npm run test:provenance needs ${SHARED}${folder}: the provenance checks compare the data with ../shared, which must sit beside the repository.`,
    );
  }
}

export function readShared(path: string): string {
  return readFileSync(SHARED + path, 'utf8');
}

export function readSharedBytes(path: string): Buffer {
  return readFileSync(SHARED + path);
}

/** The files of a folder of ../shared, sorted. */
export function listShared(folder: string): string[] {
  return readdirSync(SHARED + folder).sort();
}

/** The rows of a Markdown table: one array of trimmed cells per row, header and rule rows left out. */
export function markdownTableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .slice(1);
}
