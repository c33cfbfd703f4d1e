/**
 * Places where a source runs two words together, written as the two words with a
 * `|` where the space is missing (`'الوزير|لافروف'`): the one reader of that form,
 * for `findMentions`' and `createCorpus`' `missingSpaces` options alike, and the
 * shipped data's own list.
 */
import { InvalidQueryError } from '../../errors.js';
import { assertList } from '../args/arguments.js';
import { describeValue } from '../args/describeValue.js';

/**
 * The places where a shipped source runs two words together, in the form
 * `createCorpus`'s `missingSpaces` option takes. scripts/lib/deriveEntities.ts
 * lists the same places by article, to find the names after them;
 * test/mentions.test.ts checks that the two lists agree.
 */
// Pure, so that a bundle that never reads the list drops it.
export const SHIPPED_MISSING_SPACES: readonly string[] = /* @__PURE__ */ Object.freeze([
  // «أشار الوزيرلافروف إلى أن روسيا …»: "the minister" and "Lavrov" run together.
  'الوزير|لافروف',
]);

/** A listed missing space, read: the two words as the text runs them together, and where the space falls in them. */
export interface MissingSpacePlace {
  /** The two words without the `|`. */
  readonly joined: string;
  /** The offset in `joined` where the second word starts. */
  readonly bar: number;
}

/** Reads an entry that {@link assertMissingSpaces} accepted. */
export function readMissingSpace(entry: string): MissingSpacePlace {
  const bar = entry.indexOf('|');
  return { joined: entry.slice(0, bar) + entry.slice(bar + 1), bar };
}

/**
 * Checks a `missingSpaces` option: a list of strings, each two words with one `|`
 * between them, at least one character on either side, and no whitespace (the
 * space is what is missing). `name` is the option as the error message names it.
 */
export function assertMissingSpaces(given: unknown, name: string): asserts given is readonly string[] {
  assertList(given, name, "strings such as 'الوزير|لافروف'");
  for (const entry of given as readonly unknown[]) {
    const bar = typeof entry === 'string' ? entry.indexOf('|') : -1;
    if (
      typeof entry !== 'string' ||
      bar <= 0 ||
      bar === entry.length - 1 ||
      entry.includes('|', bar + 1) ||
      /\s/u.test(entry)
    ) {
      throw new InvalidQueryError(
        `Invalid missing space ${describeValue(entry)} in ${name}: expected the two words that run together, with one '|' where the space is missing and no whitespace, such as 'الوزير|لافروف'`,
        entry,
      );
    }
  }
}
