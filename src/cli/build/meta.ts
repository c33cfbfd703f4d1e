/**
 * The `--meta` file of `ru-tj-news build`: for each raw file, what a person
 * knows about it (its id, furniture, source chain, English title and
 * summary, topics…), as `buildArticle` takes it, with the `file` it is about.
 */
import { z } from 'zod';

import { locate, type ReadList } from '../input/readList.js';
import type { RawFile } from './rawFiles.js';

/** The fields that come from the raw file itself, which a meta entry must not give. */
const FROM_THE_FILE: Readonly<Record<string, string>> = {
  title: 'the title is the first line of the raw file that is not furniture',
  body: 'the body is the lines of the raw file after the title',
  raw: 'raw is the raw file itself, with its path as given to build',
};

/**
 * A meta entry: an object with the `file` it is about; its other fields are
 * checked by `buildArticle`, which reports them for the file, each with what to supply.
 */
export const MetaSchema = z
  .looseObject({
    file: z.string({ error: 'Expected file, the raw file this entry is about, as a string' }).min(1, {
      error: 'Expected file, the raw file this entry is about, not an empty string',
    }),
  })
  .superRefine((entry, context) => {
    for (const [key, why] of Object.entries(FROM_THE_FILE)) {
      if (Object.hasOwn(entry, key)) {
        context.addIssue({ code: 'custom', path: [key], message: `Unexpected ${key}: ${why}; leave it out of --meta` });
      }
    }
  });

/** A meta entry, as {@link MetaSchema} reads it. */
export type Meta = z.infer<typeof MetaSchema>;

/**
 * The meta entry of each raw file, by index in `files` (`undefined` for a
 * file no entry names). An entry's `file` names a raw file by the path given
 * on the command line, by the path its record stores (`raw.file`), or, when
 * it holds no `/`, by the file's name, if exactly one raw file has it.
 *
 * @throws {InputError} When an entry names no raw file, names one by a file name that several have, or names
 * a file that an entry before it names; at the entry's `file:line`.
 */
export function matchMeta(files: readonly RawFile[], meta: ReadList<Meta>): (Meta | undefined)[] {
  const matched: (Meta | undefined)[] = files.map(() => undefined);
  const matchedBy: number[] = [];
  meta.items.forEach((entry, index) => {
    const named = entry.file;
    let found = files.flatMap((raw, at) => (raw.given === named || raw.file === named ? [at] : []));
    if (found.length === 0 && !named.includes('/')) {
      found = files.flatMap((raw, at) => (raw.basename === named ? [at] : []));
      if (found.length > 1) {
        throw locate(
          meta,
          index,
          `file ${JSON.stringify(named)} is the name of more than one raw file given (${found.map((at) => JSON.stringify(files[at]!.given)).join(', ')}): write the path of the one it is about`,
        );
      }
    }
    const [at] = found;
    if (at === undefined) {
      throw locate(
        meta,
        index,
        `file ${JSON.stringify(named)} names no raw file given to build: expected one of ${files.map((raw) => JSON.stringify(raw.given)).join(', ')}, or its file name`,
      );
    }
    const before = matchedBy[at];
    if (before !== undefined) {
      throw locate(
        meta,
        index,
        `file ${JSON.stringify(named)} names ${JSON.stringify(files[at]!.given)}, which the entry at line ${meta.places.lineOf(before)} names already`,
      );
    }
    matchedBy[at] = index;
    matched[at] = entry;
  });
  return matched;
}
