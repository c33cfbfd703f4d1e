import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a JSON file under the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(ROOT + path, 'utf8'));
}

/** Formats data the way every checked-in JSON file is formatted: two spaces, final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes a JSON file under the repository root, pretty-printed. */
export function writeJson(path: string, value: unknown): void {
  writeFileSync(ROOT + path, formatJson(value));
}
