/** Reads the checked-in data and raw files, and the shared reference when it is beside the repository. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Whether ../shared (the sources and the reference) sits beside the repository, as it does in CI. */
export const hasShared = existsSync(`${SHARED}reference`) && existsSync(`${SHARED}sources`);
if (!hasShared) {
  console.warn(`ru-tj-news: ${SHARED} is missing, so the checks against the shared sources and reference are skipped.`);
}

export function readText(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

export function readBytes(path: string): Buffer {
  return readFileSync(ROOT + path);
}

export function readJsonFile(path: string): unknown {
  return JSON.parse(readText(path));
}

export function readShared(path: string): string {
  return readFileSync(SHARED + path, 'utf8');
}

/** The rows of a Markdown table: one array of trimmed cells per row, header and rule rows left out. */
export function markdownTableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .slice(1);
}
