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
