/**
 * The places where a shipped source runs two words together, in the form
 * `createCorpus`'s `missingSpaces` option takes: the two words with a `|` where
 * the space is missing. scripts/lib/deriveEntities.ts lists the same places by
 * article, to find the names after them; test/mentions.test.ts checks that the
 * two lists agree.
 */
export const SHIPPED_MISSING_SPACES: readonly string[] = Object.freeze([
  // «أشار الوزيرلافروف إلى أن روسيا …»: "the minister" and "Lavrov" run together.
  'الوزير|لافروف',
]);
